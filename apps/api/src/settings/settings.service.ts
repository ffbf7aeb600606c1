import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { DistrictSettings } from '@throughline/domain';
import { invalid } from '../http/errors.js';
import { DistrictSettingsEntity } from './district-settings.entity.js';
import { type UpdateSettingsDto, toSettingsResponse } from './settings.dto.js';

@Injectable()
export class SettingsService {
  constructor(@InjectRepository(DistrictSettingsEntity) private readonly repository: Repository<DistrictSettingsEntity>) {}

  async get(): Promise<DistrictSettings> {
    return toSettingsResponse(await this.repository.findOneByOrFail({ id: 1 }));
  }

  async update(changes: UpdateSettingsDto): Promise<DistrictSettings> {
    const bands = changes.statusBands;
    if (bands && bands.watch >= bands.onTrack) {
      throw invalid([{ field: 'statusBands.watch', messages: ['watch must be below onTrack'] }]);
    }
    await this.repository.update(1, {
      name: changes.name,
      timeZone: changes.timeZone,
      schoolYearStartMonth: changes.schoolYearStartMonth,
      minN: changes.minN,
      onTrackThreshold: bands?.onTrack,
      watchThreshold: bands?.watch,
      rollupMode: changes.rollupMode,
      languages: changes.languages,
      updatedAt: new Date(),
    });
    return this.get();
  }
}
