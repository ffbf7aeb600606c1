import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { CreateFeedbackRequest, PublicGoalPage, PublicPlan } from '@throughline/domain';
import type { Lang } from '../core/i18n';
import { type ApiResource, apiResource } from '../shared/api-resource';

/** The public page's API: anonymous, cacheable reads and the feedback form's post. */
@Injectable({ providedIn: 'root' })
export class PublicApi {
  private readonly http = inject(HttpClient);

  plan(lang: () => Lang): ApiResource<PublicPlan> {
    return apiResource<PublicPlan>(() => ({ url: '/api/public/plan', params: { lang: lang() } }));
  }

  goal(request: () => { readonly id: string; readonly lang: Lang } | undefined): ApiResource<PublicGoalPage> {
    return apiResource<PublicGoalPage>(() => {
      const r = request();
      return r ? { url: `/api/public/goals/${encodeURIComponent(r.id)}`, params: { lang: r.lang } } : undefined;
    });
  }

  sendFeedback(goalId: string, body: CreateFeedbackRequest): Promise<{ id: string }> {
    return firstValueFrom(this.http.post<{ id: string }>(`/api/public/goals/${encodeURIComponent(goalId)}/feedback`, body));
  }
}
