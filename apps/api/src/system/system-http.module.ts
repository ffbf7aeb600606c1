import { Module } from '@nestjs/common';
import { CollectionModule } from '../collection/collection.module.js';
import { HealthService } from './health.service.js';
import { SystemController } from './system.controller.js';
import { SystemModule } from './system.module.js';

@Module({
  imports: [SystemModule, CollectionModule],
  controllers: [SystemController],
  providers: [HealthService],
})
export class SystemHttpModule {}
