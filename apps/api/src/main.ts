import 'reflect-metadata';
import { bootstrap } from './bootstrap.js';
import { ConfigError } from './config/app-config.js';

async function main(): Promise<void> {
  let booted;
  try {
    booted = await bootstrap(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const { config, http, logger } = booted;

  if (http) {
    await http.listen(config.http.port, config.http.host);
    const url = `http://localhost:${config.http.port}`;
    logger.info({ url, role: config.role }, `Throughline is ready on ${url} (role ${config.role})`);
  } else {
    logger.info({ role: config.role }, 'Throughline worker is running (no HTTP)');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Throughline failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
