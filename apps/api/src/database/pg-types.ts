import pg from 'pg';

// Calendar dates stay ISO strings end to end (`2026-06-30`): node-postgres would otherwise build a local-time
// Date for a DATE column, which shifts by a day in zones west of UTC.
const DATE_OID = 1082;
pg.types.setTypeParser(DATE_OID, (value: string) => value);

/** numeric → number (values here are rates, scores and counts, far inside double precision). */
export function toNumber(value: string | number | null): number | null {
  return value === null ? null : Number(value);
}

export const numericColumn = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => toNumber(value),
};
