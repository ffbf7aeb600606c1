import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, IsUrl, Length, Max, MaxLength, Min,
  ValidateIf,
} from 'class-validator';
import {
  type CreateStatusUpdateRequest, type CreateTacticRequest, TACTIC_SORTS, TACTIC_STATUSES, type TacticSort, type TacticStatus,
  UPDATE_CADENCES, type UpdateCadence,
} from '@throughline/domain';
import { IsIsoDate } from '../http/validators.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const bool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class CreateTacticDto implements CreateTacticRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() strategyId!: string;
  @ApiProperty({ example: 'Train every K-3 teacher in structured literacy' }) @Transform(trim) @IsString() @Length(1, 300) title!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) description?: string;
  @ApiProperty({ format: 'uuid', description: 'The one accountable owner' }) @IsUUID() ownerId!: string;
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ArrayUnique() @IsUUID('all', { each: true }) contributorIds?: string[];
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) @IsOptional() @IsUUID() schoolId?: string | null;
  @ApiPropertyOptional({ example: '2025-08-01', nullable: true, type: String }) @IsOptional() @IsIsoDate() startDate?: string | null;
  @ApiPropertyOptional({ example: '2026-05-29', nullable: true, type: String }) @IsOptional() @IsIsoDate() dueDate?: string | null;
  @ApiProperty({ example: 2025, description: 'Start year of the school year of this action plan' }) @IsInt() @Min(2000) @Max(2100) schoolYear!: number;
  @ApiPropertyOptional({ enum: TACTIC_STATUSES }) @IsOptional() @IsIn(TACTIC_STATUSES) status?: TacticStatus;
  @ApiPropertyOptional({ minimum: 0, maximum: 100 }) @IsOptional() @IsInt() @Min(0) @Max(100) percentComplete?: number;
  @ApiPropertyOptional({ enum: UPDATE_CADENCES, default: 'monthly' }) @IsOptional() @IsIn(UPDATE_CADENCES) updateCadence?: UpdateCadence;
  @ApiPropertyOptional({ default: 1, description: 'Weight in the rollup of its strategy' }) @IsOptional() @IsNumber() @Min(0.01) @Max(100) weight?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(10_000) sortOrder?: number;
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Leading indicators this tactic should move' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ArrayUnique() @IsUUID('all', { each: true }) metricIds?: string[];
}

export class UpdateTacticDto extends PartialType(OmitType(CreateTacticDto, ['strategyId'] as const)) {
  @ApiProperty({ description: 'The version you read; a stale version gets 409 and changes nothing' }) @IsInt() @Min(1) version!: number;
}

export class TacticQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() planId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() ownerId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() schoolId?: string;
  @ApiPropertyOptional({ enum: TACTIC_STATUSES }) @IsOptional() @IsIn(TACTIC_STATUSES) status?: TacticStatus;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() priorityId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() goalId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() strategyId?: string;
  @ApiPropertyOptional({ example: '2025-09-01' }) @IsOptional() @IsIsoDate() dueFrom?: string;
  @ApiPropertyOptional({ example: '2025-12-31' }) @IsOptional() @IsIsoDate() dueTo?: string;
  @ApiPropertyOptional({ description: 'Past due and not complete (as of today in the district)' }) @IsOptional() @Transform(bool) @IsIn([true, false]) overdue?: boolean;
  @ApiPropertyOptional({ description: 'No check-in within its cadence plus 7 days' }) @IsOptional() @Transform(bool) @IsIn([true, false]) stale?: boolean;
  @ApiPropertyOptional({ description: 'Words in the title or description' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) page?: number;
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) pageSize?: number;
  @ApiPropertyOptional({ enum: TACTIC_SORTS, default: 'due' }) @IsOptional() @IsIn(TACTIC_SORTS) sort?: TacticSort;
}

export class CreateStatusUpdateDto implements CreateStatusUpdateRequest {
  @ApiProperty({ enum: TACTIC_STATUSES }) @IsIn(TACTIC_STATUSES) status!: TacticStatus;
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsInt() @Min(0) @Max(100) percentComplete!: number;
  @ApiPropertyOptional({ description: 'Required when at risk or off track' })
  @ValidateIf((o: CreateStatusUpdateDto) => o.status === 'at-risk' || o.status === 'off-track' || o.narrative !== undefined)
  @Transform(trim) @IsString() @Length(1, 4000, { message: 'narrative is required when the tactic is at risk or off track (up to 4000 characters)' })
  narrative?: string;
  @ApiPropertyOptional({ type: [String], example: ['https://drive.example.org/pd-sign-in.pdf'] })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { each: true })
  evidenceLinks?: string[];
  @ApiProperty({ description: 'The tactic version you read' }) @IsInt() @Min(1) version!: number;
}
