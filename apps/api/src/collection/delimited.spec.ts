import { describe, expect, it } from '@jest/globals';
import { DelimitedParser, DelimitedTextError, type DelimitedFormat, detectDelimiter } from './delimited.js';

/** All records of `text`, pushed whole and in every split into two pieces (records may straddle chunks). */
function read(text: string, format: DelimitedFormat = 'csv') {
  const whole = new DelimitedParser(format);
  const expected = [...whole.push(text), ...whole.end()];
  for (let cut = 1; cut < text.length; cut += 1) {
    const parser = new DelimitedParser(format);
    const pieces = [...parser.push(text.slice(0, cut)), ...parser.push(text.slice(cut)), ...parser.end()];
    expect({ cut, pieces }).toEqual({ cut, pieces: expected });
  }
  return expected;
}

describe('detectDelimiter', () => {
  it.each<[string, DelimitedFormat, string]>([
    ['cds\trtype\tschoolname', 'tsv', '\t'],
    ['cds,rtype,schoolname', 'tsv', ','],
    ['School,Group,Rate', 'csv', ','],
    ['School;Group;Rate', 'csv', ';'],
    ['School\tGroup\tRate', 'csv', '\t'],
    ['"Name, full";Group;Rate', 'csv', ';'],
    ['Only', 'csv', ','],
  ])('%j as %s → %j', (header, format, delimiter) => {
    expect(detectDelimiter(header, format)).toBe(delimiter);
  });
});

describe('DelimitedParser', () => {
  it('reads a tab-delimited state file whose school names hold commas as one cell each', () => {
    const text = 'cds\tschoolname\tcurrstatus\r\n19647330100021\tKing, Martin Luther Jr. Elementary\t12.5\r\n19647330100022\tRoosevelt\t*\r\n';
    expect(read(text, 'tsv')).toEqual([
      { line: 2, record: { cds: '19647330100021', schoolname: 'King, Martin Luther Jr. Elementary', currstatus: '12.5' } },
      { line: 3, record: { cds: '19647330100022', schoolname: 'Roosevelt', currstatus: '*' } },
    ]);
  });

  it('reads RFC 4180 quoting: delimiters, doubled quotes and line breaks inside quoted cells', () => {
    const text = 'School,Note,Rate\n"Lincoln, A.",plain,40\n"Jefferson ""JHS""","two\nlines",41\nWashington,"",42\n';
    expect(read(text)).toEqual([
      { line: 2, record: { School: 'Lincoln, A.', Note: 'plain', Rate: '40' } },
      { line: 3, record: { School: 'Jefferson "JHS"', Note: 'two\nlines', Rate: '41' } },
      { line: 5, record: { School: 'Washington', Note: '', Rate: '42' } },
    ]);
  });

  it('strips the BOM and trims header names; numbers lines across blank and all-empty lines', () => {
    const text = '\uFEFF School , Rate\n\nLincoln,40\n,\n,,\nRoosevelt,41';
    expect(read(text)).toEqual([
      { line: 3, record: { School: 'Lincoln', Rate: '40' } },
      { line: 6, record: { School: 'Roosevelt', Rate: '41' } },
    ]);
  });

  it('gives short rows empty cells, ignores extra cells and keeps the first of a repeated column', () => {
    expect(read('A;B;A;\n1;2;3;4;5\n6\n')).toEqual([
      { line: 2, record: { A: '1', B: '2' } },
      { line: 3, record: { A: '6', B: '' } },
    ]);
  });

  it('keeps a stray quote inside an unquoted cell as text', () => {
    expect(read('Item,Size\nBoard,5" wide\n')).toEqual([{ line: 2, record: { Item: 'Board', Size: '5" wide' } }]);
  });

  it('refuses a quoted cell that is never closed, naming its line', () => {
    const parser = new DelimitedParser('csv');
    parser.push('School,Rate\nLincoln,40\n"Roosevelt,41\n');
    expect(() => parser.end()).toThrow(new DelimitedTextError('line 3: a quoted cell is never closed'));
  });
});
