import { Body, Controller, Get, HttpException, HttpStatus, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/access.js';
import { RateLimitService } from '../auth/rate-limit.service.js';
import { sendCacheable } from './cacheable.js';
import { FeedbackService } from './feedback.service.js';
import { CreateFeedbackDto, PublicQuery } from './public.dto.js';
import { PublicService } from './public.service.js';

/** Feedback from one address: a handful of messages per ten minutes is a person; more is a script. */
export const FEEDBACK_LIMIT = 5;
export const FEEDBACK_WINDOW_SECONDS = 600;

/** The community's page: anonymous, cacheable reads of what is published, and feedback per goal. */
@ApiTags('public')
@Controller('public')
export class PublicController {
  constructor(
    private readonly pages: PublicService,
    private readonly feedback: FeedbackService,
    private readonly limits: RateLimitService,
  ) {}

  @Get('plan')
  @Public()
  @ApiOkResponse({ description: 'The published plan: priorities → goals → metrics, small-n figures withheld; ETag + Cache-Control' })
  @ApiNotFoundResponse({ description: 'The district has switched the public page off (or has no active plan)' })
  async plan(@Query() query: PublicQuery, @Req() req: Request, @Res() res: Response): Promise<void> {
    sendCacheable(req, res, await this.pages.plan(query.lang ?? 'en'));
  }

  @Get('goals/:id')
  @Public()
  @ApiOkResponse({ description: 'One published goal (the embed view)' })
  @ApiNotFoundResponse({ description: 'Unknown or unpublished goal' })
  async goal(@Param('id', ParseUUIDPipe) id: string, @Query() query: PublicQuery, @Req() req: Request, @Res() res: Response): Promise<void> {
    sendCacheable(req, res, await this.pages.goal(id, query.lang ?? 'en'));
  }

  /**
   * No account and no CSRF token: the access guard lets public routes through before its CSRF check, and a
   * cross-site HTML form cannot send the JSON body this route requires. Abuse is held off by the per-address limit.
   */
  @Post('goals/:id/feedback')
  @Public()
  @ApiCreatedResponse({ description: 'Stored for the cabinet' })
  @ApiNotFoundResponse({ description: 'Unknown or unpublished goal' })
  @ApiTooManyRequestsResponse({ description: `More than ${FEEDBACK_LIMIT} messages from this address in ${FEEDBACK_WINDOW_SECONDS / 60} minutes` })
  async send(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateFeedbackDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ id: string }> {
    const key = `feedback:ip:${req.ip ?? 'unknown'}`;
    const { hits, retryAfterSeconds } = await this.limits.peek(key);
    if (hits >= FEEDBACK_LIMIT) {
      res.setHeader('Retry-After', String(retryAfterSeconds));
      const minutes = Math.ceil(retryAfterSeconds / 60);
      throw new HttpException(
        {
          statusCode: 429, error: 'Too Many Requests', retryAfterSeconds,
          message: `Thank you: we have received several messages from you. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    if (!(await this.pages.isPublishedGoal(id))) throw new HttpException({ statusCode: 404, error: 'Not Found', message: 'No published goal with this id' }, 404);
    const created = await this.feedback.create(id, body);
    await this.limits.hit(key, FEEDBACK_WINDOW_SECONDS);
    return created;
  }
}
