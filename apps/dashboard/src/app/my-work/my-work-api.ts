import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ActionItem, BulkMeasurementsResult, CreateMilestoneRequest, CreateStatusUpdateRequest, DigestItem, Disaggregation, IsoDate, MeasurementInput,
  MetricUnit, Milestone, PeriodKind, StatusUpdate, Tactic, TacticHealth, UpdateMilestoneRequest,
} from '@throughline/domain';
import { firstValueFrom } from 'rxjs';
import { apiResource } from '../shared/api-resource';

// The answer of GET /api/my-work (apps/api/src/my-work/my-work.dto.ts): kept in step by the API's integration tests
// until it moves to libs/domain/src/contracts.

export interface MyTactic extends Tactic {
  readonly role: 'owner' | 'contributor';
  readonly strategyTitle: string;
  readonly goalTitle: string;
  readonly health: TacticHealth;
  /** The latest check-in; createdOn is its day in the district. */
  readonly lastUpdate: (StatusUpdate & { readonly authorName: string; readonly createdOn: IsoDate }) | null;
  readonly milestones: readonly Milestone[];
}

export interface EntryRow {
  readonly schoolId: string | null;
  readonly schoolName: string | null;
  readonly groupId: string;
  readonly groupNameEn: string;
  readonly groupNameEs: string;
  readonly value: number | null;
  readonly denominator: number | null;
  readonly suppressed: boolean;
}

export interface RequestMetric {
  readonly id: string;
  readonly name: string;
  readonly unit: MetricUnit;
  readonly decimals: number;
  readonly disaggregation: Disaggregation;
  readonly rows: readonly EntryRow[];
}

export interface DataRequest {
  readonly sourceId: string;
  readonly name: string;
  readonly slot: string;
  readonly dueSince: IsoDate;
  readonly daysOpen: number;
  readonly nextSlot: string | null;
  readonly period: { readonly end: IsoDate; readonly kind: PeriodKind };
  readonly metrics: readonly RequestMetric[];
}

export interface MyWork {
  readonly asOf: IsoDate;
  readonly personId: string;
  readonly due: readonly DigestItem[];
  readonly tactics: readonly MyTactic[];
  readonly dataRequests: readonly DataRequest[];
  /** Open action items from cabinet reviews that I own. */
  readonly actionItems: readonly ActionItem[];
}

/** Typed access to the endpoints My work reads and writes. */
@Injectable({ providedIn: 'root' })
export class MyWorkApi {
  private readonly http = inject(HttpClient);

  myWork() {
    return apiResource<MyWork>(() => '/api/my-work');
  }

  tactic(id: string): Promise<Tactic> {
    return firstValueFrom(this.http.get<Tactic>(`/api/tactics/${id}`));
  }

  checkIn(tacticId: string, body: CreateStatusUpdateRequest): Promise<{ statusUpdate: StatusUpdate; tactic: Tactic }> {
    return firstValueFrom(this.http.post<{ statusUpdate: StatusUpdate; tactic: Tactic }>(`/api/tactics/${tacticId}/status-updates`, body));
  }

  addMilestone(body: CreateMilestoneRequest): Promise<Milestone> {
    return firstValueFrom(this.http.post<Milestone>('/api/milestones', body));
  }

  updateMilestone(id: string, body: UpdateMilestoneRequest): Promise<Milestone> {
    return firstValueFrom(this.http.patch<Milestone>(`/api/milestones/${id}`, body));
  }

  actionItemDone(item: ActionItem): Promise<ActionItem> {
    return firstValueFrom(this.http.patch<ActionItem>(`/api/action-items/${item.id}`, { done: true, version: item.version }));
  }

  saveMeasurements(measurements: readonly MeasurementInput[]): Promise<BulkMeasurementsResult> {
    return firstValueFrom(this.http.post<BulkMeasurementsResult>('/api/measurements/bulk', { measurements }));
  }
}
