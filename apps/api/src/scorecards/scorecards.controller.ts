import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Scorecard, ScorecardList, ScorecardRecord } from '@throughline/domain';
import { Allow, SignedIn } from '../auth/access.js';
import { CreateScorecardDto, PutNarrativeDto, ScorecardListQuery, ScorecardQuery, UpdateScorecardDto } from './scorecards.dto.js';
import { ScorecardsService } from './scorecards.service.js';

@ApiTags('scorecards')
@Controller('scorecards')
export class ScorecardsController {
  constructor(private readonly scorecards: ScorecardsService) {}

  @Get()
  @SignedIn()
  @ApiOkResponse({ description: "The plan's quarters up to the current one, each with its record (if any) and the links to read it" })
  list(@Query() query: ScorecardListQuery): Promise<ScorecardList> {
    return this.scorecards.list(query.planId);
  }

  @Get('quarter')
  @SignedIn()
  @ApiOkResponse({ description: 'The scorecard of a quarter: archived copy, or computed as of its end (today for the current one); suppressed on the server' })
  quarter(@Query() query: ScorecardQuery): Promise<Scorecard> {
    return this.scorecards.quarter(query);
  }

  @Get('quarter/pdf')
  @SignedIn()
  @ApiProduces('application/pdf')
  async pdf(@Query() query: ScorecardQuery): Promise<StreamableFile> {
    return download(await this.scorecards.file(query, 'pdf'));
  }

  @Get('quarter/xlsx')
  @SignedIn()
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async xlsx(@Query() query: ScorecardQuery): Promise<StreamableFile> {
    return download(await this.scorecards.file(query, 'xlsx'));
  }

  @Post()
  @Allow(['cabinet'])
  @ApiConflictResponse({ description: 'The quarter already has a scorecard' })
  create(@Body() body: CreateScorecardDto): Promise<ScorecardRecord> {
    return this.scorecards.create(body);
  }

  @Patch(':id')
  @Allow(['cabinet'])
  @ApiConflictResponse({ description: 'Stale version, or the scorecard is archived' })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateScorecardDto): Promise<ScorecardRecord> {
    return this.scorecards.update(id, body);
  }

  /** Goal owners may call this; the service checks that the goal is theirs. */
  @Put(':id/narratives')
  @Allow(['cabinet', 'owner'])
  @ApiConflictResponse({ description: 'The scorecard is archived' })
  putNarrative(@Param('id', ParseUUIDPipe) id: string, @Body() body: PutNarrativeDto): Promise<{ goalId: string; narrative: string; updatedAt: string }> {
    return this.scorecards.putNarrative(id, body);
  }
}

function download(file: { body: Buffer; contentType: string; fileName: string }): StreamableFile {
  return new StreamableFile(file.body, { type: file.contentType, disposition: `attachment; filename="${file.fileName}"`, length: file.body.length });
}
