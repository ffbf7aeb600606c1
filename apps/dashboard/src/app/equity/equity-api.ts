import { Injectable } from '@angular/core';
import type { Direction, Disaggregation, GapStatus, GroupKind, IsoDate, MetricUnit } from '@throughline/domain';
import { apiResource } from '../shared/api-resource';

// The response of GET /api/equity (apps/api/src/equity/equity.dto.ts). A hidden figure has no value, n or gap.
export type HiddenReason = 'fewer-than-min-n' | 'withheld-by-source' | 'complementary';

export interface EquityFigure {
  readonly suppressed: boolean;
  readonly reason?: HiddenReason;
  readonly value?: number;
  readonly numerator?: number | null;
  readonly n?: number | null;
}

export interface EquityGroup {
  readonly groupId: string;
  readonly code: string;
  readonly nameEn: string;
  readonly nameEs: string;
  readonly kind: GroupKind;
}

export interface EquityRow extends EquityGroup, EquityFigure {
  readonly gap?: number;
  readonly baselineGap?: number;
  readonly baselineAsOf?: IsoDate;
  readonly baselineSource?: 'own' | 'measured';
  readonly change?: number;
  readonly trend?: 'narrower' | 'wider' | 'unchanged';
  readonly expectedGap?: number;
  readonly status?: GapStatus;
}

export interface EquitySchoolRow {
  readonly schoolId: string;
  readonly code: string;
  readonly name: string;
  readonly cells: readonly (EquityFigure & { readonly groupId: string })[];
}

export interface EquityMetric {
  readonly id: string;
  readonly name: string;
  readonly unit: MetricUnit;
  readonly decimals: number;
  readonly direction: Direction;
  readonly disaggregation: Disaggregation;
}

export interface EquityReport {
  readonly metrics: readonly { readonly id: string; readonly name: string; readonly disaggregation: Disaggregation }[];
  readonly metric: EquityMetric | null;
  readonly minN: number;
  readonly periods: readonly IsoDate[];
  readonly periodEnd: IsoDate | null;
  readonly schoolId: string | null;
  readonly reference: EquityRow | null;
  readonly groups: readonly EquityRow[];
  readonly schoolTable: { readonly groups: readonly EquityGroup[]; readonly schools: readonly EquitySchoolRow[] } | null;
}

/** What the page asks for: the query parameters of its URL. */
export interface EquityFilters {
  readonly metricId?: string;
  readonly periodEnd?: string;
  readonly schoolId?: string;
  readonly referenceGroupId?: string;
}

/** Typed access to the equity endpoint. */
@Injectable({ providedIn: 'root' })
export class EquityApi {
  report(filters: () => EquityFilters) {
    return apiResource<EquityReport>(() => {
      const params = Object.fromEntries(Object.entries(filters()).filter((entry): entry is [string, string] => !!entry[1]));
      return { url: '/api/equity', params };
    });
  }
}
