import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ActionItem, Review, ReviewDecision, ReviewDetail, StatusHistory } from '@throughline/domain';
import { Allow, SignedIn } from '../auth/access.js';
import {
  AcknowledgeDto, CreateActionItemDto, CreateDecisionDto, CreateReviewDto, ReviewQuery, StatusHistoryQuery, UpdateActionItemDto,
  UpdateReviewItemDto,
} from './reviews.dto.js';
import { ReviewsService } from './reviews.service.js';

const CLOSED = 'The review is closed: it is read-only';

// The cabinet runs reviews (admins too); every signed-in role, the board included, reads them.
@ApiTags('reviews')
@Controller('reviews')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Get()
  @SignedIn()
  list(@Query() query: ReviewQuery): Promise<Review[]> {
    return this.reviews.list(query.planId);
  }

  @Get(':id')
  @ApiOkResponse({ description: 'The review with its agenda (reasons, check-ins), decisions and action items' })
  @SignedIn()
  get(@Param('id', ParseUUIDPipe) id: string): Promise<ReviewDetail> {
    return this.reviews.get(id);
  }

  @Post()
  @ApiConflictResponse({ description: 'The plan has an open review already' })
  @Allow(['cabinet'])
  create(@Body() body: CreateReviewDto): Promise<ReviewDetail> {
    return this.reviews.create(body);
  }

  @Post(':id/agenda')
  @HttpCode(200)
  @ApiConflictResponse({ description: CLOSED })
  @Allow(['cabinet'])
  regenerate(@Param('id', ParseUUIDPipe) id: string): Promise<ReviewDetail> {
    return this.reviews.regenerate(id);
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'Closed already' })
  @Allow(['cabinet'])
  close(@Param('id', ParseUUIDPipe) id: string): Promise<ReviewDetail> {
    return this.reviews.close(id);
  }

  @Post(':id/decisions')
  @ApiConflictResponse({ description: CLOSED })
  @Allow(['cabinet'])
  decide(@Param('id', ParseUUIDPipe) id: string, @Body() body: CreateDecisionDto): Promise<ReviewDecision> {
    return this.reviews.addDecision(id, body);
  }

  @Post(':id/action-items')
  @ApiConflictResponse({ description: CLOSED })
  @Allow(['cabinet'])
  addActionItem(@Param('id', ParseUUIDPipe) id: string, @Body() body: CreateActionItemDto): Promise<ActionItem> {
    return this.reviews.addActionItem(id, body);
  }
}

@ApiTags('reviews')
@Controller('review-items')
export class ReviewItemsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Patch(':id')
  @ApiConflictResponse({ description: CLOSED })
  @Allow(['cabinet'])
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateReviewItemDto): Promise<ReviewDetail> {
    return this.reviews.updateItem(id, body);
  }

  @Post(':id/acknowledgements')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The reviewer has seen the owners’ check-ins shown on this item (recorded with this review)' })
  @ApiConflictResponse({ description: CLOSED })
  @Allow(['cabinet'])
  acknowledge(@Param('id', ParseUUIDPipe) id: string, @Body() body: AcknowledgeDto): Promise<ReviewDetail> {
    return this.reviews.acknowledge(id, body);
  }
}

@ApiTags('reviews')
@Controller('action-items')
export class ActionItemsController {
  constructor(private readonly reviews: ReviewsService) {}

  // The cabinet, and the item's owner whatever their role (it is in their My work).
  @Patch(':id')
  @ApiConflictResponse({ description: 'The action item changed since the version you sent' })
  @Allow(['cabinet'], { roles: ['owner', 'steward', 'board'], check: 'action-item' })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateActionItemDto): Promise<ActionItem> {
    return this.reviews.updateActionItem(id, body);
  }
}

@ApiTags('reviews')
@Controller('plans')
export class StatusHistoryController {
  constructor(private readonly reviews: ReviewsService) {}

  @Get(':id/status-history')
  @ApiOkResponse({ description: 'A goal’s or priority’s status at each snapshot (closed reviews and month ends)' })
  @SignedIn()
  history(@Param('id', ParseUUIDPipe) id: string, @Query() query: StatusHistoryQuery): Promise<StatusHistory> {
    return this.reviews.statusHistory(id, query);
  }
}
