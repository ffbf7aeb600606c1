import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '../auth/access.js';
import { type PlanSparklines, SparklineQuery } from './sparklines.dto.js';
import { SparklinesService } from './sparklines.service.js';

@ApiTags('plans')
@Controller('plans')
export class SparklinesController {
  constructor(private readonly service: SparklinesService) {}

  @Get(':id/sparklines')
  @ApiOkResponse({ description: "Each goal's headline metric: district All Students actuals (downsampled) and the expected trajectory" })
  @SignedIn()
  sparklines(@Param('id', ParseUUIDPipe) id: string, @Query() query: SparklineQuery): Promise<PlanSparklines> {
    return this.service.sparklines(id, query.asOf, query.points);
  }
}
