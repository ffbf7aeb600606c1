import { Inject, Injectable } from '@nestjs/common';
import { MailerService } from '../auth/mailer.service.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Db } from '../database/db.js';

/** Tells a source's steward, in their language, that its run failed after the last attempt, and why. */
@Injectable()
export class FailureNotifier {
  constructor(
    private readonly db: Db,
    private readonly mailer: MailerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async runFailed(runId: string): Promise<boolean> {
    const [row] = await this.db.query<{ email: string; name: string; language: string; source: string; source_id: string; error: string; attempts: number }[]>(
      `SELECT p.email, p.name, p.preferred_language AS language, s.name AS source, s.id AS source_id, r.error, r.attempts
         FROM app.collection_run r JOIN app.data_source s ON s.id = r.source_id JOIN app.person p ON p.id = s.steward_id
        WHERE r.id = $1 AND p.active`,
      [runId],
    );
    if (!row) return false;
    const es = row.language === 'es';
    const link = `${this.config.auth.publicUrl}/data?source=${row.source_id}`;
    const subject = es ? `Falló la recopilación: ${row.source}` : `Collection failed: ${row.source}`;
    const lead = es
      ? `La recopilación de "${row.source}" falló después de ${row.attempts} intento(s).`
      : `Collecting "${row.source}" failed after ${row.attempts} attempt(s).`;
    const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
    return this.mailer.send({
      to: row.email,
      subject,
      text: `${lead}\n\n${es ? 'Motivo' : 'Reason'}: ${row.error}\n\n${link}\n`,
      html: `<p>${escape(lead)}</p><p><strong>${es ? 'Motivo' : 'Reason'}:</strong> ${escape(row.error ?? '')}</p><p><a href="${escape(link)}">${escape(link)}</a></p>`,
    });
  }
}
