import type { EntityManager } from 'typeorm';
import { PasswordsService } from '../auth/passwords.service.js';

/** The demo sign-ins printed in the README. Password `demo` for all five. */
export const DEMO_PASSWORD = 'demo';

/** Which seeded person each demo sign-in is (by title), so each has real work of their own to look at. */
const DEMO_ACCOUNTS: readonly { readonly email: string; readonly who: string }[] = [
  { email: 'admin@example.org', who: `title = 'Chief of Staff'` },
  { email: 'cabinet@example.org', who: `title = 'Chief Academic Officer'` },
  {
    email: 'principal@example.org',
    // The principal with the most tactics of their own.
    who: `id = (SELECT p.id FROM app.person p JOIN app.tactic t ON t.owner_id = p.id WHERE p.title = 'Principal'
                GROUP BY p.id ORDER BY count(*) DESC, p.name LIMIT 1)`,
  },
  { email: 'steward@example.org', who: `title = 'Director of Assessment and Accountability'` },
  { email: 'board@example.org', who: `title = 'School Board President'` },
];

/**
 * Roles for every seeded person, from what they do in the plan: the cabinet (superintendent, chiefs, area
 * superintendents) → cabinet; anyone owning or contributing to tactics → owner; metric owners → steward; the
 * board president → board; the chief of staff runs the system → admin. With `accounts`, the five demo sign-ins.
 */
export async function seedAccess(manager: EntityManager, options: { readonly accounts: boolean }): Promise<number> {
  await manager.query(
    `INSERT INTO app.person (id, name, email, title, department, preferred_language)
     VALUES ('00000000-0000-4000-8000-0000000b0a4d', 'Patricia Gómez', 'patricia.gomez@riverbend.example.org',
             'School Board President', 'Board of Education', 'es')`,
  );
  await manager.query(`
    INSERT INTO app.person_role (person_id, role)
    SELECT id, 'cabinet' FROM app.person WHERE title = 'Superintendent' OR title LIKE 'Chief %' OR title LIKE 'Area Superintendent%'
      OR title LIKE 'Executive Director%'
    UNION SELECT owner_id, 'owner' FROM app.tactic
    UNION SELECT person_id, 'owner' FROM app.tactic_contributor
    UNION SELECT id, 'owner' FROM app.person WHERE title = 'Principal' OR title LIKE 'Director%' OR title LIKE '%Coordinator'
    UNION SELECT owner_id, 'steward' FROM app.metric
    UNION SELECT id, 'board' FROM app.person WHERE title = 'School Board President'
    UNION SELECT id, 'admin' FROM app.person WHERE title = 'Chief of Staff'
    ON CONFLICT DO NOTHING`);
  if (!options.accounts) return 0;
  const hash = await PasswordsService.hash(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    await manager.query(`UPDATE app.person SET email = $1 WHERE ${account.who}`, [account.email]);
  }
  const rows = await manager.query<unknown[]>(
    `INSERT INTO app.person_credential (person_id, password_hash)
     SELECT id, $2 FROM app.person WHERE email = ANY($1::text[]) RETURNING person_id`,
    [DEMO_ACCOUNTS.map((a) => a.email), hash],
  );
  return rows.length;
}
