import { Module } from '@nestjs/common';
import { PlanTreeService } from '../plans/plan-tree.service.js';
import { PlansService } from '../plans/plans.service.js';
import { StudentGroupsModule } from '../student-groups/student-groups.module.js';
import { FeedbackController } from './feedback.controller.js';
import { FeedbackService } from './feedback.service.js';
import { PublicController } from './public.controller.js';
import { PublicService } from './public.service.js';

/**
 * The community's public page (published items only, suppression applied, cacheable), feedback per goal, and the
 * cabinet's feedback inbox. The plan tree services are provided here (stateless) rather than widening PlansModule.
 */
@Module({
  imports: [StudentGroupsModule],
  controllers: [PublicController, FeedbackController],
  providers: [PublicService, FeedbackService, PlansService, PlanTreeService],
})
export class PublicModule {}
