import { describe, expect, it } from 'vitest';
import { lastAtMost, LineIndex } from '../src/position.ts';

/** The point a binary search over the line starts gives: what LineIndex answered before its table of buckets. */
function searched(starts: number[], offset: number) {
  const lo = lastAtMost(starts, offset);
  return { line: lo + 1, column: offset - starts[lo] + 1, offset };
}

function startsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

describe('LineIndex', () => {
  const texts = [
    '',
    '\n',
    '一',
    '\n\n\n',
    'ab\r\ncd\re\n',
    '第一条　' + '甲'.repeat(200) + '\n\n第二条　乙\n',
    Array.from({ length: 300 }, (_, i) => '行'.repeat(i % 7) + (i % 3 ? '\n' : '\r\n')).join(''),
    Array.from({ length: 40 }, (_, i) => 'x'.repeat((i * 37) % 150)).join('\n'),
  ];

  it('puts every offset (and the ones past the end) on the line a search of the line starts finds', () => {
    for (const text of texts) {
      const starts = startsOf(text);
      for (const index of [new LineIndex(text), new LineIndex(text, starts)]) {
        for (let offset = 0; offset <= text.length + 130; offset++) expect(index.point(offset)).toEqual(searched(starts, offset));
      }
    }
  });

  it('reads offsets that are no position as the search does', () => {
    const text = texts[5];
    const starts = startsOf(text);
    const index = new LineIndex(text);
    for (const offset of [-1, -64, 0.5, 63.5, NaN, Infinity, -Infinity, 2 ** 31, 2 ** 40]) {
      expect(index.point(offset)).toEqual(searched(starts, offset));
    }
  });

  it('gives spans and line texts', () => {
    const index = new LineIndex('甲\n乙丙\r\n丁');
    expect(index.span(2, 5)).toEqual({ start: { line: 2, column: 1, offset: 2 }, end: { line: 2, column: 4, offset: 5 } });
    expect(index.lineText(2)).toBe('乙丙');
    expect(index.lineCount).toBe(3);
  });
});
