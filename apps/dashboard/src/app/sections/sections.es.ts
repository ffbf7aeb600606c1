import type { Dictionary } from '../core/i18n';

/** Spanish for the placeholder, no-access and not-found pages. */
export const SECTIONS_ES: Dictionary = {
  'Not available yet': 'Aún no disponible',
  'Page not found': 'Página no encontrada',
  'This address does not match any page of Throughline.': 'Esta dirección no corresponde a ninguna página de Throughline.',
  'This section is not part of your role in Throughline. If you need it, ask an administrator.':
    'Esta sección no forma parte de su función en Throughline. Si la necesita, pídasela a un administrador.',
  'Go to the overview': 'Ir al resumen',
  "The cabinet's monthly progress reviews.": 'Las revisiones mensuales de avance del gabinete.',
  "The board's quarterly scorecards.": 'Los informes trimestrales para la junta.',
  'What the community sees on the public page, and what it tells the district.': 'Lo que la comunidad ve en la página pública y lo que le dice al distrito.',
};
