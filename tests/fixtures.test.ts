import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { read, root, run } from './helpers.ts';

/**
 * The hand-worked fixtures (tests/fixtures/README.md), end to end through
 * `amend apply -v`: the consolidated text and every diagnostic as printed.
 */
const dir = join(root, 'tests/fixtures');
const fixtures = readdirSync(dir).filter((f) => statSync(join(dir, f)).isDirectory());

describe('hand-worked fixtures through amend apply', () => {
  it.each(fixtures)('%s', async (name) => {
    const at = (f: string) => join(dir, name, f);
    const r = await run('apply', '--rule', at('rule.txt'), '--decision', at('decision.txt'), '-v', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toBe(read(at('expected.txt')));
    // Each diagnostic's first line, without the file:line:column it starts with.
    const printed = r.err
      .split('\n')
      .filter((l) => /^\S+:\d+:\d+: /.test(l))
      .map((l) => l.replace(/^\S+:\d+:\d+: /, ''));
    expect(printed).toEqual(read(at('diagnostics.txt')).split('\n').filter(Boolean));
  });
});
