import { describe, expect, it } from 'vitest';
import { citing, fixture, implementingRules } from './cite-helpers.ts';
import type { CitationImpact, ImpactReport } from '@amend/model';
import { Corpus, impactOf, impactText, mapFromVersions } from '../src/index.ts';

const corpus = new Corpus([
  fixture('testlaw-old.md'),
  fixture('testlaw-new.md'),
  implementingRules(),
  citing('b.md', '测试机构名录管理规定', '2026-03-01', ['第一条 依照测试管理办法第四条第二项登记。']),
  citing('c.md', '测试档案规定', '2018-06-01', ['第一条 依照测试管理办法第六条保存档案。']),
  citing('d.md', '关于修改《测试管理办法》的决定', '2025-01-01', ['一、将测试管理办法第六条改为第三条。']),
  citing('e.md', '测试收费规定', '2023-01-01', [
    '第一条 修改前的《测试管理办法》第七条规定的收费标准继续有效。',
    '第二条 依照测试管理办法第一条制定本规定。',
  ]),
]);

const map = mapFromVersions(
  corpus.versionsOf('测试管理办法')[0].doc,
  corpus.versionsOf('测试管理办法')[1].doc,
  { date: '2020-01-01' },
  { date: '2025-01-01' },
);
const report: ImpactReport = impactOf(corpus, { map });
const line = (c: CitationImpact) =>
  `${c.status}: ${c.citation.text}${c.newText ? ` → ${c.newText}` : ''}${[...new Set(c.targets.map((t) => t.review).filter(Boolean))].map((r) => ` (${r})`).join('')}`;

describe('the impact of an amendment over a corpus', () => {
  it('lists each citation of a changed provision with its new number, worked out from the two versions', () => {
    const a = report.documents.find((d) => d.title === '测试管理办法实施细则')!;
    expect(a.version).toBe('old');
    expect(a.citations.map(line)).toEqual([
      'unchanged: 《测试管理办法》第一条',
      // Old 第四条 (report and review) became 第五条 and 第六条.
      'renumbered: 测试管理办法第四条 → 测试管理办法第五条、第六条 (split)',
      // Old 第三条 keeps two of its three items: its third is now the new 第四条's second.
      'renumbered: 测试管理办法第三条第三项 → 测试管理办法第四条第二项',
      // Old 第九条 (抽查) is gone.
      'deleted: 《测试管理办法》第九条',
      // 收费标准 and 服务承诺 are one article now: cited once.
      'renumbered: 测试管理办法第七条、第八条 → 测试管理办法第八条 (merged)',
      // Old 第三条 to 第五条 are the new 第四条 to 第七条, one run: a split inside it changes nothing to check.
      'renumbered: 测试管理办法第三条至第五条 → 测试管理办法第四条至第七条',
      'renumbered: 测试管理办法第十一条 → 测试管理办法第十条',
    ]);
  });

  it('sets aside documents already on the new version, instruments, and citations of the earlier text', () => {
    expect(report.current.map((d) => d.title)).toEqual(['测试机构名录管理规定']);
    expect(report.instruments.map((d) => d.title)).toEqual(['关于修改《测试管理办法》的决定']);
    expect(report.historical).toBe(1);
    expect(report.unaffected.map((d) => d.title)).toEqual(['测试收费规定']);
  });

  it('marks a document dated before the old version', () => {
    const c = report.documents.find((d) => d.title === '测试档案规定')!;
    expect(c.version).toBe('earlier');
    expect(c.citations.map(line)).toEqual(['renumbered: 测试管理办法第六条 → 测试管理办法第三条']);
  });

  it('prints a listing', () => {
    const text = impactText(report, 'en');
    expect(text).toContain('测试管理办法第七条、第八条 → 测试管理办法第八条  (review: the article was merged');
  });
});

describe('a list written short', () => {
  const short = new Corpus([
    fixture('testlaw-old.md'),
    fixture('testlaw-new.md'),
    citing('f.md', '测试设备规定', '2022-06-01', [
      '第一条 具备测试管理办法第三条第一、三项规定条件的，可以申请。',
      '第二条 违反测试管理办法第十条、十一条的，依法处理。',
      '第三条 依照测试管理办法第一条、二条制定本规定。',
      '第四条 违反测试管理办法第十、十一条的，依法处理。',
    ]),
  ]);
  const [a, b] = short.versionsOf('测试管理办法');
  const found = impactOf(short, { map: mapFromVersions(a.doc, b.doc, { date: '2020-01-01' }, { date: '2025-01-01' }) }).documents[0];

  it('is rewritten written out in full, and left alone when nothing it cites moved', () => {
    // Old 第三条 (一) 场所 is the new 第四条 (一); (三) 设备 is its (二). Old 第十条 and 第十一条 are 第九条 and 第十条.
    expect(found.citations.map(line)).toEqual([
      'renumbered: 测试管理办法第三条第一、三项 → 测试管理办法第四条第一项、第二项',
      'renumbered: 测试管理办法第十条、十一条 → 测试管理办法第九条、第十条',
      'unchanged: 测试管理办法第一条、二条',
      'renumbered: 测试管理办法第十、十一条 → 测试管理办法第九条、第十条',
    ]);
  });
});
