import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { Allow, SignedIn } from '../auth/access.js';
import { ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Baseline, Metric, MetricSeries, Target } from '@throughline/domain';
import { CreateMetricDto, MetricQuery, SeriesQuery, SetBaselineDto, SetTargetsDto, TargetQuery, UpdateMetricDto } from './metrics.dto.js';
import { MetricsService } from './metrics.service.js';
import { SeriesService } from './series.service.js';
import { TargetsService } from './targets.service.js';

@ApiTags('metrics')
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    private readonly targets: TargetsService,
    private readonly seriesService: SeriesService,
  ) {}

  @Get()
  @SignedIn()
  list(@Query() query: MetricQuery): Promise<Metric[]> {
    return this.metrics.list(query);
  }

  @Get(':id')
  @SignedIn()
  get(@Param('id', ParseUUIDPipe) id: string): Promise<Metric> {
    return this.metrics.get(id);
  }

  @Post()
  @Allow([], { roles: ['cabinet'], check: 'metric-parent' })
  create(@Body() body: CreateMetricDto): Promise<Metric> {
    return this.metrics.create(body);
  }

  @Patch(':id')
  @ApiConflictResponse({ description: 'The metric changed since the version you sent; nothing was changed' })
  @Allow([], { roles: ['cabinet'], check: 'metric' })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateMetricDto): Promise<Metric> {
    return this.metrics.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Allow([])
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.metrics.remove(id);
  }

  @Get(':id/baselines')
  @SignedIn()
  baselines(@Param('id', ParseUUIDPipe) id: string): Promise<Baseline[]> {
    return this.targets.baselines(id);
  }

  @Put(':id/baselines')
  @Allow([], { roles: ['cabinet'], check: 'metric' })
  setBaseline(@Param('id', ParseUUIDPipe) id: string, @Body() body: SetBaselineDto): Promise<Baseline> {
    return this.targets.setBaseline(id, body);
  }

  @Get(':id/targets')
  @ApiOkResponse({ description: "A series' current yearly targets, or with history=true every target it ever had" })
  @SignedIn()
  listTargets(@Param('id', ParseUUIDPipe) id: string, @Query() query: TargetQuery): Promise<Target[]> {
    return this.targets.targets(id, query);
  }

  @Put(':id/targets')
  @Allow([], { roles: ['cabinet'], check: 'metric' })
  setTargets(@Param('id', ParseUUIDPipe) id: string, @Body() body: SetTargetsDto): Promise<Target[]> {
    return this.targets.setTargets(id, body);
  }

  @Get(':id/series')
  @ApiOkResponse({ description: 'Expected vs actual by period for one series, at most `points` points' })
  @SignedIn()
  series(@Param('id', ParseUUIDPipe) id: string, @Query() query: SeriesQuery): Promise<MetricSeries> {
    return this.seriesService.series(id, query);
  }
}
