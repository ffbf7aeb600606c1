import {
  Body, Controller, Delete, Get, Header, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, UploadedFile, UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { MappingPreview } from '@throughline/domain';
import { Allow, SignedIn } from '../auth/access.js';
import { CreateSourceDto, PreviewDto, RunQuery, type RunResponse, type SourceResponse, UpdateSourceDto } from './sources.dto.js';
import { SourcesService } from './sources.service.js';

const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

/** What multer hands over for the `file` field (kept in memory, then stored in Postgres). */
interface UploadedSourceFile {
  readonly buffer: Buffer;
  readonly originalname: string;
  readonly mimetype: string;
}

@ApiTags('data sources')
@Controller('sources')
export class SourcesController {
  constructor(private readonly sources: SourcesService) {}

  @Get()
  @SignedIn()
  list(): Promise<SourceResponse[]> {
    return this.sources.list();
  }

  @Get(':id')
  @SignedIn()
  get(@Param('id', ParseUUIDPipe) id: string): Promise<SourceResponse> {
    return this.sources.get(id);
  }

  @Post()
  @Allow(['steward'])
  create(@Body() body: CreateSourceDto): Promise<SourceResponse> {
    return this.sources.create(body);
  }

  @Patch(':id')
  @Allow([], { roles: ['steward'], check: 'source' })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateSourceDto): Promise<SourceResponse> {
    return this.sources.update(id, body);
  }

  @Delete(':id')
  @Allow([], { roles: ['steward'], check: 'source' })
  @HttpCode(204)
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.sources.remove(id);
  }

  @Post(':id/files')
  @Allow([], { roles: ['steward'], check: 'source' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } }))
  upload(@Param('id', ParseUUIDPipe) id: string, @UploadedFile() file?: UploadedSourceFile): Promise<{ fileId: string; run: RunResponse }> {
    return this.sources.upload(id, file);
  }

  @Post(':id/preview')
  @Allow([], { roles: ['steward'], check: 'source' })
  @HttpCode(200)
  @ApiOkResponse({ description: 'The first rows mapped: what would be written and what refused; writes nothing' })
  preview(@Param('id', ParseUUIDPipe) id: string, @Body() body: PreviewDto): Promise<MappingPreview> {
    return this.sources.preview(id, body.rows ?? 50);
  }

  @Post(':id/runs')
  @Allow([], { roles: ['steward'], check: 'source' })
  runNow(@Param('id', ParseUUIDPipe) id: string): Promise<RunResponse> {
    return this.sources.runNow(id);
  }

  @Get(':id/runs')
  @SignedIn()
  runs(@Param('id', ParseUUIDPipe) id: string, @Query() query: RunQuery): Promise<RunResponse[]> {
    return this.sources.runs(id, query.limit ?? 50);
  }
}

@ApiTags('data sources')
@Controller('runs')
export class RunsController {
  constructor(private readonly sources: SourcesService) {}

  @Get(':id')
  @SignedIn()
  @ApiOkResponse({ description: 'A run with its counts and live progress (0–100)' })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<RunResponse> {
    return this.sources.run(id);
  }

  @Get(':id/rejections.csv')
  @SignedIn()
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="rejected-rows.csv"')
  rejections(@Param('id', ParseUUIDPipe) id: string): Promise<string> {
    return this.sources.rejectionsCsv(id);
  }
}
