import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength, Min } from 'class-validator';
import type {
  AcknowledgeRequest, CreateActionItemRequest, CreateDecisionRequest, CreateReviewRequest, UpdateActionItemRequest,
  UpdateReviewItemRequest,
} from '@throughline/domain';
import { IsIsoDate } from '../http/validators.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ReviewQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this plan’s reviews' }) @IsOptional() @IsUUID() planId?: string;
}

export class CreateReviewDto implements CreateReviewRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() planId!: string;
  @ApiProperty({ example: '2026-11-26', description: 'The meeting date: the agenda and the snapshot are as of this day' })
  @IsIsoDate() heldOn!: string;
  @ApiPropertyOptional({ example: 'Cabinet review — November 2026' }) @IsOptional() @Transform(trim) @IsString() @Length(1, 200) title?: string;
}

export class UpdateReviewItemDto implements UpdateReviewItemRequest {
  @ApiPropertyOptional() @IsOptional() @IsBoolean() discussed?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) notes?: string;
}

export class CreateDecisionDto implements CreateDecisionRequest {
  @ApiProperty({ example: 'Move the coaching budget to grades K-2' }) @Transform(trim) @IsString() @Length(1, 2000) text!: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'The agenda item it was taken on' })
  @IsOptional() @IsUUID() reviewItemId?: string | null;
}

export class CreateActionItemDto implements CreateActionItemRequest {
  @ApiProperty({ example: 'Bring the attendance plan for Lincoln' }) @Transform(trim) @IsString() @Length(1, 300) title!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() ownerId!: string;
  @ApiProperty({ example: '2026-12-15' }) @IsIsoDate() dueDate!: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) @IsOptional() @IsUUID() reviewItemId?: string | null;
}

export class UpdateActionItemDto implements UpdateActionItemRequest {
  @ApiProperty({ description: 'Done (today) or reopened' }) @IsIn([true, false]) done!: boolean;
  @ApiProperty({ description: 'The version you read; a stale version gets 409' }) @IsInt() @Min(1) version!: number;
}

export class AcknowledgeDto implements AcknowledgeRequest {
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Check-ins shown on the item; all its unacknowledged ones when omitted' })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @ArrayUnique() @IsUUID('all', { each: true }) statusUpdateIds?: string[];
}

export const HISTORY_ENTITIES = ['priority', 'goal'] as const;

export class StatusHistoryQuery {
  @ApiProperty({ enum: HISTORY_ENTITIES }) @IsIn(HISTORY_ENTITIES) entity!: (typeof HISTORY_ENTITIES)[number];
  @ApiProperty({ format: 'uuid' }) @IsUUID() id!: string;
}
