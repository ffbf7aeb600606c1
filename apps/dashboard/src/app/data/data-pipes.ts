import { Pipe, type PipeTransform, inject } from '@angular/core';
import { I18n } from '../core/i18n';
import type { SourceSchedule } from '@throughline/domain';
import { instantText } from '../shared/instant-text';
import { localDateTimeText, scheduleWords } from './schedule-words';

/**
 * `{{ run.queuedAt | when: timeZone }}`: an instant in the district's zone, in the reader's language. Impure like
 * the t pipe: it reads the language signal, so switching language rewrites every date at once.
 */
@Pipe({ name: 'when', pure: false })
export class WhenPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(iso: string | null | undefined, timeZone?: string): string {
    return iso ? instantText(iso, this.i18n.locale(), timeZone) : '—';
  }
}

/** `{{ run.finishedAt | whenShort: timeZone }}`: the same, with a short date for tables ("11/25/26, 6:16 PM"). */
@Pipe({ name: 'whenShort', pure: false })
export class WhenShortPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(iso: string | null | undefined, timeZone?: string): string {
    return iso ? instantText(iso, this.i18n.locale(), timeZone, 'short') : '—';
  }
}

/** `{{ source.nextRun | localTime }}`: a district-local date-time (no zone), in the reader's language. */
@Pipe({ name: 'localTime', pure: false })
export class LocalTimePipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(value: string | null | undefined): string {
    return value ? localDateTimeText(value, this.i18n.locale()) : '—';
  }
}

/** `{{ 12345 | num }}` → "12,345" / "12.345" as the reader writes numbers. */
@Pipe({ name: 'num', pure: false })
export class NumPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(value: number | null | undefined, maximumFractionDigits = 2): string {
    return value === null || value === undefined ? '—' : new Intl.NumberFormat(this.i18n.locale(), { maximumFractionDigits }).format(value);
  }
}

/** `{{ source.schedule | schedule }}` → "Monthly on day 5 at 6:00 AM" / "Mensual, el día 5 a las 6:00 a. m.". */
@Pipe({ name: 'schedule', pure: false })
export class SchedulePipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(schedule: SourceSchedule | null): string {
    return scheduleWords(schedule, this.i18n, this.i18n.locale());
  }
}
