import { Pipe, type PipeTransform, inject } from '@angular/core';
import { I18n } from '../core/i18n';

/** `{{ '2026-11-25' | day }}` → "Nov 25, 2026" / "25 nov 2026". Impure like the t pipe: it follows the language. */
@Pipe({ name: 'day', pure: false })
export class DayPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(iso: string | null | undefined): string {
    if (!iso) return '—';
    // The calendar date as written, whatever the reader's zone: read and print it in UTC.
    const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
    return new Intl.DateTimeFormat(this.i18n.locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  }
}

/** `{{ 0.825 | share }}` → "83%" / "83 %", in the reader's notation. */
@Pipe({ name: 'share', pure: false })
export class SharePipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(value: number | null | undefined): string {
    return value === null || value === undefined ? '—' : new Intl.NumberFormat(this.i18n.locale(), { style: 'percent', maximumFractionDigits: 0 }).format(value);
  }
}

/** `{{ 1234.5 | amount }}` → "1,234.5" / "1234,5". */
@Pipe({ name: 'amount', pure: false })
export class AmountPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(value: number | null | undefined, maximumFractionDigits = 1): string {
    return value === null || value === undefined ? '—' : new Intl.NumberFormat(this.i18n.locale(), { maximumFractionDigits }).format(value);
  }
}
