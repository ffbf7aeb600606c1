import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { FormArray, FormControl, FormGroup } from '@angular/forms';
import { applyServerErrors, controlPath, serverMessage, writeProblem } from './server-errors';

const response = (status: number, error: unknown) => new HttpErrorResponse({ status, error, headers: new HttpHeaders() });

describe('writeProblem', () => {
  it('gives the field messages of a 400, as sentences', () => {
    const problem = writeProblem(response(400, { errors: [{ field: 'bandLow', messages: ['a metric to maintain needs bandLow and bandHigh'] }] }));
    expect(problem).toEqual({ kind: 'invalid', fields: { bandLow: ['A metric to maintain needs bandLow and bandHigh.'] } });
  });

  it('recognises a stale version', () => {
    expect(writeProblem(response(409, { message: 'changed', currentVersion: 3 }))).toEqual({ kind: 'conflict' });
  });

  it("shows any other answer in the API's words", () => {
    expect(writeProblem(response(409, { message: 'still referenced' }))).toEqual({ kind: 'message', text: 'Still referenced.', fromApi: true });
    expect(writeProblem(response(0, null))).toMatchObject({ kind: 'message', fromApi: false });
    expect(writeProblem(response(500, null))).toEqual({ kind: 'message', text: 'The server answered {status}. Try again in a moment.', fromApi: false, params: { status: 500 } });
  });
});

describe('applyServerErrors', () => {
  const form = () =>
    new FormGroup({
      name: new FormControl('x'),
      values: new FormArray([new FormControl('a'), new FormControl('b')]),
      targets: new FormArray([new FormGroup({ schoolYear: new FormControl(2030) })]),
    });

  it('maps API field paths to controls, nested ones included', () => {
    expect(controlPath('targets[0].schoolYear')).toBe('targets.0.schoolYear');
    const f = form();
    const left = applyServerErrors(f, { name: ['Too long.'], 'values[1]': ['Empty.'], 'targets[0].schoolYear': ['Outside.'], reason: ['Needed.'] });
    expect(serverMessage(f.get('name'))).toBe('Too long.');
    expect(serverMessage(f.get('values.1'))).toBe('Empty.');
    expect(serverMessage(f.get('targets.0.schoolYear'))).toBe('Outside.');
    expect(f.get('name')?.touched).toBe(true);
    expect(left).toEqual(['Needed.']);
  });

  it('puts a message about a whole list on the list, for the fieldset to show', () => {
    const f = form();
    expect(applyServerErrors(f, { values: ['Each value in values must be shorter than or equal to 500 characters.'] })).toEqual([]);
    expect(serverMessage(f.get('values'))).toBe('Each value in values must be shorter than or equal to 500 characters.');
    f.get('values.0')?.setValue('shorter');
    expect(serverMessage(f.get('values'))).toBe('');
  });

  it('clears the previous answer, and editing a field clears its message', () => {
    const f = form();
    applyServerErrors(f, { name: ['Too long.'] });
    applyServerErrors(f, {});
    expect(f.get('name')?.errors).toBeNull();
    applyServerErrors(f, { name: ['Too long.'] });
    f.get('name')?.setValue('y');
    expect(serverMessage(f.get('name'))).toBe('');
  });
});
