import type { Role } from '../auth/auth-api';
import type { IconName } from '../shared/icon';

/** The sections of the dashboard, in navigation order. Each becomes a lazy route. */
export interface Section {
  readonly path: string;
  readonly label: string;
  readonly icon: IconName;
  /** Only these roles use the section; without it, every signed-in role does. */
  readonly roles?: readonly Role[];
}

export const SECTIONS: readonly Section[] = [
  { path: '', label: 'Overview', icon: 'dashboard' },
  { path: 'action-plan', label: 'Action plan', icon: 'checklist' },
  { path: 'results', label: 'Results', icon: 'trending' },
  { path: 'equity', label: 'Equity', icon: 'groups' },
  { path: 'my-work', label: 'My work', icon: 'person' },
  // Data stewards run the imports; admins can do everything stewards can.
  { path: 'data', label: 'Data', icon: 'storage', roles: ['steward', 'admin'] },
  { path: 'accountability', label: 'Accountability', icon: 'schedule' },
  { path: 'reviews', label: 'Reviews', icon: 'forum' },
  { path: 'scorecards', label: 'Scorecards', icon: 'assessment' },
  // What the community sees and says: publishing, the embed snippet, feedback from the public page.
  { path: 'community', label: 'Community', icon: 'public', roles: ['admin', 'cabinet'] },
  { path: 'admin', label: 'Admin', icon: 'settings', roles: ['admin'] },
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
