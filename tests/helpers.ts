import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../packages/cli/src/main.ts';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const shared = resolve(root, '../shared');
export const example = join(root, 'examples/decree-119');

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'amend-test-'));
}

export function read(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Run the CLI in-process and capture what it prints. */
export async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  // No locale: English, whatever the machine's LANG (tests of the Chinese pass --lang or an env).
  const code = await main(['node', 'amend', ...args], { out: (t) => (out += t), err: (t) => (err += t) }, {});
  return { code, out, err };
}
