import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ActionItem, BulkMeasurementsResult, CreateMilestoneRequest, CreateStatusUpdateRequest, MeasurementInput, Milestone, MyWorkResponse, StatusUpdate, Tactic, UpdateMilestoneRequest,
} from '@throughline/domain';
import { firstValueFrom } from 'rxjs';
import { apiResource } from '../shared/api-resource';

export type { MyTactic, EntryRow, RequestMetric, DataRequest } from '@throughline/domain';
/** The answer of GET /api/my-work. */
export type MyWork = MyWorkResponse;

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
