import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TPipe } from '../core/t.pipe';
import { Icon } from '../shared/icon';
import { type Run, rejectionsHref } from './data-api';
import { WhenPipe } from './data-pipes';
import { TRIGGER_WORDS, isActive } from './data-words';
import { RunCounts } from './run-counts';
import { RunProgress } from './run-progress';
import { RunStateChip } from './run-state-chip';

/** One run in the spotlight: live progress while it goes, then its outcome, counts and rejected rows. */
@Component({
  selector: 'tl-run-panel',
  imports: [TPipe, Icon, WhenPipe, RunCounts, RunProgress, RunStateChip],
  template: `
    <section class="panel" aria-labelledby="run-panel-title" data-testid="run-panel">
      <h2 id="run-panel-title">{{ active() ? ('Run in progress' | t) : ('Latest run' | t) }}</h2>
      <p class="meta">
        <tl-run-state-chip [state]="run().state" />
        <span>{{ triggerWords[run().trigger] | t }} · {{ 'queued {when}' | t: { when: (run().queuedAt | when: timeZone()) } }}</span>
      </p>
      <tl-run-progress [progress]="run().progress" [label]="'Progress of the run' | t" [locale]="locale()" />
      <p class="status" role="status">
        @if (run().state === 'queued' && run().attempts > 0) {
          {{ 'Attempt {n} failed; waiting to try again…' | t: { n: run().attempts } }}
        } @else if (run().state === 'queued') {
          {{ 'Waiting for a worker to start the run…' | t }}
        } @else if (run().state === 'running') {
          {{ 'Loading… rows read so far: {n}' | t: { n: run().rows.read } }}
        } @else if (run().state === 'failed') {
          {{ 'The run failed; nothing was loaded.' | t }}
        } @else if (run().state === 'partial') {
          {{ 'Done, with rejected rows: fix them in the file and load it again.' | t }}
        } @else {
          {{ 'Done: every row was loaded.' | t }}
        }
      </p>
      @if (!active()) {
        <tl-run-counts [rows]="run().rows" />
      }
      @if (run().state === 'partial') {
        <p class="error"><tl-icon name="warning" />{{ 'Rows rejected: {n}. Download them to see why.' | t: { n: run().rows.rejected } }}</p>
      } @else if (run().error; as error) {
        <p class="error" [class.failed]="run().state === 'failed'"><tl-icon [name]="run().state === 'failed' ? 'error' : 'warning'" />{{ error }}</p>
      }
      @if (!active() && run().rows.rejected > 0) {
        <a class="download" [href]="href()" download="rejected-rows.csv"><tl-icon name="download" />{{ 'Download the rejected rows (CSV)' | t }}</a>
      }
    </section>
  `,
  styles: `
    .panel { border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; padding: 16px; display: grid; gap: 10px; }
    h2 { font: var(--mat-sys-title-large); margin: 0; }
    .meta { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin: 0; color: var(--mat-sys-on-surface-variant); }
    .status { margin: 0; }
    .error { display: flex; gap: 6px; align-items: flex-start; margin: 0; color: #6b4a00; }
    .error.failed { color: #8c1d18; }
    .error tl-icon { flex: none; }
    .download { display: inline-flex; align-items: center; gap: 4px; color: var(--mat-sys-primary); justify-self: start; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RunPanel {
  readonly run = input.required<Run>();
  readonly timeZone = input<string>();
  readonly locale = input('en-US');
  protected readonly triggerWords = TRIGGER_WORDS;
  protected readonly active = computed(() => isActive(this.run().state));
  protected readonly href = computed(() => rejectionsHref(this.run().id));
}
