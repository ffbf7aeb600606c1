import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Language } from '@throughline/domain';

@Entity({ name: 'person' })
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) email!: string;
  @Column({ type: 'text', nullable: true }) title!: string | null;
  @Column({ type: 'text', nullable: true }) department!: string | null;
  /** For escalation: reminders overdue for long copy the supervisor. */
  @Column({ name: 'supervisor_id', type: 'uuid', nullable: true }) supervisorId!: string | null;
  @Column({ name: 'preferred_language', type: 'text', default: 'en' }) preferredLanguage!: Language;
  @Column({ type: 'boolean', default: true }) active!: boolean;
}
