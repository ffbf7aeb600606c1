import PDFDocument from 'pdfkit';
import { type Scorecard, type ScorecardMetric, type ScorecardSeries, type StatusTrend, hiddenFigureText } from '@throughline/domain';
import { STATUS_LABEL, formatValue } from './scorecard-labels.js';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

// The standard PDF fonts have no arrow glyphs: trends in words.
const TREND: Readonly<Record<StatusTrend, string>> = {
  improved: 'status improved',
  declined: 'status declined',
  unchanged: 'status unchanged',
  'not-comparable': 'no earlier status',
};
const INK = '#1f2937';
const MUTED = '#4b5563';
const ACCENT = '#1d4ed8';

/**
 * The board packet's scorecard as a tagged PDF (PDF 1.7, title shown, language set): a heading per priority and
 * goal, each goal's metrics as a real table (header cells TH), and a small vector chart per metric with alternative
 * text. Built from the already suppressed scorecard, so a hidden value cannot reach the file.
 */
export function scorecardPdf(card: Scorecard): Promise<Buffer> {
  const title = `${card.planName}: board scorecard ${card.label}`;
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: 54,
    tagged: true,
    pdfVersion: '1.7',
    lang: 'en-US',
    displayTitle: true,
    info: { Title: title, Author: 'Throughline', Subject: `Quarterly board scorecard, ${card.periodStart} to ${card.periodEnd}` },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  const text = (value: string, type: string, font: string, size: number, color = INK) =>
    doc.font(font).fontSize(size).fillColor(color).text(value, { structParent: root, structType: type });

  text(title, 'H1', 'Helvetica-Bold', 18);
  text(
    `${card.periodStart} to ${card.periodEnd}; figures as of ${card.asOf}. ${card.state === 'archived' ? 'Archived copy.' : 'Computed live.'} ` +
      `Student-group figures with fewer than ${card.minN} students are not shown, nor a group from which a smaller one could be worked out.`,
    'P', 'Helvetica', 9, MUTED,
  );
  card.priorities.forEach((priority, index) => {
    if (index > 0) doc.addPage();
    else doc.moveDown(0.5);
    text(`Priority: ${priority.title}`, 'H2', 'Helvetica-Bold', 15);
    text(`Status: ${STATUS_LABEL[priority.status]} (${TREND[priority.change.trend]} since last quarter)`, 'P', 'Helvetica', 10, MUTED);
    for (const goal of priority.goals) {
      room(doc, 90);
      doc.moveDown(0.6);
      text(goal.title, 'H3', 'Helvetica-Bold', 12.5);
      text(`Goal owner: ${goal.ownerName}. Status: ${STATUS_LABEL[goal.status]} (${TREND[goal.change.trend]} since last quarter).`, 'P', 'Helvetica', 10, MUTED);
      if (goal.narrative?.text) text(goal.narrative.text, 'P', 'Helvetica', 10);
      for (const metric of goal.metrics) metricBlock(doc, root, metric, text, card.minN);
    }
  });
  if (card.guardrails.length) {
    doc.addPage();
    text('Guardrails', 'H2', 'Helvetica-Bold', 15);
    for (const guardrail of card.guardrails) {
      room(doc, 90);
      doc.moveDown(0.6);
      text(guardrail.statement, 'H3', 'Helvetica-Bold', 12);
      text(`Owner: ${guardrail.ownerName}. Status: ${STATUS_LABEL[guardrail.status]} (${TREND[guardrail.change.trend]} since last quarter).`, 'P', 'Helvetica', 10, MUTED);
      for (const metric of guardrail.metrics) metricBlock(doc, root, metric, text, card.minN);
    }
  }
  root.end();
  doc.end();
  return done;
}

type TextFn = (value: string, type: string, font: string, size: number, color?: string) => Doc;

