import '../shared/status-icons';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import type { HealthResponse } from '@throughline/domain';
import { TPipe } from '../core/t.pipe';
import { Icon } from '../shared/icon';

const DATABASE_MODES = {
  external: 'Postgres (configured)',
  local: 'Postgres on this server',
  embedded: 'Embedded database (PGlite)',
} as const;
const QUEUE_BACKENDS = { redis: 'Redis', postgres: 'Postgres (no Redis)' } as const;

/** The API's health report: status always as icon + words, never colour alone. */
@Component({
  selector: 'tl-health-card',
  imports: [MatCardModule, MatButtonModule, Icon, TPipe],
  template: `
    <mat-card appearance="outlined" [class.compact]="compact()">
      <mat-card-header>
        <mat-card-title><h2 class="title">{{ 'System status' | t }}</h2></mat-card-title>
      </mat-card-header>
      <mat-card-content>
        @if (loading()) {
          <p aria-live="polite">{{ 'Checking the server…' | t }}</p>
        } @else if (health(); as h) {
          <p class="status" [class.ok]="h.status === 'ok'" [class.down]="h.status !== 'ok'" role="status" data-testid="health-status">
            <tl-icon [name]="h.status === 'ok' ? 'ok' : 'error'" />
            {{ h.status === 'ok' ? ('All systems working' | t) : ('Something is down' | t) }}
          </p>
          <dl class="facts">
            <dt>{{ 'Database' | t }}</dt>
            <dd>{{ h.database.status === 'up' ? ('Up' | t) : ('Down' | t) }} · {{ databaseMode() | t }}</dd>
            <dt>{{ 'Job queue' | t }}</dt>
            <dd>{{ h.queue.status === 'up' ? ('Up' | t) : ('Down' | t) }} · {{ queueBackend() | t }}</dd>
            <dt>{{ 'Version' | t }}</dt>
            <dd data-testid="version">{{ h.version }}</dd>
            <dt>{{ 'Checked' | t }}</dt>
            <dd>{{ checked() }}</dd>
          </dl>
        } @else {
          <p class="status down" role="alert"><tl-icon name="error" /> {{ error() }}</p>
        }
      </mat-card-content>
      <mat-card-actions>
        <button mat-button type="button" (click)="refresh.emit()"><tl-icon name="refresh" /> {{ 'Check again' | t }}</button>
      </mat-card-actions>
    </mat-card>
  `,
  styles: `
    .title { font: var(--mat-sys-title-large); margin: 0; }
    .status { display: flex; align-items: center; gap: 8px; font: var(--mat-sys-title-medium); }
    .status.ok { color: #1b5e20; }
    .status.down { color: #b3261e; }
    .facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
    dt { font-weight: 500; }
    dd { margin: 0; }
    button tl-icon { margin-right: 4px; }
    .compact .title { font: var(--mat-sys-title-medium); }
    .compact .status { font: var(--mat-sys-title-small); }
    .compact .facts { font: var(--mat-sys-body-small); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HealthCard {
  readonly health = input<HealthResponse | undefined>();
  readonly loading = input(false);
  readonly error = input('');
  /** Smaller, for pages where the system's state is a footnote (the overview). */
  readonly compact = input(false);
  /** For the time of the check: the reader's language (I18n.locale()). */
  readonly locale = input<string | undefined>(undefined);
  readonly refresh = output<void>();
  protected readonly checked = computed(() => {
    const h = this.health();
    return h ? new Intl.DateTimeFormat(this.locale(), { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(h.time)) : '';
  });
  protected readonly databaseMode = computed(() => {
    const h = this.health();
    return h ? DATABASE_MODES[h.database.mode] : '';
  });
  protected readonly queueBackend = computed(() => {
    const h = this.health();
    return h ? QUEUE_BACKENDS[h.queue.backend] : '';
  });
}
