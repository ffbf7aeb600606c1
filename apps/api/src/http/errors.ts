import { BadRequestException, ConflictException } from '@nestjs/common';

export interface FieldProblem {
  readonly field: string;
  readonly messages: readonly string[];
}

/** A 400 in the same shape as the ValidationPipe's, for rules that need more than one field or the database. */
export function invalid(errors: readonly FieldProblem[]): BadRequestException {
  return new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'Validation failed', errors });
}

/** Optimistic concurrency: someone changed the record after the client read it. */
export function staleVersion(what: string, current: number): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    message: `This ${what} was changed by someone else since you opened it; reload it (current version ${current}) and try again`,
    currentVersion: current,
  });
}
