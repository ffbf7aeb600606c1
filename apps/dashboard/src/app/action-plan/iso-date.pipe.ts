import { Pipe, type PipeTransform } from '@angular/core';
import type { IsoDate } from '@throughline/domain';
import { formatDate } from './tactic-view';

/** `{{ tactic.dueDate | isoDate: locale }}`: a calendar date in the reader's language; empty for none. */
@Pipe({ name: 'isoDate' })
export class IsoDatePipe implements PipeTransform {
  transform(date: IsoDate | null | undefined, locale: string): string {
    return date ? formatDate(date, locale) : '';
  }
}
