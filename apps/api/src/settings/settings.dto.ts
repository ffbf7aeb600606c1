import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMinSize, ArrayUnique, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Max, Min, Validate, ValidateNested,
  ValidatorConstraint, type ValidatorConstraintInterface,
} from 'class-validator';
import { type DistrictSettings, LANGUAGES, type Language, ROLLUP_MODES, type RollupMode, type UpdateSettingsRequest, isTimeZone } from '@throughline/domain';
import type { DistrictSettingsEntity } from './district-settings.entity.js';

@ValidatorConstraint({ name: 'timeZone' })
class IsTimeZoneConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isTimeZone(value);
  }
  defaultMessage(): string {
    return 'timeZone must be an IANA time zone such as America/Chicago';
  }
}

export class StatusBandsDto {
  @ApiPropertyOptional({ example: 0.95, description: 'Share of expected progress at or above which a metric is on track' })
  @IsNumber() @Min(0.01) @Max(1) onTrack!: number;
  @ApiPropertyOptional({ example: 0.85, description: 'At or above (and below onTrack): watch; below: off track' })
  @IsNumber() @Min(0.01) @Max(1) watch!: number;
}

export class UpdateSettingsDto implements UpdateSettingsRequest {
  @ApiPropertyOptional({ example: 'Riverbend Unified School District' }) @IsOptional() @IsString() @Length(1, 200) name?: string;
  @ApiPropertyOptional({ example: 'America/Chicago' }) @IsOptional() @Validate(IsTimeZoneConstraint) timeZone?: string;
  @ApiPropertyOptional({ example: 7, minimum: 1, maximum: 12 }) @IsOptional() @IsInt() @Min(1) @Max(12) schoolYearStartMonth?: number;
  @ApiPropertyOptional({ example: 10, description: 'Smallest group shown on board and public views' })
  @IsOptional() @IsInt() @Min(1) @Max(100) minN?: number;
  @ApiPropertyOptional({ type: StatusBandsDto }) @IsOptional() @ValidateNested() @Type(() => StatusBandsDto) statusBands?: StatusBandsDto;
  @ApiPropertyOptional({ enum: ROLLUP_MODES }) @IsOptional() @IsIn(ROLLUP_MODES) rollupMode?: RollupMode;
  @ApiPropertyOptional({ enum: LANGUAGES, isArray: true }) @IsOptional() @ArrayMinSize(1) @ArrayUnique() @IsIn(LANGUAGES, { each: true })
  languages?: Language[];
  @ApiPropertyOptional({ description: 'The community page at /public (and its API) is on; off answers 404' })
  @IsOptional() @IsBoolean() publicEnabled?: boolean;
}

export function toSettingsResponse(row: DistrictSettingsEntity): DistrictSettings & { readonly publicEnabled: boolean } {
  return {
    name: row.name,
    timeZone: row.timeZone,
    schoolYearStartMonth: row.schoolYearStartMonth,
    minN: row.minN,
    statusBands: { onTrack: row.onTrackThreshold, watch: row.watchThreshold },
    rollupMode: row.rollupMode,
    languages: row.languages,
    publicEnabled: row.publicEnabled,
  };
}
