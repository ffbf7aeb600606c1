import { Global, Injectable, Logger, Module } from '@nestjs/common';

/**
 * A piece of the plan's calendar work that runs once a day on the worker (the "rituals sweep"): the monthly
 * snapshot, scorecard narrative requests, scorecard archiving. Each task decides for itself what is due today and
 * must be idempotent: the sweep may run twice in a day (a retry, a manual run) and must not double anything.
 */
export interface DailyTask {
  /** Short, stable name for the run's detail, e.g. `monthly-snapshot`. */
  readonly name: string;
  /** Does what is due; answers one line saying what it did ("took the 2026-11 snapshot", "nothing due"). */
  run(): Promise<string>;
}

/** The registry of daily tasks. Feature services register theirs in `onModuleInit`. */
@Injectable()
export class DailyTasks {
  private readonly logger = new Logger(DailyTasks.name);
  private readonly tasks = new Map<string, DailyTask>();

  register(task: DailyTask): void {
    this.tasks.set(task.name, task);
  }

  names(): string[] {
    return [...this.tasks.keys()];
  }

  /**
   * Runs every task, one after another; one task's failure does not stop the others. Throws at the end when any
   * failed (so the job is retried and the run is recorded as failed), naming them.
   */
  async runAll(): Promise<string> {
    const lines: string[] = [];
    const failed: string[] = [];
    for (const task of this.tasks.values()) {
      try {
        lines.push(`${task.name}: ${await task.run()}`);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.logger.warn(`daily task ${task.name} failed: ${message}`);
        failed.push(`${task.name}: ${message}`);
      }
    }
    if (failed.length) throw new Error(`daily tasks failed: ${failed.join('; ')} (done: ${lines.join('; ') || 'none'})`);
    return lines.join('; ') || 'no daily tasks';
  }
}

@Global()
@Module({ providers: [DailyTasks], exports: [DailyTasks] })
export class DailyTasksModule {}
