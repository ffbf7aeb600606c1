import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Every text written in English for the `t` pipe or `i18n.t(...)`, across the dashboard's sources. */
function translatedTexts(): Map<string, string> {
  const found = new Map<string, string>();
  const patterns = [/'((?:[^'\\\n]|\\.)+)'\s*\|\s*t\b/g, /"((?:[^"\\\n]|\\.)+)"\s*\|\s*t\b/g, /\bi18n\.t\(\s*'((?:[^'\\\n]|\\.)+)'/g];
  for (const file of files(ROOT).filter((f) => /\.(ts|html)$/.test(f) && !f.endsWith('.spec.ts'))) {
    // Comments may show examples of the pipe; only code counts.
    const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.set((match[1] as string).replace(/\\'/g, "'"), file);
  }
  return found;
}

/** The union of every feature's Spanish dictionary (files named *.es.ts exporting dictionaries). */
function spanish(): Record<string, string> {
  const all: Record<string, string> = {};
  for (const file of files(ROOT).filter((f) => f.endsWith('.es.ts'))) {
    const module = require(file) as Record<string, Record<string, string>>;
    for (const dictionary of Object.values(module)) Object.assign(all, dictionary);
  }
  return all;
}

describe('Spanish translations', () => {
  it('cover every English text the dashboard shows through t', () => {
    const es = spanish();
    const missing = [...translatedTexts()].filter(([text]) => !(text in es)).map(([text, file]) => `${file.replace(ROOT, '')}: ${text}`);
    expect(missing).toEqual([]);
  });
});
