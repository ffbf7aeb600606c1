import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { Allow, SignedIn } from '../auth/access.js';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { BulkMeasurementsResult, Measurement, Page } from '@throughline/domain';
import { BulkMeasurementsDto, MeasurementQuery } from './measurements.dto.js';
import { MeasurementsService } from './measurements.service.js';

@ApiTags('measurements')
@Controller('measurements')
export class MeasurementsController {
  constructor(private readonly measurements: MeasurementsService) {}

  @Get()
  @SignedIn()
  list(@Query() query: MeasurementQuery): Promise<Page<Measurement>> {
    return this.measurements.list(query);
  }

  @Post('bulk')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Counts of rows inserted, updated and unchanged (a re-sent batch changes nothing)' })
  @Allow([], { roles: ['steward'], check: 'measurements' })
  bulk(@Body() body: BulkMeasurementsDto): Promise<BulkMeasurementsResult> {
    return this.measurements.bulkUpsert(body);
  }
}
