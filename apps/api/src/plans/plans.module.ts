import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StudentGroupsModule } from '../student-groups/student-groups.module.js';
import { PlanEntity } from './plan.entity.js';
import { PlanTreeService } from './plan-tree.service.js';
import { PlansController } from './plans.controller.js';
import { PlansService } from './plans.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([PlanEntity]), StudentGroupsModule],
  controllers: [PlansController],
  providers: [PlansService, PlanTreeService],
  exports: [PlansService],
})
export class PlansModule {}
