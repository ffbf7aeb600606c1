import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '../auth/access.js';
import {
  AccountabilityItemsQuery, type AccountabilityItemsResponse, AccountabilityQuery, type AccountabilityResponse,
} from './accountability.dto.js';
import { AccountabilityService } from './accountability.service.js';

@ApiTags('accountability')
@Controller('accountability')
export class AccountabilityController {
  constructor(private readonly accountability: AccountabilityService) {}

  @Get()
  @ApiOkResponse({
    description:
      'Per owner (or department) in the active plan: tactics, on-time check-in rate, overdue, stale, median days since ' +
      'the last check-in and the last check-in, over the window from–to (cancelled tactics owe nothing and are left out)',
  })
  @SignedIn()
  summary(@Query() query: AccountabilityQuery): Promise<AccountabilityResponse> {
    return this.accountability.summary(query);
  }

  @Get('items')
  @ApiOkResponse({ description: 'The tactics behind one row of the summary (ownerId or department), each with the same facts' })
  @SignedIn()
  items(@Query() query: AccountabilityItemsQuery): Promise<AccountabilityItemsResponse> {
    return this.accountability.items(query);
  }
}
