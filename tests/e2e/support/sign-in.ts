import type { Page } from 'playwright-core';
import { BASE_URL } from './browser.js';

/** The five demo sign-ins the seed creates (apps/api/src/seed/demo-accounts.ts), all with the password `demo`. */
export const DEMO_ROLES = ['admin', 'cabinet', 'principal', 'steward', 'board'] as const;
export type DemoRole = (typeof DEMO_ROLES)[number];
export const DEMO_PASSWORD = 'demo';

export function demoEmail(role: DemoRole): string {
  return `${role}@example.org`;
}

/** Fills the sign-in form the page is showing and submits it (no waiting: callers wait for what they expect). */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  const form = page.locator('form');
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Signs in through the real login form as a demo account, the way a person does, and waits for the toolbar to
 * show the Sign out button. With `next`, starts from `/login?next=…` and lands there.
 */
export async function signIn(page: Page, role: DemoRole, next?: string): Promise<void> {
  await page.goto(`${BASE_URL}/login${next ? `?next=${encodeURIComponent(next)}` : ''}`);
  await submitSignIn(page, demoEmail(role), DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}
