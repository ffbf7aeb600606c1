// `npm run seed [-- --reset]`: build the API if needed, then seed the demo district (see apps/api/src/seed-cli.ts).
import { resolve } from 'node:path';
import { ROOT, requireNode, run, runOrFail } from './lib.mjs';

requireNode();
await runOrFail('Building the API (cached when unchanged)', 'npx', ['nx', 'run', 'api:build', '--outputStyle=static']);
process.exit(await run(process.execPath, [resolve(ROOT, 'dist/apps/api/apps/api/src/seed-cli.js'), ...process.argv.slice(2)]));
