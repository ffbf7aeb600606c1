import type { Role } from '../auth/auth-api';
import { SECTIONS, canUseSection, sectionsFor } from './sections';

const labels = (roles: readonly Role[]) => sectionsFor(roles).map((s) => s.label);
const EVERYONE = ['Overview', 'Action plan', 'Results', 'Equity', 'My work', 'Accountability', 'Reviews', 'Scorecards'];

describe('sectionsFor', () => {
  it('shows an admin every section, in navigation order', () => {
    expect(labels(['admin'])).toEqual(SECTIONS.map((s) => s.label));
  });

  it('shows a data steward the Data section but not Admin', () => {
    expect(labels(['steward'])).toEqual([...EVERYONE.slice(0, 5), 'Data', ...EVERYONE.slice(5)]);
  });

  it.each<Role>(['owner', 'board'])('shows %s neither Data, Community nor Admin', (role) => {
    expect(labels([role])).toEqual(EVERYONE);
  });

  it('shows the cabinet the Community section but neither Data nor Admin', () => {
    expect(labels(['cabinet'])).toEqual([...EVERYONE, 'Community']);
  });

  it('adds up the sections of several roles', () => {
    expect(labels(['owner', 'steward'])).toContain('Data');
    expect(labels(['cabinet', 'admin'])).toContain('Admin');
  });

  it('shows nothing to someone with no role yet (the API refuses them too)', () => {
    expect(labels([])).toEqual([]);
  });
});

describe('canUseSection', () => {
  const admin = SECTIONS.find((s) => s.path === 'admin');
  const results = SECTIONS.find((s) => s.path === 'results');

  it('limits a section with roles to those roles', () => {
    expect(admin && canUseSection(admin, ['admin'])).toBe(true);
    expect(admin && canUseSection(admin, ['cabinet', 'steward'])).toBe(false);
  });

  it('opens a section without roles to every role', () => {
    expect(results && canUseSection(results, ['board'])).toBe(true);
  });
});
