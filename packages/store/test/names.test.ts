import { describe, expect, it } from 'vitest';
import { fileStem, isCalendarDate } from '../src/index.ts';

describe('fileStem', () => {
  it('keeps an ordinary title as it is', () => {
    expect(fileStem('宁夏回族自治区行政执法证件管理办法')).toBe('宁夏回族自治区行政执法证件管理办法');
  });

  it('never yields a separator, a dot-name or an empty name', () => {
    for (const t of ['../../x', '..', '.', '.hidden', 'a/b', 'a\\b', '', ' ', 'CON', 'nul.txt', 'a\u0000b', 'x\u2028y']) {
      const s = fileStem(t);
      expect(s, t).not.toMatch(/[\\/\u0000-\u001f\u2028]/);
      expect(s.startsWith('.'), t).toBe(false);
      expect(s.length, t).toBeGreaterThan(0);
      expect(/^(con|nul)$/i.test(s.split('.')[0]), t).toBe(false);
    }
  });

  it('two titles that clean to the same characters keep different names', () => {
    expect(fileStem('a/b')).not.toBe(fileStem('a:b'));
    expect(fileStem('a/b')).not.toBe('a_b');
  });

  it('bounds the length in UTF-8 bytes, whole characters, with a hash of the whole title', () => {
    const a = fileStem('某'.repeat(245));
    const b = fileStem('某'.repeat(246));
    expect(Buffer.byteLength(a)).toBeLessThanOrEqual(200);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^某+-[0-9a-f]{10}$/);
  });
});

describe('isCalendarDate', () => {
  it('accepts calendar days only', () => {
    expect(['2021-01-01', '2020-02-29', '1954-09-20'].every(isCalendarDate)).toBe(true);
    expect(['2021-13-45', '2021-02-29', '2021-04-31', '2021-1-1', '0000-00-00', '20210101', 'undated'].some(isCalendarDate)).toBe(false);
  });
});
