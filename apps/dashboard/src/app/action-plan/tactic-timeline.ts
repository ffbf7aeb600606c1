import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { daysBetween } from '@throughline/domain';
import { I18n } from '../core/i18n';
import { TPipe } from '../core/t.pipe';
import { Icon } from '../shared/icon';
import { TacticFlags, TacticStatusChip } from './tactic-badges';
import { formatDate } from './tactic-view';
import type { MarkerState, TimelineLayout, TimelineMarker, TimelineRow } from './timeline-layout';

const MARKER_ICON: Readonly<Record<MarkerState, string>> = { completed: 'ok', upcoming: 'flag', missed: 'error' };

/**
 * Tactics as bars across the school year with their milestones as markers. Every bar and marker carries its
 * meaning in text (its label, the legend's words and shapes), and each row's milestones open as a plain list,
 * so nothing depends on colour or on seeing the chart.
 */
@Component({
  selector: 'tl-tactic-timeline',
  imports: [Icon, TPipe, TacticFlags, TacticStatusChip],
  templateUrl: './tactic-timeline.html',
  styleUrl: './tactic-timeline.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TacticTimeline {
  private readonly i18n = inject(I18n);
  readonly layout = input.required<TimelineLayout>();
  readonly yearLabel = input.required<string>();
  readonly locale = input.required<string>();
  protected readonly markerIcon = MARKER_ICON;
  protected readonly open = signal<ReadonlySet<string>>(new Set());

  /** Month columns as wide as their days, so the grid lines meet the bars' dates. */
  protected readonly columns = computed(() => {
    const months = this.layout().months;
    const first = months[0]?.start ?? '';
    const total = months.length ? daysBetween(first, months[months.length - 1]?.end ?? first) + 1 : 1;
    return months.map((m) => ({
      start: m.start,
      short: formatDate(m.start, this.locale(), { month: 'short' }),
      narrow: formatDate(m.start, this.locale(), { month: 'narrow' }),
      left: (daysBetween(first, m.start) / total) * 100,
      width: ((daysBetween(m.start, m.end) + 1) / total) * 100,
    }));
  });

  protected toggle(id: string): void {
    this.open.update((open) => {
      const next = new Set(open);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  private date(value: string | null): string {
    return value ? formatDate(value, this.locale()) : this.i18n.t('no date');
  }

  protected barLabel(row: TimelineRow): string {
    const t = row.tactic;
    const percent = new Intl.NumberFormat(this.locale(), { style: 'percent', maximumFractionDigits: 0 }).format(t.percentComplete / 100);
    const parts = [this.i18n.t('{title}: from {start} to {due}, {percent} complete', { title: t.title, start: this.date(t.startDate), due: this.date(t.dueDate), percent })];
    if (row.bar?.startsBefore) parts.push(this.i18n.t('starts before this school year'));
    if (row.bar?.endsAfter) parts.push(this.i18n.t('continues after this school year'));
    return parts.join('; ');
  }

  /** What a marker means, in words: the same text the list shows. */
  protected markerText(m: TimelineMarker): string {
    if (m.state === 'completed') return this.i18n.t('completed {date}', { date: this.date(m.date) });
    if (m.state === 'missed') return this.i18n.t('missed: was due {date}', { date: this.date(m.date) });
    return m.date ? this.i18n.t('due {date}', { date: this.date(m.date) }) : this.i18n.t('no due date yet');
  }

  protected markerLabel(m: TimelineMarker): string {
    return this.i18n.t('Milestone {title}, {when}', { title: m.title, when: this.markerText(m) });
  }
}
