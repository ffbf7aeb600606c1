import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { GROUP_BYS, type GroupBy } from '@throughline/domain';
import { IsIsoDate } from '../http/validators.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ReviewWindowQuery {
  @ApiPropertyOptional({ example: '2025-07-01', description: 'Start of the review window (default: the start of the current school year)' })
  @IsOptional() @IsIsoDate() from?: string;
  @ApiPropertyOptional({ example: '2026-06-30', description: "Review as of this date (default: today in the district's zone)" })
  @IsOptional() @IsIsoDate() to?: string;
}

export class AccountabilityQuery extends ReviewWindowQuery {
  @ApiPropertyOptional({ enum: GROUP_BYS, default: 'owner' }) @IsOptional() @IsIn(GROUP_BYS) groupBy?: GroupBy;
}

export class AccountabilityItemsQuery extends ReviewWindowQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'The owner whose tactics to list (or give department)' })
  @IsOptional() @IsUUID() ownerId?: string;
  @ApiPropertyOptional({ description: 'The department whose tactics to list; empty = owners with no department' })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(200) department?: string;
}

export { GROUP_BYS };
export type { AccountabilityRow, AccountabilityResponse, AccountabilityItem, AccountabilityItemsResponse, GroupBy } from '@throughline/domain';
