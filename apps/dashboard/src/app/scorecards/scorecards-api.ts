import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { Plan, Scorecard, ScorecardList, ScorecardRecord } from '@throughline/domain';
import { apiResource } from '../shared/api-resource';

/** Which quarter of which plan the page shows (its query parameters). */
export interface QuarterKey {
  readonly planId: string;
  readonly schoolYear: number;
  readonly quarter: number;
}

export const quarterParams = (key: QuarterKey) => ({ planId: key.planId, schoolYear: key.schoolYear, quarter: key.quarter });

/** Where the exports of a quarter download from (plain links: the browser keeps the session cookie). */
export function exportUrl(key: QuarterKey, kind: 'pdf' | 'xlsx'): string {
  return `/api/scorecards/quarter/${kind}?planId=${key.planId}&schoolYear=${key.schoolYear}&quarter=${key.quarter}`;
}

/** Typed access to /api/scorecards. */
@Injectable({ providedIn: 'root' })
export class ScorecardsApi {
  private readonly http = inject(HttpClient);

  plans() {
    return apiResource<Plan[]>(() => '/api/plans');
  }

  list(planId: () => string | undefined) {
    return apiResource<ScorecardList>(() => {
      const id = planId();
      return id ? { url: '/api/scorecards', params: { planId: id } } : undefined;
    });
  }

  scorecard(key: () => QuarterKey | undefined) {
    return apiResource<Scorecard>(() => {
      const k = key();
      return k ? { url: '/api/scorecards/quarter', params: quarterParams(k) } : undefined;
    });
  }

  saveNarrative(scorecardId: string, goalId: string, narrative: string): Promise<unknown> {
    return firstValueFrom(this.http.put(`/api/scorecards/${scorecardId}/narratives`, { goalId, narrative }));
  }

  setMeeting(key: QuarterKey, record: ScorecardRecord | null, boardMeetingOn: string): Promise<ScorecardRecord> {
    return firstValueFrom(
      record
        ? this.http.patch<ScorecardRecord>(`/api/scorecards/${record.id}`, { boardMeetingOn, version: record.version })
        : this.http.post<ScorecardRecord>('/api/scorecards', { ...quarterParams(key), boardMeetingOn }),
    );
  }
}
