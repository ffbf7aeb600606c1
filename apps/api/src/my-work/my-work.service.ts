import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import {
  type DigestInput, type IsoDate, type LocalDateTime, addDays, buildDigest, daysBetween, isoDateInZone, localDateTimeInZone,
  nextOccurrence, occurrencesBetween, tacticHealth,
} from '@throughline/domain';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Db } from '../database/db.js';
import { toNumber } from '../database/pg-types.js';
import { currentRequest } from '../http/request-context.js';
import { SettingsService } from '../settings/settings.service.js';
import { toMilestoneResponse } from '../tactics/milestones.dto.js';
import { toTacticResponse } from '../tactics/tactic-row.js';
import type { DataRequest, EntryRow, MyTactic, MyWorkResponse } from './my-work.dto.js';
import {
  type GroupRow, type ManualSourceRow, type MetricRow, type PlaceRow, type StoredValueRow, loadEntryFacts, loadManualSources,
  loadMyTactics,
} from './my-work.queries.js';
import { requestPeriod } from './request-period.js';
import { loadActionItems } from '../reviews/reviews.queries.js';

// A request older than this is not looked for: a year of silence is a source to retire, not a chore for today.
const LOOK_BACK_DAYS = 400;

/** The signed-in person's own work: their tactics to check in on and the data they are asked to enter. */
@Injectable()
export class MyWorkService {
  constructor(
    private readonly db: Db,
    private readonly settings: SettingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(): Promise<MyWorkResponse> {
    const personId = currentRequest()?.actor?.personId;
    if (!personId) throw new UnauthorizedException('Sign in to see your work');
    const { timeZone, schoolYearStartMonth } = await this.settings.get();
    const now = Date.now();
    const today = isoDateInZone(now, timeZone);
    const [mine, sources, actionItems] = await Promise.all([
      loadMyTactics(this.db, personId, timeZone),
      loadManualSources(this.db, personId, timeZone),
      loadActionItems(this.db, 'a.owner_id = $1 AND a.done_on IS NULL', [personId]),
    ]);

    const tactics = mine.tactics.map((row): MyTactic => {
      const update = mine.updates.find((u) => u.tactic_id === row.id);
      return {
        ...toTacticResponse(row, today),
        role: row.is_owner ? 'owner' : 'contributor',
        strategyTitle: row.strategy_title,
        goalTitle: row.goal_title,
        health: tacticHealth({
          status: row.status,
          ...(row.start_date ? { startDate: row.start_date } : {}),
          ...(row.due_date ? { dueDate: row.due_date } : {}),
          updateCadence: row.update_cadence,
          ...(row.last_check_in ? { lastCheckIn: row.last_check_in } : {}),
          asOf: today,
        }),
        lastUpdate: update
          ? {
              id: update.id,
              tacticId: update.tactic_id,
              status: update.status,
              percentComplete: update.percent_complete,
              narrative: update.narrative,
              evidenceLinks: update.evidence_links,
              authorId: update.author_id,
              authorName: update.author_name,
              createdAt: update.created_at.toISOString(),
              createdOn: isoDateInZone(update.created_at.getTime(), timeZone),
            }
          : null,
        milestones: mine.milestones.filter((m) => m.tactic_id === row.id).map(toMilestoneResponse),
      };
    });

    const dataRequests = await this.dataRequests(sources, localDateTimeInZone(now, timeZone), today, schoolYearStartMonth);
    const digest = buildDigest({
      asOf: today,
      // As in the daily digest, the owner answers for the check-ins; contributors see the tactic but are not chased.
      tactics: mine.tactics.filter((row) => row.is_owner).map((row) => ({
        id: row.id,
        title: row.title,
        status: row.status,
        updateCadence: row.update_cadence,
        ...(row.start_date ? { startDate: row.start_date } : {}),
        ...(row.due_date ? { dueDate: row.due_date } : {}),
        ...(row.last_check_in ? { lastCheckIn: row.last_check_in } : {}),
      })),
      dataRequests: dataRequests.map((r) => ({ sourceId: r.sourceId, name: r.name, dueSince: r.dueSince })),
      failedSources: [],
      staleMetrics: [],
      offsets: { remindDaysBefore: this.config.reminders.remindDaysBefore, escalateAfterDays: this.config.reminders.escalateAfterDays },
    } satisfies DigestInput);
    return { asOf: today, personId, due: digest.items, tactics, dataRequests, actionItems };
  }

  /** Open requests: the latest slot of the schedule has passed and no value of the source's metrics came in since. */
  private async dataRequests(
    sources: readonly ManualSourceRow[],
    now: LocalDateTime,
    today: IsoDate,
    startMonth: number,
  ): Promise<DataRequest[]> {
    const lookBack = `${addDays(today, -LOOK_BACK_DAYS)}T00:00`;
    const open = sources.flatMap((source) => {
      // schedule_since is inclusive: a source set up at 06:00 for 06:00 owes that slot.
      const after = source.since > lookBack ? minuteBefore(source.since) : lookBack;
      const [slot] = occurrencesBetween(source.schedule, after, now, 1);
      if (!slot) return [];
      // Compared to the minute (local date-times sort as text), so data loaded earlier the same day does not count.
      if (source.last_entry && source.last_entry >= slot) return [];
      const dueSince = slot.slice(0, 10);
      const metricIds = source.mapping.metrics.map((m) => m.metricId);
      return [{ source, slot, dueSince, metricIds, period: requestPeriod(source.mapping.period, slot, startMonth) }];
    });
    if (!open.length) return [];
    const facts = await loadEntryFacts(this.db, open.flatMap((o) => o.metricIds.map((metricId) => ({ metricId, periodEnd: o.period.end }))));
    const metricById = new Map(facts.metrics.map((m) => [m.id, m]));
    return open.map(({ source, slot, dueSince, metricIds, period }) => ({
      sourceId: source.id,
      name: source.name,
      slot,
      dueSince,
      daysOpen: Math.max(0, daysBetween(dueSince, today)),
      nextSlot: nextOccurrence(source.schedule, now) ?? null,
      period,
      metrics: metricIds.flatMap((id) => {
        const metric = metricById.get(id);
        if (!metric) return [];
        const stored = facts.stored.filter((s) => s.metric_id === id && s.period_end === period.end);
        return [{ ...metric, rows: entryRows(metric, facts.schools, facts.groups, stored) }];
      }),
    }));
  }
}

/**
 * The rows to fill for a metric, from its disaggregation. The grid stays typeable: the district plus All Students
 * per school, or the district per group; a metric reported by school and group gets the school grid (its group
 * rows come from files, or from a later entry).
 */
export function entryRows(
  metric: MetricRow,
  schools: readonly PlaceRow[],
  groups: readonly GroupRow[],
  stored: readonly StoredValueRow[],
): EntryRow[] {
  const all = groups.find((g) => g.kind === 'all');
  if (!all) return [];
  const places: { school: PlaceRow | null; group: GroupRow }[] = [{ school: null, group: all }];
  if (metric.disaggregation === 'school' || metric.disaggregation === 'both') places.push(...schools.map((school) => ({ school, group: all })));
  if (metric.disaggregation === 'group') places.push(...groups.filter((g) => g !== all).map((group) => ({ school: null, group })));
  return places.map(({ school, group }) => {
    const value = stored.find((s) => s.school_id === (school?.id ?? null) && s.group_id === group.id);
    return {
      schoolId: school?.id ?? null,
      schoolName: school?.name ?? null,
      groupId: group.id,
      groupNameEn: group.name_en,
      groupNameEs: group.name_es,
      value: toNumber(value?.value ?? null),
      denominator: value?.denominator ?? null,
      suppressed: value?.suppressed ?? false,
    };
  });
}

function minuteBefore(at: LocalDateTime): LocalDateTime {
  const date = at.slice(0, 10);
  const minutes = Number(at.slice(11, 13)) * 60 + Number(at.slice(14, 16)) - 1;
  if (minutes < 0) return `${addDays(date, -1)}T23:59`;
  return `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
