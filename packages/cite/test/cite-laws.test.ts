import { describe, expect, it } from 'vitest';
import type { ImpactReport, MapRow, VersionMap } from '@amend/model';
import { articleLabel } from '@amend/model';
import { laws, texts } from './cite-helpers.ts';
import { Corpus, impactOf, mapFromVersions } from '../src/index.ts';

/**
 * The 公司法 (2018-10-26 → 2023-12-29) and 民事诉讼法 (2021-12-24 → 2023-09-01)
 * of ../shared/corpus/laws, mapped and followed through every document that
 * cites them. Every expected number below was worked out by reading the two
 * versions side by side (the articles are quoted in the comments), not taken
 * from the program's output.
 */

const corpus = new Corpus(texts(laws));

function mapOf(title: string): { map: VersionMap; report: ImpactReport } {
  const [a, b] = corpus.versionsOf(title).slice(-2);
  const map = mapFromVersions(a.doc, b.doc, { date: a.date, file: a.file }, { date: b.date, file: b.file });
  return { map, report: impactOf(corpus, { map, before: a.doc, after: b.doc }) };
}

const rowOf = (map: VersionMap, n: number): MapRow => map.rows.find((r) => r.before.some((b) => b.num.n === n && !b.num.sub))!;
const row = (map: VersionMap, n: number) => {
  const r = rowOf(map, n);
  return `${r.status}${r.moved ? ' moved' : ''}: ${r.before.map((b) => articleLabel(b.num)).join('+')} → ${r.after.map((a) => articleLabel(a.num)).join('+') || '—'}`;
};

/** Every occurrence of a citation in a document, as the report rewrites it (undefined: no new text). */
function rewritten(report: ImpactReport, title: string, text: string, date?: string): (string | undefined)[] {
  const doc = report.documents.find((d) => d.title === title && (date === undefined || d.date === date));
  expect(doc, title).toBeDefined();
  const found = doc!.citations.filter((c) => c.citation.text === text);
  expect(found.length, `${title}: ${text}`).toBeGreaterThan(0);
  return [...new Set(found.map((c) => c.newText ?? `(${c.status})`))];
}

describe('公司法 2018-10-26 → 2023-12-29', () => {
  const { map, report } = mapOf('中华人民共和国公司法');

  it('maps moved, merged, split and deleted articles', () => {
    expect(map.from.date).toBe('2018-10-26');
    expect(map.to.date).toBe('2023-12-29');
    // 第五条 “公司从事经营活动，必须遵守法律、行政法规…” is 第十九条, ahead of articles it passed.
    expect(row(map, 5)).toBe('renumbered moved: 第五条 → 第十九条');
    // 第六十三条 (one-person company's liability) is the third 款 of 第二十三条 (piercing the veil).
    expect(row(map, 63)).toBe('renumbered moved: 第六十三条 → 第二十三条');
    // 第一百三十三条 (new-share resolution) and 第一百三十五条 (pricing) are one article, 第一百五十一条.
    expect(row(map, 133)).toBe('merged: 第一百三十三条+第一百三十五条 → 第一百五十一条');
    // 第二十二条: void resolutions (第二十五条), avoidable ones (第二十六条), registration undone (第二十八条).
    expect(row(map, 22)).toBe('split: 第二十二条 → 第二十五条+第二十六条+第二十八条');
    // 第一百八十三条: the liquidation duty (第二百三十二条) and the court-appointed liquidators (第二百三十三条).
    expect(row(map, 183)).toBe('split: 第一百八十三条 → 第二百三十二条+第二百三十三条');
    // The one-person-company limits and bearer shares are gone.
    expect(row(map, 58)).toBe('deleted: 第五十八条 → —');
    expect(row(map, 59)).toBe('deleted: 第五十九条 → —');
    expect(row(map, 140)).toBe('deleted: 第一百四十条 → —');
  });

  it('lists each court interpretation citing a changed article with its new number', () => {
    const four = '最高人民法院关于适用《中华人民共和国公司法》若干问题的规定（四）';
    // 22.2 (setting aside a resolution) → 26.1; 37.2 (unanimous written consent) → 59.3 (a 款 on bonds was put before it).
    expect(rewritten(report, four, '公司法第二十二条第二款')).toEqual(['公司法第二十六条第一款']);
    expect(rewritten(report, four, '公司法第三十七条第二款')).toEqual(['公司法第五十九条第三款']);
    // Inspection: 33 → 57 (limited), 97 → 110 (joint-stock); 33.2 (account books) → 57.2.
    expect(rewritten(report, four, '公司法第三十三条、第九十七条')).toEqual(['公司法第五十七条、第一百一十条']);
    expect(rewritten(report, four, '公司法第三十三条第二款')).toEqual(['公司法第五十七条第二款']);
    // Share transfers: 71.2 (consent) and 71.3 (pre-emption) are now both 84.2; 72 (court sale) → 85.
    expect(rewritten(report, four, '公司法第七十一条第三款')).toEqual(['公司法第八十四条第二款']);
    expect(rewritten(report, four, '公司法第七十一条第二款、第三款或者第七十二条')).toEqual(['公司法第八十四条第二款或者第八十五条']);
    // Derivative suits: 151 → 189, its 款 in order.
    expect(rewritten(report, four, '公司法第一百五十一条第一款')).toEqual(['公司法第一百八十九条第一款']);
    expect(rewritten(report, four, '公司法第一百五十一条第二款、第三款')).toEqual(['公司法第一百八十九条第二款、第三款']);
    // 73 (new share certificates after a transfer) → 87; 86 is a new article (notice to the company).
    expect(
      rewritten(
        report,
        '最高人民法院关于人民法院执行工作若干问题的规定（试行）',
        '《中华人民共和国公司法》第七十一条、第七十二条、第七十三条',
      ),
    ).toEqual(['《中华人民共和国公司法》第八十四条、第八十五条、第八十七条']);
    // 16 (guarantees) → 15; 152 (suits for harm to shareholders) → 190.
    expect(rewritten(report, '最高人民法院关于执行担保若干问题的规定', '公司法第十六条')).toEqual(['公司法第十五条']);
    expect(rewritten(report, '最高人民法院关于审理证券市场虚假陈述侵权民事赔偿案件的若干规定', '公司法第一百五十二条')).toEqual([
      '公司法第一百九十条',
    ]);
    // 20: abuse of rights (21) and piercing the veil (23.1) — two places, for a person to choose.
    expect(rewritten(report, '最高人民法院关于审理生态环境侵权责任纠纷案件适用法律若干问题的解释', '公司法第二十条')).toEqual([
      '公司法第二十一条、第二十三条',
    ]);
  });

  it('leaves the 2024 interpretation already written for the new law, and marks the older ones', () => {
    expect(report.current.map((d) => d.title)).toEqual(['最高人民法院关于适用《中华人民共和国公司法》时间效力的若干规定']);
    const two = report.documents.find((d) => d.title === '最高人民法院关于适用《中华人民共和国公司法》若干问题的规定（二）')!;
    // Dated 2008-05-12: it cites the 2005 text, numbered differently before 2013 (its 第一百八十三条 is the 2018 第一百八十二条).
    expect(two.version).toBe('earlier');
    expect(two.inForce).toBe('2005-10-27');
  });
});

