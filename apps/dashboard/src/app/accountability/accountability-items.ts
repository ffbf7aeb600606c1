import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TPipe } from '../core/t.pipe';
import { Icon } from '../shared/icon';
import { WorkBadge } from '../my-work/tactic-status';
import { DayPipe, SharePipe } from '../my-work/work-pipes';
import type { AccountabilityItem } from './accountability-api';

/** The tactics behind one review row, each with its badges and its own check-in record. */
@Component({
  selector: 'tl-accountability-items',
  imports: [RouterLink, WorkBadge, Icon, TPipe, DayPipe, SharePipe],
  template: `
    @if (loading()) {
      <p role="status">{{ 'Loading the tactics…' | t }}</p>
    } @else if (error()) {
      <p class="error" role="alert"><tl-icon name="error" />{{ error() }}</p>
    } @else {
      <ul [attr.aria-label]="label()">
        @for (item of items(); track item.id) {
          <li>
            <a class="title" routerLink="/action-plan" [queryParams]="{ q: item.title }">{{ item.title }}</a>
            @if (showOwner()) {
              <span class="owner">{{ item.ownerName }}</span>
            }
            <span class="badges">
              <tl-work-badge [kind]="item.status" [detail]="' · ' + item.percentComplete + '%'" />
              @if (item.overdue) {
                <tl-work-badge kind="overdue" [detail]="' · ' + ('{n} days past due' | t: { n: item.daysOverdue })" />
              }
              @if (item.stale) {
                <tl-work-badge kind="stale" />
              }
            </span>
            <span class="facts">
              @if (item.expectedUpdates) {
                {{ '{on} of {expected} check-ins on time ({rate})' | t: { on: item.onTimeUpdates, expected: item.expectedUpdates, rate: (item.onTimeRate | share) } }}
              } @else {
                {{ 'No check-in owed yet' | t }}
              }
              ·
              @if (item.lastCheckIn) {
                {{ 'Last check-in {date}' | t: { date: (item.lastCheckIn | day) } }}
              } @else {
                {{ 'No check-in yet' | t }}
              }
              @if (item.dueDate) {
                · {{ 'Due {date}' | t: { date: (item.dueDate | day) } }}
              }
            </span>
          </li>
        } @empty {
          <li>{{ 'No tactics to review in this window.' | t }}</li>
        }
      </ul>
    }
  `,
  styles: `
    :host { display: block; }
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
    li { display: grid; gap: 4px; padding: 8px 12px; border-radius: 8px; background: var(--mat-sys-surface-container-low); }
    .title { font: var(--mat-sys-title-small); color: var(--mat-sys-primary); min-height: 24px; }
    .owner, .facts { color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-medium); }
    .badges { display: flex; flex-wrap: wrap; gap: 6px; }
    .error { display: flex; gap: 6px; color: #8c1d18; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountabilityItems {
  readonly items = input.required<readonly AccountabilityItem[]>();
  readonly loading = input(false);
  readonly error = input('');
  readonly label = input.required<string>();
  readonly showOwner = input(false);
}
