import { Module } from '@nestjs/common';
import { TacticsService } from '../tactics/tactics.service.js';
import { ActionPlanController } from './action-plan.controller.js';
import { ActionPlanService } from './action-plan.service.js';

/**
 * The Year-1 action plan page's API: set-based milestones for the timeline, the plan's people, and the export of
 * a filter. The export reuses TacticsService (stateless) so the filters mean exactly what GET /api/tactics means;
 * it is provided here because the tactics module does not export it.
 */
@Module({
  controllers: [ActionPlanController],
  providers: [ActionPlanService, TacticsService],
})
export class ActionPlanModule {}
