import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, type Type } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { PlanNode } from '@throughline/domain';
import { Allow, type OwnershipCheck, SignedIn } from '../auth/access.js';
import { CreatePlanNodeDto, PlanNodeQuery, PlanNodeResponseDto, UpdatePlanNodeDto } from './plan-nodes.dto.js';
import { type PlanNodeKind, PlanNodesService } from './plan-nodes.service.js';

/** One REST resource per node kind (/priorities, /goals, /strategies), all served by PlanNodesService. */
export interface NodeAccess {
  /** The check letting a cabinet member create a child under a node they own (none: admins only). */
  readonly create?: OwnershipCheck;
  /** The check letting a cabinet member edit a node they own. */
  readonly update: OwnershipCheck;
}

export function planNodeController(kind: PlanNodeKind, path: string, className: string, access: NodeAccess): Type<unknown> {
  const ownedBy = (check: OwnershipCheck) => Allow([], { roles: ['cabinet'], check });
  @ApiTags(path)
  @Controller(path)
  class PlanNodeController {
    constructor(readonly nodes: PlanNodesService) {}

    @Get()
    @SignedIn()
    @ApiOkResponse({ type: [PlanNodeResponseDto] })
    list(@Query() query: PlanNodeQuery): Promise<PlanNode[]> {
      return this.nodes.list(kind, query);
    }

    @Get(':id')
    @SignedIn()
    @ApiOkResponse({ type: PlanNodeResponseDto })
    get(@Param('id', ParseUUIDPipe) id: string): Promise<PlanNode> {
      return this.nodes.get(kind, id);
    }

    @Post()
    @(access.create ? ownedBy(access.create) : Allow([]))
    @ApiCreatedResponse({ type: PlanNodeResponseDto })
    create(@Body() body: CreatePlanNodeDto): Promise<PlanNode> {
      return this.nodes.create(kind, body);
    }

    @Patch(':id')
    @ownedBy(access.update)
    @ApiOkResponse({ type: PlanNodeResponseDto })
    update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdatePlanNodeDto): Promise<PlanNode> {
      return this.nodes.update(kind, id, body);
    }

    @Delete(':id')
    @Allow([])
    @HttpCode(204)
    remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
      return this.nodes.remove(kind, id);
    }
  }
  // Distinct names keep log lines and OpenAPI operation ids apart.
  Object.defineProperty(PlanNodeController, 'name', { value: className });
  return PlanNodeController;
}
