import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { isoDateInZone, planQuarter } from '@throughline/domain';
import { MailerService } from '../auth/mailer.service.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Db } from '../database/db.js';
import { firstRow } from '../database/rows.js';
import { DailyTasks } from '../rituals/daily-tasks.js';
import { SettingsService } from '../settings/settings.service.js';
import { scorecardPdf } from './scorecard-pdf.js';
import { scorecardXlsx } from './scorecard-xlsx.js';
import { type RecordRow, ScorecardsService } from './scorecards.service.js';

interface OwnerRow {
  owner_id: string;
  name: string;
  email: string;
  goals: { id: string; title: string }[];
}

const RECORD = `s.id, s.plan_id, s.school_year, s.quarter, s.board_meeting_on, s.state, s.narratives_requested_at::text, s.archived_at::text, s.version`;

/**
 * The scorecard's two daily tasks. Narratives: `narrative_lead_days` before the board meeting, each goal owner is
 * asked once by email (the scorecard is claimed by narratives_requested_at in the same transaction as the mails, so
 * a retry or a second instance sends nothing twice, and a failed send releases the claim). Archive:
 * `archive_lead_days` before the meeting, the scorecard as computed then is stored with its PDF and XLSX and the
 * record set archived; an archived quarter is never recomputed.
 */
@Injectable()
export class ScorecardTasksService implements OnModuleInit {
  private readonly logger = new Logger(ScorecardTasksService.name);

  constructor(
    private readonly db: Db,
    private readonly tasks: DailyTasks,
    private readonly mailer: MailerService,
    private readonly settings: SettingsService,
    private readonly scorecards: ScorecardsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.tasks.register({ name: 'scorecard-narratives', run: () => this.requestNarratives() });
    this.tasks.register({ name: 'scorecard-archive', run: () => this.archiveDue() });
  }

  async requestNarratives(): Promise<string> {
    const today = await this.today();
    const due = await this.db.query<RecordRow[]>(
      `SELECT ${RECORD} FROM app.scorecard s CROSS JOIN app.district_settings d
        WHERE s.state = 'draft' AND s.narratives_requested_at IS NULL
          AND s.board_meeting_on - d.narrative_lead_days <= $1::date AND s.board_meeting_on >= $1::date`,
      [today],
    );
    let mailed = 0;
    for (const card of due) mailed += await this.requestFor(card);
    return due.length ? `requested narratives for ${due.length} scorecard(s), ${mailed} mail(s)` : 'no narratives due';
  }

  private requestFor(card: RecordRow): Promise<number> {
    return this.db.write(async () => {
      const claimed = firstRow(
        await this.db.query<{ id: string }[] | [{ id: string }[], number]>(
          `UPDATE app.scorecard SET narratives_requested_at = now() WHERE id = $1 AND narratives_requested_at IS NULL RETURNING id`,
          [card.id],
        ),
      );
      if (!claimed) return 0;
      const owners = await this.db.query<OwnerRow[]>(
        `SELECT o.id AS owner_id, o.name, o.email, json_agg(json_build_object('id', g.id, 'title', g.title) ORDER BY p.sort_order, g.sort_order) AS goals
           FROM app.goal g JOIN app.priority p ON p.id = g.priority_id JOIN app.person o ON o.id = g.owner_id
          WHERE p.plan_id = $1 AND g.published AND p.published AND o.active
          GROUP BY o.id, o.name, o.email ORDER BY o.name`,
        [card.plan_id],
      );
      await this.db.query(
        `INSERT INTO app.scorecard_narrative (scorecard_id, goal_id, requested_at)
         SELECT $1, g.id, now() FROM app.goal g JOIN app.priority p ON p.id = g.priority_id
          WHERE p.plan_id = $2 AND g.published AND p.published
         ON CONFLICT (scorecard_id, goal_id) DO UPDATE SET requested_at = COALESCE(app.scorecard_narrative.requested_at, now())`,
        [card.id, card.plan_id],
      );
      const label = planQuarter(card.school_year, card.quarter, (await this.settings.get()).schoolYearStartMonth)?.label ?? `${card.school_year} Q${card.quarter}`;
      const link = `${this.config.auth.publicUrl}/scorecards?schoolYear=${card.school_year}&quarter=${card.quarter}`;
      for (const owner of owners) {
        const goals = owner.goals.map((g) => `- ${g.title}`).join('\n');
        const htmlGoals = owner.goals.map((g) => `<li>${escapeHtml(g.title)}</li>`).join('');
        await this.mailer.send({
          to: owner.email,
          subject: `Board scorecard ${label}: your goal narrative is due`,
          text: `Hello ${owner.name},\n\nThe board meets on ${card.board_meeting_on} to review the ${label} scorecard. Please write a short narrative for:\n${goals}\n\nOpen the scorecard: ${link}\n`,
          html: `<p>Hello ${escapeHtml(owner.name)},</p><p>The board meets on ${card.board_meeting_on} to review the ${escapeHtml(label)} scorecard. Please write a short narrative for:</p><ul>${htmlGoals}</ul><p><a href="${escapeHtml(link)}">Open the scorecard</a></p>`,
        });
      }
      this.logger.log(`scorecard ${card.id}: narratives requested from ${owners.length} goal owner(s)`);
      return owners.length;
    });
  }

  async archiveDue(): Promise<string> {
    const today = await this.today();
    const due = await this.db.query<RecordRow[]>(
      `SELECT ${RECORD} FROM app.scorecard s CROSS JOIN app.district_settings d
        WHERE s.state = 'draft' AND s.board_meeting_on - d.archive_lead_days <= $1::date`,
      [today],
    );
    let archived = 0;
    for (const card of due) if (await this.archive(card)) archived += 1;
    return due.length ? `archived ${archived} scorecard(s)` : 'no scorecard to archive';
  }

  /** Stores the scorecard as computed now; idempotent (a second run finds it archived and stores nothing). */
  private async archive(card: RecordRow): Promise<boolean> {
    const settings = await this.settings.get();
    const quarter = planQuarter(card.school_year, card.quarter, settings.schoolYearStartMonth);
    if (!quarter) return false;
    const computed = await this.scorecards.compute(card.plan_id, quarter, card);
    const archivedAt = new Date().toISOString();
    const content = { ...computed, state: 'archived' as const, generatedAt: archivedAt };
    const [pdf, xlsx] = await Promise.all([scorecardPdf(content), scorecardXlsx(content)]);
    return this.db.write(async () => {
      const claimed = firstRow(
        await this.db.query<{ id: string }[] | [{ id: string }[], number]>(
          `UPDATE app.scorecard SET state = 'archived', archived_at = $2, version = version + 1 WHERE id = $1 AND state = 'draft' RETURNING id`,
          [card.id, archivedAt],
        ),
      );
      if (!claimed) return false;
      await this.db.query(
        `INSERT INTO app.scorecard_archive (scorecard_id, content, pdf, xlsx, archived_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
        [card.id, JSON.stringify(content), pdf, xlsx, archivedAt],
      );
      return true;
    });
  }

  private async today(): Promise<string> {
    const settings = await this.settings.get();
    return isoDateInZone(Date.now(), settings.timeZone);
  }
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

