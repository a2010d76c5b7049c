/**
 * The same mutated inputs through the `amend` commands themselves, in
 * process: each run must end with a documented exit code (0, 1 or 3 — the
 * arguments are always well formed, so never 2), print every error in the
 * `file:line:column: error: … [rule-id]` form (I/O errors name the file
 * alone), leave its inputs as they were and write nothing when it fails.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../packages/cli/src/main.ts';
import { caseInput, type Failure } from './cases.ts';

const COMMANDS: ((dir: string) => string[])[] = [
  (d) => [
    'apply',
    '--rule',
    join(d, 'rule.txt'),
    '--decision',
    join(d, 'decision.txt'),
    '-o',
    join(d, 'out', 'rule.txt'),
    '--report',
    join(d, 'out', 'report.json'),
  ],
  (d) => ['apply', '--rule', join(d, 'rule.txt'), '--decision', join(d, 'decision.txt'), '--format', 'akn'],
  (d) => ['check', '--rule', join(d, 'rule.txt'), '--decision', join(d, 'decision.txt')],
  (d) => ['decision', join(d, 'decision.txt'), '--format', 'json'],
  (d) => ['parse', join(d, 'rule.txt'), '--format', 'outline'],
  (d) => ['xref', join(d, 'rule.txt')],
  (d) => ['diff', join(d, 'original.txt'), join(d, 'rule.txt')],
  (d) => ['split', join(d, 'decision.txt'), '--out', join(d, 'out')],
];

const HEAD = /: (error|warning): /;
const POSITIONED = /^\S+:\d+:\d+: (error|warning): .+ \[[a-z]+\/[a-z0-9-]+\]$/;
const WHOLE_FILE = /^\S+: (error|warning): .+ \[[a-z]+\/[a-z0-9-]+\]$/;

/** Why the printed diagnostics are malformed, if they are. */
export function malformed(err: string): string | undefined {
  const lines = err.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!HEAD.test(line)) continue;
    if (POSITIONED.test(line)) {
      if (!/^ {2}\d+ \| /.test(lines[i + 1] ?? '') || !/^ {2} +\| [\s]*\^+$/.test(lines[i + 2] ?? ''))
        return `no source line and caret after: ${line}`;
    } else if (!WHOLE_FILE.test(line)) {
      return `not in the file:line:column form: ${line}`;
    } else if (!/ \[io\//.test(line) && / error: /.test(line)) {
      return `an error without a position: ${line}`;
    }
  }
  return undefined;
}

/** Run `count` CLI cases from `seed`. */
export async function fuzzCli(seed: number, count: number): Promise<{ cases: number; failures: Failure[] }> {
  const failures: Failure[] = [];
  const base = mkdtempSync(join(tmpdir(), 'amend-fuzz-cli-'));
  try {
    for (let index = 0; index < count; index++) {
      const input = caseInput(seed, index);
      if (input.kind === 'bytes') continue;
      const at = join(base, String(index));
      mkdirSync(at);
      const files: Record<string, string> = {
        'rule.txt': input.rule ?? input.text!,
        'decision.txt': input.decision ?? input.text!,
        'original.txt': input.original ?? input.rule ?? input.text!,
      };
      for (const [name, text] of Object.entries(files)) writeFileSync(join(at, name), text);
      const stamps = Object.keys(files).map((n) => ({ bytes: readFileSync(join(at, n)), mtime: statSync(join(at, n)).mtimeMs }));
      const args = COMMANDS[index % COMMANDS.length](at);
      let err = '';
      let code: number;
      try {
        code = await main(['node', 'amend', ...args], { out: () => {}, err: (t) => (err += t) });
      } catch (e) {
        failures.push({ seed, index, what: `${args[0]}: ${input.what}`, error: String((e as Error).stack ?? e) });
        continue;
      }
      const fail = (error: string) => failures.push({ seed, index, what: `${args[0]}: ${input.what}`, error });
      if (![0, 1, 3].includes(code)) fail(`exit code ${code}\n${err}`);
      const bad = malformed(err);
      if (bad) fail(bad);
      Object.keys(files).forEach((name, k) => {
        if (!readFileSync(join(at, name)).equals(stamps[k].bytes) || statSync(join(at, name)).mtimeMs !== stamps[k].mtime)
          fail(`${name} was modified`);
      });
      const left = readdirSync(at).filter((f) => !(f in files));
      if (code !== 0 && left.length > 0) fail(`failed with exit ${code} but left ${left.join(', ')}`);
      rmSync(at, { recursive: true, force: true });
    }
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
  return { cases: count, failures };
}
