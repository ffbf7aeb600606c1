import { Module } from '@nestjs/common';
import { PlanTreeService } from '../plans/plan-tree.service.js';
import { PlansModule } from '../plans/plans.module.js';
import { StudentGroupsModule } from '../student-groups/student-groups.module.js';
import { ScorecardTasksService } from './scorecard-tasks.service.js';
import { ScorecardsController } from './scorecards.controller.js';
import { ScorecardsService } from './scorecards.service.js';

/** The board's quarterly scorecard: goals, metrics, narratives, PDF and XLSX, archives, and its two daily tasks. */
@Module({
  imports: [PlansModule, StudentGroupsModule],
  controllers: [ScorecardsController],
  providers: [ScorecardsService, ScorecardTasksService, PlanTreeService],
})
export class ScorecardsModule {}
