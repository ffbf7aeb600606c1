import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import {
  type CreateFeedbackRequest, FEEDBACK_MESSAGE_MAX, FEEDBACK_ROLES, type FeedbackRole, LANGUAGES, type Language,
  type UpdateFeedbackRequest,
} from '@throughline/domain';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** An empty optional field from a form means "not given". */
const blankToUndefined = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() === '' ? undefined : trim({ value }));

export class PublicQuery {
  @ApiPropertyOptional({ enum: LANGUAGES, default: 'en', description: 'Language of the summaries and group names' })
  @IsOptional() @IsIn(LANGUAGES) lang?: Language;
}

export class CreateFeedbackDto implements CreateFeedbackRequest {
  @ApiProperty({ minLength: 1, maxLength: FEEDBACK_MESSAGE_MAX, example: 'Could the reading nights also run on Saturdays?' })
  @Transform(trim) @IsString() @Length(1, FEEDBACK_MESSAGE_MAX, { message: `message must be 1–${FEEDBACK_MESSAGE_MAX} characters` })
  message!: string;
  @ApiPropertyOptional({ maxLength: 200 }) @Transform(blankToUndefined) @IsOptional() @IsString() @MaxLength(200) name?: string;
  @ApiPropertyOptional({ maxLength: 254 })
  @Transform(blankToUndefined) @IsOptional() @IsEmail({}, { message: 'email must be an email address' }) @MaxLength(254) email?: string;
  @ApiPropertyOptional({ enum: FEEDBACK_ROLES }) @Transform(blankToUndefined) @IsOptional() @IsIn(FEEDBACK_ROLES) role?: FeedbackRole;
  @ApiPropertyOptional({ enum: LANGUAGES, default: 'en' }) @IsOptional() @IsIn(LANGUAGES) language?: Language;
}

export class FeedbackQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only feedback on this goal' }) @IsOptional() @IsUUID() goalId?: string;
  @ApiPropertyOptional({ description: 'Only unread feedback' })
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsOptional() @IsBoolean() unread?: boolean;
}

export class UpdateFeedbackDto implements UpdateFeedbackRequest {
  @ApiProperty({ description: 'true marks it read (by you, now); false marks it unread again' }) @IsBoolean() read!: boolean;
}
