import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TPipe } from '../core/t.pipe';
import { KIND_OPTIONS, STATE_OPTIONS } from './data-words';
import { NO_FILTERS, type SourceFilters, hasFilters } from './source-filters';

/** The list's filters; every change goes to the page, which puts it in the URL. */
@Component({
  selector: 'tl-source-filter-bar',
  imports: [MatFormFieldModule, MatInputModule, MatButtonModule, TPipe],
  template: `
    <form class="filters" role="search" [attr.aria-label]="'Filter the sources' | t" (submit)="$event.preventDefault()">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'Name contains' | t }}</mat-label>
        <input matInput type="search" name="q" [value]="filters().q" (change)="set('q', $any($event.target).value)" />
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'Kind' | t }}</mat-label>
        <select matNativeControl name="kind" (change)="set('kind', $any($event.target).value)">
          <option value="" [selected]="!filters().kind">{{ 'All kinds' | t }}</option>
          @for (kind of kinds; track kind.value) {
            <option [value]="kind.value" [selected]="filters().kind === kind.value">{{ kind.label | t }}</option>
          }
        </select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'Last run' | t }}</mat-label>
        <select matNativeControl name="state" (change)="set('state', $any($event.target).value)">
          <option value="" [selected]="!filters().state">{{ 'Any state' | t }}</option>
          @for (state of states; track state.value) {
            <option [value]="state.value" [selected]="filters().state === state.value">{{ state.label | t }}</option>
          }
        </select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'Steward' | t }}</mat-label>
        <select matNativeControl name="steward" (change)="set('steward', $any($event.target).value)">
          <option value="" [selected]="!filters().steward">{{ 'Everyone' | t }}</option>
          <option value="me" [selected]="filters().steward === 'me'">{{ 'Me' | t }}</option>
          @for (person of stewards(); track person.id) {
            <option [value]="person.id" [selected]="filters().steward === person.id">{{ person.name }}</option>
          }
        </select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'Active' | t }}</mat-label>
        <select matNativeControl name="active" (change)="set('active', $any($event.target).value)">
          <option value="" [selected]="!filters().active">{{ 'All' | t }}</option>
          <option value="true" [selected]="filters().active === 'true'">{{ 'Active only' | t }}</option>
          <option value="false" [selected]="filters().active === 'false'">{{ 'Paused only' | t }}</option>
        </select>
      </mat-form-field>
      @if (any()) {
        <button mat-button type="button" class="clear" (click)="changed.emit(none)">{{ 'Clear filters' | t }}</button>
      }
    </form>
  `,
  styles: `
    .filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin: 0 0 16px; }
    .filters mat-form-field { flex: 1 1 160px; min-width: 0; }
    .filters mat-form-field:first-child { flex-basis: 220px; }
    @media (max-width: 599.98px) {
      .filters { gap: 8px; }
      .filters mat-form-field { flex-basis: calc(50% - 4px); }
      .filters mat-form-field:first-child { flex-basis: 100%; }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SourceFilterBar {
  readonly filters = input.required<SourceFilters>();
  readonly stewards = input<readonly { id: string; name: string }[]>([]);
  readonly changed = output<SourceFilters>();
  protected readonly kinds = KIND_OPTIONS;
  protected readonly states = STATE_OPTIONS;
  protected readonly none = NO_FILTERS;

  protected any(): boolean {
    return hasFilters(this.filters());
  }

  protected set(key: keyof SourceFilters, value: string): void {
    this.changed.emit({ ...this.filters(), [key]: value.trim() } as SourceFilters);
  }
}
