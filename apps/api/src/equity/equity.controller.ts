import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '../auth/access.js';
import { EquityQuery, type EquityReport } from './equity.dto.js';
import { EquityService } from './equity.service.js';

@ApiTags('equity')
@Controller('equity')
export class EquityController {
  constructor(private readonly equity: EquityService) {}

  @Get()
  @ApiOkResponse({
    description:
      'Each student group against All Students (or referenceGroupId) for a metric and period, district or one school, with the ' +
      'gap, its change since baseline and the gap-closing status, and the school × group table. Cells with fewer students than ' +
      "the district's minimum n, withheld by the source, or hidden so that those cannot be worked out carry no value.",
  })
  @SignedIn()
  report(@Query() query: EquityQuery): Promise<EquityReport> {
    return this.equity.report(query);
  }
}
