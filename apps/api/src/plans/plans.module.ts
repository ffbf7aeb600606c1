import { Module } from '@nestjs/common';
import { StudentGroupsModule } from '../student-groups/student-groups.module.js';
import { PlanTreeService } from './plan-tree.service.js';
import { PlansController } from './plans.controller.js';
import { PlansService } from './plans.service.js';
import { SparklinesController } from './sparklines.controller.js';
import { SparklinesService } from './sparklines.service.js';

@Module({
  imports: [StudentGroupsModule],
  controllers: [PlansController, SparklinesController],
  providers: [PlansService, PlanTreeService, SparklinesService],
  exports: [PlansService],
})
export class PlansModule {}
