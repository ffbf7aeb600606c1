import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ActionItem, CreateActionItemRequest, CreateDecisionRequest, CreateReviewRequest, Metric, MetricSeries, Page, Person, Plan, Review, ReviewDecision,
  ReviewDetail, StatusHistory, UpdateReviewItemRequest,
} from '@throughline/domain';
import { firstValueFrom } from 'rxjs';
import { apiResource } from '../shared/api-resource';
import { districtSettings } from '../shared/district-settings';

/** Typed access to the review endpoints (and the reads the review and presenter pages share). */
@Injectable({ providedIn: 'root' })
export class ReviewsApi {
  private readonly http = inject(HttpClient);

  plans() {
    return apiResource<Plan[]>(() => '/api/plans');
  }

  list(planId: () => string | undefined) {
    return apiResource<Review[]>(() => {
      const id = planId();
      return id ? { url: '/api/reviews', params: { planId: id } } : undefined;
    });
  }

  review(id: () => string | undefined) {
    return apiResource<ReviewDetail>(() => {
      const reviewId = id();
      return reviewId ? `/api/reviews/${reviewId}` : undefined;
    });
  }

  /** The active people, to pick an action item's owner from. */
  people() {
    return apiResource<Page<Person>>(() => ({ url: '/api/people', params: { active: 'true', pageSize: 500 } }));
  }

  settings() {
    return districtSettings();
  }

  statusHistory(request: () => { planId: string; entity: 'goal' | 'priority'; id: string } | undefined) {
    return apiResource<StatusHistory>(() => {
      const r = request();
      return r ? { url: `/api/plans/${r.planId}/status-history`, params: { entity: r.entity, id: r.id } } : undefined;
    });
  }

  series(metricId: () => string | undefined) {
    return apiResource<MetricSeries>(() => {
      const id = metricId();
      return id ? { url: `/api/metrics/${id}/series`, params: { points: 60 } } : undefined;
    });
  }

  metric(id: () => string | undefined) {
    return apiResource<Metric>(() => {
      const metricId = id();
      return metricId ? `/api/metrics/${metricId}` : undefined;
    });
  }

  create(body: CreateReviewRequest): Promise<ReviewDetail> {
    return firstValueFrom(this.http.post<ReviewDetail>('/api/reviews', body));
  }

  regenerate(id: string): Promise<ReviewDetail> {
    return firstValueFrom(this.http.post<ReviewDetail>(`/api/reviews/${id}/agenda`, {}));
  }

  close(id: string): Promise<ReviewDetail> {
    return firstValueFrom(this.http.post<ReviewDetail>(`/api/reviews/${id}/close`, {}));
  }

  updateItem(itemId: string, body: UpdateReviewItemRequest): Promise<ReviewDetail> {
    return firstValueFrom(this.http.patch<ReviewDetail>(`/api/review-items/${itemId}`, body));
  }

  acknowledge(itemId: string): Promise<ReviewDetail> {
    return firstValueFrom(this.http.post<ReviewDetail>(`/api/review-items/${itemId}/acknowledgements`, {}));
  }

  decide(reviewId: string, body: CreateDecisionRequest): Promise<ReviewDecision> {
    return firstValueFrom(this.http.post<ReviewDecision>(`/api/reviews/${reviewId}/decisions`, body));
  }

  addActionItem(reviewId: string, body: CreateActionItemRequest): Promise<ActionItem> {
    return firstValueFrom(this.http.post<ActionItem>(`/api/reviews/${reviewId}/action-items`, body));
  }

  setDone(item: ActionItem, done: boolean): Promise<ActionItem> {
    return firstValueFrom(this.http.patch<ActionItem>(`/api/action-items/${item.id}`, { done, version: item.version }));
  }
}
