import type { Dictionary } from '../core/i18n';

export const SECTIONS_ES: Dictionary = {
  'Not available yet': 'Aún no disponible',
  'Page not found': 'Página no encontrada',
};
