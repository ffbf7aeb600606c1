import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { I18n } from '../core/i18n';
import { TPipe } from '../core/t.pipe';
import { SystemPage } from '../system/system-page';
import { ADMIN_ES } from './admin.es';

/** `/admin`: the system's state (SystemPage), and the way to the plan editor. */
@Component({
  selector: 'tl-admin-page',
  imports: [SystemPage, MatCardModule, MatButtonModule, RouterLink, TPipe],
  template: `
    <tl-system-page />
    <mat-card appearance="outlined" class="editor">
      <mat-card-header>
        <mat-card-title><h2 class="title">{{ 'Plan editor' | t }}</h2></mat-card-title>
      </mat-card-header>
      <mat-card-content>
        <p>{{ "Edit the plan: priorities, goals, strategies and tactics, guardrails, the initiative inventory, metrics with their baselines and yearly targets, and the plan's mission, vision and values." | t }}</p>
      </mat-card-content>
      <mat-card-actions>
        <a mat-flat-button routerLink="/admin/plan">{{ 'Open the plan editor' | t }}</a>
      </mat-card-actions>
    </mat-card>
  `,
  styles: `
    .editor { margin-top: 16px; max-width: 720px; }
    .title { font: var(--mat-sys-title-large); margin: 0; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminPage {
  constructor() {
    inject(I18n).register(ADMIN_ES);
  }
}
