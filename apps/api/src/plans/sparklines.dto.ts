import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsIsoDate } from '../http/validators.js';

export class SparklineQuery {
  @ApiPropertyOptional({ example: '2026-11-25', description: "Actuals up to this date (default: today in the district's zone)" })
  @IsOptional() @IsIsoDate() asOf?: string;
  @ApiPropertyOptional({ default: 24, minimum: 3, maximum: 200, description: 'Most actual points per sparkline (downsampled server-side)' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(3) @Max(200) points?: number;
}

export type { GoalSparkline, PlanSparklines } from '@throughline/domain';
