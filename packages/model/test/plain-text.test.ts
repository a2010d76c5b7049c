import { describe, expect, it } from 'vitest';
import { oneLine, physicalLines, squeezeSpaces } from '../src/index.ts';

describe('plain text', () => {
  it('physical lines end at LF, CRLF or a lone CR, with offsets into the text', () => {
    expect(physicalLines('第一条\r\n第二条\r第三条\n').map((l) => [l.line, l.text, l.from, l.to, l.next])).toEqual([
      [1, '第一条', 0, 3, 5],
      [2, '第二条', 5, 8, 9],
      [3, '第三条', 9, 12, 13],
      [4, '', 13, 13, 14],
    ]);
    expect(physicalLines('')).toEqual([{ line: 1, text: '', from: 0, to: 0, next: 1 }]);
  });

  it('squeezes the spaces out of a heading, keeping one between ASCII words', () => {
    expect(squeezeSpaces('总\u3000则')).toBe('总则');
    expect(squeezeSpaces(' 修改 部分 ')).toBe('修改部分');
    expect(squeezeSpaces('ISO  9001 认证')).toBe('ISO 9001认证');
  });

  it('puts a quoted text on one line, cut with …', () => {
    expect(oneLine('  删去\n第二条\t第三款 ')).toBe('删去 第二条 第三款');
    expect(oneLine('一二三四五六', 4)).toBe('一二三…');
  });
});
