import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The preloaded student groups (data, separate from the schema migration): All Students, the ESSA accountability
 * groups, the seven federal race/ethnicity categories and the report-card reporting groups. Districts add their own.
 */
const GROUPS: ReadonlyArray<readonly [code: string, en: string, es: string, kind: string]> = [
  ['ALL', 'All Students', 'Todos los estudiantes', 'all'],
  ['ED', 'Economically disadvantaged', 'Con desventaja económica', 'program'],
  ['SWD', 'Students with disabilities', 'Estudiantes con discapacidades', 'program'],
  ['EL', 'English learners', 'Estudiantes de inglés', 'program'],
  ['HI', 'Hispanic or Latino', 'Hispano o latino', 'race-ethnicity'],
  ['AI', 'American Indian or Alaska Native', 'Indígena americano o nativo de Alaska', 'race-ethnicity'],
  ['AS', 'Asian', 'Asiático', 'race-ethnicity'],
  ['BL', 'Black or African American', 'Negro o afroamericano', 'race-ethnicity'],
  ['PI', 'Native Hawaiian or Other Pacific Islander', 'Nativo de Hawái u otras islas del Pacífico', 'race-ethnicity'],
  ['WH', 'White', 'Blanco', 'race-ethnicity'],
  ['TR', 'Two or more races', 'Dos o más razas', 'race-ethnicity'],
  ['F', 'Female', 'Femenino', 'reporting'],
  ['M', 'Male', 'Masculino', 'reporting'],
  ['X', 'Nonbinary', 'No binario', 'reporting'],
  ['MIG', 'Migrant', 'Migrante', 'reporting'],
  ['HOM', 'Homeless', 'Sin hogar', 'reporting'],
  ['FOS', 'Foster care', 'En cuidado de crianza', 'reporting'],
  ['MIL', 'Military-connected', 'Familia militar', 'reporting'],
];

export class SeedStudentGroups1795568400001 implements MigrationInterface {
  name = 'SeedStudentGroups1795568400001';

  async up(q: QueryRunner): Promise<void> {
    const params = GROUPS.flatMap(([code, en, es, kind], i) => [code, en, es, kind, i]);
    const rows = GROUPS.map((_, i) => `($${i * 5 + 1}, $${i * 5 + 2}, $${i * 5 + 3}, $${i * 5 + 4}, $${i * 5 + 5}, true)`);
    await q.query(
      `INSERT INTO app.student_group (code, name_en, name_es, kind, sort_order, system) VALUES ${rows.join(', ')}`,
      params,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM app.student_group WHERE system`);
  }
}
