import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { SettingsService } from '../settings/settings.service.js';
import { CollectionQueue } from './collection.queue-service.js';

/**
 * Registers the job schedulers at boot, on every instance (an upsert: N instances still make one schedule), and
 * checks on each sweep interval that they are still there: after a Redis wipe the next check recreates them, and
 * the recreated sweep runs at once. The check only re-registers; the work itself always runs as queue jobs.
 */
@Injectable()
export class CollectionScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CollectionScheduler.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly queue: CollectionQueue,
    private readonly settings: SettingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.register();
    this.logger.log(`job schedulers registered (sweep every ${this.config.queue.sweepEverySeconds} s, digests at "${this.config.reminders.digestCron}")`);
    this.timer = setInterval(() => void this.keep(), this.config.queue.sweepEverySeconds * 1000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async register(): Promise<void> {
    await this.queue.ensureSchedulers((await this.settings.get()).timeZone);
  }

  private async keep(): Promise<void> {
    try {
      if (!(await this.queue.schedulersPresent())) {
        this.logger.warn('job schedulers missing (Redis wiped?): registering them again');
        await this.register();
      }
    } catch (error) {
      this.logger.warn(`could not check the job schedulers: ${(error as Error).message}`);
    }
  }

  sweepNow(): Promise<string> {
    return this.queue.sweepNow();
  }
}
