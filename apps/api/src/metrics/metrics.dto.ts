import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min,
  ValidateNested,
} from 'class-validator';
import {
  CADENCES, type Cadence, type CreateMetricRequest, DIRECTIONS, DISAGGREGATIONS, type Direction, type Disaggregation,
  METRIC_KINDS, METRIC_UNITS, type Metric, type MetricKind, type MetricPublishFields, type MetricUnit, PUBLIC_SUMMARY_MAX,
  type SetBaselineRequest, type SetTargetsRequest,
} from '@throughline/domain';
import { toNumber } from '../database/pg-types.js';
import { IsIsoDate } from '../http/validators.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateMetricDto implements CreateMetricRequest {
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'The goal it measures (or guardrailId)' })
  @IsOptional() @IsUUID() goalId?: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'The guardrail it measures (or goalId)' })
  @IsOptional() @IsUUID() guardrailId?: string | null;
  @ApiProperty({ example: 'Grade 3 reading proficiency' }) @Transform(trim) @IsString() @Length(1, 300) name!: string;
  @ApiPropertyOptional({ example: 'Competencia en lectura de 3.º grado', description: "The name in Spanish ('' = not translated)" })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(300) nameEs?: string;
  @ApiPropertyOptional({ example: 'Share of grade-3 students meeting or exceeding standard on the state ELA test' })
  @IsOptional() @IsString() @MaxLength(4000) definition?: string;
  @ApiProperty({ enum: METRIC_UNITS }) @IsIn(METRIC_UNITS) unit!: MetricUnit;
  @ApiPropertyOptional({ default: 1, minimum: 0, maximum: 4 }) @IsOptional() @IsInt() @Min(0) @Max(4) decimals?: number;
  @ApiProperty({ enum: DIRECTIONS, description: 'Which way is better; maintain = stay within bandLow–bandHigh' })
  @IsIn(DIRECTIONS) direction!: Direction;
  @ApiPropertyOptional({ nullable: true, type: Number }) @IsOptional() @IsNumber() bandLow?: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) @IsOptional() @IsNumber() bandHigh?: number | null;
  @ApiProperty({ enum: METRIC_KINDS, description: 'lagging outcome or leading indicator' }) @IsIn(METRIC_KINDS) kind!: MetricKind;
  @ApiProperty({ enum: CADENCES }) @IsIn(CADENCES) cadence!: Cadence;
  @ApiPropertyOptional({ example: 120, description: 'Days between a period end and the release of its data' })
  @IsOptional() @IsInt() @Min(0) @Max(730) lagDays?: number;
  @ApiProperty({ format: 'uuid', description: 'The data steward' }) @IsUUID() ownerId!: string;
  @ApiPropertyOptional({ enum: DISAGGREGATIONS, default: 'district' }) @IsOptional() @IsIn(DISAGGREGATIONS) disaggregation?: Disaggregation;
  @ApiPropertyOptional({ description: "The goal's headline metric (shown as its sparkline)" }) @IsOptional() @IsBoolean() headline?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(10_000) sortOrder?: number;
}

export class UpdateMetricDto extends PartialType(OmitType(CreateMetricDto, ['goalId', 'guardrailId'] as const)) {
  @ApiProperty({ description: 'The version you read; a stale version gets 409 and changes nothing' })
  @IsInt() @Min(1) version!: number;
  // The public page's fields (All Students is public with the metric; student groups only when publishGroups).
  @ApiPropertyOptional({ description: 'Shown on the public page (default true)' }) @IsOptional() @IsBoolean() published?: boolean;
  @ApiPropertyOptional({ description: 'Also publish the student-group series (default false); small groups stay withheld' })
  @IsOptional() @IsBoolean() publishGroups?: boolean;
  @ApiPropertyOptional({ maxLength: PUBLIC_SUMMARY_MAX }) @IsOptional() @Transform(trim) @IsString() @MaxLength(PUBLIC_SUMMARY_MAX) publicSummaryEn?: string;
  @ApiPropertyOptional({ maxLength: PUBLIC_SUMMARY_MAX }) @IsOptional() @Transform(trim) @IsString() @MaxLength(PUBLIC_SUMMARY_MAX) publicSummaryEs?: string;
}

