import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { ReviewItem } from '@throughline/domain';
import { TPipe } from '../core/t.pipe';
import { Icon } from '../shared/icon';
import { ReasonChip, ReviewStatusChip } from './review-status-chip';
import { ENTITY_LABEL, REASON_LABEL } from './review-view';

/** One agenda item: why it is there, its status, the owners' recent check-ins, and the cabinet's discussion. */
@Component({
  selector: 'tl-agenda-item',
  imports: [MatButtonModule, RouterLink, TPipe, Icon, ReasonChip, ReviewStatusChip],
  template: `
    <article class="item" [attr.aria-labelledby]="'item-' + item().id" [attr.data-entity]="item().entity">
      <header>
        <span class="pos" aria-hidden="true">{{ item().position }}</span>
        <div class="head">
          <p class="kind">{{ entityLabel() | t }}@if (item().ownerName) { · {{ 'Owner: {name}' | t: { name: item().ownerName ?? '' } }} }</p>
          <h3 [id]="'item-' + item().id"><span class="visually-hidden">{{ item().position }}. </span>{{ item().title }}</h3>
          <div class="chips">
            @if (item().status; as status) { <tl-review-status [status]="status" /> }
            @if (item().previousStatus && item().previousStatus !== item().status) {
              <tl-review-status [status]="item().previousStatus ?? ''" [prefix]="'Was: ' | t" />
            }
            <span class="visually-hidden">{{ 'On the agenda because:' | t }}</span>
            @for (reason of item().reasons; track reason) { <tl-reason-chip [reason]="reason" [label]="reasonLabel(reason)" /> }
          </div>
        </div>
        <a mat-stroked-button class="present" [routerLink]="['present']" [queryParams]="{ item: item().position }"
           [attr.aria-label]="'Present item {n}' | t: { n: item().position }">
          <tl-icon name="review-present" />{{ 'Present' | t }}
        </a>
      </header>

      @if (item().checkIns.length) {
        <details class="check-ins">
          <summary>
            {{ 'Recent check-ins ({n})' | t: { n: item().checkIns.length } }}
            @if (unacknowledged()) { · {{ 'not all acknowledged' | t }} } @else { · {{ 'acknowledged' | t }} }
          </summary>
          <ul>
            @for (c of item().checkIns; track c.id) {
              <li>
                <div class="line"><tl-review-status [status]="c.status" /><strong>{{ c.tacticTitle }}</strong> · {{ c.percentComplete }} %</div>
                @if (c.narrative) { <p class="narrative">{{ c.narrative }}</p> }
                <p class="meta">
                  {{ '{author}, {date}' | t: { author: c.authorName, date: formatDate(c.createdAt) } }}
                  @if (c.acknowledgedAt) {
                    · <tl-icon name="ok" class="small" />{{ 'Acknowledged by {name}' | t: { name: c.acknowledgedByName ?? '' } }}
                  }
                </p>
              </li>
            }
          </ul>
          @if (editable() && unacknowledged()) {
            <button mat-stroked-button type="button" (click)="acknowledge.emit()">{{ 'Acknowledge these check-ins' | t }}</button>
          }
        </details>
      }

      <div class="discussion">
        <label class="check">
          <input type="checkbox" [checked]="item().discussed" [disabled]="!editable()" (change)="discussed.emit($any($event.target).checked)" />
          {{ 'Discussed' | t }}
        </label>
        <label class="field grow">
          <span>{{ 'Notes' | t }}</span>
          <textarea rows="2" maxlength="4000" [value]="item().notes" [readOnly]="!editable()" #notes></textarea>
        </label>
        @if (editable()) {
          <button mat-stroked-button type="button" (click)="saveNotes.emit(notes.value)">{{ 'Save notes' | t }}</button>
        }
      </div>
    </article>
  `,
  styleUrl: './agenda-item.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgendaItem {
  readonly item = input.required<ReviewItem>();
  readonly editable = input(false);
  readonly locale = input('en-US');
  readonly discussed = output<boolean>();
  readonly saveNotes = output<string>();
  readonly acknowledge = output<void>();

  protected readonly entityLabel = computed(() => ENTITY_LABEL[this.item().entity]);
  protected readonly unacknowledged = computed(() => this.item().checkIns.some((c) => !c.acknowledgedAt));

  protected reasonLabel(reason: string): string {
    return REASON_LABEL[reason as keyof typeof REASON_LABEL] ?? reason;
  }

  protected formatDate(at: string): string {
    return new Date(at).toLocaleDateString(this.locale(), { month: 'short', day: 'numeric' });
  }
}
