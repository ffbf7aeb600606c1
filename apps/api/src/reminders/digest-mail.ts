import type { Digest, DigestItem, DigestItemKind } from '@throughline/domain';

type Text = Record<DigestItemKind, (item: DigestItem) => string>;

const EN: Text = {
  'tactic-overdue': (i) => `"${i.title}" is ${i.days} day(s) past its due date`,
  'check-in-overdue': (i) => `"${i.title}": check-in ${i.days} day(s) late`,
  'check-in-today': (i) => `"${i.title}": check-in due today`,
  'check-in-soon': (i) => `"${i.title}": check-in due in ${i.days} day(s)`,
  'data-request': (i) => `Data request open for ${i.days} day(s): ${i.title}`,
  'source-failed': (i) => `Data source failed: ${i.title} (${i.detail ?? 'see the run'})`,
  'metric-stale': (i) => `No new data for ${i.title}`,
};

const ES: Text = {
  'tactic-overdue': (i) => `"${i.title}" lleva ${i.days} día(s) de retraso`,
  'check-in-overdue': (i) => `"${i.title}": actualización atrasada ${i.days} día(s)`,
  'check-in-today': (i) => `"${i.title}": la actualización vence hoy`,
  'check-in-soon': (i) => `"${i.title}": la actualización vence en ${i.days} día(s)`,
  'data-request': (i) => `Solicitud de datos abierta hace ${i.days} día(s): ${i.title}`,
  'source-failed': (i) => `Falló la fuente de datos: ${i.title} (${i.detail ?? 'vea la ejecución'})`,
  'metric-stale': (i) => `Sin datos nuevos para ${i.title}`,
};

/** Where each item is handled in the dashboard. */
function linkOf(item: DigestItem, baseUrl: string): string {
  switch (item.kind) {
    case 'data-request':
    case 'source-failed':
      return `${baseUrl}/data?source=${item.id}`;
    case 'metric-stale':
      return `${baseUrl}/results/${item.id}`;
    default:
      return `${baseUrl}/my-work?tactic=${item.id}`;
  }
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

/** The daily digest email in the person's language: plain text and HTML, every item linked. */
export function renderDigest(digest: Digest, person: { name: string; language: string }, baseUrl: string, day: string) {
  const es = person.language === 'es';
  const text = es ? ES : EN;
  const lines = digest.items.map((item) => ({ line: text[item.kind](item), link: linkOf(item, baseUrl) }));
  const subject = es ? `Throughline: ${digest.items.length} pendiente(s) para hoy, ${day}` : `Throughline: ${digest.items.length} item(s) for today, ${day}`;
  const greeting = es ? `Hola ${person.name}:` : `Hello ${person.name},`;
  const lead = es ? 'Esto es lo que le toca hoy en el plan estratégico:' : 'Here is what the strategic plan needs from you today:';
  return {
    subject,
    text: `${greeting}\n\n${lead}\n\n${lines.map((l) => `- ${l.line}\n  ${l.link}`).join('\n')}\n`,
    html: `<p>${escape(greeting)}</p><p>${escape(lead)}</p><ul>${lines
      .map((l) => `<li><a href="${escape(l.link)}">${escape(l.line)}</a></li>`)
      .join('')}</ul>`,
  };
}
