import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, type Type } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { PlanNode } from '@throughline/domain';
import { CreatePlanNodeDto, PlanNodeQuery, PlanNodeResponseDto, UpdatePlanNodeDto } from './plan-nodes.dto.js';
import { type PlanNodeKind, PlanNodesService } from './plan-nodes.service.js';

/** One REST resource per node kind (/priorities, /goals, /strategies), all served by PlanNodesService. */
export function planNodeController(kind: PlanNodeKind, path: string, className: string): Type<unknown> {
  @ApiTags(path)
  @Controller(path)
  class PlanNodeController {
    constructor(readonly nodes: PlanNodesService) {}

    @Get()
    @ApiOkResponse({ type: [PlanNodeResponseDto] })
    list(@Query() query: PlanNodeQuery): Promise<PlanNode[]> {
      return this.nodes.list(kind, query);
    }

    @Get(':id')
    @ApiOkResponse({ type: PlanNodeResponseDto })
    get(@Param('id', ParseUUIDPipe) id: string): Promise<PlanNode> {
      return this.nodes.get(kind, id);
    }

    @Post()
    @ApiCreatedResponse({ type: PlanNodeResponseDto })
    create(@Body() body: CreatePlanNodeDto): Promise<PlanNode> {
      return this.nodes.create(kind, body);
    }

    @Patch(':id')
    @ApiOkResponse({ type: PlanNodeResponseDto })
    update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdatePlanNodeDto): Promise<PlanNode> {
      return this.nodes.update(kind, id, body);
    }

    @Delete(':id')
    @HttpCode(204)
    remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
      return this.nodes.remove(kind, id);
    }
  }
  // Distinct names keep log lines and OpenAPI operation ids apart.
  Object.defineProperty(PlanNodeController, 'name', { value: className });
  return PlanNodeController;
}
