import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { Allow, SignedIn } from '../auth/access.js';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Plan, PlanTree } from '@throughline/domain';
import { PlanTreeService } from './plan-tree.service.js';
import { AsOfQuery, CreatePlanDto, UpdatePlanDto } from './plans.dto.js';
import { PlansService } from './plans.service.js';

@ApiTags('plans')
@Controller('plans')
export class PlansController {
  constructor(
    private readonly plans: PlansService,
    private readonly trees: PlanTreeService,
  ) {}

  @Get()
  @SignedIn()
  list(): Promise<Plan[]> {
    return this.plans.list();
  }

  @Get(':id')
  @SignedIn()
  get(@Param('id', ParseUUIDPipe) id: string): Promise<Plan> {
    return this.plans.get(id);
  }

  @Get(':id/tree')
  @ApiOkResponse({ description: 'Priorities → goals (with metrics) → strategies → tactics, and guardrails, with statuses computed for asOf' })
  @SignedIn()
  tree(@Param('id', ParseUUIDPipe) id: string, @Query() query: AsOfQuery): Promise<PlanTree> {
    return this.trees.tree(id, query.asOf);
  }

  @Post()
  @Allow([])
  create(@Body() body: CreatePlanDto): Promise<Plan> {
    return this.plans.create(body);
  }

  @Patch(':id')
  @Allow([])
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdatePlanDto): Promise<Plan> {
    return this.plans.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Allow([])
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.plans.remove(id);
  }
}
