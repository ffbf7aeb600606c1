import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Page } from '@throughline/domain';
import { Allow, SignedIn } from '../auth/access.js';
import { AuditQuery, HistoryParams } from './audit.dto.js';
import { type AuditEntry, AuditService } from './audit.service.js';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Allow([])
  @ApiOkResponse({ description: 'The admin log: every create, update and delete, newest first, with filters' })
  list(@Query() query: AuditQuery): Promise<Page<AuditEntry>> {
    return this.audit.list(query);
  }

  @Get(':entity/:id')
  @SignedIn()
  @ApiOkResponse({ description: 'The history of one record (e.g. /api/audit/tactic/<id>)' })
  history(@Param() params: HistoryParams, @Query() query: AuditQuery): Promise<Page<AuditEntry>> {
    return this.audit.list({ ...query, entity: params.entity, entityId: params.id });
  }
}
