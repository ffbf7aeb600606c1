import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { GroupKind } from '@throughline/domain';

@Entity({ name: 'student_group' })
export class StudentGroupEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) code!: string;
  @Column({ name: 'name_en', type: 'text' }) nameEn!: string;
  @Column({ name: 'name_es', type: 'text' }) nameEs!: string;
  @Column({ type: 'text' }) kind!: GroupKind;
  @Column({ name: 'sort_order', type: 'integer', default: 0 }) sortOrder!: number;
  @Column({ type: 'boolean', default: false }) system!: boolean;
  @Column({ type: 'boolean', default: true }) active!: boolean;
}
