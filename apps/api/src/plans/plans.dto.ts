import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min,
} from 'class-validator';
import { type CreatePlanRequest, PLAN_STATES, type Plan, type PlanState } from '@throughline/domain';
import { IsIsoDate } from '../http/validators.js';
import type { PlanEntity } from './plan.entity.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** One message for every way a school year can be wrong (missing, not a whole number, out of range). */
const YEAR = (field: string) => ({ message: `${field} must be the start year of a school year between 2000 and 2100, like 2026 for 2026-27` });

export class CreatePlanDto implements CreatePlanRequest {
  @ApiProperty({ example: 'Riverbend Rising 2024–2029' }) @Transform(trim) @IsString() @Length(1, 200) name!: string;
  @ApiProperty({ example: 2024, description: 'Start year of the first school year (2024 = 2024-25)' })
  @IsInt(YEAR('firstSchoolYear')) @Min(2000, YEAR('firstSchoolYear')) @Max(2100, YEAR('firstSchoolYear')) firstSchoolYear!: number;
  @ApiProperty({ example: 2028, description: 'Start year of the last school year; the horizon is 3–5 school years' })
  @IsInt(YEAR('lastSchoolYear')) @Min(2000, YEAR('lastSchoolYear')) @Max(2100, YEAR('lastSchoolYear')) lastSchoolYear!: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) mission?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) vision?: string;
  @ApiPropertyOptional({ type: [String], example: ['Equity', 'Excellence'] })
  @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(500, { each: true }) values?: string[];
  @ApiPropertyOptional({ description: "The mission in Spanish ('' = not translated: Spanish readers see the English)" })
  @IsOptional() @IsString() @MaxLength(4000) missionEs?: string;
  @ApiPropertyOptional({ description: 'The vision in Spanish' }) @IsOptional() @IsString() @MaxLength(4000) visionEs?: string;
  @ApiPropertyOptional({ type: [String], example: ['Equidad', 'Excelencia'], description: 'The values in Spanish, in the same order' })
  @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(500, { each: true }) valuesEs?: string[];
  @ApiPropertyOptional({ type: [String], example: ['Critical thinker', 'Effective communicator'] })
  @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(500, { each: true }) learnerProfile?: string[];
  @ApiPropertyOptional({ enum: PLAN_STATES, default: 'draft' }) @IsOptional() @IsIn(PLAN_STATES) state?: PlanState;
  @ApiPropertyOptional({ example: '2024-06-18', nullable: true, type: String }) @IsOptional() @IsIsoDate() adoptedOn?: string | null;
  @ApiPropertyOptional({ description: 'Make this the district plan (the previous active plan stops being active)' })
  @IsOptional() @IsBoolean() active?: boolean;
}

export class UpdatePlanDto extends PartialType(CreatePlanDto) {}

export class AsOfQuery {
  @ApiPropertyOptional({ example: '2026-11-25', description: "Compute statuses as of this date (default: today in the district's zone)" })
  @IsOptional() @IsIsoDate() asOf?: string;
}

export function toPlanResponse(row: PlanEntity): Plan {
  return {
    id: row.id,
    name: row.name,
    firstSchoolYear: row.firstSchoolYear,
    lastSchoolYear: row.lastSchoolYear,
    mission: row.mission,
    vision: row.vision,
    values: row.values,
    missionEs: row.missionEs,
    visionEs: row.visionEs,
    valuesEs: row.valuesEs,
    learnerProfile: row.learnerProfile,
    state: row.state,
    adoptedOn: row.adoptedOn,
    active: row.active,
  };
}
