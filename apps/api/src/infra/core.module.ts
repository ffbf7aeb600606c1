import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { INFRASTRUCTURE, type Infrastructure } from './infrastructure.js';

export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

/** Makes the boot-time decisions (config, infrastructure, logger) injectable everywhere. */
@Global()
@Module({})
export class CoreModule implements OnApplicationShutdown {
  constructor(
    @Inject(INFRASTRUCTURE) private readonly infrastructure: Infrastructure,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * Runs last: TypeORM's module depends on this one (see AppModule), and Nest shuts modules down in reverse order
   * of initialisation, so the embedded database stops only after every pool using it has closed.
   */
  async onApplicationShutdown(signal?: string): Promise<void> {
    await this.infrastructure.close();
    this.logger.info({ signal }, 'Throughline stopped');
  }

  static forRoot(config: AppConfig, infrastructure: Infrastructure, logger: Logger): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: INFRASTRUCTURE, useValue: infrastructure },
        { provide: ROOT_LOGGER, useValue: logger },
      ],
      exports: [APP_CONFIG, INFRASTRUCTURE, ROOT_LOGGER],
    };
  }
}
