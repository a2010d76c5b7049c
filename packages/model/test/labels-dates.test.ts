import { describe, expect, it } from 'vitest';
import { datesIn, effectiveClause, isDateLine, isoDate, readLabel, readNoteDates } from '../src/index.ts';

describe('labels', () => {
  it.each([
    ['第一百三十三条之二　…', { style: 'article', num: 133, sub: 2, label: '第一百三十三条之二', length: 10 }],
    ['第8条 …', { style: 'article', num: 8, label: '第8条', length: 4 }],
    ['第三章　总则', { style: 'heading', num: 3, unit: '章', label: '第三章', length: 4 }],
    ['一千零一、将第五条…', { style: 'dun', num: 1001, label: '一千零一、', length: 5 }],
    ['一万二千、删去…', { style: 'dun', num: 12000, label: '一万二千、', length: 5 }],
    ['（十一）将…', { style: 'paren', num: 11, label: '（十一）', length: 4 }],
    ['( 三 )将…', { style: 'paren', num: 3, label: '( 三 )', length: 5 }],
    ['12．将…', { style: 'arabic', num: 12, label: '12．', length: 3 }],
    ['（3）将…', { style: 'arabic', num: 3, label: '（3）', length: 3 }],
  ])('%s', (text, expected) => {
    expect(readLabel(text)).toEqual(expected);
  });

  it('refuses what only looks like a label', () => {
    expect(readLabel('第五条之零')).toBeUndefined();
    expect(readLabel('万一、')).toBeUndefined();
    expect(readLabel('3.5倍')).toBeUndefined();
    expect(readLabel('十十、')).toBeUndefined();
    expect(readLabel('一、', ['paren'])).toBeUndefined();
  });
});

describe('dates', () => {
  it('reads the printed forms', () => {
    expect(isoDate('2022年1月8日')).toBe('2022-01-08');
    expect(isoDate('2022年 1 月 8 日')).toBe('2022-01-08');
    expect(isoDate('二〇二二年一月八日')).toBe('2022-01-08');
    expect(isoDate('二〇二二年十二月三十一日')).toBe('2022-12-31');
    expect(isoDate('２０２２年１月８日')).toBe('2022-01-08');
    expect(isoDate('2021年2月30日')).toBeUndefined();
    expect(datesIn('自2022年5月1日起施行，2023年1月1日废止').map((d) => d.iso)).toEqual(['2022-05-01', '2023-01-01']);
    expect(isDateLine(' 2015年6月3日 ')).toBe(true);
    expect(isDateLine('2015年6月3日公布')).toBe(false);
  });

  it('reads the effective-date clause', () => {
    expect(effectiveClause('本决定自公布之日起施行。')).toEqual({ clause: '自公布之日起施行' });
    expect(effectiveClause('本决定自2022年8月1日起施行。')).toEqual({ clause: '自2022年8月1日起施行', date: '2022-08-01' });
    expect(effectiveClause('决定于2023年12月1日起废止《丽江市泸沽湖保护条例》')).toEqual({
      clause: '于2023年12月1日起废止',
      date: '2023-12-01',
    });
    expect(effectiveClause('依法报请省人大常委会批准后公布施行')).toEqual({ clause: '公布施行' });
    expect(effectiveClause('本决定自公布后生效。')).toEqual({ clause: '自公布后生效' });
    expect(effectiveClause('本决定公布之后施行')).toEqual({ clause: '公布之后施行' });
    expect(effectiveClause('第五条修改为')).toBeUndefined();
  });

  it('reads what a note says happened on each date', () => {
    // 宁夏: the usual note of a government decision.
    expect(
      readNoteDates(
        '（2026年12月1日宁夏回族自治区人民政府第N次常务会议通过　2026年12月5日宁夏回族自治区人民政府令第130号公布　自2027年1月1日起施行）',
      ),
    ).toEqual({
      adopted: '2026-12-01',
      promulgated: '2026-12-05',
      effective: { clause: '自2027年1月1日起施行', date: '2027-01-01' },
    });
    // A city's regulation: adopted by the city, approved by the province.
    expect(
      readNoteDates(
        '（2022年1月9日三都水族自治县第十七届人民代表大会第一次会议通过　2022年3月30日贵州省第十三届人民代表大会常务委员会第三十一次会议批准）',
      ),
    ).toEqual({
      adopted: '2022-01-09',
      approved: '2022-03-30',
    });
    // A court decision: adopted, and effective on its own date.
    expect(readNoteDates('（2022年2月15日最高人民法院审判委员会第1864次会议通过，自2022年5月1日起施行）')).toEqual({
      adopted: '2022-02-15',
      effective: { clause: '自2022年5月1日起施行', date: '2022-05-01' },
    });
    // History of an earlier text is not this text's.
    expect(
      readNoteDates(
        '（2001年6月13日中华人民共和国国务院令第309号公布　根据2004年12月10日《国务院关于修改〈计划生育技术服务管理条例〉的决定》修订）',
      ),
    ).toEqual({
      promulgated: '2001-06-13',
    });
    // A 公告: adopted on one day, published and effective later.
    expect(
      readNoteDates(
        '《最高人民检察院关于废止部分司法解释和司法解释性质文件的决定》已于2015年6月1日由最高人民检察院第十二届检察委员会第三十六次会议通过，现予公布，自2015年6月12日起施行。',
      ),
    ).toEqual({
      adopted: '2015-06-01',
      effective: { clause: '自2015年6月12日起施行', date: '2015-06-12' },
    });
  });
});
