import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, IsUrl, Length, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import type { SourceMapping, SourceSchedule } from '@throughline/domain';
import type { SourceConfig } from './source-reader.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
export const SOURCE_KINDS = ['file', 'http', 'sql', 'manual'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export class SourceConfigDto implements SourceConfig {
  @ApiPropertyOptional({ enum: ['auto', 'csv', 'tsv', 'xlsx', 'json'], default: 'auto' }) @IsOptional() @IsIn(['auto', 'csv', 'tsv', 'xlsx', 'json']) format?: 'auto' | 'csv' | 'tsv' | 'xlsx' | 'json';
  @ApiPropertyOptional({ description: 'xlsx: sheet name (default the first)' }) @IsOptional() @IsString() @MaxLength(100) sheet?: string;
  @ApiPropertyOptional({ example: 'https://data.state.example.gov/reportcard/2026/chronic-absence.txt' })
  @IsOptional() @IsUrl({ require_protocol: true, protocols: ['http', 'https'], require_tld: false }) url?: string;
  @ApiPropertyOptional({ example: 'data.results', description: 'json: dot path to the array of rows' }) @IsOptional() @IsString() @MaxLength(200) jsonPath?: string;
  @ApiPropertyOptional({ example: 'SELECT school_code, group_code, n, rate FROM attendance_monthly' })
  @IsOptional() @IsString() @MaxLength(20_000) query?: string;
}

export class SourceSecretsDto {
  @ApiPropertyOptional({ example: { Authorization: 'Bearer …' }, description: 'HTTP headers sent with the pull (stored encrypted, never shown again)' })
  @IsOptional() @IsObject() headers?: Record<string, string>;
  @ApiPropertyOptional({ example: 'postgres://reader:…@warehouse.district.org/sis', description: 'SQL pull: read-only connection (stored encrypted)' })
  @IsOptional() @IsString() @MaxLength(2000) connectionString?: string;
}

export class CreateSourceDto {
  @ApiProperty({ example: 'State report card: chronic absenteeism' }) @Transform(trim) @IsString() @Length(1, 200) name!: string;
  @ApiProperty({ enum: SOURCE_KINDS }) @IsIn(SOURCE_KINDS) kind!: SourceKind;
  @ApiPropertyOptional({ format: 'uuid', description: 'Default: the person creating it' }) @IsOptional() @IsUUID() stewardId?: string;
  @ApiPropertyOptional({ example: { kind: 'monthly', day: 5, hour: 6, minute: 0 }, description: "When to collect, in the district's time zone (none: on demand)" })
  @IsOptional() @IsObject() schedule?: SourceSchedule | null;
  @ApiPropertyOptional({ type: SourceConfigDto }) @IsOptional() @ValidateNested() @Type(() => SourceConfigDto) config?: SourceConfigDto;
  @ApiPropertyOptional({ type: SourceSecretsDto }) @IsOptional() @ValidateNested() @Type(() => SourceSecretsDto) secrets?: SourceSecretsDto;
  @ApiProperty({ description: 'Which columns give the period, school, group and each metric (see the README)' })
  @IsObject() mapping!: SourceMapping;
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() active?: boolean;
}

export class UpdateSourceDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @Length(1, 200) name?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() stewardId?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsObject() schedule?: SourceSchedule | null;
  @ApiPropertyOptional({ type: SourceConfigDto }) @IsOptional() @ValidateNested() @Type(() => SourceConfigDto) config?: SourceConfigDto;
  @ApiPropertyOptional({ type: SourceSecretsDto, description: 'Replaces the stored secrets' }) @IsOptional() @ValidateNested() @Type(() => SourceSecretsDto) secrets?: SourceSecretsDto;
  @ApiPropertyOptional() @IsOptional() @IsObject() mapping?: SourceMapping;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
  @ApiProperty({ description: 'The version you read; a stale version gets 409' }) @IsInt() @Min(1) version!: number;
}

export class PreviewDto {
  @ApiPropertyOptional({ default: 50, maximum: 500 }) @IsOptional() @IsInt() @Min(1) @Max(500) rows?: number;
}

export class RunQuery {
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
}

export interface SourceResponse {
  readonly id: string;
  readonly name: string;
  readonly kind: SourceKind;
  readonly stewardId: string;
  readonly schedule: SourceSchedule | null;
  readonly scheduleText: string | null;
  readonly config: SourceConfig;
  /** Which secrets are stored (names only, never values). */
  readonly secrets: { readonly headers: readonly string[]; readonly connectionString: boolean };
  readonly mapping: SourceMapping;
  readonly active: boolean;
  readonly version: number;
  readonly nextRun: string | null;
  readonly lastRun: RunResponse | null;
}

export type RunState = 'queued' | 'running' | 'succeeded' | 'partial' | 'failed';

export interface RunResponse {
  readonly id: string;
  readonly sourceId: string;
  readonly period: string;
  readonly trigger: 'schedule' | 'manual' | 'retry';
  readonly state: RunState;
  readonly attempts: number;
  readonly queuedAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly progress: number;
  readonly rows: { readonly read: number; readonly inserted: number; readonly updated: number; readonly unchanged: number; readonly rejected: number; readonly skipped: number };
  readonly error: string | null;
}
