import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../packages/cli/src/main.ts';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const shared = resolve(root, '../shared');
export const example = join(root, 'examples/decree-119');

/**
 * A small rule of three articles, written out so every expectation can be checked by eye; the third cites the
 * second, so an insertion before 第二条 shows a reference renumbered. Lines, to extend or join.
 */
export const SMALL_RULE = [
  '某市养犬管理办法',
  '（2010年1月1日某市人民政府令第1号公布）',
  '',
  '第一条　为了规范养犬行为，制定本办法。',
  '',
  '第二条　公安机关负责养犬登记。',
  '',
  '第三条　违反本办法第二条规定的，由公安机关责令改正。',
  '',
];

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
