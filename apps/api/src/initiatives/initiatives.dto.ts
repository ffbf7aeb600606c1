import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { type CreateInitiativeRequest, INITIATIVE_DECISIONS, type Initiative, type InitiativeDecision } from '@throughline/domain';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** The initiative inventory of the plan's design phase: what the district already runs, and keep / adjust / abandon. */
export class CreateInitiativeDto implements CreateInitiativeRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() planId!: string;
  @ApiProperty({ example: 'Reading Recovery tutoring' }) @Transform(trim) @IsString() @Length(1, 300) name!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) description?: string;
  @ApiPropertyOptional({ description: 'false for a past initiative', default: true }) @IsOptional() @IsBoolean() current?: boolean;
  @ApiPropertyOptional({ enum: INITIATIVE_DECISIONS, nullable: true }) @IsOptional() @IsIn(INITIATIVE_DECISIONS) decision?: InitiativeDecision | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) rationale?: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) @IsOptional() @IsUUID() ownerId?: string | null;
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ArrayUnique() @IsUUID('all', { each: true }) goalIds?: string[];
}

export class UpdateInitiativeDto extends PartialType(OmitType(CreateInitiativeDto, ['planId'] as const)) {}

export interface InitiativeRow {
  id: string;
  plan_id: string;
  name: string;
  description: string;
  current: boolean;
  decision: InitiativeDecision | null;
  rationale: string;
  owner_id: string | null;
  goal_ids: string[];
}

export function toInitiativeResponse(r: InitiativeRow): Initiative {
  return {
    id: r.id,
    planId: r.plan_id,
    name: r.name,
    description: r.description,
    current: r.current,
    decision: r.decision,
    rationale: r.rationale,
    ownerId: r.owner_id,
    goalIds: r.goal_ids,
  };
}
