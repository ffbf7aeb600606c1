import { Module } from '@nestjs/common';
import { planNodeController } from './plan-node.controller.js';
import { PlanNodesService } from './plan-nodes.service.js';

@Module({
  controllers: [
    planNodeController('priority', 'priorities', 'PrioritiesController'),
    planNodeController('goal', 'goals', 'GoalsController'),
    planNodeController('strategy', 'strategies', 'StrategiesController'),
  ],
  providers: [PlanNodesService],
})
export class PlanNodesModule {}
