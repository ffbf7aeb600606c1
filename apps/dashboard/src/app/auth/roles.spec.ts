import { describeRoles } from './roles';

describe('describeRoles', () => {
  it('says each role in words', () => {
    expect(describeRoles(['owner'])).toBe('Principal / owner');
    expect(describeRoles(['steward'])).toBe('Data steward');
    expect(describeRoles(['board'])).toBe('Board member');
  });

  it('lists several roles in a fixed order, whatever order the API sent', () => {
    expect(describeRoles(['owner', 'cabinet', 'admin'])).toBe('Administrator, Cabinet, Principal / owner');
  });

  it('leaves out roles it does not know', () => {
    expect(describeRoles(['cabinet', 'auditor'])).toBe('Cabinet');
    expect(describeRoles([])).toBe('');
  });
});
