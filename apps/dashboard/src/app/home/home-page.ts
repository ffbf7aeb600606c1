import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { EmptyState } from '../shared/empty-state';
import { HealthCard } from '../system/health-card';
import { SystemApi, healthView } from '../system/system-api';

@Component({
  selector: 'tl-home-page',
  imports: [HealthCard, EmptyState],
  template: `
    <h1>Overview</h1>
    <div class="grid">
      <tl-empty-state icon="dashboard" heading="No strategic plan yet">
        When the district's plan is entered, its priorities, goals and their status appear here.
      </tl-empty-state>
      <tl-health-card [health]="health.health()" [loading]="health.loading()" [error]="health.error()" (refresh)="healthResource.reload()" />
    </div>
  `,
  styles: `
    h1 { font: var(--mat-sys-headline-medium); margin: 0 0 16px; }
    .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 16px; align-items: start; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  protected readonly healthResource = inject(SystemApi).health();
  protected readonly health = healthView(this.healthResource);
}
