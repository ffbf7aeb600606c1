import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { Allow, SignedIn } from '../auth/access.js';
import { ApiTags } from '@nestjs/swagger';
import type { Initiative } from '@throughline/domain';
import { PlanScopedQuery } from '../guardrails/guardrails.controller.js';
import { CreateInitiativeDto, UpdateInitiativeDto } from './initiatives.dto.js';
import { InitiativesService } from './initiatives.service.js';

@ApiTags('initiatives')
@Controller('initiatives')
export class InitiativesController {
  constructor(private readonly initiatives: InitiativesService) {}

  @Get()
  @SignedIn()
  list(@Query() query: PlanScopedQuery): Promise<Initiative[]> {
    return this.initiatives.list(query.planId);
  }

  @Get(':id')
  @SignedIn()
  get(@Param('id', ParseUUIDPipe) id: string): Promise<Initiative> {
    return this.initiatives.get(id);
  }

  @Post()
  @Allow([])
  create(@Body() body: CreateInitiativeDto): Promise<Initiative> {
    return this.initiatives.create(body);
  }

  @Patch(':id')
  @Allow([])
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateInitiativeDto): Promise<Initiative> {
    return this.initiatives.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Allow([])
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.initiatives.remove(id);
  }
}
