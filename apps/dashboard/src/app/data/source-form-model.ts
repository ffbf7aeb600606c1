import type { SourceMapping, SourceSchedule } from '@throughline/domain';
import type { FieldMessages, Source, SourceConfig, SourceKind, SourceWrite } from './data-api';
import type { Translator } from './schedule-words';

export type ScheduleKind = 'none' | SourceSchedule['kind'];

/** The source form's fields, all as text the inputs hold. */
export interface SourceFormValue {
  readonly name: string;
  readonly kind: SourceKind;
  readonly stewardId: string;
  readonly active: boolean;
  readonly scheduleKind: ScheduleKind;
  /** `HH:MM` (input type=time). */
  readonly time: string;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: string;
  readonly day: string;
  readonly cron: string;
  readonly format: NonNullable<SourceConfig['format']>;
  readonly sheet: string;
  readonly url: string;
  readonly jsonPath: string;
  readonly query: string;
  /** One `Name: value` per line; empty on edit keeps the stored ones. */
  readonly headers: string;
  /** Empty on edit keeps the stored one. */
  readonly connectionString: string;
  readonly mapping: string;
}

/** A new file source's starting point: the README's shape, with the parts a steward fills in. */
export const EXAMPLE_MAPPING = `{
  "period": { "fixed": { "end": "2026-06-30", "kind": "year" } },
  "school": { "column": "School code" },
  "metrics": [{ "metricId": "…", "value": "Rate" }]
}`;

const pad = (n: number) => String(n).padStart(2, '0');

/** The form for a new source (`stewardId` empty: the API makes the creator the steward) or for editing one. */
export function formFromSource(source: Source | undefined): SourceFormValue {
  const schedule = source?.schedule ?? null;
  const clock = schedule && schedule.kind !== 'cron' ? `${pad(schedule.hour)}:${pad(schedule.minute)}` : '06:00';
  return {
    name: source?.name ?? '',
    kind: source?.kind ?? 'file',
    stewardId: source?.stewardId ?? '',
    active: source?.active ?? true,
    scheduleKind: schedule?.kind ?? 'none',
    time: clock,
    weekday: schedule?.kind === 'weekly' ? String(schedule.weekday) : '1',
    day: schedule?.kind === 'monthly' ? String(schedule.day) : '5',
    cron: schedule?.kind === 'cron' ? schedule.expression : '',
    format: source?.config.format ?? 'auto',
    sheet: source?.config.sheet ?? '',
    url: source?.config.url ?? '',
    jsonPath: source?.config.jsonPath ?? '',
    query: source?.config.query ?? '',
    headers: '',
    connectionString: '',
    mapping: source ? JSON.stringify(source.mapping, null, 2) : EXAMPLE_MAPPING,
  };
}

/** The schedule the fields describe (whole numbers are checked by the API, which names the bad one). */
export function scheduleOf(value: SourceFormValue): SourceSchedule | null {
  const [hour = NaN, minute = NaN] = value.time.split(':').map(Number);
  switch (value.scheduleKind) {
    case 'none':
      return null;
    case 'cron':
      return { kind: 'cron', expression: value.cron.trim() };
    case 'daily':
      return { kind: 'daily', hour, minute };
    case 'weekly':
      return { kind: 'weekly', weekday: Number(value.weekday), hour, minute };
    case 'monthly':
      return { kind: 'monthly', day: Number(value.day), hour, minute };
  }
}

/** `Authorization: Bearer x` lines → headers; a line without a colon is a problem to show, not to drop. */
export function parseHeaders(text: string): { headers: Record<string, string> } | { problem: string } {
  const headers: Record<string, string> = {};
  for (const line of text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
    const colon = line.indexOf(':');
    if (colon <= 0) return { problem: line };
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return { headers };
}

/**
 * The API body for the form (create when `version` is absent, else update). Problems the page can see itself
 * (mapping not JSON, a header line without a colon) come back as field messages, in the API's shape.
 */
export function toSourceWrite(value: SourceFormValue, i18n: Translator, version?: number): { body: SourceWrite } | { problems: FieldMessages[] } {
  const problems: FieldMessages[] = [];
  let mapping: SourceMapping | undefined;
  try {
    const parsed: unknown = JSON.parse(value.mapping);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) mapping = parsed as SourceMapping;
    else problems.push({ field: 'mapping', messages: [i18n.t('The mapping must be a JSON object.')] });
  } catch (error) {
    problems.push({ field: 'mapping', messages: [i18n.t('The mapping is not valid JSON: {reason}', { reason: (error as Error).message })] });
  }
  const kind = value.kind;
  let headers: Record<string, string> | undefined;
  if (kind === 'http' && value.headers.trim()) {
    const parsed = parseHeaders(value.headers);
    if ('problem' in parsed) problems.push({ field: 'secrets.headers', messages: [i18n.t('Write each header as “Name: value” (not “{line}”).', { line: parsed.problem })] });
    else headers = parsed.headers;
  }
  if (problems.length || !mapping) return { problems };

  const config: { -readonly [K in keyof SourceConfig]: SourceConfig[K] } = {};
  if (kind !== 'manual' && kind !== 'sql') config.format = value.format;
  if ((kind === 'file' || kind === 'http') && value.format === 'xlsx' && value.sheet.trim()) config.sheet = value.sheet.trim();
  if (kind === 'http') config.url = value.url.trim();
  if (kind === 'http' && value.jsonPath.trim()) config.jsonPath = value.jsonPath.trim();
  if (kind === 'sql') config.query = value.query.trim();

  const secrets = headers || (kind === 'sql' && value.connectionString.trim())
    ? { ...(headers ? { headers } : {}), ...(kind === 'sql' && value.connectionString.trim() ? { connectionString: value.connectionString.trim() } : {}) }
    : undefined;

  const body: SourceWrite = {
    name: value.name.trim(),
    ...(version === undefined ? { kind } : { version }),
    ...(value.stewardId ? { stewardId: value.stewardId } : {}),
    schedule: scheduleOf(value),
    config,
    ...(secrets ? { secrets } : {}),
    mapping,
    active: value.active,
  };
  return { body };
}

/** The messages for one field of the form (`config` matches `config.url`, etc.). */
export function messagesFor(fields: readonly FieldMessages[], ...names: string[]): string[] {
  return fields.filter((f) => names.some((n) => f.field === n || f.field.startsWith(`${n}.`))).flatMap((f) => f.messages);
}
