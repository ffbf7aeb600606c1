import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Language, RollupMode } from '@throughline/domain';
import { numericColumn } from '../database/pg-types.js';

/** The single settings row of the district (id = 1). */
@Entity({ name: 'district_settings' })
export class DistrictSettingsEntity {
  @PrimaryColumn({ type: 'smallint' }) id!: number;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'time_zone', type: 'text' }) timeZone!: string;
  @Column({ name: 'school_year_start_month', type: 'smallint' }) schoolYearStartMonth!: number;
  @Column({ name: 'min_n', type: 'smallint' }) minN!: number;
  @Column({ name: 'on_track_threshold', type: 'numeric', transformer: numericColumn }) onTrackThreshold!: number;
  @Column({ name: 'watch_threshold', type: 'numeric', transformer: numericColumn }) watchThreshold!: number;
  @Column({ name: 'rollup_mode', type: 'text' }) rollupMode!: RollupMode;
  @Column({ type: 'text', array: true }) languages!: Language[];
  @Column({ name: 'public_enabled', type: 'boolean' }) publicEnabled!: boolean;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
