import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { ActionItem, CreateStatusUpdateRequest, DigestItem, IsoDate, Milestone } from '@throughline/domain';
import { AuthStore } from '../auth/auth-store';
import { I18n } from '../core/i18n';
import { TPipe } from '../core/t.pipe';
import { EmptyState } from '../shared/empty-state';
import { Icon } from '../shared/icon';
import { apiMessage, fieldMessages, isConflict } from './api-errors';
import { IDLE, type SaveState } from './check-in-form';
import { DataRequestCard, ENTRY_IDLE, type EntryState } from './data-request-card';
import { ActionItemList } from './action-item-list';
import { DueList } from './due-list';
import { type Drafts, rowMessages, toMeasurements } from './entry-grid';
import { MILESTONES_IDLE, type MilestoneState } from './milestone-list';
import { type DataRequest, type MyTactic, MyWorkApi } from './my-work-api';
import { MY_WORK_ES } from './my-work.es';
import { TACTIC_LOOK } from './tactic-status';
import { TacticCard } from './tactic-card';
import { DayPipe } from './work-pipes';

/**
 * My work: what is due first, then each of my tactics with its quick check-in and milestones, then the data I am
 * asked to enter. Saves go straight to the API; its messages are shown beside the fields they are about.
 */
@Component({
  selector: 'tl-my-work-page',
  imports: [ActionItemList, DueList, TacticCard, DataRequestCard, EmptyState, Icon, MatButtonModule, TPipe, DayPipe],
  templateUrl: './my-work-page.html',
  styleUrl: './my-work-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyWorkPage {
  private readonly api = inject(MyWorkApi);
  private readonly auth = inject(AuthStore);
  private readonly document = inject(DOCUMENT);
  protected readonly i18n = inject(I18n);
  protected readonly work = this.api.myWork();
  private readonly t = (text: string, params?: Readonly<Record<string, string | number>>) => this.i18n.t(text, params);
  /** Tactics as the last save or reload answered, until the list itself is newer. */
  private readonly updated = signal<Readonly<Record<string, MyTactic>>>({});
  protected readonly tactics = computed(() =>
    (this.work.value()?.tactics ?? []).map((t) => {
      const newer = this.updated()[t.id];
      return newer && newer.version > t.version ? newer : t;
    }),
  );
  protected readonly saves = signal<Readonly<Partial<Record<string, SaveState>>>>({});
  protected readonly milestones = signal<Readonly<Partial<Record<string, MilestoneState>>>>({});
  protected readonly entries = signal<Readonly<Partial<Record<string, EntryState>>>>({});
  protected readonly entryNotice = signal('');
  protected readonly actionBusy = signal(false);
  protected readonly actionNotice = signal('');
  protected readonly stewards = computed(() => (this.auth.person()?.roles ?? []).some((r) => r === 'steward' || r === 'admin'));
  protected readonly loadError = computed(() => (this.work.error() ? apiMessage(this.work.error(), this.t) : ''));
  protected readonly idle = IDLE;
  protected readonly milestonesIdle = MILESTONES_IDLE;
  protected readonly entryIdle = ENTRY_IDLE;

  constructor() {
    this.i18n.register(MY_WORK_ES);
  }

  /** Moves focus to the tactic or request a due item is about (its heading, then the form is one Tab away). */
  /** Marks an action item done; the list reloads without it. */
  protected async actionDone(item: ActionItem): Promise<void> {
    this.actionBusy.set(true);
    this.actionNotice.set('');
    try {
      await this.api.actionItemDone(item);
      this.actionNotice.set(this.t('Marked done: {title}', { title: item.title }));
      this.work.reload();
    } catch (error) {
      this.actionNotice.set(apiMessage(error, this.t));
    } finally {
      this.actionBusy.set(false);
    }
  }

  protected go(item: DigestItem): void {
    const id = item.kind === 'data-request' ? `request-${item.id}-title` : `tactic-${item.id}-title`;
    const heading = this.document.getElementById(id);
    heading?.focus();
    heading?.scrollIntoView({ block: 'start' });
  }

  protected async checkIn(tactic: MyTactic, body: CreateStatusUpdateRequest): Promise<void> {
    const before = this.saves()[tactic.id] ?? IDLE;
    this.setSave(tactic.id, { ...before, saving: true, fields: {}, message: '' });
    try {
      const { statusUpdate, tactic: saved } = await this.api.checkIn(tactic.id, body);
      const authorName = this.auth.person()?.name ?? '';
      this.updated.update((all) => ({ ...all, [tactic.id]: { ...tactic, ...saved, lastUpdate: { ...statusUpdate, authorName, createdOn: this.work.value()?.asOf ?? statusUpdate.createdAt.slice(0, 10) } } }));
      const status = this.t(TACTIC_LOOK[saved.status].label);
      this.setSave(tactic.id, { saving: false, saved: before.saved + 1, fields: {}, tone: 'success', message: this.t('Check-in saved. This tactic is now {status}, {n}% complete.', { status, n: saved.percentComplete }) });
      this.work.reload();
    } catch (error) {
      if (isConflict(error)) {
        // Someone else changed it: show it as it is now, keep the owner's draft, and let them save again.
        const fresh = await this.api.tactic(tactic.id).catch(() => undefined);
        if (fresh) this.updated.update((all) => ({ ...all, [tactic.id]: { ...tactic, ...fresh } }));
        this.work.reload();
        this.setSave(tactic.id, { ...before, saving: false, fields: {}, tone: 'error', message: this.t('Someone else updated this tactic after you opened it. It has been reloaded: check its status, then save your check-in again.') });
        return;
      }
      const fields = fieldMessages(error);
      const message = Object.keys(fields).length ? this.t('Nothing was saved: see the message beside the field.') : apiMessage(error, this.t);
      this.setSave(tactic.id, { ...before, saving: false, fields, tone: 'error', message });
    }
  }

  protected async toggleMilestone(tactic: MyTactic, change: { milestone: Milestone; done: boolean }): Promise<void> {
    const asOf = this.work.value()?.asOf ?? null;
    await this.milestoneWrite(tactic.id, () => this.api.updateMilestone(change.milestone.id, { completedOn: change.done ? asOf : null }), false);
  }

  protected async addMilestone(tactic: MyTactic, milestone: { title: string; dueDate: IsoDate | null }): Promise<void> {
    await this.milestoneWrite(tactic.id, () => this.api.addMilestone({ tacticId: tactic.id, ...milestone }), true);
  }

  protected async saveEntries(request: DataRequest, drafts: Drafts): Promise<void> {
    const { measurements, keys } = toMeasurements(request, drafts);
    const set = (state: EntryState) => this.entries.update((all) => ({ ...all, [request.sourceId]: state }));
    if (!measurements.length) {
      set({ ...ENTRY_IDLE, tone: 'error', message: this.t('Nothing to save: type or change at least one value first.') });
      return;
    }
    set({ ...ENTRY_IDLE, saving: true });
    try {
      const result = await this.api.saveMeasurements(measurements);
      set(ENTRY_IDLE);
      // The request closes once its data is in, and its card goes: say so where the list is.
      this.entryNotice.set(this.t('{name}: saved ({inserted} new, {updated} changed, {unchanged} unchanged).', { name: request.name, ...result }));
      this.work.reload();
    } catch (error) {
      const rows = rowMessages(fieldMessages(error), keys);
      const message = Object.keys(rows).length ? this.t('Nothing was saved: fix the rows marked in the grid and save again.') : apiMessage(error, this.t);
      set({ saving: false, rows, tone: 'error', message });
    }
  }

  private async milestoneWrite(tacticId: string, write: () => Promise<unknown>, adding: boolean): Promise<void> {
    const before = this.milestones()[tacticId] ?? MILESTONES_IDLE;
    const set = (state: MilestoneState) => this.milestones.update((all) => ({ ...all, [tacticId]: state }));
    set({ ...before, busy: true, fields: {}, message: '' });
    try {
      await write();
      set({ ...before, busy: false, fields: {}, message: '', added: before.added + (adding ? 1 : 0) });
    } catch (error) {
      const fields = fieldMessages(error);
      set({ ...before, busy: false, fields, message: Object.keys(fields).length ? '' : apiMessage(error, this.t) });
    }
    this.work.reload();
  }

  private setSave(tacticId: string, state: SaveState): void {
    this.saves.update((all) => ({ ...all, [tacticId]: state }));
  }
}
