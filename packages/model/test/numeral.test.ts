import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromChinese, toChinese } from '../src/index.ts';

describe('Chinese numerals', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [99, '九十九'],
    [100, '一百'],
    [101, '一百零一'],
    [110, '一百一十'],
    [169, '一百六十九'],
    [200, '二百'],
    [1000, '一千'],
    [1010, '一千零一十'],
    [1100, '一千一百'],
    [2022, '二千零二十二'],
    [9999, '九千九百九十九'],
  ])('%i is written %s and read back', (n, text) => {
    expect(toChinese(n)).toBe(text);
    expect(fromChinese(text)).toBe(n);
  });

  it.each([
    ['一十一', 11],
    ['两百', 200],
    ['〇', 0],
    ['零', 0],
    ['8', 8],
    ['８', 8],
    ['１２', 12],
    ['一〇一', 101],
    ['二〇二二', 2022],
    ['一百十', 110],
    ['两千', 2000],
    ['一万零一', 10001],
  ])('reads the variant %s as %i', (text, n) => {
    expect(fromChinese(text)).toBe(n);
  });

  it.each(['', '条', '十十', '百十百', 'abc', '一x'])('refuses %j', (text) => {
    expect(fromChinese(text)).toBeUndefined();
  });

  it('integer → text → integer is the identity on 1..9999', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), (n) => fromChinese(toChinese(n)) === n));
  });
});
