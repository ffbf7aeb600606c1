import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import type { CreateScorecardRequest, PutNarrativeRequest, UpdateScorecardRequest } from '@throughline/domain';
import { IsIsoDate } from '../http/validators.js';

export class ScorecardListQuery {
  @ApiProperty({ format: 'uuid' }) @IsUUID() planId!: string;
}

export class ScorecardQuery {
  @ApiProperty({ format: 'uuid' }) @IsUUID() planId!: string;
  @ApiProperty({ example: 2026, description: 'Start year of the school year' }) @Type(() => Number) @IsInt() @Min(2000) @Max(2100) schoolYear!: number;
  @ApiProperty({ minimum: 1, maximum: 4 }) @Type(() => Number) @IsInt() @Min(1) @Max(4) quarter!: number;
}

export class CreateScorecardDto implements CreateScorecardRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() planId!: string;
  @ApiProperty({ example: 2026 }) @IsInt() @Min(2000) @Max(2100) schoolYear!: number;
  @ApiProperty({ minimum: 1, maximum: 4 }) @IsInt() @Min(1) @Max(4) quarter!: number;
  @ApiProperty({ example: '2027-01-20', description: 'The board meeting that receives this scorecard' }) @IsIsoDate() boardMeetingOn!: string;
}

export class UpdateScorecardDto implements UpdateScorecardRequest {
  @ApiPropertyOptional({ example: '2027-01-20' }) @IsOptional() @IsIsoDate() boardMeetingOn?: string;
  @ApiProperty({ description: 'The version you read; a stale version gets 409 and changes nothing' }) @IsInt() @Min(1) version!: number;
}

const trimEnd = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trimEnd() : value);

export class PutNarrativeDto implements PutNarrativeRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() goalId!: string;
  @ApiProperty({ description: "The goal owner's narrative for the board (plain text)" }) @Transform(trimEnd) @IsString() @MaxLength(4000) narrative!: string;
}
