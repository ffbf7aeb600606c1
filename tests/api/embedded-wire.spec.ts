import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { type EmbeddedPostgres, startEmbeddedPostgres } from '../../apps/api/src/infra/embedded-postgres.js';

// The embedded default serves one PGlite backend to pooled connections; these are the races that broke it.
describe('embedded PGlite over the wire, under concurrency', () => {
  let embedded: EmbeddedPostgres;
  let pool: pg.Pool;

  beforeAll(async () => {
    embedded = await startEmbeddedPostgres('memory://');
    pool = new pg.Pool({ connectionString: embedded.url, max: 12 });
    await pool.query('CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)');
    await pool.query('INSERT INTO counter VALUES (1, 0)');
  });
  afterAll(async () => {
    await pool.end();
    await embedded.stop();
  });

  it('answers 600 concurrent parameterised queries of different shapes, each with its own result', async () => {
    const results = await Promise.all(
      Array.from({ length: 600 }, (_, i) =>
        i % 3 === 0
          ? pool.query<{ v: number }>('SELECT $1::int + $2::int AS v', [i, 1]).then((r) => r.rows[0]?.v === i + 1)
          : i % 3 === 1
            ? pool.query<{ v: string }>('SELECT $1::text AS v', [`q${i}`]).then((r) => r.rows[0]?.v === `q${i}`)
            : pool.query<{ v: number }>('SELECT count(*)::int AS v FROM generate_series(1, $1::int)', [i]).then((r) => r.rows[0]?.v === i),
      ),
    );
    expect(results.filter((ok) => !ok)).toEqual([]);
  });

  it('keeps 100 concurrent transactions apart: no lost update', async () => {
    await Promise.all(
      Array.from({ length: 100 }, async () => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const { rows } = await client.query<{ n: number }>('SELECT n FROM counter WHERE id = $1', [1]);
          await client.query('UPDATE counter SET n = $1 WHERE id = $2', [(rows[0]?.n ?? 0) + 1, 1]);
          await client.query('COMMIT');
        } finally {
          client.release();
        }
      }),
    );
    const { rows } = await pool.query<{ n: number }>('SELECT n FROM counter WHERE id = 1');
    expect(rows[0]?.n).toBe(100);
  });

  it('rolls back the transaction of a client that disconnects mid-way, and serves the others', async () => {
    const quitter = new pg.Client({ connectionString: embedded.url });
    await quitter.connect();
    await quitter.query('BEGIN');
    await quitter.query('UPDATE counter SET n = -1 WHERE id = 1');
    const waiting = pool.query<{ n: number }>('SELECT n FROM counter WHERE id = 1');
    await quitter.end();
    expect((await waiting).rows[0]?.n).toBe(100);
  });
});
