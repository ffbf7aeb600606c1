import type { IconName } from '../shared/icon';

/** The sections of the dashboard, in navigation order. Each becomes a lazy route. */
export interface Section {
  readonly path: string;
  readonly label: string;
  readonly icon: IconName;
  readonly summary: string;
}

export const SECTIONS: readonly Section[] = [
  { path: '', label: 'Overview', icon: 'dashboard', summary: 'Where the plan stands: priorities, goals and their status.' },
  { path: 'action-plan', label: 'Action plan', icon: 'checklist', summary: 'The Year-1 tactics, their owners, due dates and check-ins.' },
  { path: 'results', label: 'Results', icon: 'trending', summary: 'Multi-year results: each metric against its yearly targets.' },
  { path: 'equity', label: 'Equity', icon: 'groups', summary: 'Every student group against All Students, with gaps over time.' },
  { path: 'my-work', label: 'My work', icon: 'person', summary: 'The tactics you own, what is due, and quick check-ins.' },
  { path: 'data', label: 'Data', icon: 'storage', summary: 'Data sources, scheduled pulls, run history and rejected rows.' },
  { path: 'accountability', label: 'Accountability', icon: 'schedule', summary: 'On-time updates, overdue items and stale check-ins per owner.' },
  { path: 'reviews', label: 'Reviews', icon: 'forum', summary: "The cabinet's monthly progress reviews." },
  { path: 'scorecards', label: 'Scorecards', icon: 'assessment', summary: "The board's quarterly scorecards." },
  { path: 'admin', label: 'Admin', icon: 'settings', summary: 'The plan editor, people, settings and system status.' },
];
