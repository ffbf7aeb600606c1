import ExcelJS from 'exceljs';
import { type IsoDate, type Language, type TacticStatus, type UpdateCadence, parseIsoDate } from '@throughline/domain';

/** One tactic as the export writes it: names resolved, dates as calendar dates of the district. */
export interface ExportRow {
  readonly priority: string;
  readonly goal: string;
  readonly strategy: string;
  readonly title: string;
  readonly owner: string;
  /** null: district-wide. */
  readonly school: string | null;
  readonly status: TacticStatus;
  readonly percentComplete: number;
  readonly startDate: IsoDate | null;
  readonly dueDate: IsoDate | null;
  readonly overdue: boolean;
  readonly stale: boolean;
  readonly lastCheckIn: IsoDate | null;
  readonly updateCadence: UpdateCadence;
}

type Kind = 'text' | 'date' | 'percent' | 'flag';
interface Column {
  readonly header: Readonly<Record<Language, string>>;
  readonly kind: Kind;
  readonly width: number;
  readonly value: (row: ExportRow, lang: Language) => string | number | boolean | null;
}

const STATUS: Readonly<Record<TacticStatus, Readonly<Record<Language, string>>>> = {
  'not-started': { en: 'Not started', es: 'Sin iniciar' },
  'on-track': { en: 'On track', es: 'En buen camino' },
  'at-risk': { en: 'At risk', es: 'En riesgo' },
  'off-track': { en: 'Off track', es: 'Fuera de rumbo' },
  complete: { en: 'Complete', es: 'Completada' },
  cancelled: { en: 'Cancelled', es: 'Cancelada' },
};
const CADENCE: Readonly<Record<UpdateCadence, Readonly<Record<Language, string>>>> = {
  weekly: { en: 'Weekly', es: 'Semanal' },
  biweekly: { en: 'Every two weeks', es: 'Cada dos semanas' },
  monthly: { en: 'Monthly', es: 'Mensual' },
  quarterly: { en: 'Quarterly', es: 'Trimestral' },
};
const DISTRICT_WIDE = { en: 'District-wide', es: 'Todo el distrito' } as const;
const YES_NO = { en: ['Yes', 'No'], es: ['Sí', 'No'] } as const;
export const SHEET_NAME: Readonly<Record<Language, string>> = { en: 'Action plan', es: 'Plan de acción' };

const COLUMNS: readonly Column[] = [
  { header: { en: 'Priority', es: 'Prioridad' }, kind: 'text', width: 28, value: (r) => r.priority },
  { header: { en: 'Goal', es: 'Meta' }, kind: 'text', width: 36, value: (r) => r.goal },
  { header: { en: 'Strategy', es: 'Estrategia' }, kind: 'text', width: 32, value: (r) => r.strategy },
  { header: { en: 'Tactic', es: 'Táctica' }, kind: 'text', width: 48, value: (r) => r.title },
  { header: { en: 'Owner', es: 'Responsable' }, kind: 'text', width: 24, value: (r) => r.owner },
  { header: { en: 'School', es: 'Escuela' }, kind: 'text', width: 28, value: (r, l) => r.school ?? DISTRICT_WIDE[l] },
  { header: { en: 'Status', es: 'Estado' }, kind: 'text', width: 14, value: (r, l) => STATUS[r.status][l] },
  { header: { en: '% complete', es: '% completado' }, kind: 'percent', width: 12, value: (r) => r.percentComplete },
  { header: { en: 'Start date', es: 'Fecha de inicio' }, kind: 'date', width: 12, value: (r) => r.startDate },
  { header: { en: 'Due date', es: 'Fecha límite' }, kind: 'date', width: 12, value: (r) => r.dueDate },
  { header: { en: 'Overdue', es: 'Atrasada' }, kind: 'flag', width: 10, value: (r) => r.overdue },
  { header: { en: 'Stale', es: 'Sin actualizar' }, kind: 'flag', width: 14, value: (r) => r.stale },
  { header: { en: 'Last check-in', es: 'Última actualización' }, kind: 'date', width: 14, value: (r) => r.lastCheckIn },
  { header: { en: 'Check-in cadence', es: 'Frecuencia de actualización' }, kind: 'text', width: 16, value: (r, l) => CADENCE[r.updateCadence][l] },
];

/** The header row in the reader's language. */
export function exportHeaders(lang: Language): string[] {
  return COLUMNS.map((c) => c.header[lang]);
}

/**
 * RFC 4180 field: quoted when it holds a comma, quote or line break. A text starting with = + - @ (or a tab/CR)
 * gets a leading apostrophe, so a spreadsheet never runs a tactic title as a formula (CSV injection).
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV with a UTF-8 byte-order mark (Excel opens it as UTF-8 rather than the system code page) and CRLF lines. */
export function toCsv(rows: readonly ExportRow[], lang: Language): string {
  const flag = (v: boolean) => YES_NO[lang][v ? 0 : 1];
  const lines = [
    exportHeaders(lang).map(csvField).join(','),
    ...rows.map((row) => COLUMNS.map((c) => {
      const value = c.value(row, lang);
      return csvField(c.kind === 'flag' ? flag(value === true) : value);
    }).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** An ISO calendar date as the Date Excel stores for that day (midnight UTC: exceljs writes serials in UTC). */
function excelDate(value: IsoDate): Date | null {
  const d = parseIsoDate(value);
  return d ? new Date(Date.UTC(d.year, d.month - 1, d.day)) : null;
}

/** An .xlsx workbook: one sheet, a bold frozen header with filters, dates as dates and % complete as a percentage. */
export async function toXlsx(rows: readonly ExportRow[], lang: Language): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Throughline';
  const sheet = workbook.addWorksheet(SHEET_NAME[lang], { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({
    header: c.header[lang],
    width: c.width,
    style: c.kind === 'date' ? { numFmt: 'yyyy-mm-dd' } : c.kind === 'percent' ? { numFmt: '0%' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(COLUMNS.map((c) => {
      const value = c.value(row, lang);
      if (c.kind === 'date') return typeof value === 'string' ? excelDate(value) : null;
      if (c.kind === 'percent') return typeof value === 'number' ? value / 100 : null;
      if (c.kind === 'flag') return YES_NO[lang][value === true ? 0 : 1];
      return value;
    }));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
