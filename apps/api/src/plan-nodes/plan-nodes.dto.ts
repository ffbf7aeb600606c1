import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { type CreatePlanNodeRequest, PUBLIC_SUMMARY_MAX, type PlanNode, type PublishFields, type UpdatePlanNodeRequest } from '@throughline/domain';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreatePlanNodeDto implements CreatePlanNodeRequest {
  @ApiProperty({ format: 'uuid', description: 'The parent: the plan of a priority, the priority of a goal, the goal of a strategy' })
  @IsUUID() parentId!: string;
  @ApiProperty({ example: 'Every student reads on grade level by grade 3' }) @Transform(trim) @IsString() @Length(1, 300) title!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) description?: string;
  @ApiProperty({ format: 'uuid', description: 'The one accountable owner' }) @IsUUID() ownerId!: string;
  @ApiPropertyOptional({ default: 0 }) @IsOptional() @IsInt() @Min(0) @Max(10_000) sortOrder?: number;
  @ApiPropertyOptional({ description: "The title in Spanish, for the Spanish public page (priorities and goals; '' = not translated)" })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(300) titleEs?: string;
}

export class UpdatePlanNodeDto implements UpdatePlanNodeRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'Move under another parent of the same kind' }) @IsOptional() @IsUUID() parentId?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @Length(1, 300) title?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) description?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() ownerId?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(10_000) sortOrder?: number;
  // The public page's fields: priorities and goals only (a strategy is never published on its own).
  @ApiPropertyOptional({ description: 'Shown on the public page (priorities and goals; default true)' }) @IsOptional() @IsBoolean() published?: boolean;
  @ApiPropertyOptional({ description: "The title in Spanish (priorities and goals; '' = not translated)" })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(300) titleEs?: string;
  @ApiPropertyOptional({ maxLength: PUBLIC_SUMMARY_MAX, description: 'Plain-language summary for the public page (English)' })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(PUBLIC_SUMMARY_MAX) publicSummaryEn?: string;
  @ApiPropertyOptional({ maxLength: PUBLIC_SUMMARY_MAX, description: 'Plain-language summary for the public page (Spanish)' })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(PUBLIC_SUMMARY_MAX) publicSummaryEs?: string;
}

export class PlanNodeQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the children of this parent' }) @IsOptional() @IsUUID() parentId?: string;
}

export class PlanNodeResponseDto implements PlanNode {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) parentId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ format: 'uuid' }) ownerId!: string;
  @ApiProperty() sortOrder!: number;
  @ApiPropertyOptional({ description: 'Priorities and goals only' }) published?: boolean;
  @ApiPropertyOptional() titleEs?: string;
  @ApiPropertyOptional() publicSummaryEn?: string;
  @ApiPropertyOptional() publicSummaryEs?: string;
}

/** A priority or goal as the editor reads it: the node and its publish fields. */
export type PublishableNode = PlanNode & Partial<PublishFields>;
