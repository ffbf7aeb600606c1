import { Module } from '@nestjs/common';
import { MilestonesService } from './milestones.service.js';
import { StatusUpdatesService } from './status-updates.service.js';
import { MilestonesController, TacticsController } from './tactics.controller.js';
import { TacticsService } from './tactics.service.js';

@Module({
  controllers: [TacticsController, MilestonesController],
  providers: [TacticsService, StatusUpdatesService, MilestonesService],
})
export class TacticsModule {}
