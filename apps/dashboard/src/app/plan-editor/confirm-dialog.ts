import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import { TPipe } from '../core/t.pipe';

export interface ConfirmData {
  /** Already translated: the dialog shows these as they are. */
  readonly heading: string;
  readonly name: string;
  readonly warning: string;
  readonly confirm: string;
}

/** "Delete this goal?" with what goes with it; Cancel has the focus first, so Enter never deletes by accident. */
@Component({
  selector: 'tl-confirm-dialog',
  imports: [MatDialogModule, MatButtonModule, TPipe],
  template: `
    <h2 mat-dialog-title>{{ data.heading }}</h2>
    <mat-dialog-content>
      <p class="name">{{ data.name }}</p>
      <p>{{ data.warning }} {{ 'This cannot be undone.' | t }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" cdkFocusInitial>{{ 'Cancel' | t }}</button>
      <button mat-flat-button type="button" class="danger" [mat-dialog-close]="true">{{ data.confirm }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .name { font-weight: 500; }
    .danger { --mat-button-filled-container-color: #8c1d18; --mat-button-filled-label-text-color: #fff; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmData>(MAT_DIALOG_DATA);
}

/** Opens the confirmation; true when the person confirmed. */
export function confirmDelete(dialog: MatDialog, data: ConfirmData): Promise<boolean> {
  const ref = dialog.open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, { data, maxWidth: '520px', autoFocus: 'first-tabbable', role: 'alertdialog' });
  return firstValueFrom(ref.afterClosed()).then((answer) => answer === true);
}
