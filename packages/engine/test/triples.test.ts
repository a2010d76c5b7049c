import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDecision } from '@amend/decision';
import { parseRule, serialize } from '@amend/document';
import type { Document } from '@amend/model';
import { applyAmendment, findAmendment } from '../src/index.ts';
import { root } from './helpers.ts';

/**
 * Real amendments with the text before, the instrument and the published
 * text after (shared/corpus/triples, see its README). The instrument is read
 * with the decision parser; the bodies must match, apart from the noise the
 * README lists.
 */
const dir = join(root, '../shared/corpus/triples');
const read = (t: string, f: string) => readFileSync(join(dir, t, f), 'utf8');
const body = (d: Document) => serialize({ ...d, notes: [] }).split('\n').slice(1).filter((l) => l !== '');

function run(t: string) {
  const before = parseRule(read(t, 'before.md')).value;
  const after = parseRule(read(t, 'after.md')).value;
  const decision = parseDecision(read(t, 'instrument.md')).value;
  const amendment = findAmendment(decision, before.title);
  expect(amendment).toBeDefined();
  const c = applyAmendment(before, amendment!, { decision: { title: decision.title } });
  expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { got: body(c.after), want: body(after) };
}

describe('published amendments', () => {
  it('医疗损害责任纠纷解释: preamble and 15 articles replaced', () => {
    const { got, want } = run('spc2020-civ27-s08-yiliao');
    expect(got).toEqual(want);
  });

  it('生态环境损害赔偿规定: the published text has one extra history line', () => {
    const { got, want } = run('spc2020-civ27-s09-shengtai');
    expect(got).toEqual(want.filter((l) => !l.startsWith('（2019年5月20日')));
  });

  it('民间借贷规定: an article deleted and the rest renumbered; the published text shortens a law’s name twice', () => {
    const { got, want } = run('spc2020-civ27-s27-minjian-jiedai');
    const shorten = (l: string) => l.replace(/《中华人民共和国民事诉讼法》(?=第)/g, '民事诉讼法');
    expect(got.map(shorten)).toEqual(want);
  });
});
