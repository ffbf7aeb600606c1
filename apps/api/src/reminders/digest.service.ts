import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  type DigestInput, type IsoDate, type SourceSchedule, addDays, buildDigest, isoDateInZone, localDateTimeInZone, metricStatus,
  occurrencesBetween, targetPoints,
} from '@throughline/domain';
import { MailerService } from '../auth/mailer.service.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Db } from '../database/db.js';
import { SettingsService } from '../settings/settings.service.js';
import { renderDigest } from './digest-mail.js';
import { loadDigestFacts } from './digest.queries.js';

/**
 * The daily digest: one email per person with something to do (tactics to check in on, open data requests, failed
 * sources, stale metrics). The day is claimed in app.digest_log before sending, so a person never gets two for the
 * same day, whatever retries or instances run; a failed send releases the claim for the retry.
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger(DigestService.name);

  constructor(
    private readonly db: Db,
    private readonly mailer: MailerService,
    private readonly settings: SettingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async sendAll(): Promise<string> {
    const settings = await this.settings.get();
    const now = Date.now();
    const today = isoDateInZone(now, settings.timeZone);
    const facts = await loadDigestFacts(this.db, today, settings.timeZone);
    let sent = 0;
    let escalated = 0;
    for (const person of facts.people) {
      const input: DigestInput = {
        asOf: today,
        tactics: facts.tactics.get(person.id) ?? [],
        dataRequests: openRequests(facts.manualSources.get(person.id) ?? [], localDateTimeInZone(now, settings.timeZone), today),
        failedSources: facts.failedSources.get(person.id) ?? [],
        staleMetrics: (facts.metrics.get(person.id) ?? [])
          .filter((m) => metricStatus({ ...m, targets: targetPoints(m.yearly, settings.schoolYearStartMonth), asOf: today, bands: settings.statusBands }).status === 'stale')
          .map((m) => ({ metricId: m.id, name: m.name })),
        offsets: { remindDaysBefore: this.config.reminders.remindDaysBefore, escalateAfterDays: this.config.reminders.escalateAfterDays },
      };
      const digest = buildDigest(input);
      if (!digest.items.length) continue;
      const [claim] = await this.db.query<{ person_id: string }[]>(
        `INSERT INTO app.digest_log (person_id, day, items, escalated) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING person_id`,
        [person.id, today, digest.items.length, digest.escalate],
      );
      if (!claim) continue;
      const mail = renderDigest(digest, person, this.config.auth.publicUrl, today);
      const cc = digest.escalate && person.supervisor_email ? person.supervisor_email : undefined;
      try {
        await this.mailer.send({ to: person.email, ...(cc ? { cc } : {}), ...mail });
      } catch (error) {
        await this.db.query(`DELETE FROM app.digest_log WHERE person_id = $1 AND day = $2`, [person.id, today]);
        throw error;
      }
      sent += 1;
      if (cc) escalated += 1;
    }
    const detail = `${sent} digest(s) sent for ${today}, ${escalated} copied to a supervisor`;
    this.logger.log(detail);
    return detail;
  }
}

/** A manual source's request is open when its latest slot has passed and no value of its metrics came in since. */
function openRequests(
  sources: readonly { id: string; name: string; schedule: SourceSchedule; since: string; last_entry: IsoDate | null }[],
  now: string,
  today: IsoDate,
): DigestInput['dataRequests'] {
  return sources.flatMap((s) => {
    const [slot] = occurrencesBetween(s.schedule, addDays(today, -400) + 'T00:00' < s.since ? s.since : `${addDays(today, -400)}T00:00`, now, 1);
    if (!slot) return [];
    const due = slot.slice(0, 10);
    return s.last_entry && s.last_entry >= due ? [] : [{ sourceId: s.id, name: s.name, dueSince: due }];
  });
}
