import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { CommunityOverview, DistrictSettings, Feedback, FeedbackList } from '@throughline/domain';
import { type ApiResource, apiResource } from '../shared/api-resource';
import { districtSettings } from '../shared/district-settings';

/** The cabinet's side of the public page: what is published, and the community's feedback. */
@Injectable({ providedIn: 'root' })
export class CommunityApi {
  private readonly http = inject(HttpClient);

  /** The district's settings: its time zone, for when feedback came in. */
  settings(): ApiResource<DistrictSettings> {
    return districtSettings();
  }

  overview(): ApiResource<CommunityOverview> {
    return apiResource<CommunityOverview>(() => '/api/community');
  }

  feedback(filters: () => { readonly goalId?: string; readonly unread: boolean }): ApiResource<FeedbackList> {
    return apiResource<FeedbackList>(() => {
      const { goalId, unread } = filters();
      return { url: '/api/feedback', params: { ...(goalId ? { goalId } : {}), ...(unread ? { unread: true } : {}) } };
    });
  }

  /** Admins only (PATCH /api/settings). */
  setPublicEnabled(publicEnabled: boolean): Promise<unknown> {
    return firstValueFrom(this.http.patch('/api/settings', { publicEnabled }));
  }

  markRead(id: string, read: boolean): Promise<Feedback> {
    return firstValueFrom(this.http.patch<Feedback>(`/api/feedback/${encodeURIComponent(id)}`, { read }));
  }
}
