import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from './config/app-config.js';
import { CollectionModule } from './collection/collection.module.js';
import { dataSourceOptions } from './database/database-options.js';
import { CoreModule } from './infra/core.module.js';
import { INFRASTRUCTURE, type Infrastructure } from './infra/infrastructure.js';
import { QueueModule } from './queue/queue.module.js';
import { SystemHttpModule } from './system/system-http.module.js';
import { SystemModule } from './system/system.module.js';

@Module({})
export class AppModule {
  /** `http: false` builds the worker-only process: the same jobs, no routes. */
  static forRoot(config: AppConfig, infrastructure: Infrastructure, logger: Logger, http: boolean): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, infrastructure, logger),
        TypeOrmModule.forRootAsync({
          inject: [INFRASTRUCTURE, APP_CONFIG],
          useFactory: (infra: Infrastructure, appConfig: AppConfig) =>
            dataSourceOptions(infra.database.url, appConfig.database.poolSize),
        }),
        QueueModule,
        SystemModule,
        CollectionModule,
        ...(http ? [SystemHttpModule] : []),
      ],
    };
  }
}