export class MetricQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() planId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() goalId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() guardrailId?: string;
}

export class SeriesKeyDto {
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'A school; omit for the district' })
  @IsOptional() @IsUUID() schoolId?: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'A student group; omit for All Students' })
  @IsOptional() @IsUUID() groupId?: string | null;
}

export class SetBaselineDto extends SeriesKeyDto implements SetBaselineRequest {
  @ApiProperty({ example: 42.0 }) @IsNumber() value!: number;
  @ApiProperty({ example: '2024-06-30' }) @IsIsoDate() asOf!: string;
}

export class YearTargetDto {
  @ApiProperty({ example: 2026, description: 'Start year of the school year (2026 = 2026-27)' })
  @IsInt() @Min(2000) @Max(2100) schoolYear!: number;
  @ApiProperty({ example: 52.8 }) @IsNumber() value!: number;
}

export class SetTargetsDto extends SeriesKeyDto implements SetTargetsRequest {
  @ApiProperty({ type: [YearTargetDto] })
  @ValidateNested({ each: true }) @Type(() => YearTargetDto) @ArrayMinSize(1) @ArrayMaxSize(10) targets!: YearTargetDto[];
  @ApiPropertyOptional({ example: 'Board reset after the 2025 assessment redesign', description: 'Required to change an existing target' })
  @IsOptional() @Transform(trim) @IsString() @Length(3, 1000) reason?: string;
}

export class TargetQuery extends SeriesKeyDto {
  @ApiPropertyOptional({ description: 'true: include replaced targets (history)' }) @IsOptional() @IsIn(['true', 'false']) history?: 'true' | 'false';
  @ApiPropertyOptional({ description: 'true: every series of the metric, not only the one named' }) @IsOptional() @IsIn(['true', 'false']) all?: 'true' | 'false';
}

export class SeriesQuery extends SeriesKeyDto {
  @ApiPropertyOptional({ default: 200, description: 'Most points to return (downsampled server-side)' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(3) @Max(5000) points?: number;
  @ApiPropertyOptional({ example: '2026-11-25' }) @IsOptional() @IsIsoDate() asOf?: string;
}

export interface MetricRow {
  id: string;
  goal_id: string | null;
  guardrail_id: string | null;
  name: string;
  definition: string;
  unit: MetricUnit;
  decimals: number;
  direction: Direction;
  band_low: string | null;
  band_high: string | null;
  kind: MetricKind;
  cadence: Cadence;
  lag_days: number;
  owner_id: string;
  disaggregation: Disaggregation;
  headline: boolean;
  sort_order: number;
  version: number;
  published: boolean;
  publish_groups: boolean;
  public_summary_en: string;
  public_summary_es: string;
  name_es: string;
}

export function toMetricResponse(r: MetricRow): Metric & MetricPublishFields {
  return {
    id: r.id,
    goalId: r.goal_id,
    guardrailId: r.guardrail_id,
    name: r.name,
    definition: r.definition,
    unit: r.unit,
    decimals: r.decimals,
    direction: r.direction,
    bandLow: toNumber(r.band_low),
    bandHigh: toNumber(r.band_high),
    kind: r.kind,
    cadence: r.cadence,
    lagDays: r.lag_days,
    ownerId: r.owner_id,
    disaggregation: r.disaggregation,
    headline: r.headline,
    sortOrder: r.sort_order,
    version: r.version,
    published: r.published,
    publishGroups: r.publish_groups,
    publicSummaryEn: r.public_summary_en,
    publicSummaryEs: r.public_summary_es,
    nameEs: r.name_es,
  };
}
