import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDecision } from '@amend/decision';
import { parseRule } from '@amend/document';
import { applyAmendment } from '@amend/engine';
import { adjustCitations, adjustStatements, findCitations, LawIndex, mapFromVersions } from '../src/index.ts';

const law = (name: string) => parseRule(readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8'), { file: name }).value;
const map = mapFromVersions(law('testlaw-old.md'), law('testlaw-new.md'), { date: '2020-01-01' }, { date: '2025-01-01' });

const RULE = [
  '测试管理办法实施细则',
  '',
  '第一条 根据《测试管理办法》第一条，制定本细则。',
  '第二条 具备测试管理办法第三条第三项规定的设备的，可以申请。',
  '第三条 测试机构的报告，依照测试管理办法第四条报送。',
  '第四条 测试管理办法第七条、第八条规定的公示，在机构网站进行；修改前的测试管理办法第七条另有规定的除外。',
  '第五条 本细则自测试管理办法第十一条规定的日期起施行。',
  '',
].join('\n');

// The decision adds an article citing the law in its new numbering, and says the old citations follow it.
const DECISION = [
  '关于修改《测试管理办法实施细则》的决定',
  '',
  '一、增加一条，作为第六条：“违反本细则的，依照测试管理办法第九条处理。”',
  '',
  '此外，条文中引用《测试管理办法》相应条文序号根据修改后的《测试管理办法》作相应调整。',
  '',
].join('\n');

describe('the statement that citations follow the new numbering', () => {
  const decision = parseDecision(DECISION, { file: 'decision.md' }).value;

  it('is read from the decision, with the rule it names', () => {
    expect(adjustStatements(decision).map((s) => s.law)).toEqual(['测试管理办法']);
  });

  it('rewrites the citations the rule kept, and leaves the new article, the earlier text and the split one alone', () => {
    const c = applyAmendment(parseRule(RULE, { file: 'rule.txt' }).value, decision.amendments[0], { decision: { title: decision.title } });
    expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const done = adjustCitations(c.after, map, new LawIndex([{ title: '测试管理办法' }]));
    // Worked out from the two versions: 3(3) → 4(2); 7 and 8 → 8; 11 → 10; 第一条 unchanged; 第四条 split (left).
    expect(
      done.citations.map((a) => `${a.impact.citation.text}: ${a.applied ? `→ ${a.impact.newText}` : (a.cause ?? a.impact.status)}`),
    ).toEqual([
      '《测试管理办法》第一条: unchanged',
      '测试管理办法第三条第三项: → 测试管理办法第四条第二项',
      '测试管理办法第四条: split',
      '测试管理办法第七条、第八条: → 测试管理办法第八条',
      '测试管理办法第十一条: → 测试管理办法第十条',
    ]);
    const texts = findCitations(done.doc, { index: new LawIndex([{ title: '测试管理办法' }]) }).map(
      (x) => `${x.law.qualifier ?? ''}${x.text}`,
    );
    expect(texts).toEqual([
      '《测试管理办法》第一条',
      '测试管理办法第四条第二项',
      '测试管理办法第四条',
      '测试管理办法第八条',
      '修改前的测试管理办法第七条',
      '测试管理办法第十条',
      // The decision's own article already cites the new 第九条 (the penalty, old 第十条).
      '测试管理办法第九条',
    ]);
  });
});

describe('the wordings of the statement', () => {
  const read = (sentence: string) => {
    const text = [
      '关于修改《测试管理办法实施细则》的决定',
      '',
      '一、将第一条中的“甲”修改为“乙”。',
      '',
      sentence,
      '',
      '本决定自公布之日起施行。',
      '',
    ].join('\n');
    const d = parseDecision(text, { file: 'decision.md' }).value;
    return { kinds: d.closing.map((c) => c.kind), laws: adjustStatements(d).map((s) => s.law) };
  };

  it('is recorded as a statement on citations, with every rule it names', () => {
    const cases: [string, string[]][] = [
      ['条文中引用民事诉讼法相关条文序号根据修改后的民事诉讼法作相应调整。', ['民事诉讼法']],
      ['本解释中引用的民事诉讼法条文序号，根据修改后的民事诉讼法作相应调整。', ['民事诉讼法']],
      ['此外，根据修改后的民事诉讼法的条文序号，对本解释援引的民事诉讼法条文序号作相应调整。', ['民事诉讼法']],
      ['条文中引用的《中华人民共和国测试管理办法》条款序号，相应调整。', ['中华人民共和国测试管理办法']],
      ['本规定所引用的《测试管理办法》条文序号根据2025年修订后的《测试管理办法》作相应调整。', ['测试管理办法']],
      [
        '规定中引用《中华人民共和国民法典》《中华人民共和国民事诉讼法》的条文序号作相应调整。',
        ['中华人民共和国民法典', '中华人民共和国民事诉讼法'],
      ],
      ['对条文中引用的《测试管理办法》及《测试收费规定》的条文序号作相应调整。', ['测试管理办法', '测试收费规定']],
      ['条文中所援引的测试管理办法的条文序号，按照修改后的测试管理办法相应调整。', ['测试管理办法']],
    ];
    for (const [sentence, laws] of cases) expect(read(sentence), sentence).toEqual({ kinds: ['citations', 'effective'], laws });
  });

  it("is not read into a statement on the rule's own numbering", () => {
    expect(read('此外，对条文顺序作相应调整。')).toEqual({ kinds: ['renumber', 'effective'], laws: [] });
  });
});
