import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { Allow, SignedIn } from '../auth/access.js';
import { ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Milestone, Page, StatusUpdate, Tactic } from '@throughline/domain';
import { CreateMilestoneDto, MilestoneQuery, UpdateMilestoneDto } from './milestones.dto.js';
import { MilestonesService } from './milestones.service.js';
import { StatusUpdatesService } from './status-updates.service.js';
import { CreateStatusUpdateDto, CreateTacticDto, TacticQuery, UpdateTacticDto } from './tactics.dto.js';
import { TacticsService } from './tactics.service.js';

@ApiTags('tactics')
@Controller('tactics')
export class TacticsController {
  constructor(
    private readonly tactics: TacticsService,
    private readonly updates: StatusUpdatesService,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'Filtered, sorted, paginated; overdue and stale computed for today in the district' })
  @SignedIn()
  list(@Query() query: TacticQuery): Promise<Page<Tactic>> {
    return this.tactics.list(query);
  }

  @Get(':id')
  @SignedIn()
  get(@Param('id', ParseUUIDPipe) id: string): Promise<Tactic> {
    return this.tactics.get(id);
  }

  @Post()
  @Allow([], { roles: ['cabinet'], check: 'tactic-parent' })
  create(@Body() body: CreateTacticDto): Promise<Tactic> {
    return this.tactics.create(body);
  }

  @Patch(':id')
  @ApiConflictResponse({ description: 'The tactic changed since the version you sent; nothing was changed' })
  @Allow([], { roles: ['cabinet', 'owner'], check: 'tactic' })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateTacticDto): Promise<Tactic> {
    return this.tactics.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Allow([])
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.tactics.remove(id);
  }

  @Get(':id/status-updates')
  @SignedIn()
  statusUpdates(@Param('id', ParseUUIDPipe) id: string): Promise<StatusUpdate[]> {
    return this.updates.list(id);
  }

  @Post(':id/status-updates')
  @ApiConflictResponse({ description: 'The tactic changed since the version you sent; nothing was recorded' })
  @Allow([], { roles: ['cabinet', 'owner'], check: 'tactic' })
  checkIn(@Param('id', ParseUUIDPipe) id: string, @Body() body: CreateStatusUpdateDto): Promise<{ statusUpdate: StatusUpdate; tactic: Tactic }> {
    return this.updates.create(id, body);
  }
}

@ApiTags('milestones')
@Controller('milestones')
export class MilestonesController {
  constructor(private readonly milestones: MilestonesService) {}

  @Get()
  @SignedIn()
  list(@Query() query: MilestoneQuery): Promise<Milestone[]> {
    return this.milestones.list(query.tacticId);
  }

  @Post()
  @Allow([], { roles: ['cabinet', 'owner'], check: 'milestone-parent' })
  create(@Body() body: CreateMilestoneDto): Promise<Milestone> {
    return this.milestones.create(body);
  }

  @Patch(':id')
  @Allow([], { roles: ['cabinet', 'owner'], check: 'milestone' })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateMilestoneDto): Promise<Milestone> {
    return this.milestones.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Allow([], { roles: ['cabinet', 'owner'], check: 'milestone' })
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.milestones.remove(id);
  }
}
