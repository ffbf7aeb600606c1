import type { ValidationError } from '@nestjs/common';
import { toFieldErrors } from './validation.js';

describe('toFieldErrors', () => {
  it('gives one entry per field path, nested ones included', () => {
    const errors = [
      { property: 'name', constraints: { isLength: 'name is required' }, children: [] },
      { property: 'targets', children: [{ property: '2', children: [{ property: 'value', constraints: { isNumber: 'value must be a number' }, children: [] }] }] },
    ] as unknown as ValidationError[];
    expect(toFieldErrors(errors)).toEqual([
      { field: 'name', messages: ['name is required'] },
      { field: 'targets[2].value', messages: ['value must be a number'] },
    ]);
  });

  it('says a reason once when several constraints share it (a year that is missing fails type and range alike)', () => {
    const year = 'firstSchoolYear must be the start year of a school year between 2000 and 2100, like 2026 for 2026-27';
    const errors = [{ property: 'firstSchoolYear', constraints: { isInt: year, min: year, max: year }, children: [] }] as unknown as ValidationError[];
    expect(toFieldErrors(errors)).toEqual([{ field: 'firstSchoolYear', messages: [year] }]);
  });
});
