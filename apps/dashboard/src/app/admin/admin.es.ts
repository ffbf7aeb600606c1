import type { Dictionary } from '../core/i18n';

/** Spanish for the admin section's own page. */
export const ADMIN_ES: Dictionary = {
  'Plan editor': 'Editor del plan',
  "Edit the plan: priorities, goals, strategies and tactics, guardrails, the initiative inventory, metrics with their baselines and yearly targets, and the plan's mission, vision and values.":
    'Edite el plan: prioridades, metas, estrategias y tácticas, límites, el inventario de iniciativas, indicadores con sus líneas base y metas anuales, y la misión, la visión y los valores del plan.',
  'Open the plan editor': 'Abrir el editor del plan',
};
