/**
 * One metric's value from one row: read from a value column, or derived from numerator and denominator. Withheld
 * cells stay suppressed (never 0), and a percent outside 0–100 is rejected because it means a wrong column or scale.
 */
import type { MetricUnit } from '../plan/plan.js';
import type { MappedMeasurement, MetricColumns, SourceRow } from './mapping.js';
import { type CellNumber, readNumber, tidy } from './cells.js';

export type MetricReading = Pick<MappedMeasurement, 'metricId' | 'value' | 'numerator' | 'denominator' | 'suppressed'>;

/** The metric's reading from a row, or why the row cannot be loaded. */
export function measure(
  row: SourceRow,
  columns: MetricColumns,
  unit: MetricUnit | undefined,
  markers: ReadonlySet<string>,
): MetricReading | { readonly reason: string } {
  if (unit === undefined) return { reason: `metric ${columns.metricId} is not set up in Throughline` };
  const read = (column: string | undefined): CellNumber | undefined =>
    column === undefined ? undefined : readNumber(row[column], column, markers);
  const valueCell = read(columns.value);
  const numeratorCell = read(columns.numerator);
  const denominatorCell = read(columns.denominator);
  if (valueCell?.kind === 'invalid' || numeratorCell?.kind === 'invalid' || denominatorCell?.kind === 'invalid') {
    const invalid = [valueCell, numeratorCell, denominatorCell].flatMap((cell) => (cell?.kind === 'invalid' ? [cell.reason] : []));
    return { reason: invalid.join('; ') };
  }

  const numerator = numberOf(numeratorCell);
  const denominator = numberOf(denominatorCell);
  if (numerator !== null && numerator < 0) return { reason: `column ${columns.numerator}: ${numerator} is negative` };
  if (denominator !== null && denominator < 0) return { reason: `column ${columns.denominator}: ${denominator} is negative` };
  const percent = unit === 'percent';
  const metricId = columns.metricId;

  if (valueCell !== undefined) {
    if (valueCell.kind !== 'number') return { metricId, numerator, denominator, value: null, suppressed: true };
    // A written "%" says the number is already a percent, whatever the mapping's scale.
    const scaled = percent && columns.scale === 'fraction' && !valueCell.percentSign;
    const value = scaled ? tidy(valueCell.value * 100) : valueCell.value;
    if (percent && (value < 0 || value > 100)) {
      const hint = scaled ? ' after scaling a 0–1 fraction' : '';
      return { reason: `column ${columns.value}: ${value} is outside 0–100 for a percent${hint}` };
    }
    return { metricId, numerator, denominator, value, suppressed: false };
  }

  if (numeratorCell === undefined || denominatorCell === undefined) {
    return { reason: `metric ${columns.metricId} has no value column and no numerator/denominator pair` };
  }
  // A withheld count, or nobody in the group, leaves no rate to report.
  if (numerator === null || denominator === null || denominator === 0) {
    return { metricId, numerator, denominator, value: null, suppressed: true };
  }
  // Multiply first: 7 × 100 / 10 is exactly 70, 7 / 10 × 100 is not.
  const value = tidy(percent ? (numerator * 100) / denominator : numerator / denominator);
  if (percent && value > 100) {
    const where = `columns ${columns.numerator} / ${columns.denominator}`;
    return { reason: `${where}: ${numerator} out of ${denominator} is more than 100%` };
  }
  return { metricId, numerator, denominator, value, suppressed: false };
}

function numberOf(cell: CellNumber | undefined): number | null {
  return cell?.kind === 'number' ? cell.value : null;
}
