import { Controller, Get, Query, Res } from '@nestjs/common';
import { Allow, Public } from '../auth/access.js';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { HealthResponse, JobRunResponse } from '@throughline/domain';
import { HealthService } from './health.service.js';
import { JobRunsService } from './job-runs.service.js';
import { HealthResponseDto, JobRunResponseDto, JobRunsQuery } from './system.dto.js';

@ApiTags('system')
@Controller()
export class SystemController {
  constructor(
    private readonly health: HealthService,
    private readonly runs: JobRunsService,
  ) {}

  @Get('health')
  @ApiOkResponse({ type: HealthResponseDto, description: 'Database and queue answer' })
  @ApiServiceUnavailableResponse({ type: HealthResponseDto, description: 'The database or the queue is down' })
  @Public()
  async getHealth(@Res({ passthrough: true }) res: Response): Promise<HealthResponse> {
    const report = await this.health.check();
    res.status(report.status === 'ok' ? 200 : 503).setHeader('Cache-Control', 'no-store');
    return report;
  }

  @Get('system/job-runs')
  @ApiOkResponse({ type: [JobRunResponseDto], description: 'Most recent background job runs, newest first' })
  @Allow([])
  jobRuns(@Query() query: JobRunsQuery): Promise<JobRunResponse[]> {
    return this.runs.recent(query.job, query.limit ?? 50);
  }
}
