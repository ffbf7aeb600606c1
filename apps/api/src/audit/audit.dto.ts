import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsIsoDate } from '../http/validators.js';

export class AuditQuery {
  @ApiPropertyOptional({ example: 'tactic', description: 'Table name of the record' }) @IsOptional() @Matches(/^[a-z_]{1,40}$/) entity?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) entityId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() actorId?: string;
  @ApiPropertyOptional({ enum: ['create', 'update', 'delete'] }) @IsOptional() @IsIn(['create', 'update', 'delete']) action?: string;
  @ApiPropertyOptional({ example: '2026-11-01' }) @IsOptional() @IsIsoDate() from?: string;
  @ApiPropertyOptional({ example: '2026-11-30' }) @IsOptional() @IsIsoDate() to?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) requestId?: string;
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) page?: number;
  @ApiPropertyOptional({ default: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) pageSize?: number;
}

export class HistoryParams {
  @Matches(/^[a-z_]{1,40}$/, { message: 'entity must be a record type such as tactic or goal' }) entity!: string;
  @IsString() @MaxLength(200) id!: string;
}
