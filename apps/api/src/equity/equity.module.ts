import { Module } from '@nestjs/common';
import { EquityController } from './equity.controller.js';
import { EquityService } from './equity.service.js';

/** The equity page's API: student-group gaps and the school × group table, suppressed on the server. */
@Module({
  controllers: [EquityController],
  providers: [EquityService],
})
export class EquityModule {}
