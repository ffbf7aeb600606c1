import { Module } from '@nestjs/common';
import { PlanTreeService } from '../plans/plan-tree.service.js';
import { PlansModule } from '../plans/plans.module.js';
import { StudentGroupsModule } from '../student-groups/student-groups.module.js';
import { ActionItemsController, ReviewItemsController, ReviewsController, StatusHistoryController } from './reviews.controller.js';
import { ReviewsService } from './reviews.service.js';
import { SnapshotsService } from './snapshots.service.js';

/**
 * The cabinet's monthly review: generated agenda, presenter mode's reads, decisions, action items, check-in
 * acknowledgements; snapshots (on close and monthly) and the status history they feed.
 */
@Module({
  // PlanTreeService is stateless; it is provided here too rather than widening the plans module's exports.
  imports: [PlansModule, StudentGroupsModule],
  controllers: [ReviewsController, ReviewItemsController, ActionItemsController, StatusHistoryController],
  providers: [ReviewsService, SnapshotsService, PlanTreeService],
  exports: [SnapshotsService],
})
export class ReviewsModule {}
