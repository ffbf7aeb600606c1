import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { ScorecardMetric, ScorecardSeries } from '@throughline/domain';
import { TPipe } from '../core/t.pipe';
import { StatusChip } from '../shared/status-chip';
import { NarrativeEditor } from './narrative-editor';
import { ScorecardChange } from './scorecard-change';
import { ScorecardChart } from './scorecard-chart';
import { type ScorecardView as Card } from './scorecard-view-model';
import { formatDelta, formatFigure } from './scorecard-format';

/** The scorecard itself: priorities, goals with status, change and narrative, and per metric a chart over its table. */
@Component({
  selector: 'tl-scorecard-view',
  imports: [NgTemplateOutlet, TPipe, StatusChip, ScorecardChange, ScorecardChart, NarrativeEditor],
  templateUrl: './scorecard-view.html',
  styleUrl: './scorecard-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScorecardView {
  readonly card = input.required<Card>();
  readonly lang = input<'en' | 'es'>('en');
  readonly locale = input('en-US');
  /** Goals whose narrative the reader may write. */
  readonly editable = input<ReadonlySet<string>>(new Set());
  readonly savingGoal = input<string | null>(null);
  readonly messages = input<Readonly<Record<string, string | undefined>>>({});
  /** The print page: charts drawn at once, no editors. */
  readonly print = input(false);
  readonly narrative = output<{ goalId: string; text: string }>();

  protected groupName(s: ScorecardSeries): string {
    return this.lang() === 'es' ? s.nameEs : s.nameEn;
  }
  protected figure(m: ScorecardMetric, value: number | null | undefined): string {
    return formatFigure(value, m.unit, m.decimals, this.locale());
  }
  protected delta(m: ScorecardMetric, s: ScorecardSeries): string {
    return formatDelta(s, m.decimals, this.locale());
  }
  protected count(n: number | null | undefined): string {
    return n === null || n === undefined ? '–' : new Intl.NumberFormat(this.locale()).format(n);
  }
}
