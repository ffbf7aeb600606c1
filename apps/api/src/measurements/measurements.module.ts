import { Module } from '@nestjs/common';
import { StudentGroupsModule } from '../student-groups/student-groups.module.js';
import { MeasurementsController } from './measurements.controller.js';
import { MeasurementsService } from './measurements.service.js';

@Module({ imports: [StudentGroupsModule], controllers: [MeasurementsController], providers: [MeasurementsService] })
export class MeasurementsModule {}
