import { HttpErrorResponse } from '@angular/common/http';
import { Injectable } from '@angular/core';
import type { Milestone, Page, Person, Plan, PlanTree, School, Tactic } from '@throughline/domain';
import { apiResource } from '../shared/api-resource';
import { districtSettings } from '../shared/district-settings';

/** Someone who owns or contributes to a tactic of the plan (GET /api/action-plan/people). */
export type PlanPerson = Pick<Person, 'id' | 'name' | 'title'>;

/** Typed access to what the action-plan page reads. */
@Injectable({ providedIn: 'root' })
export class ActionPlanApi {
  plans() {
    return apiResource<Plan[]>(() => '/api/plans');
  }

  tree(planId: () => string | undefined) {
    return apiResource<PlanTree>(() => {
      const id = planId();
      return id ? `/api/plans/${id}/tree` : undefined;
    });
  }

  settings() {
    return districtSettings();
  }

  schools() {
    return apiResource<School[]>(() => '/api/schools');
  }

  people(planId: () => string | undefined) {
    return apiResource<PlanPerson[]>(() => {
      const id = planId();
      return id ? { url: '/api/action-plan/people', params: { planId: id } } : undefined;
    });
  }

  tactics(params: () => Readonly<Record<string, string | number>> | undefined) {
    return apiResource<Page<Tactic>>(() => {
      const p = params();
      return p ? { url: '/api/tactics', params: p } : undefined;
    });
  }

  /** The milestones of the tactics on screen, in one request (never one per tactic). */
  milestones(tacticIds: () => readonly string[] | undefined) {
    return apiResource<Milestone[]>(() => {
      const ids = tacticIds();
      return ids?.length ? { url: '/api/action-plan/milestones', params: { tacticIds: ids.join(',') } } : undefined;
    });
  }
}

/** The API's own message (with its field messages when it refused the input), or what went wrong on the way. */
export function apiErrorMessage(error: unknown, t: (text: string, params?: Record<string, string | number>) => string): string {
  if (!(error instanceof HttpErrorResponse)) return error instanceof Error ? error.message : String(error);
  if (error.status === 0) return t('The server did not answer. Check your connection and try again.');
  const body = error.error as { message?: unknown; errors?: { field: string; messages: string[] }[] } | null;
  const fields = Array.isArray(body?.errors) ? body.errors.map((e) => `${e.field}: ${e.messages.join(', ')}`) : [];
  if (body && typeof body.message === 'string') return [body.message, ...fields].join(' — ');
  return t('The server answered {status}.', { status: `${error.status} ${error.statusText}`.trim() });
}
