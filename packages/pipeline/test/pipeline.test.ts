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

describe('words for every rule of a decision amending several', () => {
  const DECISION = [
    '某市人民代表大会常务委员会关于修改《某市甲条例》等两件地方性法规的决定',
    '',
    '一、对《某市甲条例》作出修改',
    '',
    '将第一条中的“登记”修改为“备案”。',
    '',
    '二、对《某市乙条例》作出修改',
    '',
    '删去第二条。',
    '',
    '此外，将上述两件地方性法规名称和内容中“区县”、“区、县”统一修改为“区”，“乡、镇”统一修改为“乡镇”。',
    '',
    '本决定自公布之日起施行。',
    '',
  ].join('\n');
  const RULE_A = '某市甲条例\n\n第一条　区、县人民政府和乡、镇人民政府负责登记。\n\n第二条　本条例自公布之日起施行。\n';

  it('changes the phrases a rule holds and passes over those it lacks (no 区县 here)', () => {
    const r = amend({ file: 'a.txt', text: RULE_A }, { file: 'd.md', text: DECISION });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.consolidation?.after.children[0]).toMatchObject({
      kind: 'article',
      children: [{ text: '区人民政府和乡镇人民政府负责备案。' }],
    });
  });

  it('still stops when the words are an instruction for this rule alone', () => {
    const one = [
      '某市人民代表大会常务委员会关于修改《某市甲条例》的决定',
      '',
      '一、将第一条中的“登记”修改为“备案”。',
      '',
      '二、将本条例中的“区县”、“区、县”统一修改为“区”，“乡、镇”统一修改为“乡镇”。',
      '',
      '本决定自公布之日起施行。',
      '',
    ].join('\n');
    const r = amend({ file: 'a.txt', text: RULE_A }, { file: 'd.md', text: one });
    expect(r.consolidation).toBeUndefined();
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.ruleId, d.data?.phrase])).toEqual([
      ['engine/phrase-not-found', '区县'],
    ]);
  });
});

describe('a rule drafted as numbered points 一、二、', () => {
  it('将引言修改为“…” changes the 引言 and leaves the points', () => {
    const text =
      '某市罚款限额的规定\n\n根据行政处罚法第十三条，作如下规定：\n\n一、罚款的限额为三十万元。\n\n二、本规定自公布之日起施行。\n';
    const r = amend(
      { file: 'r.txt', text },
      {
        file: 'd.md',
        text: '某市人大常委会关于修改《某市罚款限额的规定》的决定\n\n一、将引言修改为“根据行政处罚法第十四条，作如下规定：”\n\n本决定自公布之日起施行。\n',
      },
    );
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.consolidation?.after.preamble.map((p) => p.text)).toEqual(['根据行政处罚法第十四条，作如下规定：']);
    expect(r.consolidation?.after.children).toBe(r.rule.children);
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
