import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import { type AppConfig, loadConfig } from './config/app-config.js';
import { seedIfEmpty } from './database/demo-seed.js';
import { runMigrations } from './database/migrate.js';
import { DatabaseErrorsFilter } from './http/database-errors.filter.js';
import { securityHeaders } from './http/security-headers.js';
import { createRootLogger, PinoNestLogger } from './http/logger.js';
import { setupOpenApi } from './http/openapi.js';
import { mountQueueBoard } from './http/queue-board.js';
import { COLLECTION_QUEUE_TOKEN } from './collection/collection.queue.js';
import type { Queue } from 'bullmq';
import { serveDashboard } from './http/static-dashboard.js';
import { requestContext } from './http/request-context.js';
import { createValidationPipe } from './http/validation.js';
import { type Infrastructure, resolveInfrastructure } from './infra/infrastructure.js';

export interface Booted {
  readonly config: AppConfig;
  readonly infrastructure: Infrastructure;
  readonly logger: Logger;
  /** The HTTP application, or undefined for the worker-only role. */
  readonly http: INestApplication | undefined;
  readonly context: INestApplicationContext;
  /** Closes Nest: workers finish their job, pools close, then the embedded database stops (CoreModule). */
  close(): Promise<void>;
}

/**
 * Everything `npm start` does, reusable by the integration tests: validate config, pick the database and queue
 * engine, migrate, build Nest. Does not listen; the caller does.
 */
export async function bootstrap(env: Readonly<Record<string, string | undefined>>): Promise<Booted> {
  const config = loadConfig(env);
  const logger = createRootLogger(config.log.level);
  const infrastructure = await resolveInfrastructure(config, logger);
  try {
    const applied = await runMigrations(infrastructure.database.url);
    logger.info({ migrations: applied }, applied.length ? `applied ${applied.length} migration(s)` : 'schema up to date');
    if (config.demoSeed === 'auto' && config.role !== 'worker') {
      await seedIfEmpty(infrastructure.database.url, config.district.timeZone, config.demoAccounts, logger);
    }

    const nestLogger = new PinoNestLogger(logger);
    const http = config.role !== 'worker';
    const module = AppModule.forRoot(config, infrastructure, logger, http);
    let app: INestApplication | undefined;
    let context: INestApplicationContext;
    if (http) {
      const web = await NestFactory.create<NestExpressApplication>(module, { logger: nestLogger, bufferLogs: false });
      web.disable('x-powered-by');
      // Behind a reverse proxy (TRUST_PROXY hops) the client address and https come from X-Forwarded-*.
      web.set('trust proxy', config.auth.trustProxy);
      web.use(securityHeaders());
      // Bulk measurement uploads carry up to 10,000 rows (~2 MB of JSON).
      web.useBodyParser('json', { limit: '10mb' });
      web.use(
        pinoHttp({
          logger,
          genReqId: (req, res) => {
            const id = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
            res.setHeader('X-Request-Id', id);
            return id;
          },
          autoLogging: { ignore: (req) => !(req.url ?? '').startsWith('/api') },
        }),
      );
      // Every request runs in its own context (request id, later the signed-in actor) for logs and the audit trail.
      web.use((req: { id?: unknown }, _res: unknown, next: () => void) =>
        requestContext.run({ requestId: String(req.id ?? randomUUID()) }, next),
      );
      web.setGlobalPrefix('api');
      web.useGlobalPipes(createValidationPipe());
      web.useGlobalFilters(new DatabaseErrorsFilter());
      setupOpenApi(web);
      mountQueueBoard(web, [web.get<Queue>(COLLECTION_QUEUE_TOKEN)]);
      if (!serveDashboard(web, config.http.staticDir)) {
        logger.warn(`dashboard not found in ${config.http.staticDir}; only the API is served`);
      }
      app = web;
      context = web;
    } else {
      context = await NestFactory.createApplicationContext(module, { logger: nestLogger });
    }
    // SIGTERM/SIGINT run the same close(): stop the worker after its job, close pools, stop the embedded database.
    context.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
    await context.init();

    return {
      config,
      infrastructure,
      logger,
      http: app,
      context,
      async close() {
        await context.close();
      },
    };
  } catch (error) {
    await infrastructure.close();
    throw error;
  }
}
