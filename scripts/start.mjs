// `npm start`: build what changed (Nx cache), then run API + worker + dashboard on one port.
// Database and queue: DATABASE_URL / REDIS_URL when set, else the local servers, else embedded (see README).
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { NX_ENV, ROOT, requireNode, runOrFail, say } from './lib.mjs';

requireNode();
await runOrFail('Building the API and the dashboard (cached when unchanged)', 'npx', [
  'nx',
  'run-many',
  '-t',
  'build',
  '-p',
  'api',
  'dashboard',
  '--outputStyle=static',
]);

say('Starting Throughline');
const child = spawn(process.execPath, [resolve(ROOT, 'dist/apps/api/apps/api/src/main.js')], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, ...NX_ENV },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
