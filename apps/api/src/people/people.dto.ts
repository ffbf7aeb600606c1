import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { type CreatePersonRequest, LANGUAGES, type Language, type Person } from '@throughline/domain';
import type { PersonEntity } from './person.entity.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreatePersonDto implements CreatePersonRequest {
  @ApiProperty({ example: 'Maria Alvarez' }) @Transform(trim) @IsString() @Length(1, 200) name!: string;
  @ApiProperty({ example: 'malvarez@riverbend.k12.example.us' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)) @IsEmail() @MaxLength(254)
  email!: string;
  @ApiPropertyOptional({ example: 'Principal, Lincoln Elementary', nullable: true, type: String })
  @IsOptional() @IsString() @MaxLength(200) title?: string | null;
  @ApiPropertyOptional({ example: 'Elementary Schools', nullable: true, type: String })
  @IsOptional() @IsString() @MaxLength(200) department?: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) @IsOptional() @IsUUID() supervisorId?: string | null;
  @ApiPropertyOptional({ enum: LANGUAGES, default: 'en' }) @IsOptional() @IsIn(LANGUAGES) preferredLanguage?: Language;
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() active?: boolean;
}

export class UpdatePersonDto extends PartialType(CreatePersonDto) {}

export class PeopleQuery {
  @ApiPropertyOptional({ description: 'Matches name, email, title or department' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) department?: string;
  @ApiPropertyOptional({ description: 'true: only active people' }) @IsOptional() @IsIn(['true', 'false']) active?: 'true' | 'false';
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) page?: number;
  @ApiPropertyOptional({ default: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) pageSize?: number;
}

export function toPersonResponse(row: PersonEntity): Person {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    title: row.title,
    department: row.department,
    supervisorId: row.supervisorId,
    preferredLanguage: row.preferredLanguage,
    active: row.active,
  };
}
