import type { Dictionary } from '../core/i18n';

/** Spanish for the status chip's words (the chip registers it: every page that shows a chip gets it). */
export const STATUS_CHIP_ES: Dictionary = {
  Met: 'Meta cumplida',
  'On track': 'En camino',
  Watch: 'Bajo observación',
  'Off track': 'Fuera de camino',
  'No data yet': 'Sin datos aún',
  'Awaiting release': 'En espera de publicación',
  Stale: 'Sin actualizar',
};
