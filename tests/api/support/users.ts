import { randomBytes } from 'node:crypto';
import { expect } from '@jest/globals';
import { PasswordsService } from '../../../apps/api/src/auth/passwords.service.js';
import type { Role } from '../../../apps/api/src/http/request-context.js';
import type { Client, RunningApp } from './app.js';
import { dataSourceOf } from './db.js';

export interface TestUser {
  readonly personId: string;
  readonly email: string;
  readonly password: string;
}

const PASSWORD_HASHES = new Map<string, Promise<string>>();

/** A person with roles and a password, written straight to the database (the way the demo seed does). */
export async function createUser(app: RunningApp, roles: readonly Role[], name = `Test ${roles.join(' ')}`): Promise<TestUser> {
  const email = `${roles.join('-') || 'none'}.${randomBytes(4).toString('hex')}@test.example.org`;
  const password = 'correct horse battery';
  if (!PASSWORD_HASHES.has(password)) PASSWORD_HASHES.set(password, PasswordsService.hash(password));
  const db = dataSourceOf(app);
  const [person] = await db.query<{ id: string }[]>(`INSERT INTO app.person (name, email) VALUES ($1, $2) RETURNING id`, [name, email]);
  const personId = (person as { id: string }).id;
  await db.query(`INSERT INTO app.person_credential (person_id, password_hash) VALUES ($1, $2)`, [personId, await PASSWORD_HASHES.get(password)]);
  if (roles.length) await db.query(`INSERT INTO app.person_role (person_id, role) SELECT $1, unnest($2::text[])`, [personId, roles]);
  return { personId, email, password };
}

/** Signs in through POST /api/auth/login and returns a client carrying the session and XSRF cookies. */
export async function signIn(app: RunningApp, user: Pick<TestUser, 'email' | 'password'>): Promise<Client> {
  const client = app.client();
  const response = await client.send('POST', '/api/auth/login', { email: user.email, password: user.password });
  expect({ status: response.status, body: response.body }).toEqual(expect.objectContaining({ status: 200 }));
  return client;
}

/** A new admin, signed in. */
export async function asAdmin(app: RunningApp): Promise<Client & { readonly user: TestUser }> {
  const user = await createUser(app, ['admin'], 'Test Admin');
  return Object.assign(await signIn(app, user), { user });
}
