import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TPipe } from '../core/t.pipe';
import { Icon } from '../shared/icon';
import { PAGE_SIZES } from './action-plan-filters';

/** Previous / next and rows per page, for a list paged by the API. */
@Component({
  selector: 'tl-pager',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, Icon, TPipe],
  template: `
    <nav class="pager" [attr.aria-label]="'Pages' | t">
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="size">
        <mat-label>{{ 'Rows per page' | t }}</mat-label>
        <select matNativeControl (change)="resize($event)">
          @for (n of sizes; track n) {
            <option [value]="n" [selected]="n === size()">{{ n }}</option>
          }
        </select>
      </mat-form-field>
      <p class="range">{{ '{from}–{to} of {total}' | t: range() }}</p>
      <button mat-icon-button type="button" [disabled]="page() <= 1" (click)="pageChange.emit(page() - 1)" [attr.aria-label]="'Previous page' | t">
        <tl-icon name="chevron-left" />
      </button>
      <button mat-icon-button type="button" [disabled]="page() >= pages()" (click)="pageChange.emit(page() + 1)" [attr.aria-label]="'Next page' | t">
        <tl-icon name="chevron-right" />
      </button>
    </nav>
  `,
  styles: `
    .pager { display: flex; align-items: center; justify-content: flex-end; flex-wrap: wrap; gap: 8px; margin-top: 12px; }
    .size { width: 150px; }
    .range { margin: 0 8px; font: var(--mat-sys-body-medium); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Pager {
  readonly page = input.required<number>();
  readonly size = input.required<number>();
  readonly total = input.required<number>();
  readonly pageChange = output<number>();
  readonly sizeChange = output<number>();
  protected readonly sizes = PAGE_SIZES;
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / this.size())));
  // One object rather than a literal in the template: a 3-key literal would add Angular's pureFunction3 to the
  // initial bundle (no shell code uses it), for every visitor.
  protected readonly range = computed(() => ({
    from: this.total() === 0 ? 0 : (this.page() - 1) * this.size() + 1,
    to: Math.min(this.total(), this.page() * this.size()),
    total: this.total(),
  }));
  protected resize(event: Event): void {
    this.sizeChange.emit(Number((event.target as HTMLSelectElement).value));
  }
}
