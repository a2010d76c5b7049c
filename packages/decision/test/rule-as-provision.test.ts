import { describe, expect, it } from 'vitest';
import { parseDecision } from '../src/index.ts';
import { opsOf, single } from './helpers.ts';

/**
 * A rule named alone (《…》, 本办法) stands for the whole rule where words are changed throughout it; where a
 * clause acts on whole provisions it names none, which is an error, never an operation on nothing.
 */
const errorsOf = (r: ReturnType<typeof parseDecision>) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId);

describe('the rule named alone where a provision is acted on', () => {
  for (const sentence of [
    '《丙条例》修改为“丁”。',
    '将《丙条例》修改为：“丁”。',
    '删去《丙条例》。',
    '《丙条例》改为两条。',
    '将《丙条例》与《丁条例》合并。',
    '将《丙条例》单列一条，作为第九条。',
    '将《丙条例》章名修改为“丁”。',
    '《丙条例》增加一款，作为第二款：“丁。”',
    '在《丙条例》后增加一条：“第九条 丁。”',
  ]) {
    it(`${sentence}: an error, no operation`, () => {
      const r = parseDecision(single(sentence));
      expect(errorsOf(r)).toEqual(['decision/rule-as-provision']);
      expect(opsOf(r.value, '一')).toEqual([]);
    });
  }

  it('the clauses before it in the item are still read', () => {
    const r = parseDecision(single('将第五条中的“甲”修改为“乙”，《丙条例》修改为“丁”。'));
    expect(errorsOf(r)).toEqual(['decision/rule-as-provision']);
    expect(opsOf(r.value, '一')).toEqual([{ kind: 'replaceText', scope: [{ article: { n: 5 } }], pairs: [{ from: '甲', to: '乙' }] }]);
  });

  it('将《某某条例》中的“甲”修改为“乙”: words throughout the rule, as before', () => {
    const r = parseDecision(single('将《某某条例》中的“甲”修改为“乙”。'));
    expect(errorsOf(r)).toEqual([]);
    expect(opsOf(r.value, '一')).toEqual([{ kind: 'replaceText', scope: [], pairs: [{ from: '甲', to: '乙' }] }]);
  });
});
