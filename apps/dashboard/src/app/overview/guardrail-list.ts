import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { TreeGuardrail } from '@throughline/domain';
import { TPipe } from '../core/t.pipe';
import { StatusChip } from '../shared/status-chip';

/** The board's guardrails ("the superintendent will not allow …"), each with its status and its measures. */
@Component({
  selector: 'tl-guardrail-list',
  imports: [StatusChip, RouterLink, TPipe],
  template: `
    <section class="guardrails" aria-labelledby="guardrails-heading">
      <h2 id="guardrails-heading">{{ 'Guardrails' | t }}</h2>
      <ul>
        @for (guardrail of guardrails(); track guardrail.id) {
          <li>
            <tl-status-chip [status]="guardrail.status.status" />
            <div>
              <p class="statement">{{ guardrail.statement }}</p>
              <p class="measures">
                @for (metric of guardrail.metrics; track metric.id; let last = $last) {
                  <a [routerLink]="['/results', metric.id]">{{ metric.name }}</a>{{ last ? '' : ' · ' }}
                }
              </p>
            </div>
          </li>
        }
      </ul>
    </section>
  `,
  styles: `
    .guardrails { margin-top: 24px; }
    h2 { font: var(--mat-sys-title-large); margin: 0 0 8px; }
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 10px; }
    li { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: flex-start; padding: 10px 0; border-top: 1px solid var(--mat-sys-outline-variant); }
    li > div { flex: 1 1 300px; }
    p { margin: 0; }
    .measures { font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface-variant); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GuardrailList {
  readonly guardrails = input.required<readonly TreeGuardrail[]>();
}
