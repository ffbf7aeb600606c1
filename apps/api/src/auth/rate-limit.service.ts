import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Db } from '../database/db.js';
import { INFRASTRUCTURE, type Infrastructure } from '../infra/infrastructure.js';

/**
 * Fixed-window counters shared by every instance: in Redis when the queue runs on Redis, else in Postgres
 * (the embedded default). Used for login throttling; later for public forms.
 */
@Injectable()
export class RateLimitService implements OnApplicationShutdown {
  private readonly redis: Redis | undefined;

  constructor(
    private readonly db: Db,
    @Inject(INFRASTRUCTURE) infra: Infrastructure,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.redis = infra.queue.backend === 'redis' && infra.queue.redisUrl ? new Redis(infra.queue.redisUrl, { maxRetriesPerRequest: 2 }) : undefined;
    this.redis?.on('error', () => undefined);
  }

  private key(name: string): string {
    return `${this.config.queue.prefix}:rate:${name}`;
  }

  /** Hits so far in the current window and the seconds until it ends. */
  async peek(name: string): Promise<{ hits: number; retryAfterSeconds: number }> {
    if (this.redis) {
      const [hits, ttl] = await Promise.all([this.redis.get(this.key(name)), this.redis.pttl(this.key(name))]);
      return { hits: Number(hits ?? 0), retryAfterSeconds: Math.max(1, Math.ceil(ttl / 1000)) };
    }
    const [row] = await this.db.query<{ hits: number; seconds: number }[]>(
      `SELECT hits, ceil(extract(epoch FROM window_ends_at - now()))::int AS seconds FROM app.rate_limit
        WHERE key = $1 AND window_ends_at > now()`,
      [this.key(name)],
    );
    return { hits: row?.hits ?? 0, retryAfterSeconds: Math.max(1, row?.seconds ?? 1) };
  }

  /** Counts one hit in a window of `windowSeconds` (started by the first hit). */
  async hit(name: string, windowSeconds: number): Promise<number> {
    if (this.redis) {
      const [[, hits]] = (await this.redis.multi().incr(this.key(name)).expire(this.key(name), windowSeconds, 'NX').exec()) as [[null, number]];
      return hits;
    }
    const [row] = await this.db.query<{ hits: number }[]>(
      `INSERT INTO app.rate_limit (key, hits, window_ends_at) VALUES ($1, 1, now() + make_interval(secs => $2))
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN app.rate_limit.window_ends_at > now() THEN app.rate_limit.hits + 1 ELSE 1 END,
         window_ends_at = CASE WHEN app.rate_limit.window_ends_at > now() THEN app.rate_limit.window_ends_at ELSE EXCLUDED.window_ends_at END
       RETURNING hits`,
      [this.key(name), windowSeconds],
    );
    return row?.hits ?? 1;
  }

  async reset(name: string): Promise<void> {
    if (this.redis) await this.redis.del(this.key(name));
    else await this.db.query(`DELETE FROM app.rate_limit WHERE key = $1`, [this.key(name)]);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit().catch(() => this.redis?.disconnect());
  }
}
