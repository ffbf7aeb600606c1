import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Db } from '../database/db.js';
import type { Actor, Role } from '../http/request-context.js';
import { hashSecret, newSecret } from './secrets.js';

export interface ResolvedSession {
  readonly actor: Actor;
  readonly csrfToken: string;
}

interface SessionRow {
  person_id: string;
  name: string;
  email: string;
  roles: Role[];
  csrf_token: string;
  touch: boolean;
}

/**
 * Server-side sessions: the browser holds a random id, the database its hash, the person and both clocks.
 * Idle timeout (last_seen_at) and absolute timeout (expires_at); logout and deactivation delete rows.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get absoluteMs(): number {
    return this.config.auth.absoluteHours * 3_600_000;
  }

  async create(personId: string, req: Request): Promise<{ id: string; csrfToken: string }> {
    const id = newSecret();
    const csrfToken = newSecret();
    await this.db.query(
      `INSERT INTO app.session (id_hash, person_id, csrf_token, expires_at, user_agent, ip)
       VALUES ($1, $2, $3, now() + make_interval(hours => $4), $5, $6)`,
      [hashSecret(id), personId, csrfToken, this.config.auth.absoluteHours, (req.headers['user-agent'] ?? '').slice(0, 300), req.ip ?? null],
    );
    return { id, csrfToken };
  }

  /** The session's person when it is alive (neither idle nor past its absolute end) and active. */
  async resolve(id: string): Promise<ResolvedSession | undefined> {
    const idHash = hashSecret(id);
    const [row] = await this.db.query<SessionRow[]>(
      `SELECT s.person_id, p.name, p.email, s.csrf_token,
              COALESCE((SELECT array_agg(r.role ORDER BY r.role) FROM app.person_role r WHERE r.person_id = p.id), '{}') AS roles,
              s.last_seen_at < now() - interval '1 minute' AS touch
         FROM app.session s JOIN app.person p ON p.id = s.person_id
        WHERE s.id_hash = $1 AND s.expires_at > now() AND p.active
          AND s.last_seen_at > now() - make_interval(mins => $2)`,
      [idHash, this.config.auth.idleMinutes],
    );
    if (!row) return undefined;
    // Sliding idle window, written at most once a minute per session.
    if (row.touch) await this.db.query(`UPDATE app.session SET last_seen_at = now() WHERE id_hash = $1`, [idHash]);
    return {
      actor: { personId: row.person_id, name: row.name, email: row.email, roles: row.roles, sessionId: idHash },
      csrfToken: row.csrf_token,
    };
  }

  async destroy(id: string): Promise<void> {
    await this.db.query(`DELETE FROM app.session WHERE id_hash = $1`, [hashSecret(id)]);
  }

  /** Ends every session of a person at once (deactivation, password change). */
  async destroyAllFor(personId: string): Promise<void> {
    await this.db.query(`DELETE FROM app.session WHERE person_id = $1`, [personId]);
  }

  /** Whether cookies must be Secure for this request. */
  secureFor(req: Request): boolean {
    const policy = this.config.auth.cookieSecure;
    return policy === 'always' || (policy === 'auto' && req.secure);
  }
}
