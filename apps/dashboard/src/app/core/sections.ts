import type { Role } from '../auth/auth-api';
import type { IconName } from '../shared/icon';

/** The sections of the dashboard, in navigation order. Each becomes a lazy route. */
export interface Section {
  readonly path: string;
  readonly label: string;
  readonly icon: IconName;
  readonly summary: string;
  /** Only these roles use the section; without it, every signed-in role does. */
  readonly roles?: readonly Role[];
}

export const SECTIONS: readonly Section[] = [
  { path: '', label: 'Overview', icon: 'dashboard', summary: 'Where the plan stands: priorities, goals and their status.' },
  { path: 'action-plan', label: 'Action plan', icon: 'checklist', summary: 'The Year-1 tactics, their owners, due dates and check-ins.' },
  { path: 'results', label: 'Results', icon: 'trending', summary: 'Multi-year results: each metric against its yearly targets.' },
  { path: 'equity', label: 'Equity', icon: 'groups', summary: 'Every student group against All Students, with gaps over time.' },
  { path: 'my-work', label: 'My work', icon: 'person', summary: 'The tactics you own, what is due, and quick check-ins.' },
  // Data stewards run the imports; admins can do everything stewards can.
  { path: 'data', label: 'Data', icon: 'storage', summary: 'Data sources, scheduled pulls, run history and rejected rows.', roles: ['steward', 'admin'] },
  { path: 'accountability', label: 'Accountability', icon: 'schedule', summary: 'On-time updates, overdue items and stale check-ins per owner.' },
  { path: 'reviews', label: 'Reviews', icon: 'forum', summary: "The cabinet's monthly progress reviews." },
  { path: 'scorecards', label: 'Scorecards', icon: 'assessment', summary: "The board's quarterly scorecards." },
  { path: 'admin', label: 'Admin', icon: 'settings', summary: 'The plan editor, people, settings and system status.', roles: ['admin'] },
];

/** Whether someone with these roles uses the section (nobody without a role uses any). */
export function canUseSection(section: Section, roles: readonly string[]): boolean {
  if (!roles.length) return false;
  return !section.roles || section.roles.some((role) => roles.includes(role));
}

/** The navigation for someone with these roles: the sections they can use, in order. */
export function sectionsFor(roles: readonly string[], sections: readonly Section[] = SECTIONS): Section[] {
  return sections.filter((section) => canUseSection(section, roles));
}
