import { Module } from '@nestjs/common';
import { MyWorkController } from './my-work.controller.js';
import { MyWorkService } from './my-work.service.js';

/** My work: the signed-in person's tactics, check-ins due and data requests, in one read. */
@Module({
  controllers: [MyWorkController],
  providers: [MyWorkService],
})
export class MyWorkModule {}
