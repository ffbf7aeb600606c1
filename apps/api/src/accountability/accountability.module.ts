import { Module } from '@nestjs/common';
import { AccountabilityController } from './accountability.controller.js';
import { AccountabilityService } from './accountability.service.js';

/** Accountability: the cabinet's review of who reports on time, per owner or department, with a drill-down. */
@Module({
  controllers: [AccountabilityController],
  providers: [AccountabilityService],
})
export class AccountabilityModule {}
