import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
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
  list(@Query() query: MetricQuery): Promise<Metric[]> {
    return this.metrics.list(query);
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<Metric> {
    return this.metrics.get(id);
  }

  @Post()
  create(@Body() body: CreateMetricDto): Promise<Metric> {
    return this.metrics.create(body);
  }

  @Patch(':id')
  @ApiConflictResponse({ description: 'The metric changed since the version you sent; nothing was changed' })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateMetricDto): Promise<Metric> {
    return this.metrics.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.metrics.remove(id);
  }

  @Get(':id/baselines')
  baselines(@Param('id', ParseUUIDPipe) id: string): Promise<Baseline[]> {
    return this.targets.baselines(id);
  }

  @Put(':id/baselines')
  setBaseline(@Param('id', ParseUUIDPipe) id: string, @Body() body: SetBaselineDto): Promise<Baseline> {
    return this.targets.setBaseline(id, body);
  }

  @Get(':id/targets')
  @ApiOkResponse({ description: "A series' current yearly targets, or with history=true every target it ever had" })
  listTargets(@Param('id', ParseUUIDPipe) id: string, @Query() query: TargetQuery): Promise<Target[]> {
    return this.targets.targets(id, query);
  }

  @Put(':id/targets')
  setTargets(@Param('id', ParseUUIDPipe) id: string, @Body() body: SetTargetsDto): Promise<Target[]> {
    return this.targets.setTargets(id, body);
  }

  @Get(':id/series')
  @ApiOkResponse({ description: 'Expected vs actual by period for one series, at most `points` points' })
  series(@Param('id', ParseUUIDPipe) id: string, @Query() query: SeriesQuery): Promise<MetricSeries> {
    return this.seriesService.series(id, query);
  }
}