describe('民事诉讼法 2021-12-24 → 2023-09-01', () => {
  const { map, report } = mapOf('中华人民共和国民事诉讼法');

  it('maps the inserted articles and the shift they cause', () => {
    const inserted = map.rows.filter((r) => r.status === 'inserted').map((r) => r.after[0].num.n);
    // Estate administrators (194–197), foreign-related jurisdiction, evidence abroad, recognition of judgments.
    expect(inserted).toEqual([194, 195, 196, 197, 277, 278, 280, 281, 282, 284, 300, 301, 302, 303, 305]);
    expect(map.rows.filter((r) => r.status === 'deleted')).toEqual([]);
    expect(row(map, 193)).toBe('unchanged: 第一百九十三条 → 第一百九十三条');
    expect(row(map, 194)).toBe('renumbered: 第一百九十四条 → 第一百九十八条');
    // Sino-foreign joint venture contracts: now item (三) of the list of exclusive jurisdiction.
    expect(rowOf(map, 273)).toMatchObject({ status: 'renumbered', textChanged: true, after: [{ num: { n: 279 } }] });
  });

  it('rewrites the citations of the 2022 interpretation of the law', () => {
    const title = '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释';
    const expected: [string, string][] = [
      // Retrial (206 → 210) and its grounds (207 → 211, the items unchanged).
      ['民事诉讼法第五十六条、第五十七条和第二百零六条', '民事诉讼法第五十六条、第五十七条和第二百一十条'],
      ['民事诉讼法第二百零七条第一项、第三项、第十二项、第十三项', '民事诉讼法第二百一十一条第一项、第三项、第十二项、第十三项'],
      ['民事诉讼法第二百零七条第一项至第五项', '民事诉讼法第二百一十一条第一项至第五项'],
      ['民事诉讼法第二百一十二条', '民事诉讼法第二百一十六条'],
      ['民事诉讼法第五十九条第三款、第二百一十二条', '民事诉讼法第五十九条第三款、第二百一十六条'],
      // Judicial confirmation of mediation (201 → 205), procuratorial protest (215 → 219, 216 → 220).
      ['民事诉讼法第二百零一条', '民事诉讼法第二百零五条'],
      ['民事诉讼法第二百一十五条第二款', '民事诉讼法第二百一十九条第二款'],
      ['民事诉讼法第二百一十六条第一款第一项、第二项', '民事诉讼法第二百二十条第一款第一项、第二项'],
      // Public summons (228 → 232), objections by outsiders (234 → 238), restitution (240 → 244), time limit (246 → 250).
      ['民事诉讼法第二百二十八条第二款、第三款', '民事诉讼法第二百三十二条第二款、第三款'],
      ['民事诉讼法第二百三十四条', '民事诉讼法第二百三十八条'],
      ['民事诉讼法第二百四十条', '民事诉讼法第二百四十四条'],
      ['民事诉讼法第二百四十六条', '民事诉讼法第二百五十条'],
    ];
    // The corpus holds three texts of it; the one of 2022-04-01 cites the 2021 numbering.
    for (const [old, now] of expected) expect(rewritten(report, title, old, '2022-04-01'), old).toEqual([now]);
    // 115 (collusive suits) keeps its number but gained a 款; 130.2 (appearance) gained 或者提出反诉.
    expect(rewritten(report, title, '民事诉讼法第一百一十五条', '2022-04-01')).toEqual(['(text-changed)']);
    expect(rewritten(report, title, '民事诉讼法第一百三十条第二款', '2022-04-01')).toEqual(['(text-changed)']);
    // The text of 2020-12-29 cites the 2017 numbering: listed, and marked.
    expect(report.documents.find((d) => d.title === title && d.date === '2020-12-29')?.version).toBe('earlier');
  });
});
