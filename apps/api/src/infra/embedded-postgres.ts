import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

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
  // Every pool (TypeORM, BullMQ queue and worker, their LISTEN clients) holds sockets: stay well above their sum.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 200 });
  await server.start();
  const address = server.getServerConn();
  return {
    url: `postgres://postgres@${address}/postgres`,
    dataDir: location,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
