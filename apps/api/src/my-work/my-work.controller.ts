import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '../auth/access.js';
import type { MyWorkResponse } from './my-work.dto.js';
import { MyWorkService } from './my-work.service.js';

@ApiTags('my-work')
@Controller('my-work')
export class MyWorkController {
  constructor(private readonly myWork: MyWorkService) {}

  @Get()
  @ApiOkResponse({
    description:
      'The signed-in person’s tactics (owner or contributor) with health, milestones and last check-in; what is due; ' +
      'and their open data requests (manual sources they steward) with the period and the rows to fill',
  })
  @SignedIn()
  get(): Promise<MyWorkResponse> {
    return this.myWork.get();
  }
}
