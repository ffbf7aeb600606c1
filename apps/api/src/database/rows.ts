/** UPDATE/DELETE … RETURNING through TypeORM answers [rows, count]; SELECT/INSERT answer rows. */
export function firstRow<T>(result: T[] | [T[], number]): T | undefined {
  const rows = Array.isArray(result[0]) ? (result[0] as T[]) : (result as T[]);
  return rows[0];
}
