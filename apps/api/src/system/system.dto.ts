import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { HealthResponse, JobRunResponse } from '@throughline/domain';

export class JobRunsQuery {
  @ApiPropertyOptional({ enum: ['collection-sweep'], description: 'Only runs of this job' })
  @IsOptional()
  @IsIn(['collection-sweep'])
  job?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

class DatabaseHealthDto {
  @ApiProperty({ enum: ['up', 'down'] }) status!: 'up' | 'down';
  @ApiProperty({ enum: ['external', 'local', 'embedded'], example: 'local' }) mode!: 'external' | 'local' | 'embedded';
  @ApiPropertyOptional() error?: string;
}

class QueueHealthDto {
  @ApiProperty({ enum: ['up', 'down'] }) status!: 'up' | 'down';
  @ApiProperty({ enum: ['redis', 'postgres'], example: 'redis' }) backend!: 'redis' | 'postgres';
  @ApiPropertyOptional() error?: string;
}

export class HealthResponseDto implements HealthResponse {
  @ApiProperty({ enum: ['ok', 'error'], example: 'ok' }) status!: 'ok' | 'error';
  @ApiProperty({ example: '0.1.0' }) version!: string;
  @ApiProperty({ example: '2026-11-25T21:00:00.000Z' }) time!: string;
  @ApiProperty({ example: 42 }) uptimeSeconds!: number;
  @ApiProperty({ type: DatabaseHealthDto }) database!: DatabaseHealthDto;
  @ApiProperty({ type: QueueHealthDto }) queue!: QueueHealthDto;
}

export class JobRunResponseDto implements JobRunResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'collection-sweep' }) job!: string;
  @ApiProperty({ enum: ['running', 'succeeded', 'failed'] }) outcome!: 'running' | 'succeeded' | 'failed';
  @ApiProperty({ example: '2026-11-25T21:00:00.000Z' }) startedAt!: string;
  @ApiProperty({ nullable: true, type: String }) finishedAt!: string | null;
  @ApiProperty({ nullable: true, type: Number, example: 12 }) durationMs!: number | null;
  @ApiProperty({ nullable: true, type: String, example: 'no data sources are configured yet' }) detail!: string | null;
}
