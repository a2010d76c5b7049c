import { describe, expect, it } from 'vitest';
import { parseRule } from '@amend/document';
import type { ArticleChange } from '@amend/model';
import { comparisonTable, diffDocuments, unifiedDiff } from '../src/index.ts';
import { art, doc } from './trees.ts';
import { changedRule } from '../../../tests/bench/diff-growth.ts';

const texts = [
  '为了规范行政执法证件管理，制定本办法。',
  '本办法适用于本自治区行政区域内行政执法证件的申领、发放、使用和管理。',
  '县级以上人民政府司法行政部门负责本行政区域内行政执法证件的监督管理工作。',
  '行政执法人员应当参加培训，经考试合格后申领行政执法证件。',
  '本办法自公布之日起施行。',
];
const before = doc(
  '办法',
  texts.map((t, i) => art(i + 1, t)),
);

const summary = (cs: ArticleChange[]) =>
  cs.map(
    (c) => `${c.status}${c.textChanged ? '*' : ''} ${c.before.map((x) => x.num.n).join('+')}→${c.after.map((x) => x.num.n).join('+')}`,
  );

describe('diffDocuments', () => {
  it('marks one inserted article as inserted and the later ones as renumbered, text unchanged', () => {
    const added = '行政执法证件实行年度审验制度。';
    const after = doc(
      '办法',
      [...texts.slice(0, 2), added, ...texts.slice(2)].map((t, i) => art(i + 1, t)),
    );
    expect(summary(diffDocuments(before, after))).toEqual([
      'unchanged 1→1',
      'unchanged 2→2',
      'inserted* →3',
      'renumbered 3→4',
      'renumbered 4→5',
      'renumbered 5→6',
    ]);
  });

  it('pairs a rewritten article with its old self and places a deletion where it stood', () => {
    const after = doc('办法', [
      art(1, texts[0]),
      art(2, '县级以上人民政府司法行政部门负责本行政区域内行政执法证件的监督管理和年度审验工作。'),
      art(3, texts[3]),
      art(4, texts[4]),
    ]);
    expect(summary(diffDocuments(before, after))).toEqual([
      'unchanged 1→1',
      'deleted* 2→',
      'renumbered* 3→2',
      'renumbered 4→3',
      'renumbered 5→4',
    ]);
  });

  it('keeps a heavily rewritten article that keeps its number', () => {
    const after = doc('办法', [
      ...texts.slice(0, 3).map((t, i) => art(i + 1, t)),
      art(4, '行政执法人员经培训考试合格的，由司法行政部门核发行政执法证件。'),
      art(5, texts[4]),
    ]);
    expect(summary(diffDocuments(before, after))[3]).toBe('modified* 4→4');
  });

  it('feeds the 对照表: only the inserted article remains once pure renumbering is left out', () => {
    const after = doc(
      '办法',
      [texts[0], '新增的一条。', ...texts.slice(1)].map((t, i) => art(i + 1, t)),
    );
    const rows = comparisonTable({ before, after, changes: diffDocuments(before, after) }, { omitRenumbered: true });
    expect(rows.map((r) => [r.status, r.right?.label])).toEqual([['inserted', '第二条']]);
  });
});

describe('diffDocuments on a long rule in which every article changed', () => {
  // 400 × 414 pairs: more than are all scored, so only the likely pairs are (sparse-pairs.ts).
  const rule = changedRule(400);
  const changes = summary(diffDocuments(parseRule(rule.before).value, parseRule(rule.after).value));

  it('pairs each article with its changed self, through insertions and deletions that shift the numbers', () => {
    // Every article has new words; a new one follows old 5, 35, 65 …; old 17, 57 … are struck out.
    expect(changes.slice(0, 21)).toEqual([
      ...[1, 2, 3, 4, 5].map((k) => `modified* ${k}→${k}`),
      'inserted* →6',
      ...[6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16].map((k) => `renumbered* ${k}→${k + 1}`),
      'deleted* 17→',
      'modified* 18→18',
      'modified* 19→19',
      'modified* 20→20',
    ]);
    expect(changes).toContain('renumbered* 36→37');
    expect(changes).toContain('deleted* 377→');
    expect(changes.at(-1)).toBe('renumbered* 400→404');
  });

  it('says of every article what the generator did to it', () => {
    expect(changes).toEqual(rule.expected);
    expect(changes.filter((c) => c.startsWith('deleted'))).toHaveLength(10);
    expect(changes.filter((c) => c.startsWith('inserted'))).toHaveLength(14);
  });
});

describe('unifiedDiff', () => {
  it('is a unified diff of the canonical texts', () => {
    const after = doc('办法', [art(1, texts[0]), art(2, '本办法适用于本自治区行政区域内行政执法证件的管理。')]);
    const shorter = doc('办法', [art(1, texts[0]), art(2, texts[1])]);
    const patch = unifiedDiff(shorter, after);
    // 办 is E5 8A 9E and 法 E6 B3 95 in UTF-8: git's quoting writes the bytes in octal.
    expect(patch.startsWith('--- "a/\\345\\212\\236\\346\\263\\225.txt"\n+++ "b/\\345\\212\\236\\346\\263\\225.txt"\n@@ ')).toBe(true);
    expect(patch).toContain('\n-第二条　本办法适用于本自治区行政区域内行政执法证件的申领、发放、使用和管理。\n');
    expect(patch).toContain('\n+第二条　本办法适用于本自治区行政区域内行政执法证件的管理。\n');
    expect(patch).toContain('\n 第一条　为了规范行政执法证件管理，制定本办法。\n');
  });
});

describe('bigram Dice similarity', () => {
  it('counts shared character pairs', async () => {
    const { bigrams, dice } = await import('../src/compare/similarity.ts');
    // 甲乙丙: 甲乙, 乙丙; 甲乙丁: 甲乙, 乙丁 — one of four bigrams shared on each side: 2·1 / (2+2).
    expect(dice(bigrams('甲乙丙'), bigrams('甲乙丁'))).toBe(0.5);
    expect(dice(bigrams('行政执法'), bigrams('行政执法'))).toBe(1);
    expect(dice(bigrams('甲乙'), bigrams('丙丁'))).toBe(0);
    // Repeated bigrams count as often as they occur on both sides: 甲甲甲 has 甲甲 twice, 甲甲 once.
    expect(dice(bigrams('甲甲甲'), bigrams('甲甲'))).toBeCloseTo((2 * 1) / 3);
  });
});
