import { NotFoundException } from '@nestjs/common';

/** The value, or a 404 naming what was looked for. */
export function found<T>(value: T | null | undefined, what: string, id: string): T {
  if (value === null || value === undefined) throw new NotFoundException(`No ${what} with id ${id}`);
  return value;
}
