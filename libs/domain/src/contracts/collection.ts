/** What a mapping preview answers (`POST /api/sources/{id}/preview`): what the first rows would become, nothing written. */
import type { MappedMeasurement } from '../collection/mapping.js';

export interface MappingPreview {
  readonly columns: readonly string[];
  readonly rowsRead: number;
  /** Rows of other districts passed over (a statewide file with `thisDistrict`); they do not count toward the limit. */
  readonly otherDistrictRows: number;
  readonly accepted: readonly (MappedMeasurement & { readonly line: number })[];
  readonly rejected: readonly { readonly line: number; readonly reason: string }[];
  readonly skipped: readonly { readonly line: number; readonly reason: string }[];
}
