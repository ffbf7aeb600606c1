import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import type { CreateGuardrailRequest, Guardrail, UpdateGuardrailRequest } from '@throughline/domain';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateGuardrailDto implements CreateGuardrailRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() planId!: string;
  @ApiProperty({ example: 'The superintendent will not allow chronic absenteeism to rise in any student group.' })
  @Transform(trim) @IsString() @Length(1, 1000) statement!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() ownerId!: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(10_000) sortOrder?: number;
}

export class UpdateGuardrailDto implements UpdateGuardrailRequest {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @Length(1, 1000) statement?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() ownerId?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(10_000) sortOrder?: number;
}

export interface GuardrailRow {
  id: string;
  plan_id: string;
  statement: string;
  owner_id: string;
  sort_order: number;
}

export function toGuardrailResponse(r: GuardrailRow): Guardrail {
  return { id: r.id, planId: r.plan_id, statement: r.statement, ownerId: r.owner_id, sortOrder: r.sort_order };
}
