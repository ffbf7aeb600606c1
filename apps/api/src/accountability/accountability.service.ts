import { Injectable } from '@nestjs/common';
import {
  type IsoDate, type OwnerAccountability, type OwnerTactic, accountability, isoDateInZone, schoolYearOf, tacticHealth,
} from '@throughline/domain';
import { Db } from '../database/db.js';
import { invalid } from '../http/errors.js';
import { SettingsService } from '../settings/settings.service.js';
import type {
  AccountabilityItemsQuery, AccountabilityItemsResponse, AccountabilityQuery, AccountabilityResponse, AccountabilityRow,
  ReviewWindowQuery,
} from './accountability.dto.js';
import { type TacticFactRow, loadTacticFacts } from './accountability.queries.js';

/** The cabinet's review of owners: did they report on the cadence they committed to, and what is late or quiet. */
@Injectable()
export class AccountabilityService {
  constructor(
    private readonly db: Db,
    private readonly settings: SettingsService,
  ) {}

  async summary(query: AccountabilityQuery): Promise<AccountabilityResponse> {
    const groupBy = query.groupBy ?? 'owner';
    const { from, to, timeZone } = await this.window(query);
    const facts = await loadTacticFacts(this.db, timeZone, {});
    // A department is reviewed as one owner: its tactics pooled, so its median and rate are over all of them.
    const keyOf = (row: TacticFactRow) => (groupBy === 'owner' ? row.owner_id : (row.department ?? ''));
    const results = accountability(facts.map((row) => ownerTactic(row, keyOf(row))), to, { windowStart: from });
    const names = new Map(facts.map((row) => [keyOf(row), { name: groupBy === 'owner' ? row.owner_name : (row.department ?? ''), department: row.department }]));
    const rows = results.map((result): AccountabilityRow => ({
      key: result.ownerId,
      name: names.get(result.ownerId)?.name ?? '',
      department: names.get(result.ownerId)?.department ?? null,
      ...counts(result),
    }));
    return { groupBy, from, to, rows: rows.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.key.localeCompare(b.key)) };
  }

  async items(query: AccountabilityItemsQuery): Promise<AccountabilityItemsResponse> {
    if ((query.ownerId === undefined) === (query.department === undefined)) {
      const messages = ['give either ownerId or department (not both)'];
      throw invalid([{ field: 'ownerId', messages }, { field: 'department', messages }]);
    }
    const { from, to, timeZone } = await this.window(query);
    const facts = await loadTacticFacts(this.db, timeZone, query);
    // Each tactic reviewed on its own: the same rules as the summary, so the rows add up to it.
    const perTactic = new Map(accountability(facts.map((row) => ownerTactic(row, row.id)), to, { windowStart: from }).map((r) => [r.ownerId, r]));
    const items = facts.flatMap((row) => {
      const result = perTactic.get(row.id);
      if (!result) return []; // cancelled: owes nothing, not counted in the summary either
      const health = tacticHealth({ ...ownerTactic(row, row.owner_id), ...(result.lastCheckIn ? { lastCheckIn: result.lastCheckIn } : {}), asOf: to });
      const { onTimeRate, lastCheckIn, expectedUpdates, onTimeUpdates } = counts(result);
      return [{
        id: row.id,
        title: row.title,
        ownerId: row.owner_id,
        ownerName: row.owner_name,
        status: row.status,
        percentComplete: row.percent_complete,
        dueDate: row.due_date,
        overdue: health.overdue,
        daysOverdue: health.daysOverdue,
        stale: health.stale,
        expectedUpdates,
        onTimeUpdates,
        onTimeRate,
        daysSinceCheckIn: result.medianDaysSinceCheckIn ?? null,
        lastCheckIn,
        nextCheckInDue: health.nextCheckInDue ?? null,
      }];
    });
    return { from, to, items };
  }

  /** The review window: `to` defaults to today in the district, `from` to the start of that school year. */
  private async window(query: ReviewWindowQuery): Promise<{ from: IsoDate; to: IsoDate; timeZone: string }> {
    const { timeZone, schoolYearStartMonth } = await this.settings.get();
    const to = query.to ?? isoDateInZone(Date.now(), timeZone);
    const from = query.from ?? schoolYearOf(to, schoolYearStartMonth).start;
    if (from > to) throw invalid([{ field: 'from', messages: ['from must be on or before to'] }]);
    return { from, to, timeZone };
  }
}

function ownerTactic(row: TacticFactRow, ownerId: string): OwnerTactic {
  return {
    tacticId: row.id,
    ownerId,
    status: row.status,
    ...(row.start_date ? { startDate: row.start_date } : {}),
    ...(row.due_date ? { dueDate: row.due_date } : {}),
    updateCadence: row.update_cadence,
    checkIns: row.check_ins,
  };
}

function counts(result: OwnerAccountability) {
  return {
    tactics: result.tactics,
    expectedUpdates: result.expectedUpdates,
    onTimeUpdates: result.onTimeUpdates,
    onTimeRate: result.onTimeRate ?? null,
    overdue: result.overdue,
    stale: result.stale,
    medianDaysSinceCheckIn: result.medianDaysSinceCheckIn ?? null,
    lastCheckIn: result.lastCheckIn ?? null,
  };
}
