import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { PgliteWireServer } from './pglite-wire-server.js';

export interface EmbeddedPostgres {
  readonly url: string;
  readonly dataDir: string;
  stop(): Promise<void>;
}

/**
 * Real Postgres compiled to WASM, inside this process, served over the Postgres wire protocol on a free loopback
 * port so TypeORM and BullMQ keep their ordinary `pg` driver. `memory://` keeps nothing on disk.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  const inMemory = dataDir.startsWith('memory://');
  const location = inMemory ? dataDir : resolve(dataDir);
  if (!inMemory) mkdirSync(location, { recursive: true });
  const db = await PGlite.create({ dataDir: location, extensions: { pgcrypto } });
  const server = new PgliteWireServer(db);
  const port = await server.start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dataDir: location,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
