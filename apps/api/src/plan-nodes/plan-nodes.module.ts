import { Module } from '@nestjs/common';
import { planNodeController } from './plan-node.controller.js';
import { PlanNodesService } from './plan-nodes.service.js';

@Module({
  controllers: [
    planNodeController('priority', 'priorities', 'PrioritiesController', { update: 'priority' }),
    planNodeController('goal', 'goals', 'GoalsController', { create: 'goal-parent', update: 'goal' }),
    planNodeController('strategy', 'strategies', 'StrategiesController', { create: 'strategy-parent', update: 'strategy' }),
  ],
  providers: [PlanNodesService],
})
export class PlanNodesModule {}
