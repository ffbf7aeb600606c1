import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TPipe } from '../core/t.pipe';

/** What the mapping can say, key by key (the API refuses unknown keys and names them). */
export const MAPPING_HELP_KEYS: readonly { readonly key: string; readonly says: string }[] = [
  { key: 'period', says: 'Which period the values are for: a column and its kind, {"fixed": {"end": "2026-06-30", "kind": "year"}}, or {"previous": "month"} (the month before each run).' },
  { key: 'school', says: 'The column with the state school code. Without it, every row is the district’s.' },
  { key: 'recordType', says: 'The column telling school, district and state rows apart, and which values mean which ("ignore" rows are skipped).' },
  { key: 'group', says: 'The column with the student group and a map from the file’s codes to Throughline’s codes (below); "unmapped": "skip" or "reject".' },
  { key: 'thisDistrict', says: 'Statewide files: the column and the district’s code, or the prefix its schools’ codes share followed by * (e.g. "0161259*"). Other districts’ rows are skipped.' },
  { key: 'metrics', says: 'One entry per metric: "metricId" (below), "value", or "numerator" and "denominator"; "scale": "fraction" for 0–1 values; "group" for a file with one column per student group.' },
  { key: 'suppressionMarkers', says: 'Cells meaning "withheld", stored as suppressed, never as 0. Default: *, <10, n<10, -- and empty cells.' },
];

const STATE_FILE = `{
  "period": { "fixed": { "end": "2026-06-30", "kind": "year" } },
  "thisDistrict": { "column": "cds", "codes": ["0161259*"] },
  "school": { "column": "cds" },
  "recordType": { "column": "rtype", "school": ["S"], "district": ["D"], "ignore": ["X"] },
  "group": { "column": "studentgroup", "codes": { "ALL": "ALL", "SED": "ED", "EL": "EL" }, "unmapped": "skip" },
  "metrics": [{ "metricId": "…", "value": "currstatus", "denominator": "currdenom" }]
}`;

/**
 * The mapping's reference, in the form where it is typed: each key, an example for a state file, and the ids and
 * codes the steward needs (metrics they may map, the district's student-group codes).
 */
@Component({
  selector: 'tl-mapping-help',
  imports: [TPipe],
  template: `
    <details class="help">
      <summary>{{ 'How to write the mapping' | t }}</summary>
      <dl>
        @for (entry of keys; track entry.key) {
          <dt><code>{{ entry.key }}</code></dt>
          <dd>{{ entry.says | t }}</dd>
        }
      </dl>
      <p>{{ 'A state report-card file listing every district (California style):' | t }}</p>
      <pre tabindex="0" [attr.aria-label]="'Example mapping of a statewide file' | t">{{ example }}</pre>
      @if (metrics().length) {
        <h4>{{ 'Metrics and their ids' | t }}</h4>
        <ul class="ids">
          @for (metric of metrics(); track metric.id) {
            <li>{{ metric.name }}: <code>{{ metric.id }}</code></li>
          }
        </ul>
      }
      @if (groups().length) {
        <h4>{{ 'Student-group codes' | t }}</h4>
        <ul class="codes">
          @for (group of groups(); track group.code) {
            <li><code>{{ group.code }}</code> {{ group.name }}</li>
          }
        </ul>
      }
    </details>
  `,
  styles: `
    .help { margin: 4px 0 16px; }
    summary { cursor: pointer; font-weight: 500; padding: 4px 0; }
    dt { margin-top: 8px; }
    dd { margin: 2px 0 0 16px; }
    pre { background: #f4f6f8; padding: 8px 12px; overflow-x: auto; font-size: 0.85rem; }
    pre:focus-visible, summary:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
    code { font-size: 0.85rem; overflow-wrap: anywhere; }
    .ids, .codes { padding-left: 20px; }
    .codes { columns: 2 14rem; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MappingHelp {
  readonly metrics = input<readonly { readonly id: string; readonly name: string }[]>([]);
  readonly groups = input<readonly { readonly code: string; readonly name: string }[]>([]);
  protected readonly keys = MAPPING_HELP_KEYS;
  protected readonly example = STATE_FILE;
}
