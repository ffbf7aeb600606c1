import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobRunEntity } from './job-run.entity.js';
import { JobRunsService } from './job-runs.service.js';

/** Run history. The health and job-run routes live in SystemHttpModule, which also needs the collection queue. */
@Module({
  imports: [TypeOrmModule.forFeature([JobRunEntity])],
  providers: [JobRunsService],
  exports: [JobRunsService],
})
export class SystemModule {}
