import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { type CreateStudentGroupRequest, GROUP_KINDS, type GroupKind, type StudentGroup } from '@throughline/domain';
import type { StudentGroupEntity } from './student-group.entity.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const DISTRICT_KINDS = GROUP_KINDS.filter((k): k is Exclude<GroupKind, 'all'> => k !== 'all');

export class CreateStudentGroupDto implements CreateStudentGroupRequest {
  @ApiProperty({ example: 'LTEL', description: 'Code used by data files (unique)' })
  @Transform(trim) @IsString() @Matches(/^[A-Za-z0-9_-]{1,20}$/, { message: 'code may hold letters, digits, _ and - (1–20)' })
  code!: string;
  @ApiProperty({ example: 'Long-term English learners' }) @Transform(trim) @IsString() @Length(1, 120) nameEn!: string;
  @ApiProperty({ example: 'Estudiantes de inglés a largo plazo' }) @Transform(trim) @IsString() @Length(1, 120) nameEs!: string;
  @ApiProperty({ enum: DISTRICT_KINDS, description: 'There is one All Students group, preloaded' })
  @IsIn(DISTRICT_KINDS) kind!: Exclude<GroupKind, 'all'>;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(10_000) sortOrder?: number;
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() active?: boolean;
}

export class UpdateStudentGroupDto extends PartialType(CreateStudentGroupDto) {}

export function toStudentGroupResponse(row: StudentGroupEntity): StudentGroup {
  return {
    id: row.id,
    code: row.code,
    nameEn: row.nameEn,
    nameEs: row.nameEs,
    kind: row.kind,
    sortOrder: row.sortOrder,
    system: row.system,
    active: row.active,
  };
}
