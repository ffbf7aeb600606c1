import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SchoolLevel } from '@throughline/domain';

@Entity({ name: 'school' })
export class SchoolEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** The state's school code (e.g. a 14-digit CDS code): how data files name the school. */
  @Column({ type: 'text' }) code!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) level!: SchoolLevel;
  @Column({ type: 'boolean', default: true }) active!: boolean;
}
