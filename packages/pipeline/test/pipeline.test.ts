import { describe, expect, it } from 'vitest';
import { parseRule } from '@amend/document';
import { amend, amendCorpus } from '../src/index.ts';

const RULE = '某市养犬管理办法\n\n第一条　公安机关负责养犬登记。\n\n第二条　本办法自公布之日起施行。\n';
const decision = (item: string, title = '某市养犬管理办法') => ({
  file: 'decision.md',
  text: `某市人民政府关于修改《${title}》的决定\n\n一、${item}\n\n本决定自公布之日起施行。\n`,
});
const rule = { file: 'rule.txt', text: RULE };

describe('amend', () => {
  it('gives the consolidation when nothing stops it', () => {
    const r = amend(rule, decision('将第一条中的“公安机关”修改为“农业农村部门”。'));
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(r.consolidation?.after.children[0]).toMatchObject({ kind: 'article', children: [{ text: '农业农村部门负责养犬登记。' }] });
    expect(r.amendment?.title).toBe('某市养犬管理办法');
  });

  it('gives none when the engine stops, with the rule as it was read', () => {
    const r = amend(rule, decision('将第一条中的“工商局”修改为“农业农村部门”。'));
    expect(r.consolidation).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['engine/phrase-not-found', 'error']]);
    expect(r.rule.title).toBe('某市养犬管理办法');
  });

  it('names the rules the decision does amend when it does not amend this one', () => {
    const r = amend(rule, decision('将第一条中的“公安机关”修改为“农业农村部门”。', '某市河道管理办法'));
    expect(r.consolidation).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.ruleId, d.data?.title, d.span?.start.line])).toEqual([
      ['engine/rule-not-amended', '某市养犬管理办法', 3],
    ]);
    expect(r.diagnostics[0].expected).toContain('《某市河道管理办法》');
  });
});

describe('amendCorpus', () => {
  const parsed = (file: string, text: string) => ({ source: { file, text }, result: parseRule(text, { file }) });

  it('amends every rule the decision names, by title', () => {
    const r = amendCorpus(
      [parsed('a.txt', RULE), parsed('b.txt', '某市河道管理办法\n\n第一条　内容。\n')],
      decision('将第一条中的“公安机关”修改为“农业农村部门”。'),
    );
    expect([...r.results.keys()]).toEqual(['某市养犬管理办法']);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('amends nothing when one instruction is read but no operation expresses it', () => {
    const text = '某市养犬管理办法\n\n第一条　为了规范养犬行为。制定本办法。\n';
    const r = amendCorpus([parsed('a.txt', text)], decision('删去第一条后两句。'));
    expect(r.results.size).toBe(0);
    expect(r.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['decision/unsupported-instruction', 'error']]);
  });
});
