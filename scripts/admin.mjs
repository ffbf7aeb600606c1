// `npm run admin -- --email you@district.org --name "Your Name"`: make someone an administrator and print their
// link to choose a password (see apps/api/src/admin-cli.ts). Picks the database exactly as `npm start` does.
import { resolve } from 'node:path';
import { ROOT, requireNode, run, runOrFail } from './lib.mjs';

requireNode();
await runOrFail('Building the API (cached when unchanged)', 'npx', ['nx', 'run', 'api:build', '--outputStyle=static']);
process.exit(await run(process.execPath, [resolve(ROOT, 'dist/apps/api/apps/api/src/admin-cli.js'), ...process.argv.slice(2)]));
