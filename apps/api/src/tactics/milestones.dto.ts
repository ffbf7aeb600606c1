import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import type { CreateMilestoneRequest, Milestone } from '@throughline/domain';
import { IsIsoDate } from '../http/validators.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateMilestoneDto implements CreateMilestoneRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() tacticId!: string;
  @ApiProperty({ example: 'Cohort 1 trained (120 teachers)' }) @Transform(trim) @IsString() @Length(1, 300) title!: string;
  @ApiPropertyOptional({ example: '2025-10-31', nullable: true, type: String }) @IsOptional() @IsIsoDate() dueDate?: string | null;
  @ApiPropertyOptional({ example: '2025-10-24', nullable: true, type: String }) @IsOptional() @IsIsoDate() completedOn?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(10_000) sortOrder?: number;
}

export class UpdateMilestoneDto extends PartialType(OmitType(CreateMilestoneDto, ['tacticId'] as const)) {}

export class MilestoneQuery {
  @ApiProperty({ format: 'uuid' }) @IsUUID() tacticId!: string;
}

export interface MilestoneRow {
  id: string;
  tactic_id: string;
  title: string;
  due_date: string | null;
  completed_on: string | null;
  sort_order: number;
}

export function toMilestoneResponse(r: MilestoneRow): Milestone {
  return { id: r.id, tacticId: r.tactic_id, title: r.title, dueDate: r.due_date, completedOn: r.completed_on, sortOrder: r.sort_order };
}
