import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { IsoDate, MetricSeries, SeriesPointResponse } from '@throughline/domain';
import { IsIsoDate } from '../http/validators.js';

export class SparklineQuery {
  @ApiPropertyOptional({ example: '2026-11-25', description: "Actuals up to this date (default: today in the district's zone)" })
  @IsOptional() @IsIsoDate() asOf?: string;
  @ApiPropertyOptional({ default: 24, minimum: 3, maximum: 200, description: 'Most actual points per sparkline (downsampled server-side)' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(3) @Max(200) points?: number;
}

/**
 * One goal's headline metric (the one flagged headline, else its first metric) as a sparkline: the district All
 * Students actuals against the expected trajectory. The same shapes as GET /api/metrics/{id}/series.
 */
export interface GoalSparkline extends Pick<MetricSeries, 'metricId' | 'baseline' | 'trajectory' | 'totalPoints'> {
  readonly goalId: string;
  readonly actuals: readonly Pick<SeriesPointResponse, 'periodEnd' | 'value' | 'expected'>[];
}

export interface PlanSparklines {
  readonly planId: string;
  readonly asOf: IsoDate;
  readonly sparklines: readonly GoalSparkline[];
}
