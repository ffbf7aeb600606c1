/**
 * Turns a tactic's profile into this school year's history as of `today`: milestones with completion dates, a
 * check-in roughly every update period since the start, and the tactic's current status, percent complete and
 * last check-in (always those of its latest check-in). Profiles adapt to the date: an on-schedule tactic whose
 * due date has passed is complete, a "late" one is only late once its due date is behind us.
 */
import {
  type IsoDate, type TacticStatus, type UpdateCadence, addDays, daysBetween, schoolYear, toIsoDate,
} from '@throughline/domain';
import type { TacticProfile, TacticRow } from './demo-tactics.js';
import { type Rng, rng } from './prng.js';

export interface MilestonePlan {
  readonly title: string;
  readonly dueDate: IsoDate;
  readonly completedOn: IsoDate | null;
}

export interface CheckIn {
  readonly status: TacticStatus;
  readonly percent: number;
  readonly narrative: string;
  readonly evidence: readonly string[];
  readonly author: string;
  readonly createdAt: string;
}

export interface TacticPlan {
  readonly startDate: IsoDate;
  readonly dueDate: IsoDate;
  readonly status: TacticStatus;
  readonly percent: number;
  readonly lastCheckInAt: string | null;
  readonly milestones: readonly MilestonePlan[];
  readonly checkIns: readonly CheckIn[];
}

const STEP_DAYS: Readonly<Record<UpdateCadence, number>> = { weekly: 7, biweekly: 14, monthly: 30, quarterly: 85 };
const PACE: Readonly<Record<TacticProfile, number>> = { ok: 1, done: 1, quiet: 0.95, risk: 0.72, off: 0.45, late: 0.8, cancel: 0.5, new: 0 };
const ON_TRACK = [
  'On schedule; no support needed.',
  'Progress as planned. Shared the latest data with principals at the monthly leadership meeting.',
  'On track. Reviewed the data with the team and adjusted next month’s plan.',
  'Steady progress; participation has been strong.',
  '',
  '',
];

/** A month-day of the school year starting in `startYear` (`08-04` → its first calendar year, `03-12` → its second). */
export function schoolDate(monthDay: string, startYear: number): IsoDate {
  const [month, day] = monthDay.split('-').map(Number);
  return toIsoDate(month >= schoolYear(startYear).startMonth ? startYear : startYear + 1, month, day);
}

function timestamp(date: IsoDate, r: Rng): string {
  // 14:00–22:59 UTC is the working day in Chicago, so the local date is the same.
  return `${date}T${String(r.int(14, 22)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:00Z`;
}

function slug(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 48).replace(/^-|-$/g, '');
}

/** The history of tactic `index` as of today. */
export function planTactic(row: TacticRow, index: number, current: number, today: IsoDate): TacticPlan {
  const [, title, owner, designed, startMd, dueMd, extras = {}] = row;
  const r = rng(`tactic:${index}`);
  const startDate = schoolDate(startMd, current);
  const dueDate = schoolDate(dueMd, current);
  const step = STEP_DAYS[extras.cadence ?? 'monthly'];
  const issue = extras.issue ?? 'Behind schedule; recovery plan in progress.';

  const { profile, last } = resolveProfile(designed, startDate, dueDate, today, step, r);
  // Check-in dates, from the latest back to about ten days after the start.
  const dates: IsoDate[] = [];
  if (profile === 'new') {
    if (last >= schoolYear(current).start) dates.push(last);
  } else {
    for (let d = last; d >= addDays(startDate, 10) && dates.length < 16; d = addDays(d, -(step + r.int(-2, 2)))) dates.unshift(d);
  }

  const span = Math.max(1, daysBetween(startDate, profile === 'done' ? last : dueDate));
  const pace = PACE[profile] * (profile === 'ok' ? 0.92 + 0.16 * r.next() : 1);
  const milestones = planMilestones(extras.milestones ?? [], startDate, dueDate, profile, profile === 'ok' ? addDays(today, -1) : last, r);

  const percents = dates.map((date) => (profile === 'new' ? 0 : Math.min(95, Math.max(5, Math.round((((100 * daysBetween(startDate, date)) / span) * pace) / 5) * 5))));
  const checkIns: CheckIn[] = dates.map((date, i) => {
    const fromEnd = dates.length - 1 - i;
    const reached = milestones.filter((m) => m.completedOn !== null && m.completedOn <= date && (i === 0 || m.completedOn > dates[i - 1]));
    const next = milestones.find((m) => m.completedOn === null || m.completedOn > date);
    const status = statusAt(profile, fromEnd, r);
    const author = extras.contributors?.length && r.next() < 0.2 ? extras.contributors[0] : owner;
    const evidence = reached.length && r.next() < 0.6
      ? [`https://docs.riverbend.example.org/plans/riverbend-rising/${current}/${slug(title)}/${slug(reached[reached.length - 1].title)}`]
      : [];
    let narrative: string;
    if (status === 'complete') narrative = `Complete. ${reached.length ? `Final milestone: ${reached[reached.length - 1].title}.` : 'All deliverables are finished and documented.'}`;
    else if (status === 'cancelled') narrative = `Cancelled. ${issue}`;
    else if (status === 'not-started') narrative = `Not started yet. ${issue}`;
    else if (status === 'off-track') narrative = `${issue} Escalated to the cabinet for support.`;
    else if (status === 'at-risk') narrative = issue;
    else if (reached.length) narrative = `Milestone reached: ${reached.map((m) => m.title).join('; ')}.`;
    else narrative = next && r.next() < 0.4 ? `On track. Next milestone: ${next.title}.` : r.pick(ON_TRACK);
    return {
      status,
      // A dropped tactic keeps the progress it had reached.
      percent: status === 'complete' ? 100 : status === 'cancelled' && i > 0 ? percents[i - 1] : percents[i],
      narrative,
      evidence,
      author,
      createdAt: timestamp(date, r),
    };
  });

  const final = checkIns[checkIns.length - 1];
  return {
    startDate,
    dueDate,
    status: final?.status ?? 'not-started',
    percent: final?.percent ?? 0,
    lastCheckInAt: final?.createdAt ?? null,
    milestones,
    checkIns,
  };
}

