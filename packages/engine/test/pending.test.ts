import { describe, expect, it } from 'vitest';
import { serialize } from '@amend/document';
import { amend, art, frag, rule } from './helpers.ts';

type Draft = Parameters<typeof amend>[2][number][1][number];

/**
 * Forms the decision reader expresses that the engine does not apply yet:
 * each one stops the consolidation with a message naming it, and the rule
 * is left as it was — never a text changed the wrong way.
 */
const T = '测试办法';
const doc = rule(`${T}

第一章　总则

第一条　甲乙甲。

第二条　丙。
丁。
`);

describe('operations the engine does not apply yet', () => {
  it.each([
    ['one occurrence', { kind: 'replaceText', scope: [art(1)], pairs: [{ from: '甲', to: '戊', occurrence: 1 }] }],
    ['a heading around articles', { kind: 'insertNode', level: 'chapter', as: { chapter: 1 }, content: frag('总则', 'chapter'), holds: { from: art(1), to: art(2) } }],
    ['a heading as the place of a text change', { kind: 'replaceText', scope: [{ chapter: 1, special: 'heading' }], pairs: [{ from: '总则', to: '通则' }] }],
  ] as [string, Draft][])('%s', (_, op) => {
    const c = amend(doc, T, [['一', [op]]]);
    expect(c.diagnostics.map((d) => d.ruleId)).toEqual(['engine/unsupported-operation']);
    expect(serialize(c.after)).toBe(serialize(doc));
  });
});
