import type { Dictionary } from '../core/i18n';

/** Spanish for the community section (registered by its page, so it ships with the lazy chunk). */
export const COMMUNITY_ES: Dictionary = {
  'All goals': 'Todas las metas',
  Anonymous: 'Anónimo',
  'Choose what is published, and write the plain-language summaries, in the plan editor.':
    'Elija qué se publica y escriba los resúmenes en lenguaje sencillo en el editor del plan.',
  Community: 'Comunidad',
  'Copy the snippet': 'Copiar el código',
  'Embed on the district website': 'Insertar en el sitio web del distrito',
  Feedback: 'Comentarios',
  Goal: 'Meta',
  Goals: 'Metas',
  'Loading…': 'Cargando…',
  'Mark read': 'Marcar como leído',
  'Mark unread': 'Marcar como no leído',
  'Metrics with student groups': 'Indicadores con grupos de estudiantes',
  Metrics: 'Indicadores',
  New: 'Nuevo',
  'No feedback here yet.': 'Todavía no hay comentarios aquí.',
  'Open the public page': 'Abrir la página pública',
  Priorities: 'Prioridades',
  Published: 'Publicado',
  Read: 'Leído',
  Show: 'Mostrar',
  'The community page could not be loaded.': 'No se pudo cargar la página de la comunidad.',
  'The public page is off: visitors see “not available”. An administrator can switch it on in the settings.':
    'La página pública está desactivada: los visitantes ven “no disponible”. Un administrador puede activarla en la configuración.',
  'The public page is on.': 'La página pública está activada.',
  'The whole plan': 'El plan completo',
  'Unread feedback': 'Comentarios sin leer',
  'Unread only': 'Solo sin leer',
  'What the public page shows, how to put it on the district website, and what the community says.':
    'Lo que muestra la página pública, cómo ponerla en el sitio web del distrito y lo que dice la comunidad.',
  '{published} of {total}': '{published} de {total}',
  '{shown} shown · {unread} unread of {total}': '{shown} mostrados · {unread} sin leer de {total}',
  'That change was not saved. Try again.': 'Ese cambio no se guardó. Inténtelo de nuevo.',
  'Parent or family member': 'Madre, padre o familiar',
  Student: 'Estudiante',
  'Staff member': 'Personal del distrito',
  'Community member': 'Miembro de la comunidad',
  Other: 'Otro',
};
