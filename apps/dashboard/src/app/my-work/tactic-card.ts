import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { CreateStatusUpdateRequest, IsoDate, Milestone } from '@throughline/domain';
import { TPipe } from '../core/t.pipe';
import { Icon } from '../shared/icon';
import { CheckInForm, IDLE, type SaveState } from './check-in-form';
import { MILESTONES_IDLE, MilestoneList, type MilestoneState } from './milestone-list';
import type { MyTactic } from './my-work-api';
import { TACTIC_LOOK, WorkBadge } from './tactic-status';
import { DayPipe } from './work-pipes';

const CADENCE_WORDS = { weekly: 'Weekly', biweekly: 'Every two weeks', monthly: 'Monthly', quarterly: 'Quarterly' } as const;

/** One of my tactics: where it stands, its last check-in, the check-in form and its milestones. */
@Component({
  selector: 'tl-tactic-card',
  imports: [CheckInForm, MilestoneList, WorkBadge, Icon, TPipe, DayPipe],
  templateUrl: './tactic-card.html',
  styleUrl: './tactic-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TacticCard {
  readonly tactic = input.required<MyTactic>();
  readonly state = input<SaveState>(IDLE);
  readonly milestoneState = input<MilestoneState>(MILESTONES_IDLE);
  readonly checkIn = output<CreateStatusUpdateRequest>();
  readonly toggleMilestone = output<{ milestone: Milestone; done: boolean }>();
  readonly addMilestone = output<{ title: string; dueDate: IsoDate | null }>();

  protected readonly look = TACTIC_LOOK;
  protected readonly cadence = computed(() => CADENCE_WORDS[this.tactic().updateCadence]);
  protected readonly headingId = computed(() => `tactic-${this.tactic().id}-title`);
}
