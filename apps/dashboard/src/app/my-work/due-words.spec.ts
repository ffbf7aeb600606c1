import { DUE_TEXTS, dueLine } from './due-words';
import { MY_WORK_ES } from './my-work.es';

describe('dueLine', () => {
  it.each([
    [{ kind: 'tactic-overdue', id: 't', title: 'T', days: 12 }, 'Past its due date by {n} days', 'tactic'],
    [{ kind: 'check-in-overdue', id: 't', title: 'T', days: 1 }, 'Check-in 1 day late', 'tactic'],
    [{ kind: 'check-in-today', id: 't', title: 'T', days: 0 }, 'Check-in due today', 'tactic'],
    [{ kind: 'check-in-soon', id: 't', title: 'T', days: 3 }, 'Check-in due in {n} days', 'tactic'],
    [{ kind: 'data-request', id: 's', title: 'S', days: 0 }, 'Data requested today', 'request'],
    [{ kind: 'data-request', id: 's', title: 'S', days: 9 }, 'Data requested {n} days ago', 'request'],
  ] as const)('words %j', (item, text, target) => {
    expect(dueLine(item)).toEqual(expect.objectContaining({ text, target, params: { n: item.days } }));
  });

  it('late items read as late: icon and words, not colour alone', () => {
    expect(dueLine({ kind: 'check-in-overdue', id: 't', title: 'T', days: 4 })).toEqual(expect.objectContaining({ icon: 'error', tone: 'bad' }));
  });

  it('has Spanish for every text it can give', () => {
    expect(DUE_TEXTS.filter((text) => !(text in MY_WORK_ES))).toEqual([]);
  });
});
