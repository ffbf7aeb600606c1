import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormAlert } from '../auth/form-alert';
import { TPipe } from '../core/t.pipe';
import { type PlanBody, PlanForm } from './plan-form';
import { PlanEditorApi } from './plan-editor-api';
import { PlanEditorStore } from './plan-editor-store';
import { writeState } from './write-state';

/** The plan's own fields (`/admin/plan`): what the editor shows before an item of the outline is chosen. */
@Component({
  selector: 'tl-plan-details-page',
  imports: [PlanForm, FormAlert, TPipe],
  template: `
    <section class="editor" aria-labelledby="editor-heading">
      <h2 id="editor-heading" tabindex="-1">{{ 'The plan' | t }}</h2>
      <p class="context">{{ 'Choose an item in the outline to edit it, or add one. The plan itself:' | t }}</p>
      <p class="status" role="status">{{ writes.status() }}</p>
      @if (writes.notice(); as notice) {
        <tl-form-alert><span [attr.lang]="notice.lang">{{ notice.text }}</span></tl-form-alert>
      }
      @if (store.plan(); as plan) {
        <tl-plan-form [value]="plan" [errors]="writes.errors()" [pending]="writes.pending()" (save)="save(plan.id, $event)" />
      }
    </section>
  `,
  styleUrl: './editor-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanDetailsPage {
  private readonly api = inject(PlanEditorApi);
  protected readonly store = inject(PlanEditorStore);
  protected readonly writes = writeState();

  protected async save(id: string, body: PlanBody): Promise<void> {
    if (await this.writes.run(() => this.api.updatePlan(id, body as never), 'Saved.')) this.store.reload();
  }
}
