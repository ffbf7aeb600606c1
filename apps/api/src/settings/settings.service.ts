import { Injectable } from '@nestjs/common';
import type { Repository } from 'typeorm';
import { Db } from '../database/db.js';
import type { DistrictSettings } from '@throughline/domain';
import { invalid } from '../http/errors.js';
import { DistrictSettingsEntity } from './district-settings.entity.js';
import { type UpdateSettingsDto, toSettingsResponse } from './settings.dto.js';

@Injectable()
export class SettingsService {
  /** Bound to the current transaction when called inside db.write. */
  private get repository(): Repository<DistrictSettingsEntity> {
    return this.db.repository(DistrictSettingsEntity);
  }

  constructor(private readonly db: Db) {}

  async get(): Promise<DistrictSettings & { readonly publicEnabled: boolean }> {
    return toSettingsResponse(await this.repository.findOneByOrFail({ id: 1 }));
  }

  update(changes: UpdateSettingsDto): Promise<DistrictSettings & { readonly publicEnabled: boolean }> {
    return this.db.write(async () => {
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
        publicEnabled: changes.publicEnabled,
        updatedAt: new Date(),
      });
      return this.get();
    });
  }
}
