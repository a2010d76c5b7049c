import { describe, expect, it } from 'vitest';
import { describeDifference, findAll, fold, longerWord, selectLongest } from '../src/match.ts';

describe('matching phrases against rule text', () => {
  it('folds widths, spaces, line breaks and quotation marks, and maps hits back to the raw text', () => {
    const raw = '测制1:5000、1:10000 国家\n基本比例尺地图';
    const hits = findAll(fold(raw), '1：5000、1：10000国家基本比例尺地图');
    expect(hits).toEqual([{ start: 2, end: raw.length }]);
    expect(findAll(fold('印制的“罚没凭证”'), '‘罚没凭证’')).toEqual([{ start: 3, end: 9 }]);
  });

  it('finds every occurrence, without overlaps of the same phrase', () => {
    expect(findAll(fold('甲乙甲乙甲'), '甲乙')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
    expect(findAll(fold('甲甲甲'), '甲甲')).toEqual([{ start: 0, end: 2 }]);
  });

  it('names what had to be normalised', () => {
    expect(describeDifference('1:5000', '1：5000')).toEqual(['full- and half-width forms']);
    expect(describeDifference('国家\n基本', '国家基本')).toEqual(['spaces and line breaks']);
    expect(describeDifference('“甲”', '‘甲’')).toEqual(['quotation marks and brackets']);
    expect(describeDifference('甲', '甲')).toEqual([]);
  });

  it('lets the longest of overlapping candidates win', () => {
    const text = '城乡规划、国土资源行政主管部门和城乡规划';
    const short = findAll(fold(text), '城乡规划').map((h) => ({ ...h, pair: 0 }));
    const long = findAll(fold(text), '城乡规划、国土资源行政主管部门').map((h) => ({ ...h, pair: 1 }));
    expect(selectLongest([...short, ...long]).map((h) => [h.start, h.pair])).toEqual([
      [0, 1],
      [16, 0],
    ]);
  });

  it('spots a phrase used as the modifier of a longer name', () => {
    const text = '动物卫生监督机构和卫生部门、城乡规划主管部门，法制工作机构会同有关部门';
    const at = (p: string, from = 0) => ({ start: text.indexOf(p, from), end: text.indexOf(p, from) + p.length });
    expect(longerWord(text, at('卫生'))).toBe('动物卫生监督机构');
    expect(longerWord(text, at('卫生', 5))).toBeUndefined();
    expect(longerWord(text, at('城乡规划'))).toBe('城乡规划主管部门');
    expect(longerWord(text, at('法制工作机构'))).toBeUndefined();
  });
});
