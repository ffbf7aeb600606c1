import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PlanState } from '@throughline/domain';

@Entity({ name: 'plan' })
export class PlanEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'first_school_year', type: 'integer' }) firstSchoolYear!: number;
  @Column({ name: 'last_school_year', type: 'integer' }) lastSchoolYear!: number;
  @Column({ type: 'text', default: '' }) mission!: string;
  @Column({ type: 'text', default: '' }) vision!: string;
  @Column({ name: 'plan_values', type: 'jsonb', default: [] }) values!: string[];
  @Column({ name: 'mission_es', type: 'text', default: '' }) missionEs!: string;
  @Column({ name: 'vision_es', type: 'text', default: '' }) visionEs!: string;
  @Column({ name: 'values_es', type: 'jsonb', default: [] }) valuesEs!: string[];
  @Column({ name: 'learner_profile', type: 'jsonb', default: [] }) learnerProfile!: string[];
  @Column({ type: 'text', default: 'draft' }) state!: PlanState;
  @Column({ name: 'adopted_on', type: 'date', nullable: true }) adoptedOn!: string | null;
  /** The district's active plan: at most one (a partial unique index guards it). */
  @Column({ type: 'boolean', default: false }) active!: boolean;
}
