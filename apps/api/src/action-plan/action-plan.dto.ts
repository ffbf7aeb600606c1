import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsUUID } from 'class-validator';
import { LANGUAGES, type Language, type Person } from '@throughline/domain';
import { TacticQuery } from '../tactics/tactics.dto.js';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `a,b,c` (or repeated `tacticIds=`) → ['a', 'b', 'c']. */
const idList = ({ value }: { value: unknown }) =>
  (Array.isArray(value) ? value : [value]).flatMap((v) => (typeof v === 'string' ? v.split(',') : [v])).map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== '');

export class ActionPlanMilestonesQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Every milestone of the plan’s tactics' }) @IsOptional() @IsUUID() planId?: string;
  @ApiPropertyOptional({ description: 'Comma-separated tactic ids (up to 500): only their milestones', example: 'id1,id2' })
  @IsOptional() @Transform(idList) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @IsUUID('all', { each: true, message: 'each of tacticIds must be a UUID' })
  tacticIds?: string[];
}

export class ActionPlanOwnersQuery {
  @ApiProperty({ format: 'uuid' }) @IsUUID() planId!: string;
}

/** The filters of GET /api/tactics (no paging: the whole filtered list), the file format and the header language. */
export class ActionPlanExportQuery extends OmitType(TacticQuery, ['page', 'pageSize'] as const) {
  @ApiProperty({ enum: EXPORT_FORMATS }) @IsIn(EXPORT_FORMATS) format!: ExportFormat;
  @ApiPropertyOptional({ enum: LANGUAGES, default: 'en', description: 'Language of the header row and the status words' })
  @IsOptional() @IsIn(LANGUAGES) lang?: Language;
}

/** Someone who owns or contributes to a tactic of the plan: what the owner filter lists and the table shows. */
export type ActionPlanPerson = Pick<Person, 'id' | 'name' | 'title'>;
