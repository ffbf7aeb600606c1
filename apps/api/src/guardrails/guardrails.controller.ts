import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { Allow, SignedIn } from '../auth/access.js';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import type { Guardrail } from '@throughline/domain';
import { CreateGuardrailDto, UpdateGuardrailDto } from './guardrails.dto.js';
import { GuardrailsService } from './guardrails.service.js';

export class PlanScopedQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() planId?: string;
}

@ApiTags('guardrails')
@Controller('guardrails')
export class GuardrailsController {
  constructor(private readonly guardrails: GuardrailsService) {}

  @Get()
  @SignedIn()
  list(@Query() query: PlanScopedQuery): Promise<Guardrail[]> {
    return this.guardrails.list(query.planId);
  }

  @Get(':id')
  @SignedIn()
  get(@Param('id', ParseUUIDPipe) id: string): Promise<Guardrail> {
    return this.guardrails.get(id);
  }

  @Post()
  @Allow([])
  create(@Body() body: CreateGuardrailDto): Promise<Guardrail> {
    return this.guardrails.create(body);
  }

  @Patch(':id')
  @Allow([])
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateGuardrailDto): Promise<Guardrail> {
    return this.guardrails.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Allow([])
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.guardrails.remove(id);
  }
}
