import type { DocumentMeta } from './tree.ts';

/**
 * Dates as Chinese documents print them, in one place: 2022年1月8日,
 * 2022年 1 月 8 日, 二〇二二年一月八日, full-width digits; and what a note or
 * header sentence says happened on them (通过 adopted, 批准 approved,
 * 公布/发布 promulgated, 自…起施行 effective). Every package reads dates here.
 */

const DIGIT_DATE = /([0-9０-９]{4})[ \t\u3000]*年[ \t\u3000]*([0-9０-９]{1,2})[ \t\u3000]*月[ \t\u3000]*([0-9０-９]{1,2})[ \t\u3000]*日/g;
const CN_DATE =
  /([〇零一二三四五六七八九]{4})[ \t\u3000]*年[ \t\u3000]*([一二三四五六七八九十]{1,3})[ \t\u3000]*月[ \t\u3000]*([一二三四五六七八九十]{1,3})[ \t\u3000]*日/g;

export interface DateMatch {
  /** YYYY-MM-DD */
  iso: string;
  start: number;
  end: number;
}

/** Every date in a text, in order. */
export function datesIn(text: string): DateMatch[] {
  const out: DateMatch[] = [];
  for (const re of [DIGIT_DATE, CN_DATE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const iso = re === DIGIT_DATE ? isoOf(digits(m[1]), digits(m[2]), digits(m[3])) : isoOf(cnYear(m[1]), cnSmall(m[2]), cnSmall(m[3]));
      if (iso) out.push({ iso, start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The first date of a text as YYYY-MM-DD: 2022年1月8日 / 二〇二二年一月八日 → 2022-01-08. */
export function isoDate(text: string): string | undefined {
  return datesIn(text)[0]?.iso;
}

/** A line that is only a date (the date under a signature). */
export function isDateLine(text: string): boolean {
  const t = text.trim();
  const dates = datesIn(t);
  return dates.length === 1 && dates[0].start === 0 && dates[0].end === t.length;
}

const EFFECTIVE = /自(公布之日|发布之日|印发之日|批准之日|通过之日|[^，。；、（）()]{0,20}?日)起(?:施行|实施|生效|执行)/;

/**
 * The effective-date clause of a sentence: 自公布之日起施行 → {clause};
 * 自2022年5月1日起施行 → {clause, date}; 决定于2023年12月1日起废止 → the date it takes effect.
 */
export function effectiveClause(text: string): DocumentMeta['effective'] | undefined {
  const m = EFFECTIVE.exec(text) ?? /于([^，。；]{0,20}?日)起(?:施行|实施|生效|执行|废止)/.exec(text);
  if (!m) {
    // 本决定自公布后生效 / 公布之后施行: in force once published, as 自公布之日起施行.
    const after = /自?(?:公布|发布)(?:之?后)(?:施行|实施|生效|执行)/.exec(text);
    if (after) return { clause: after[0] };
    return /公布施行/.test(text) ? { clause: '公布施行' } : undefined;
  }
  const date = isoDate(m[0]);
  return date ? { clause: m[0], date } : { clause: m[0] };
}

/** The dates of a document's own history that a note or header sentence records. */
export type NoteDates = Pick<DocumentMeta, 'adopted' | 'approved' | 'promulgated' | 'effective'>;

/**
 * What a note under a title, a 公告 or a date line says: each date with the
 * words after it up to the next date — `…会议通过` adopted, `…批准` approved,
 * `…令第N号公布` promulgated — and the effective-date clause. Dates of events
 * that amended an earlier text (根据…决定修正) are history, not this text's.
 * Earlier fields of `into` are kept.
 */
export function readNoteDates(text: string, into: NoteDates = {}): NoteDates {
  const dates = datesIn(text);
  dates.forEach((d, i) => {
    const words = text.slice(d.end, dates[i + 1]?.start ?? text.length);
    const before = text.slice(Math.max(0, dates[i - 1]?.end ?? 0), d.start);
    if (/根据[ \t\u3000]*$/.test(before) || /^[^，。；]*?(修正|修订)/.test(words)) return;
    if (/^[^，。；]*?通过/.test(words)) into.adopted ??= d.iso;
    else if (/^[^，。；]*?批准/.test(words)) into.approved ??= d.iso;
    else if (/^[^，。；]*?(公布|发布)/.test(words) && !/已经|起施行/.test(words)) into.promulgated ??= d.iso;
  });
  into.effective ??= effectiveClause(text);
  return into;
}

/** The value of a run of ASCII or full-width digits (what the date patterns match), read by code. */
function digits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n = n * 10 + (c >= 0xff10 ? c - 0xff10 : c - 48);
  }
  return n;
}

function cnYear(s: string): number {
  return Number([...s].map((c) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c)).join(''));
}

function cnSmall(s: string): number {
  const d = (c: string) => '〇一二三四五六七八九'.indexOf(c);
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + d(s[1]);
  if (s.endsWith('十')) return d(s[0]) * 10;
  if (s.length === 3) return d(s[0]) * 10 + d(s[2]);
  return d(s);
}

/** Days of each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isoOf(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  // The Gregorian calendar as Date.UTC reads it (a year 0–99 is 1900–1999), without making a Date.
  const year = y >= 0 && y <= 99 ? 1900 + y : y;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = m === 2 && leap ? 29 : MONTH_DAYS[m - 1];
  if (d > days) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
