import ExcelJS from 'exceljs';
import { type ExportRow, SHEET_NAME, csvField, exportHeaders, toCsv, toXlsx } from './action-plan-export.js';

const row: ExportRow = {
  priority: 'Early literacy',
  goal: 'Grade 3 reading',
  strategy: 'Structured literacy',
  title: 'Train K–3 teachers, "LETRS" units 1–4',
  owner: 'Dana Whitfield',
  school: null,
  status: 'at-risk',
  percentComplete: 40,
  startDate: '2025-08-04',
  dueDate: '2026-05-28',
  overdue: false,
  stale: true,
  lastCheckIn: '2025-10-02',
  updateCadence: 'monthly',
};

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['-1 teacher', "'-1 teacher"],
    ['@home, too', `"'@home, too"`],
  ])('writes %j as %j', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it('writes numbers as they are and null as an empty field', () => {
    expect(csvField(40)).toBe('40');
    expect(csvField(null)).toBe('');
  });
});

describe('toCsv', () => {
  it('starts with a BOM, ends lines with CRLF and resolves words in the language asked', () => {
    const csv = toCsv([row], 'en');
    expect(csv.startsWith('\uFEFFPriority,Goal,Strategy,Tactic,Owner,School,Status,% complete,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [, line] = csv.split('\r\n');
    expect(line).toBe(
      'Early literacy,Grade 3 reading,Structured literacy,"Train K–3 teachers, ""LETRS"" units 1–4",Dana Whitfield,District-wide,At risk,40,2025-08-04,2026-05-28,No,Yes,2025-10-02,Monthly',
    );
    expect(toCsv([row], 'es')).toContain('Todo el distrito,En riesgo,40,2025-08-04,2026-05-28,No,Sí,2025-10-02,Mensual');
  });
});

describe('toXlsx', () => {
  it('writes a header row, dates as dates and % complete as a fraction', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await toXlsx([row], 'es'));
    const sheet = workbook.getWorksheet(SHEET_NAME.es);
    expect(sheet?.getRow(1).values).toEqual([undefined, ...exportHeaders('es')]);
    const due = sheet?.getRow(2).getCell(10).value;
    expect(due).toBeInstanceOf(Date);
    expect((due as Date).toISOString()).toBe('2026-05-28T00:00:00.000Z');
    expect(sheet?.getRow(2).getCell(8).value).toBe(0.4);
    expect(sheet?.getRow(2).getCell(6).value).toBe('Todo el distrito');
  });
});
