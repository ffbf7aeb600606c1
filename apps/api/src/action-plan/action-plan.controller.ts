import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Milestone } from '@throughline/domain';
import { SignedIn } from '../auth/access.js';
import { ActionPlanExportQuery, ActionPlanMilestonesQuery, ActionPlanOwnersQuery, type ActionPlanPerson } from './action-plan.dto.js';
import { ActionPlanService } from './action-plan.service.js';

@ApiTags('action plan')
@Controller('action-plan')
export class ActionPlanController {
  constructor(private readonly actionPlan: ActionPlanService) {}

  @Get('milestones')
  @SignedIn()
  @ApiOkResponse({ description: 'The milestones of the plan’s tactics (or of the listed tactics), by tactic then order; one query' })
  milestones(@Query() query: ActionPlanMilestonesQuery): Promise<Milestone[]> {
    return this.actionPlan.milestones(query);
  }

  @Get('people')
  @SignedIn()
  @ApiOkResponse({ description: 'Everyone who owns or contributes to a tactic of the plan, by name' })
  people(@Query() query: ActionPlanOwnersQuery): Promise<ActionPlanPerson[]> {
    return this.actionPlan.people(query.planId);
  }

  @Get('export')
  @SignedIn()
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'Every tactic of the filter (the filters of GET /api/tactics) as a CSV or XLSX download' })
  async export(@Query() query: ActionPlanExportQuery): Promise<StreamableFile> {
    const file = await this.actionPlan.export(query);
    return new StreamableFile(file.body, {
      type: file.contentType,
      disposition: `attachment; filename="${file.fileName}"`,
      length: file.body.length,
    });
  }
}
