import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Baseline, CreatePlanRequest, Guardrail, Initiative, Metric, Page, Person, Plan, PlanNode, PlanTree, School, SetBaselineRequest, SetTargetsRequest,
  StudentGroup, Tactic, Target, UpdatePlanRequest,
} from '@throughline/domain';
import { firstValueFrom } from 'rxjs';
import { apiResource } from '../shared/api-resource';

/** What the editor edits; each kind is one REST resource of the API. */
export type ItemKind = 'priority' | 'goal' | 'strategy' | 'tactic' | 'guardrail' | 'initiative' | 'metric';

export const RESOURCE: Readonly<Record<ItemKind, string>> = {
  priority: 'priorities',
  goal: 'goals',
  strategy: 'strategies',
  tactic: 'tactics',
  guardrail: 'guardrails',
  initiative: 'initiatives',
  metric: 'metrics',
};

export type ItemRecord = PlanNode | Tactic | Guardrail | Initiative | Metric;

/** Typed access to the endpoints the plan editor reads and writes. */
@Injectable({ providedIn: 'root' })
export class PlanEditorApi {
  private readonly http = inject(HttpClient);

  plans() {
    return apiResource<Plan[]>(() => '/api/plans');
  }

  tree(planId: () => string | undefined) {
    return apiResource<PlanTree>(() => (planId() ? `/api/plans/${planId()}/tree` : undefined));
  }

  initiatives(planId: () => string | undefined) {
    return apiResource<Initiative[]>(() => (planId() ? { url: '/api/initiatives', params: { planId: planId() as string } } : undefined));
  }

  /** Everyone who can own something: active people (a district has tens to a few hundred). */
  people() {
    return apiResource<Page<Person>>(() => ({ url: '/api/people', params: { active: 'true', pageSize: 500 } }));
  }

  schools(when: () => boolean = () => true) {
    return apiResource<School[]>(() => (when() ? '/api/schools' : undefined));
  }

  groups() {
    return apiResource<StudentGroup[]>(() => '/api/student-groups');
  }

  item<T extends ItemRecord>(kind: () => ItemKind | undefined, id: () => string | undefined) {
    return apiResource<T>(() => (kind() && id() ? `/api/${RESOURCE[kind() as ItemKind]}/${id()}` : undefined));
  }

  baselines(metricId: () => string | undefined) {
    return apiResource<Baseline[]>(() => (metricId() ? `/api/metrics/${metricId()}/baselines` : undefined));
  }

  /** Every series' targets of a metric, replaced ones included (the history). */
  targetHistory(metricId: () => string | undefined) {
    return apiResource<Target[]>(() =>
      metricId() ? { url: `/api/metrics/${metricId()}/targets`, params: { all: 'true', history: 'true' } } : undefined,
    );
  }

  /** Siblings with their versions, for reordering (the tree leaves versions out). */
  metricsOf(parent: { goalId?: string; guardrailId?: string }): Promise<Metric[]> {
    return firstValueFrom(this.http.get<Metric[]>('/api/metrics', { params: { ...parent } }));
  }

  tacticsOf(strategyId: string): Promise<Page<Tactic>> {
    return firstValueFrom(this.http.get<Page<Tactic>>('/api/tactics', { params: { strategyId, pageSize: 500 } }));
  }

  createPlan(body: CreatePlanRequest): Promise<Plan> {
    return firstValueFrom(this.http.post<Plan>('/api/plans', body));
  }

  updatePlan(id: string, body: UpdatePlanRequest): Promise<Plan> {
    return firstValueFrom(this.http.patch<Plan>(`/api/plans/${id}`, body));
  }

  create<T extends ItemRecord>(kind: ItemKind, body: object): Promise<T> {
    return firstValueFrom(this.http.post<T>(`/api/${RESOURCE[kind]}`, body));
  }

  update<T extends ItemRecord>(kind: ItemKind, id: string, body: object): Promise<T> {
    return firstValueFrom(this.http.patch<T>(`/api/${RESOURCE[kind]}/${id}`, body));
  }

  remove(kind: ItemKind, id: string): Promise<unknown> {
    return firstValueFrom(this.http.delete(`/api/${RESOURCE[kind]}/${id}`));
  }

  setBaseline(metricId: string, body: SetBaselineRequest): Promise<Baseline> {
    return firstValueFrom(this.http.put<Baseline>(`/api/metrics/${metricId}/baselines`, body));
  }

  setTargets(metricId: string, body: SetTargetsRequest): Promise<Target[]> {
    return firstValueFrom(this.http.put<Target[]>(`/api/metrics/${metricId}/targets`, body));
  }
}

/** The kind an item's parent is (for "Under: …"), and the field the API calls the parent when creating. */
export const PARENT: Readonly<Record<Exclude<ItemKind, 'metric'>, { readonly kind: ItemKind | 'plan'; readonly field: string }>> = {
  priority: { kind: 'plan', field: 'parentId' },
  goal: { kind: 'priority', field: 'parentId' },
  strategy: { kind: 'goal', field: 'parentId' },
  tactic: { kind: 'strategy', field: 'strategyId' },
  guardrail: { kind: 'plan', field: 'planId' },
  initiative: { kind: 'plan', field: 'planId' },
};

export function isItemKind(value: string | undefined): value is ItemKind {
  return !!value && value in RESOURCE;
}
