import { Inject, Injectable, Logger } from '@nestjs/common';
import { type LocalDateTime, type ScheduledSource, type SourceSchedule, dueCollections } from '@throughline/domain';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Db } from '../database/db.js';
import { CollectionQueue } from './collection.queue-service.js';
import { CollectionRunner } from './collection-runner.js';

/**
 * The sweep: Postgres says what is scheduled, the domain's dueCollections says what is due (missed slots caught up,
 * oldest first), runs are recorded (unique per source and period) and their jobs enqueued. Runs still queued in
 * Postgres are enqueued again, so a wiped Redis loses nothing.
 */
@Injectable()
export class CollectionSweepService {
  private readonly logger = new Logger(CollectionSweepService.name);

  private readonly staleAfterSeconds: number;

  constructor(
    private readonly db: Db,
    private readonly runner: CollectionRunner,
    private readonly queue: CollectionQueue,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.staleAfterSeconds = config.collection.lockSeconds * 4;
  }

  async sweep(): Promise<string> {
    const now = await this.runner.nowLocal();
    const sources = await this.db.query<{ id: string; schedule: SourceSchedule; since: LocalDateTime; last_slot: LocalDateTime | null; active: boolean }[]>(
      `SELECT s.id, s.schedule, to_char(s.schedule_since, 'YYYY-MM-DD"T"HH24:MI') AS since, s.active,
              (SELECT max(r.period) FROM app.collection_run r WHERE r.source_id = s.id AND r.trigger = 'schedule') AS last_slot
         FROM app.data_source s WHERE s.schedule IS NOT NULL AND s.kind <> 'manual'`,
    );
    const scheduled: ScheduledSource[] = sources.map((s) => ({
      sourceId: s.id,
      schedule: s.schedule,
      since: s.since,
      ...(s.last_slot ? { lastSlot: s.last_slot } : {}),
      active: s.active,
    }));
    const due = dueCollections(scheduled, now);
    if (due.length) {
      await this.db.query(
        `INSERT INTO app.collection_run (source_id, period, trigger) SELECT * , 'schedule' FROM unnest($1::uuid[], $2::text[])
         ON CONFLICT (source_id, period) DO NOTHING`,
        [due.map((d) => d.sourceId), due.map((d) => d.slot)],
      );
    }
    // Queued runs, and runs that have been "running" far longer than a worker's lock (their worker and, after a
    // Redis wipe, their job are gone): enqueued again; the job id makes this a no-op while the job still exists.
    const queued = await this.db.query<{ id: string; source_id: string; period: string }[]>(
      `SELECT id, source_id, period FROM app.collection_run
        WHERE state = 'queued' OR (state = 'running' AND started_at < now() - make_interval(secs => $1))
        ORDER BY period, queued_at`,
      [this.staleAfterSeconds],
    );
    for (const run of queued) await this.queue.enqueueRun(run.id, run.source_id, run.period);
    const detail = `${due.length} due, ${queued.length} queued (as of ${now})`;
    if (due.length) this.logger.log(`collection sweep: ${detail}`);
    return detail;
  }
}
