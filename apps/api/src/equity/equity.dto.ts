import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { IsIsoDate } from '../http/validators.js';

export class EquityQuery {
  @ApiPropertyOptional({ format: 'uuid', description: "A metric broken down by student group; default: the active plan's first" })
  @IsOptional() @IsUUID() metricId?: string;
  @ApiPropertyOptional({ example: '2026-06-30', description: 'End of the period; default: the latest period with data' })
  @IsOptional() @IsIsoDate() periodEnd?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'One school; omit for the district' })
  @IsOptional() @IsUUID() schoolId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The group every gap is measured against; default: All Students' })
  @IsOptional() @IsUUID() referenceGroupId?: string;
}

export type { HiddenReason, EquityFigure, EquityGroup, EquityRow, EquitySchoolRow, EquityMetric, EquityReport } from '@throughline/domain';
