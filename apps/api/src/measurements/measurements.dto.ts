import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min,
  ValidateNested,
} from 'class-validator';
import {
  type BulkMeasurementsRequest, type Measurement, type MeasurementInput, PERIOD_KINDS, type PeriodKind,
} from '@throughline/domain';
import { toNumber } from '../database/pg-types.js';
import { IsIsoDate } from '../http/validators.js';

export const MAX_BULK = 10_000;

export class MeasurementInputDto implements MeasurementInput {
  @ApiProperty({ format: 'uuid' }) @IsUUID() metricId!: string;
  @ApiProperty({ example: '2026-06-30', description: 'Last day of the period' }) @IsIsoDate() periodEnd!: string;
  @ApiProperty({ enum: PERIOD_KINDS }) @IsIn(PERIOD_KINDS) periodKind!: PeriodKind;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'Omit for the district' })
  @IsOptional() @IsUUID() schoolId?: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'Omit for All Students' })
  @IsOptional() @IsUUID() groupId?: string | null;
  @ApiPropertyOptional({ example: 48.5, nullable: true, type: Number }) @IsOptional() @IsNumber() value?: number | null;
  @ApiPropertyOptional({ example: 412, nullable: true, type: Number }) @IsOptional() @IsNumber() @Min(0) numerator?: number | null;
  @ApiPropertyOptional({ example: 850, nullable: true, type: Number, description: 'n: students counted' })
  @IsOptional() @IsInt() @Min(0) denominator?: number | null;
  @ApiPropertyOptional({ description: 'The source withheld the value (e.g. `*`); stored as suppressed, never as 0' })
  @IsOptional() @IsBoolean() suppressed?: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(1000) note?: string | null;
}

export class BulkMeasurementsDto implements BulkMeasurementsRequest {
  @ApiProperty({ type: [MeasurementInputDto], maxItems: MAX_BULK })
  @ValidateNested({ each: true }) @Type(() => MeasurementInputDto) @ArrayMinSize(1) @ArrayMaxSize(MAX_BULK)
  measurements!: MeasurementInputDto[];
}

export class MeasurementQuery {
  @ApiProperty({ format: 'uuid' }) @IsUUID() metricId!: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() schoolId?: string;
  @ApiPropertyOptional({ description: 'true: only district rows; false: only school rows' }) @IsOptional() @IsIn(['true', 'false']) district?: 'true' | 'false';
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() groupId?: string;
  @ApiPropertyOptional({ example: '2025-07-01' }) @IsOptional() @IsIsoDate() from?: string;
  @ApiPropertyOptional({ example: '2026-06-30' }) @IsOptional() @IsIsoDate() to?: string;
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) page?: number;
  @ApiPropertyOptional({ default: 500 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(5000) pageSize?: number;
}

export interface MeasurementRow {
  id: string;
  metric_id: string;
  period_end: string;
  period_kind: PeriodKind;
  school_id: string | null;
  group_id: string;
  value: string | null;
  numerator: string | null;
  denominator: number | null;
  suppressed: boolean;
  source_run_id: string | null;
  note: string | null;
}

export function toMeasurementResponse(r: MeasurementRow): Measurement {
  return {
    id: r.id,
    metricId: r.metric_id,
    periodEnd: r.period_end,
    periodKind: r.period_kind,
    schoolId: r.school_id,
    groupId: r.group_id,
    value: toNumber(r.value),
    numerator: toNumber(r.numerator),
    denominator: r.denominator,
    suppressed: r.suppressed,
    sourceRunId: r.source_run_id,
    note: r.note,
  };
}
