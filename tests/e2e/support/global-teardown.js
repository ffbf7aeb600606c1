import pg from 'pg';
import { POSTGRES_ADMIN_URL } from './global-setup.js';

export default async function globalTeardown() {
  const pid = Number(process.env.E2E_APP_PID);
  if (pid) {
    try {
      process.kill(pid, 'SIGTERM');
      // Graceful shutdown: wait until the process is gone (at most 15 s) before dropping its database.
      for (let i = 0; i < 150; i += 1) {
        process.kill(pid, 0);
        await new Promise((r) => setTimeout(r, 100));
      }
    } catch {
      // already gone
    }
  }
  const name = process.env.E2E_DATABASE_NAME;
  if (name) {
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
