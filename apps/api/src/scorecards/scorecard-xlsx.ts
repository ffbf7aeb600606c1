import ExcelJS from 'exceljs';
import { type Scorecard, type ScorecardMetric, hiddenFigureText } from '@throughline/domain';
import { STATUS_LABEL, TREND_LABEL } from './scorecard-labels.js';

const COLUMNS = [
  { header: 'Section', width: 11 },
  { header: 'Priority', width: 28 },
  { header: 'Goal / guardrail', width: 36 },
  { header: 'Goal status', width: 14 },
  { header: 'Change since last quarter', width: 16 },
  { header: 'Metric', width: 32 },
  { header: 'Student group', width: 24 },
  { header: 'Value', width: 14 },
  { header: 'n', width: 8 },
  { header: 'Target', width: 10 },
  { header: 'Expected', width: 10 },
  { header: 'Status', width: 16 },
  { header: 'Change in value', width: 12 },
  { header: 'Status change', width: 14 },
  { header: 'Period end', width: 12 },
] as const;

type Cell = string | number | null;


/** The scorecard as a workbook: goals and metric rows (numbers as numbers, suppressed as words), and narratives. */
export async function scorecardXlsx(card: Scorecard): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Throughline';
  workbook.title = `${card.planName}: board scorecard ${card.label}`;
  const sheet = workbook.addWorksheet('Scorecard', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };

  const metricRows = (section: string, priority: string | null, owner: string, metrics: readonly ScorecardMetric[]): Cell[][] =>
    metrics.flatMap((m) =>
      m.series.map((s) => [
        section, priority, owner, null, null, m.name, s.nameEn,
        s.suppressed ? hiddenFigureText(s, card.minN) : (s.value ?? null),
        s.suppressed ? null : (s.n ?? null),
        s.target, s.expected, s.suppressed ? hiddenFigureText(s, card.minN) : STATUS_LABEL[s.status],
        s.change.delta, TREND_LABEL[s.change.trend], s.suppressed ? null : s.periodEnd,
      ]),
    );
  for (const p of card.priorities) {
    for (const g of p.goals) {
      sheet.addRow(['Goal', p.title, g.title, STATUS_LABEL[g.status], TREND_LABEL[g.change.trend]]).font = { bold: true };
      sheet.addRows(metricRows('Metric', p.title, g.title, g.metrics));
    }
  }
  for (const gr of card.guardrails) {
    sheet.addRow(['Guardrail', null, gr.statement, STATUS_LABEL[gr.status], TREND_LABEL[gr.change.trend]]).font = { bold: true };
    sheet.addRows(metricRows('Measure', null, gr.statement, gr.metrics));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };

  const narratives = workbook.addWorksheet('Narratives', { views: [{ state: 'frozen', ySplit: 1 }] });
  narratives.columns = [
    { header: 'Priority', width: 28 },
    { header: 'Goal', width: 36 },
    { header: 'Goal owner', width: 22 },
    { header: 'Narrative', width: 80 },
    { header: 'Written by', width: 22 },
  ];
  narratives.getRow(1).font = { bold: true };
  for (const p of card.priorities) {
    for (const g of p.goals) {
      const row = narratives.addRow([p.title, g.title, g.ownerName, g.narrative?.text ?? '', g.narrative?.authorName ?? '']);
      row.alignment = { wrapText: true, vertical: 'top' };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
