import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRule, serialize } from '@amend/document';
import { parseDecision } from '@amend/decision';
import { consolidateCorpus } from '@amend/engine';
import { amend } from '@amend/pipeline';
import { example, read } from './helpers.ts';

/**
 * The founding example: decree 119 applied to the project's reconstruction of
 * each amended rule must give the consolidated text worked out by hand in
 * examples/decree-119/expected/.
 */
const decision = { file: join(example, 'decision.md'), text: read(join(example, 'decision.md')) };
const titles = readdirSync(join(example, 'expected'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''));

describe('decree 119 over the example rules', () => {
  it('has an expected text for all 13 amended rules', () => {
    expect(titles).toHaveLength(13);
  });

  it.each(titles)('%s', (title) => {
    const file = join(example, 'rules', `${title}.txt`);
    const result = amend({ file, text: read(file) }, decision);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);
    const expected = read(join(example, 'expected', `${title}.txt`));
    expect(serialize(result.consolidation!.after)).toBe(expected);
  });
});

/**
 * The engine edits immer drafts, never its input. A result shares every
 * untouched node with the input, so the input is frozen too (as immer's own
 * auto-freeze does): a write into a result can reach neither the input nor
 * another version built on it.
 */
describe('decree 119 leaves its inputs as they were', () => {
  const parsed = parseDecision(decision.text).value;
  const info = { decision: { title: parsed.title } };
  const rules = () => readdirSync(join(example, 'rules')).map((f) => parseRule(read(join(example, 'rules', f)), { file: f }).value);

  it('changes no input rule, and every object of a result is frozen, the input’s own included', () => {
    const input = rules();
    const copies = structuredClone(input);
    const own = reachable(input);
    const { results } = consolidateCorpus(input, parsed, info);
    expect(results.size).toBe(13);
    expect(input).toEqual(copies);
    let made = 0;
    for (const c of results.values()) {
      for (const o of reachable([c.after])) {
        if (!own.has(o)) made++;
        expect(Object.isFrozen(o)).toBe(true);
      }
    }
    expect(made).toBeGreaterThan(1000);
    // The input's own objects, most of them shared by the results, are frozen and unchanged.
    for (const o of own) expect(Object.isFrozen(o)).toBe(true);
    const first = [...results.values()][0].after as unknown as { children: { children?: unknown[] }[] };
    expect(() => {
      (first.children[0] as { id: string }).id = 'changed';
    }).toThrow(TypeError);
  });

  it('gives the same results for deeply frozen inputs', () => {
    const frozen = rules().map(deepFreeze);
    const a = consolidateCorpus(frozen, parsed, info);
    const b = consolidateCorpus(rules(), parsed, info);
    for (const [title, c] of b.results) expect(serialize(a.results.get(title)!.after)).toBe(serialize(c.after));
  });
});

function reachable(roots: unknown[]): Set<object> {
  const seen = new Set<object>();
  const visit = (v: unknown): void => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    for (const x of Object.values(v)) visit(x);
  };
  roots.forEach(visit);
  return seen;
}

function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}
