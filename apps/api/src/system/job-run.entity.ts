import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { JobRunOutcome } from '@throughline/domain';

@Entity({ name: 'job_run' })
export class JobRunEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) job!: string;
  @Column({ name: 'queue_job_id', type: 'text', nullable: true }) queueJobId!: string | null;
  @Column({ type: 'text', default: 'running' }) outcome!: JobRunOutcome;
  @Column({ name: 'started_at', type: 'timestamptz' }) startedAt!: Date;
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
  @Column({ type: 'text', nullable: true }) detail!: string | null;
}
