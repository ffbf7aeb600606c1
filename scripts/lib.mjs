// Small helpers shared by start.mjs and test.mjs (plain Node, no dependencies, runs before anything is built).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createConnection } from 'node:net';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

/** Nx without daemon, cloud or TUI: the same quiet, prompt-free behaviour locally and in CI. */
export const NX_ENV = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };

export function say(message) {
  process.stdout.write(`\x1b[1m▸ ${message}\x1b[0m\n`);
}

export function fail(message) {
  process.stderr.write(`\x1b[31m✖ ${message}\x1b[0m\n`);
  process.exit(1);
}

export function requireNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) fail(`Throughline needs Node.js 20.19 or newer; this is ${process.version}.`);
  if (!existsSync(resolve(ROOT, 'node_modules/.bin/nx'))) fail('Dependencies are missing: run `npm install` first.');
}

/** Runs a command with inherited output; resolves with its exit code. */
export function run(command, args, env = {}) {
  return new Promise((resolveCode) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...NX_ENV, ...env } });
    child.on('exit', (code, signal) => resolveCode(code ?? (signal ? 1 : 0)));
  });
}

export async function runOrFail(label, command, args, env = {}) {
  say(label);
  const code = await run(command, args, env);
  if (code !== 0) fail(`${label} failed (exit ${code}).`);
}

export function portAnswers(port, host = '127.0.0.1', timeoutMs = 1000) {
  return new Promise((resolveOpen) => {
    const socket = createConnection({ port, host });
    const done = (open) => {
      socket.destroy();
      resolveOpen(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export function commandExists(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

export function sh(command) {
  return spawnSync('sh', ['-c', command], { stdio: 'inherit' }).status === 0;
}

export async function waitForPort(port, seconds) {
  for (let i = 0; i < seconds * 4; i += 1) {
    if (await portAnswers(port)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}
