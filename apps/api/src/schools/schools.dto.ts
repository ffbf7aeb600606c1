import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { type CreateSchoolRequest, SCHOOL_LEVELS, type School, type SchoolLevel } from '@throughline/domain';
import type { SchoolEntity } from './school.entity.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateSchoolDto implements CreateSchoolRequest {
  @ApiProperty({ example: '19647330100011', description: 'State school code, unique' })
  @Transform(trim) @IsString() @Matches(/^[A-Za-z0-9-]{1,20}$/, { message: 'code may hold letters, digits and - (1–20)' })
  code!: string;
  @ApiProperty({ example: 'Lincoln Elementary' }) @Transform(trim) @IsString() @Length(1, 200) name!: string;
  @ApiProperty({ enum: SCHOOL_LEVELS }) @IsIn(SCHOOL_LEVELS) level!: SchoolLevel;
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() active?: boolean;
}

export class UpdateSchoolDto extends PartialType(CreateSchoolDto) {}

export class SchoolQuery {
  @ApiPropertyOptional({ description: 'true: only active schools' })
  @IsOptional() @IsIn(['true', 'false']) active?: 'true' | 'false';
  @ApiPropertyOptional({ enum: SCHOOL_LEVELS }) @IsOptional() @IsIn(SCHOOL_LEVELS) level?: SchoolLevel;
}

export function toSchoolResponse(row: SchoolEntity): School {
  return { id: row.id, code: row.code, name: row.name, level: row.level, active: row.active };
}
