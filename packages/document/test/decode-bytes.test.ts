import { describe, expect, it } from 'vitest';
import { decode } from '../src/index.ts';

const TEXT = '某市养犬管理办法\n\n第一条　为了规范养犬行为，制定本办法。\n';

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const [hi, lo] = [c >> 8, c & 0xff];
    out.set(endian === 'le' ? [lo, hi] : [hi, lo], 2 + i * 2);
  }
  return out;
}

describe('decode', () => {
  it('decodes UTF-16 little-endian with its BOM (Windows Notepad’s “Unicode”)', () => {
    const r = decode(utf16(TEXT, 'le'), 'a.txt');
    expect(r.value).toBe(TEXT);
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['io/decoded-utf16']);
  });

  it('decodes UTF-16 big-endian with its BOM', () => {
    expect(decode(utf16(TEXT, 'be'), 'a.txt').value).toBe(TEXT);
  });

  it('a NUL byte anywhere, not only in the first 8 KiB, is binary input', () => {
    const bytes = new TextEncoder().encode(TEXT.repeat(1000) + '\0' + TEXT);
    expect(bytes.length).toBeGreaterThan(8192);
    expect(decode(bytes, 'a.txt').diagnostics.map((d) => d.ruleId)).toEqual(['io/binary']);
  });

  it('an encoding error names the byte offset and the line', () => {
    const head = new TextEncoder().encode('某办法\n\n第一条　甲。\n第二条　');
    // 0xff is never valid in UTF-8; 0xff 0xff is not GB18030 either.
    const bytes = new Uint8Array([...head, 0xff, 0xff, 0x41, 0x0a]);
    const r = decode(bytes, 'a.txt');
    expect(r.value).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0];
    expect(d.ruleId).toBe('io/bad-encoding');
    expect(d.data).toMatchObject({ offset: head.length, line: 4 });
    expect(d.span?.start).toMatchObject({ line: 4, column: 5 });
  });

  it('a UTF-16 file with a broken surrogate names its offset', () => {
    const bytes = utf16('某办法\n第一条', 'le');
    const bad = new Uint8Array([...bytes, 0x00, 0xdc]); // a lone low surrogate
    const d = decode(bad, 'a.txt').diagnostics[0];
    expect(d.ruleId).toBe('io/bad-encoding');
    expect(d.data).toMatchObject({ offset: bytes.length, line: 2 });
  });
});
