import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Run history of background jobs: every sweep and collection run records its outcome here, not in the queue. */
export class CreateJobRuns1795564800000 implements MigrationInterface {
  name = 'CreateJobRuns1795564800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE app.job_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        job text NOT NULL,
        queue_job_id text,
        outcome text NOT NULL DEFAULT 'running' CHECK (outcome IN ('running', 'succeeded', 'failed')),
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        detail text,
        CHECK (finished_at IS NULL OR finished_at >= started_at)
      )`);
    await queryRunner.query(`CREATE INDEX job_run_job_started_idx ON app.job_run (job, started_at DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE app.job_run`);
  }
}
