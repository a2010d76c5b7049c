import { describe, expect, it } from 'vitest';
import { parseRule } from '@amend/document';
import { draftDecision } from '@amend/draft';
import { messageText } from '@amend/model';
import { decreePairs, lawPairs, triplePairs, type VersionPair } from './draft-corpus.ts';
import { read } from './helpers.ts';

/**
 * The drafter's round trip on every before/after pair the project has:
 * apply(OLD, draft(OLD, NEW)) == NEW, checked by the drafter itself (it
 * parses its decision and applies it with the engine) and reported in
 * `exact`. tests/draft-cli.test.ts does the same through the command line
 * for a sample.
 *
 * A few pairs cannot come out exactly yet, each for a reason outside the
 * drafter, named here and checked to be that reason:
 *   - a chapter or section added: the decision says 增加一章，作为第N章 with its
 *     heading and articles, which the engine does not apply yet;
 *   - the old text as the corpus prints it has a heading split over two lines
 *     (the second read as a paragraph outside the articles), a 目录 read as
 *     headings, or unnumbered headings a decision cannot name — no instruction
 *     can remove or name those.
 */

const headingAdded = new Set([
  '民法商法/公司法 2018-10-26 → 2023-12-29',
  '社会法/妇女权益保障法 2018-10-26 → 2022-10-30',
  '社会法/慈善法 2016-03-16 → 2023-12-29',
  '经济法/农业技术推广法 2012-08-31 → 2024-04-26',
  '经济法/畜牧法 2015-04-24 → 2022-10-30',
  '经济法/矿产资源法 2009-08-27 → 2024-11-08',
  '行政法/体育法 2016-11-07 → 2022-06-24',
  '行政法/反间谍法 2014-11-01 → 2023-04-26',
  '行政法/国境卫生检疫法 2018-04-27 → 2024-06-28',
  '行政法/科学技术普及法 2002-06-29 → 2024-12-25',
  '行政法/突发事件应对法 2007-08-30 → 2024-06-28',
  '行政法/职业教育法 1996-05-15 → 2022-04-20',
  '行政法规/专利法实施细则 2010-01-09 → 2023-12-11',
  '行政法规/中国人民解放军实施《药品管理法》办法 2004-12-09 → 2025-04-05',
  '行政法规/中国人民解放军文职人员条例 2017-09-27 → 2022-12-10',
  '行政法规/保障中小企业款项支付条例 2020-07-05 → 2025-03-17',
  '行政法规/商用密码管理条例 1999-10-07 → 2023-04-27',
  '行政法规/征兵工作条例 2001-09-05 → 2023-04-01',
  '行政法规/烈士褒扬条例 2019-08-01 → 2024-09-27',
  '行政法规/烟草专卖法实施条例 2021-11-10 → 2023-07-20',
  '诉讼与非诉讼程序法/民事诉讼法 2021-12-24 → 2023-09-01',
  '诉讼与非诉讼程序法/行政复议法 2017-09-01 → 2023-09-01',
  '司法解释/最高人民法院关于适用《刑事诉讼法》的解释 2012-12-20 → 2021-01-26',
]);

const sourceQuirk = new Set([
  '宪法相关法/各级人民代表大会常务委员会监督法 2006-08-27 → 2024-11-08',
  '行政法规/国际海运条例 2019-03-02 → 2023-07-20',
  '司法解释/最高人民法院关于适用《民事诉讼法》的解释 2020-12-29 → 2022-04-01',
  '司法解释/最高人民法院关于适用《民事诉讼法》的解释 2022-04-01 → 2022-04-02',
  'triple/shigatse-law-enforcement-inspection',
]);

function roundTrip(p: VersionPair) {
  const old = parseRule(read(p.old), { file: p.old }).value;
  const neu = parseRule(read(p.neu), { file: p.neu }).value;
  const r = draftDecision(old, neu);
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  if (r.value.exact) {
    expect(errors).toEqual([]);
    return;
  }
  const why = errors.map((d) => `${d.ruleId}: ${messageText(d, 'en')}`);
  if (headingAdded.has(p.name)) {
    expect(why.join('\n')).toMatch(/engine\/content-mismatch: the text given for 第.+[章节] is/);
  } else {
    expect(sourceQuirk.has(p.name), why.slice(0, 5).join('\n')).toBe(true);
    expect(errors.some((d) => ['draft/outside-articles', 'draft/preamble-removed', 'engine/renumber-mismatch', 'engine/conflicting-operations', 'draft/not-exact'].includes(d.ruleId))).toBe(true);
  }
}

describe('apply(OLD, draft(OLD, NEW)) == NEW', () => {
  it.each(decreePairs().map((p) => [p.name, p] as const))('%s', (_, p) => roundTrip(p));
  it.each(triplePairs().map((p) => [p.name, p] as const))('%s', (_, p) => roundTrip(p));
  it.each(lawPairs().map((p) => [p.name, p] as const))('%s', (_, p) => roundTrip(p));

  it('the pairs named above are pairs of the corpus (77 in all)', () => {
    const pairs = lawPairs();
    expect(pairs).toHaveLength(77);
    expect([...headingAdded, ...sourceQuirk].filter((n) => !n.startsWith('triple/') && !pairs.some((p) => p.name === n))).toEqual([]);
  });
});