/** Where today falls in the year decides what a profile means: done early, cancelled, quiet, or still going. */
function resolveProfile(designed: TacticProfile, start: IsoDate, due: IsoDate, today: IsoDate, step: number, r: Rng): { profile: TacticProfile; last: IsoDate } {
  let profile = designed;
  if (profile === 'ok' && due < today) profile = 'done';
  if (profile === 'late' && due >= today) profile = 'ok';
  if (profile === 'new' && daysBetween(start, today) > 30) profile = 'ok';
  if (profile === 'done') {
    const finished = [addDays(due, -r.int(0, 6)), addDays(today, -r.int(2, 6))].sort()[0];
    if (daysBetween(start, finished) >= 10) return { profile, last: finished };
    profile = 'ok';
  }
  if (profile === 'cancel') {
    const dropped = addDays(today, -r.int(10, 25));
    if (daysBetween(start, dropped) >= 14) return { profile, last: dropped };
    profile = 'ok';
  }
  if (profile === 'quiet') return { profile, last: addDays(today, -r.int(45, 70)) };
  if (profile === 'new') return { profile, last: addDays(today, -r.int(3, 18)) };
  // Regular owners checked in recently: well inside their cadence.
  return { profile, last: addDays(today, -r.int(2, step <= 7 ? 4 : step <= 14 ? 9 : 20)) };
}

function statusAt(profile: TacticProfile, fromEnd: number, r: Rng): TacticStatus {
  switch (profile) {
    case 'done':
      return fromEnd === 0 ? 'complete' : 'on-track';
    case 'cancel':
      return fromEnd === 0 ? 'cancelled' : 'on-track';
    case 'new':
      return 'not-started';
    case 'off':
      return fromEnd === 0 ? 'off-track' : fromEnd === 1 ? 'at-risk' : 'on-track';
    case 'risk':
      return fromEnd === 0 || (fromEnd === 1 && r.next() < 0.5) ? 'at-risk' : 'on-track';
    case 'late':
      return fromEnd === 0 ? 'at-risk' : 'on-track';
    case 'ok':
    case 'quiet':
      return 'on-track';
  }
}

/** Milestones spread evenly from start to due; those due by `latest` are done, except where work slipped. */
function planMilestones(titles: readonly string[], start: IsoDate, due: IsoDate, profile: TacticProfile, latest: IsoDate, r: Rng): MilestonePlan[] {
  const span = daysBetween(start, due);
  const plans = titles.map((title, i) => ({ title, dueDate: addDays(start, Math.round((span * (i + 1)) / titles.length)) }));
  const pastDue = plans.filter((m) => m.dueDate <= latest).length;
  // Behind-schedule work leaves its most recent past-due milestone open (off track: all but the first).
  const slipped = profile === 'risk' || profile === 'late' || profile === 'cancel' ? 1 : profile === 'off' ? Math.max(0, pastDue - 1) : 0;
  return plans.map((m, i) => {
    if (profile === 'done') return { ...m, completedOn: [m.dueDate, latest].sort()[0] };
    if (profile === 'new' || i >= pastDue - slipped) return { ...m, completedOn: null };
    const completedOn = addDays(m.dueDate, -r.int(0, 5));
    return { ...m, completedOn: completedOn < start ? start : completedOn };
  });
}
