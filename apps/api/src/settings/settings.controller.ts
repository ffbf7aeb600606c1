import { Body, Controller, Get, Patch } from '@nestjs/common';
import { Allow, SignedIn } from '../auth/access.js';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { DistrictSettings } from '@throughline/domain';
import { UpdateSettingsDto } from './settings.dto.js';
import { SettingsService } from './settings.service.js';

@ApiTags('settings')
@Controller('settings')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Get()
  @ApiOkResponse({ description: 'District name, time zone, school-year start month, minimum n, status bands, languages' })
  @SignedIn()
  get(): Promise<DistrictSettings> {
    return this.settings.get();
  }

  @Patch()
  @Allow([])
  update(@Body() body: UpdateSettingsDto): Promise<DistrictSettings> {
    return this.settings.update(body);
  }
}
