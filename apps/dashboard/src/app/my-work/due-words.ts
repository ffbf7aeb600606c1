import type { DigestItem } from '@throughline/domain';
import type { IconName } from '../shared/icon';

/** One line of "what is due", in words to translate (the English text is the dictionary key). */
export interface DueLine {
  readonly icon: IconName;
  readonly tone: 'bad' | 'watch' | 'none';
  /** What is due, e.g. "Check-in {n} days late". */
  readonly text: string;
  readonly params: Readonly<Record<string, number>>;
  /** The button that takes the reader to it. */
  readonly action: string;
  /** Where it lives on the page: a tactic card or a data request. */
  readonly target: 'tactic' | 'request';
}

/** How a due item reads: late things say how late, coming things say when. */
export function dueLine(item: DigestItem): DueLine {
  const n = item.days ?? 0;
  const tactic = { action: 'Check in', target: 'tactic' as const, params: { n } };
  switch (item.kind) {
    case 'tactic-overdue':
      return { ...tactic, icon: 'event-busy', tone: 'bad', text: n === 1 ? 'Past its due date by 1 day' : 'Past its due date by {n} days' };
    case 'check-in-overdue':
      return { ...tactic, icon: 'error', tone: 'bad', text: n === 1 ? 'Check-in 1 day late' : 'Check-in {n} days late' };
    case 'check-in-today':
      return { ...tactic, icon: 'warning', tone: 'watch', text: 'Check-in due today' };
    case 'check-in-soon':
      return { ...tactic, icon: 'schedule', tone: 'none', text: n === 1 ? 'Check-in due tomorrow' : 'Check-in due in {n} days' };
    case 'data-request':
      return {
        icon: 'storage',
        tone: n > 0 ? 'watch' : 'none',
        text: n === 0 ? 'Data requested today' : n === 1 ? 'Data requested 1 day ago' : 'Data requested {n} days ago',
        params: { n },
        action: 'Enter data',
        target: 'request',
      };
    default:
      return { icon: 'help', tone: 'none', text: 'Needs your attention', params: {}, action: 'Open', target: 'tactic' };
  }
}

/** Every text dueLine can give, for the Spanish dictionary's completeness test. */
export const DUE_TEXTS: readonly string[] = [
  'Past its due date by 1 day', 'Past its due date by {n} days', 'Check-in 1 day late', 'Check-in {n} days late', 'Check-in due today',
  'Check-in due tomorrow', 'Check-in due in {n} days', 'Data requested today', 'Data requested 1 day ago', 'Data requested {n} days ago',
  'Needs your attention', 'Check in', 'Enter data', 'Open',
];
