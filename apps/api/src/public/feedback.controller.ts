import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CommunityOverview, Feedback, FeedbackList } from '@throughline/domain';
import { Allow } from '../auth/access.js';
import { FeedbackService } from './feedback.service.js';
import { FeedbackQuery, UpdateFeedbackDto } from './public.dto.js';

/** The cabinet's side of the community page: feedback to read, and what the public page shows. */
@ApiTags('community')
@Controller()
export class FeedbackController {
  constructor(private readonly feedback: FeedbackService) {}

  @Get('feedback')
  @Allow(['cabinet'])
  @ApiOkResponse({ description: 'Newest first (up to 200), with total and unread counts for the same goal filter' })
  list(@Query() query: FeedbackQuery): Promise<FeedbackList> {
    return this.feedback.list(query);
  }

  @Patch('feedback/:id')
  @Allow(['cabinet'])
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateFeedbackDto): Promise<Feedback> {
    return this.feedback.markRead(id, body.read);
  }

  @Get('community')
  @Allow(['cabinet'])
  @ApiOkResponse({ description: 'Whether the page is on, what is published (counts), feedback counts, the goals to filter by' })
  overview(): Promise<CommunityOverview> {
    return this.feedback.overview();
  }
}
