import { type ArgumentsHost, Catch, type ExceptionFilter, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';

interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
  table?: string;
  message?: string;
}

const camel = (snake: string) => snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Turns what the database refuses into the answers a client can act on, so an invariant guarded by a constraint
 * is a 4xx, never a 500: unknown referenced id → 404, still referenced → 409, duplicate → 409, check → 400.
 */
@Catch(QueryFailedError)
export class DatabaseErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger(DatabaseErrorsFilter.name);

  catch(exception: QueryFailedError, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const error = exception.driverError as PgError;
    const [status, body] = this.map(error);
    if (status === HttpStatus.INTERNAL_SERVER_ERROR) this.logger.error(exception);
    response.status(status).json({ statusCode: status, ...body });
  }

  private map(error: PgError): [number, Record<string, unknown>] {
    const constraint = error.constraint ?? '';
    switch (error.code) {
      case '23503': {
        if (error.message?.startsWith('update or delete')) {
          const referencing = /on table "([^"]+)"\s*$/.exec(error.message)?.[1] ?? 'other records';
          return [409, { error: 'Conflict', message: `Still used by ${referencing.replace(/_/g, ' ')}: remove or move those first` }];
        }
        const field = camel(constraint.replace(`${error.table}_`, '').replace(/_fkey$/, ''));
        return [404, { error: 'Not Found', message: 'A referenced record does not exist', errors: [{ field, messages: [`no record with this ${field}`] }] }];
      }
      case '23505': {
        const columns = /Key \((.+?)\)=/.exec(error.detail ?? '')?.[1] ?? constraint;
        const fields = columns.split(',').map((c) => camel(c.trim().replace(/^lower\((.+)\)$/, '$1')));
        return [409, { error: 'Conflict', message: 'Already exists', errors: fields.map((field) => ({ field, messages: ['already in use'] })) }];
      }
      case '23514':
        return [400, { error: 'Bad Request', message: `Not allowed by the rule ${constraint}` }];
      case '22P02':
      case '22003':
      case '22007':
      case '22008':
        return [400, { error: 'Bad Request', message: error.message ?? 'Invalid value' }];
      default:
        return [500, { error: 'Internal Server Error', message: 'Unexpected database error' }];
    }
  }
}