function metricBlock(doc: Doc, root: Struct, metric: ScorecardMetric, text: TextFn, minN: number): void {
  room(doc, 150);
  doc.moveDown(0.5);
  text(metric.name, 'H4', 'Helvetica-Bold', 10.5);
  chart(doc, root, metric);
  const header = ['Student group', 'Value', 'n', 'Target', 'Expected', 'Status', 'Change'].map((t) => ({ text: t, type: 'TH' as const, font: { src: 'Helvetica-Bold', size: 8.5 } }));
  const rows = metric.series.map((s) => row(metric, s, minN));
  doc.font('Helvetica').fontSize(8.5).fillColor(INK);
  const options = {
    structParent: root,
    data: [header, ...rows],
    columnStyles: [130, 70, 40, 50, 55, 85, '*'],
    defaultStyle: { padding: 3, border: 0.5, borderColor: '#9ca3af' },
  };
  doc.table(options as unknown as Parameters<Doc['table']>[0] & { data: unknown[] });
  doc.x = doc.page.margins.left;
  doc.moveDown(0.4);
}

function row(metric: ScorecardMetric, s: ScorecardSeries, minN: number): string[] {
  const f = (v: number | null | undefined) => formatValue(v, metric.unit, metric.decimals);
  if (s.suppressed) return [s.nameEn, hiddenFigureText(s, minN), '', f(s.target), f(s.expected), 'Not shown', TREND[s.change.trend]];
  const delta = s.change.delta === null ? '' : `${s.change.delta > 0 ? '+' : ''}${s.change.delta.toFixed(metric.decimals)}; `;
  return [s.nameEn, f(s.value), s.n === null || s.n === undefined ? '' : String(s.n), f(s.target), f(s.expected), STATUS_LABEL[s.status], `${delta}${TREND[s.change.trend]}`];
}

/** A small line chart of the All Students history with the year's target as a dashed line (vector, tagged Figure). */
function chart(doc: Doc, root: Struct, metric: ScorecardMetric): void {
  const points = metric.history.slice(-12);
  const all = metric.series.find((s) => s.allStudents);
  const target = all?.target ?? null;
  if (points.length === 0) {
    doc.font('Helvetica').fontSize(8.5).fillColor(MUTED).text('No published data for a chart yet.', { structParent: root, structType: 'P' });
    return;
  }
  const f = (v: number) => formatValue(v, metric.unit, metric.decimals);
  const first = points[0];
  const last = points[points.length - 1];
  const alt = `Trend of ${metric.name}, All Students: ${f(first.value)} (${first.periodEnd}) to ${f(last.value)} (${last.periodEnd})` +
    (target === null ? '' : `; target for the year ${f(target)}`);
  const x0 = doc.page.margins.left;
  const y0 = doc.y + 4;
  const width = 240;
  const height = 60;
  const values = [...points.map((p) => p.value), ...(target === null ? [] : [target])];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const px = (i: number) => x0 + (points.length === 1 ? width / 2 : (i / (points.length - 1)) * width);
  const py = (v: number) => y0 + height - ((v - min) / span) * height;
  root.add(
    doc.struct('Figure', { alt }, () => {
      doc.save();
      doc.lineWidth(0.5).strokeColor('#9ca3af').moveTo(x0, y0 + height).lineTo(x0 + width, y0 + height).stroke();
      if (target !== null) doc.lineWidth(0.8).dash(3, { space: 2 }).strokeColor(MUTED).moveTo(x0, py(target)).lineTo(x0 + width, py(target)).stroke().undash();
      doc.lineWidth(1.5).strokeColor(ACCENT);
      points.forEach((p, i) => (i === 0 ? doc.moveTo(px(i), py(p.value)) : doc.lineTo(px(i), py(p.value))));
      if (points.length > 1) doc.stroke();
      doc.fillColor(ACCENT);
      points.forEach((p, i) => doc.circle(px(i), py(p.value), 2).fill());
      doc.restore();
    }),
  );
  doc.font('Helvetica').fontSize(7.5).fillColor(MUTED);
  doc.text(`${first.periodEnd}: ${f(first.value)}`, x0 + width + 10, y0 + height - 8, { lineBreak: false, structParent: root, structType: 'P' });
  doc.text(`${last.periodEnd}: ${f(last.value)}`, x0 + width + 10, y0, { lineBreak: false, structParent: root, structType: 'P' });
  doc.x = x0;
  doc.y = y0 + height + 8;
}

/** Starts a new page when less than `points` of height is left. */
function room(doc: Doc, points: number): void {
  if (doc.y + points > doc.page.height - doc.page.margins.bottom) doc.addPage();
}
