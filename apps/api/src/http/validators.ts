import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isIsoDate } from '@throughline/domain';

/** A real calendar date written `YYYY-MM-DD` (null allowed only with @IsOptional). */
export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIsoDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isIsoDate(value),
        defaultMessage: (args) => `${args?.property ?? 'value'} must be a date written YYYY-MM-DD`,
      },
    },
    options,
  );
}
