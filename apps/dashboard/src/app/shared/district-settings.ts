import type { DistrictSettings } from '@throughline/domain';
import { type ApiResource, apiResource } from './api-resource';

/** The district's settings (time zone, school-year start, minimum n…), as every feature reads them. */
export function districtSettings(): ApiResource<DistrictSettings> {
  return apiResource<DistrictSettings>(() => '/api/settings');
}
