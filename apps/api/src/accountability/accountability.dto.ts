import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { IsoDate, TacticStatus } from '@throughline/domain';
import { IsIsoDate } from '../http/validators.js';

export const GROUP_BYS = ['owner', 'department'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

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

// Response shapes; they belong in libs/domain/src/contracts (the dashboard repeats them in accountability-api.ts).

/** One owner's (or department's) record: the domain's accountability() with names. */
export interface AccountabilityRow {
  /** The owner's id, or the department's name ('' for people with none). */
  readonly key: string;
  readonly name: string;
  readonly department: string | null;
  readonly tactics: number;
  readonly expectedUpdates: number;
  readonly onTimeUpdates: number;
  /** Null when no update was owed yet in the window. */
  readonly onTimeRate: number | null;
  readonly overdue: number;
  readonly stale: number;
  readonly medianDaysSinceCheckIn: number | null;
  readonly lastCheckIn: IsoDate | null;
}

export interface AccountabilityResponse {
  readonly groupBy: GroupBy;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly rows: readonly AccountabilityRow[];
}

/** One tactic of the drill-down, with the same facts computed for it alone. */
export interface AccountabilityItem {
  readonly id: string;
  readonly title: string;
  readonly ownerId: string;
  readonly ownerName: string;
  readonly status: TacticStatus;
  readonly percentComplete: number;
  readonly dueDate: IsoDate | null;
  readonly overdue: boolean;
  readonly daysOverdue: number;
  readonly stale: boolean;
  readonly expectedUpdates: number;
  readonly onTimeUpdates: number;
  readonly onTimeRate: number | null;
  readonly daysSinceCheckIn: number | null;
  readonly lastCheckIn: IsoDate | null;
  readonly nextCheckInDue: IsoDate | null;
}

export interface AccountabilityItemsResponse {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly items: readonly AccountabilityItem[];
}
