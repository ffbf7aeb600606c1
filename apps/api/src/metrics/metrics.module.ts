import { Module } from '@nestjs/common';
import { StudentGroupsModule } from '../student-groups/student-groups.module.js';
import { MetricsController } from './metrics.controller.js';
import { MetricsService } from './metrics.service.js';
import { SeriesService } from './series.service.js';
import { TargetsService } from './targets.service.js';

@Module({
  imports: [StudentGroupsModule],
  controllers: [MetricsController],
  providers: [MetricsService, TargetsService, SeriesService],
  exports: [MetricsService],
})
export class MetricsModule {}
