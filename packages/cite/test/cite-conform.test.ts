import { describe, expect, it } from 'vitest';
import { citing, fixture, implementingRules } from './cite-helpers.ts';
import { parseDecision } from '@amend/decision';
import { consolidateCorpus } from '@amend/engine';
import { Corpus, conformDecision, conformDocument, findCitations, impactOf, mapFromVersions } from '../src/index.ts';

const corpus = new Corpus([
  fixture('testlaw-old.md'),
  fixture('testlaw-new.md'),
  implementingRules(['为了实施《测试管理办法》第一条，制定本细则。']),
  citing('b.md', '测试公示规定', '2022-05-01', [
    '依照测试管理办法第十条的规定，制定本规定。',
    '第一条 测试管理办法第七条规定的公示，与修改前的测试管理办法第七条规定的公示不同。',
  ]),
]);
const [old, now] = corpus.versionsOf('测试管理办法');
const map = mapFromVersions(old.doc, now.doc, { date: '2020-01-01' }, { date: '2025-01-01' });
const report = impactOf(corpus, { map });
const entry = (title: string) => corpus.entries.find((e) => e.title === title)!;
const draftOf = (title: string) =>
  conformDocument(
    entry(title).doc,
    report.documents.find((d) => d.title === title)!,
  );

describe('conforming decisions', () => {
  it('drafts one item per article whose citations get a new number, and leaves the rest to a person', () => {
    const d = draftOf('测试管理办法实施细则');
    // Worked out from the two versions (see cite-impact.test.ts): 3(3) → 4(2); 7 and 8 merged into 8; 3–5 → 4–7; 11 → 10.
    expect(d.items).toEqual([
      '将第三条中的“测试管理办法第三条第三项”修改为“测试管理办法第四条第二项”',
      '将第五条中的“测试管理办法第七条、第八条”修改为“测试管理办法第八条”',
      '将第六条中的“测试管理办法第三条至第五条”修改为“测试管理办法第四条至第七条”',
      '将第七条中的“测试管理办法第十一条”修改为“测试管理办法第十条”',
    ]);
    // Old 第四条 became two articles, old 第九条 is gone: a person decides.
    expect(d.skipped.map((s) => `${s.impact.citation.text}: ${s.cause}`)).toEqual([
      '测试管理办法第四条: split',
      '《测试管理办法》第九条: deleted',
    ]);
  });

  it('quotes enough words to leave a citation of the earlier text alone, and edits the 引言 too', () => {
    const d = draftOf('测试公示规定');
    expect(d.items).toEqual([
      '将引言中的“测试管理办法第十条”修改为“测试管理办法第九条”',
      '将第一条中的“测试管理办法第七条规定的公示，”修改为“测试管理办法第八条规定的公示，”',
    ]);
  });

  it('writes a decision the parser reads and the engine applies, after which the citations cite the new text', () => {
    const drafts = report.documents.map((d) => conformDocument(entry(d.title).doc, d));
    const text = conformDecision(report, drafts);
    expect(text.split('\n').slice(0, 5)).toEqual([
      '关于修改《测试管理办法实施细则》等2件文件引用《测试管理办法》条文序号的决定',
      '',
      '根据《测试管理办法》（2025年1月1日）条文序号的调整，对下列文件引用《测试管理办法》的条文序号作如下修改：',
      '',
      '一、修改《测试管理办法实施细则》',
    ]);
    const decision = parseDecision(text, { file: 'conform.md' });
    expect(decision.diagnostics.filter((x) => x.severity !== 'info')).toEqual([]);
    const rules = [entry('测试管理办法实施细则').doc, entry('测试公示规定').doc];
    const result = consolidateCorpus(rules, decision.value, { decision: { title: decision.value.title } });
    expect(result.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
    const cited = (title: string) =>
      findCitations(result.results.get(title)!.after, { index: corpus.index }).map((c) => `${c.law.qualifier ?? ''}${c.text}`);
    expect(cited('测试管理办法实施细则')).toEqual([
      '《测试管理办法》第一条',
      '《测试管理办法》第一条',
      '测试管理办法第四条',
      '测试管理办法第四条第二项',
      '《测试管理办法》第九条',
      '测试管理办法第八条',
      '测试管理办法第四条至第七条',
      '测试管理办法第十条',
    ]);
    expect(cited('测试公示规定')).toEqual(['测试管理办法第九条', '测试管理办法第八条', '修改前的测试管理办法第七条']);
  });
});

describe('a citation broken by a line break', () => {
  // The line breaks inside the citation: the 款 ends in mid-sentence and the next line goes on with it.
  const broken = new Corpus([
    fixture('testlaw-old.md'),
    fixture('testlaw-new.md'),
    citing('g.md', '测试报送规定', '2022-05-01', [
      '第一条 测试机构的报告，依照测试管理办法第十',
      '一条规定的日期报送；依照《测试管理办法》',
      '第十条处理。',
    ]),
  ]);
  const [a, b] = broken.versionsOf('测试管理办法');
  const found = impactOf(broken, { map: mapFromVersions(a.doc, b.doc, { date: '2020-01-01' }, { date: '2025-01-01' }) }).documents[0];

  it('is found across the lines, reported with its new number, and left for a person in the draft', () => {
    // Old 第十一条 (entry into force) is 第十条; old 第十条 (the penalty) is 第九条.
    expect(found.citations.map((c) => [c.citation.text, c.newText, c.citation.span!.start.line, c.citation.span!.end.line])).toEqual([
      ['测试管理办法第十一条', '测试管理办法第十条', 7, 8],
      ['《测试管理办法》第十条', '《测试管理办法》第九条', 8, 9],
    ]);
    const d = conformDocument(broken.entries.find((e) => e.title === '测试报送规定')!.doc, found);
    expect(d.items).toEqual([]);
    expect(d.skipped.map((s) => `${s.impact.citation.text}: ${s.cause}`)).toEqual([
      '测试管理办法第十一条: line-break',
      '《测试管理办法》第十条: line-break',
    ]);
  });
});
