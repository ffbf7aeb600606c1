import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import argon2 from 'argon2';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Db } from '../database/db.js';
import { invalid } from '../http/errors.js';
import { currentRequest } from '../http/request-context.js';
import { firstRow } from '../database/rows.js';
import { MailerService } from './mailer.service.js';
import { hashSecret, newSecret } from './secrets.js';
import { SessionsService } from './sessions.service.js';

export type TokenPurpose = 'invite' | 'reset';
const LIFETIME_HOURS: Record<TokenPurpose, number> = { invite: 72, reset: 1 };
// Compared against when the email is unknown, so both paths take the same time (no account discovery).
const DUMMY_HASH = argon2.hash('not a real password, only for constant time');

/** Local passwords (argon2id) and the one-time links that set them: invitations and resets. */
@Injectable()
export class PasswordsService {
  constructor(
    private readonly db: Db,
    private readonly sessions: SessionsService,
    private readonly mailer: MailerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  static hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  /** The active person with these credentials, or undefined. */
  async verify(email: string, password: string): Promise<string | undefined> {
    const [row] = await this.db.query<{ id: string; password_hash: string | null }[]>(
      `SELECT p.id, c.password_hash FROM app.person p LEFT JOIN app.person_credential c ON c.person_id = p.id
        WHERE lower(p.email) = lower($1) AND p.active`,
      [email],
    );
    const ok = await argon2.verify(row?.password_hash ?? (await DUMMY_HASH), password).catch(() => false);
    return ok && row?.password_hash ? row.id : undefined;
  }

  async personIdFor(email: string): Promise<string | undefined> {
    const [row] = await this.db.query<{ id: string }[]>(`SELECT id FROM app.person WHERE lower(email) = lower($1) AND active`, [email]);
    return row?.id;
  }

  /** Creates a one-time link for the person and emails it; returns the link when it could not be sent. */
  async issue(personId: string, purpose: TokenPurpose): Promise<{ sent: boolean; link?: string; expiresAt: string }> {
    const [person] = await this.db.query<{ email: string; name: string; preferred_language: string }[]>(
      `SELECT email, name, preferred_language FROM app.person WHERE id = $1 AND active`,
      [personId],
    );
    if (!person) throw new NotFoundException(`No active person with id ${personId}`);
    const token = newSecret();
    const [row] = await this.db.query<{ expires_at: Date }[]>(
      `INSERT INTO app.auth_token (token_hash, person_id, purpose, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(hours => $4)) RETURNING expires_at`,
      [hashSecret(token), personId, purpose, LIFETIME_HOURS[purpose]],
    );
    if (purpose === 'invite') {
      // Inviting someone is an admin action worth its trail (the token itself never is).
      await this.db.query(
        `INSERT INTO app.audit_log (actor_id, action, entity, entity_id, changes, request_id)
         VALUES (NULLIF($1, '')::uuid, 'create', 'invitation', $2, $3::jsonb, NULLIF($4, ''))`,
        [currentRequest()?.actor?.personId ?? '', personId, JSON.stringify({ email: [null, person.email] }), currentRequest()?.requestId ?? ''],
      );
    }
    const link = `${this.config.auth.publicUrl}/set-password?token=${token}`;
    const sent = await this.mailer.send(mailFor(purpose, person, link, LIFETIME_HOURS[purpose]));
    return { sent, ...(sent ? {} : { link }), expiresAt: (row?.expires_at ?? new Date()).toISOString() };
  }

  /** Sets the password from a one-time link; the link then stops working and every session of the person ends. */
  async redeem(token: string, password: string): Promise<void> {
    await this.db.write(async () => {
      const row = firstRow(await this.db.query<{ person_id: string; email: string }[]>(
        `UPDATE app.auth_token t SET used_at = now() FROM app.person p
          WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now() AND p.id = t.person_id AND p.active
          RETURNING t.person_id, p.email`,
        [hashSecret(token)],
      ));
      if (!row) throw invalid([{ field: 'token', messages: ['this link is not valid any more: ask for a new one'] }]);
      if (password.toLowerCase() === row.email.toLowerCase()) {
        throw invalid([{ field: 'password', messages: ['the password must not be your email address'] }]);
      }
      await this.db.query(
        `INSERT INTO app.person_credential (person_id, password_hash) VALUES ($1, $2)
         ON CONFLICT (person_id) DO UPDATE SET password_hash = EXCLUDED.password_hash, password_set_at = now()`,
        [row.person_id, await PasswordsService.hash(password)],
      );
      await this.sessions.destroyAllFor(row.person_id);
    });
  }
}

function mailFor(purpose: TokenPurpose, person: { email: string; name: string; preferred_language: string }, link: string, hours: number) {
  const es = person.preferred_language === 'es';
  const subject =
    purpose === 'invite'
      ? es ? 'Su invitación a Throughline' : 'Your invitation to Throughline'
      : es ? 'Restablecer su contraseña de Throughline' : 'Reset your Throughline password';
  const lead =
    purpose === 'invite'
      ? es ? 'Le han invitado a Throughline, el seguimiento del plan estratégico del distrito.' : "You have been invited to Throughline, the district's strategic plan tracker."
      : es ? 'Alguien pidió restablecer su contraseña. Si no fue usted, ignore este mensaje.' : 'Someone asked to reset your password. If it was not you, ignore this message.';
  const action = es ? `Elija su contraseña (el enlace vence en ${hours} h):` : `Choose your password (the link expires in ${hours} h):`;
  const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
  return {
    to: person.email,
    subject,
    text: `${es ? 'Hola' : 'Hello'} ${person.name},\n\n${lead}\n\n${action}\n${link}\n`,
    html: `<p>${es ? 'Hola' : 'Hello'} ${escape(person.name)},</p><p>${escape(lead)}</p><p>${escape(action)}<br><a href="${escape(link)}">${escape(link)}</a></p>`,
  };
}
