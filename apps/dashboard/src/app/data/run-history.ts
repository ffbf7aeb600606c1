import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TPipe } from '../core/t.pipe';
import { Icon } from '../shared/icon';
import { type Run, rejectionsHref } from './data-api';
import { NumPipe, WhenPipe, WhenShortPipe } from './data-pipes';
import { COUNT_WORDS, TRIGGER_WORDS, isActive } from './data-words';
import { RunProgress } from './run-progress';
import { RunStateChip } from './run-state-chip';

/** A source's runs, newest first: state, when, counts, the reason of a failure and the rejected rows. */
@Component({
  selector: 'tl-run-history',
  imports: [TPipe, Icon, WhenPipe, WhenShortPipe, NumPipe, RunProgress, RunStateChip],
  templateUrl: './run-history.html',
  styleUrl: './run-history.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RunHistory {
  readonly runs = input.required<readonly Run[]>();
  readonly timeZone = input<string>();
  readonly locale = input('en-US');
  protected readonly counts = COUNT_WORDS;
  protected readonly triggerWords = TRIGGER_WORDS;
  protected readonly isActive = isActive;
  protected readonly href = rejectionsHref;
}
