/**
 * What promulgation lines say about a document: the order or notice number,
 * issuer, dates, effective-date clause and signatory.
 */
import type { DocumentMeta } from '@amend/model';
import { squeezeSpaces } from './lines.ts';

const DATE_RE = /([0-9０-９]{4})年([0-9０-９]{1,2})月([0-9０-９]{1,2})日/;
const CN_DATE_RE = /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/;

/** 2022年1月8日 / 二〇二二年一月八日 → 2022-01-08. */
export function isoDate(text: string): string | undefined {
  const s = squeezeSpaces(text);
  const m = DATE_RE.exec(s);
  if (m) return iso(digits(m[1]), digits(m[2]), digits(m[3]));
  const c = CN_DATE_RE.exec(s);
  if (c) return iso(cnDigits(c[1]), cnSmall(c[2]), cnSmall(c[3]));
  return undefined;
}

function digits(s: string): number {
  return Number(s.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
}

function cnDigits(s: string): number {
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

function iso(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A line that is only a date (the date under a signature). */
export function isDateLine(text: string): boolean {
  const s = squeezeSpaces(text);
  return (DATE_RE.test(s) || CN_DATE_RE.test(s)) && s.replace(DATE_RE, '').replace(CN_DATE_RE, '').length === 0;
}

const PUBLIC = /^[（(]此件/;

/**
 * Index of the last line of a decree or notice header that starts at `from`:
 * the （此件公开发布） line, or else the date under the signature.
 */
export function headerEnd(texts: readonly string[], from: number, limit: number): number {
  let k = from;
  for (; k < texts.length - 1 && k < from + limit; k++) {
    if (PUBLIC.test(texts[k])) break;
    if (isDateLine(texts[k]) && !PUBLIC.test(texts[k + 1] ?? '')) break;
  }
  return k;
}

/** 宁夏回族自治区人民政府令 (a decree's heading line). */
export function isOrderHeading(text: string): boolean {
  const s = squeezeSpaces(text);
  return s.length <= 30 && /^\S{2,}(?:政府|委员会|部|局|署|院|厅|办公室)令$/.test(s);
}

/** 第 118 号 */
export function orderNumber(text: string): number | undefined {
  const m = /^第([0-9０-９]{1,4})号$/.exec(squeezeSpaces(text));
  return m ? digits(m[1]) : undefined;
}

/** 宁政办发〔2021〕96号 */
export const DOC_NUMBER_RE = /^[\u4e00-\u9fa5]{1,12}[〔［\[（(][0-9]{4}[〕］\])）][0-9]{1,4}号$/;

const SIGNATORY_RE = /^(?:自治区|省|市|盟|州|县|区)?(?:主席|省长|市长|盟长|州长|县长|区长|部长|主任|局长|署长|行长|院长|旗长)\s*(\S.{0,6})$/;

/**
 * Reads the promulgation lines (a decree header, 题注 or LawRefBook header
 * lines) into meta. Later lines never override what earlier ones gave.
 */
export function metaFromLines(lines: readonly string[], meta: DocumentMeta = {}): DocumentMeta {
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const s = squeezeSpaces(raw);
    if (isOrderHeading(raw)) {
      const num = orderNumber(lines[i + 1] ?? '');
      meta.issuer ??= s.slice(0, -1);
      if (num !== undefined) meta.docNumber ??= `${s}第${num}号`;
      continue;
    }
    if (DOC_NUMBER_RE.test(s)) {
      meta.docNumber ??= s;
      continue;
    }
    const sig = SIGNATORY_RE.exec(raw.trim());
    if (sig && !/[，。；]/.test(raw)) {
      meta.signatory ??= squeezeSpaces(sig[1]);
      continue;
    }
    if (isDateLine(raw)) {
      meta.promulgated ??= isoDate(raw);
      continue;
    }
    const effective = /自(公布之日|发布之日|印发之日|[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日)起(?:施行|实施|生效)/.exec(s);
    if (effective) {
      const date = isoDate(effective[1]);
      meta.effective ??= date ? { clause: effective[0], date } : { clause: effective[0] };
    }
    if (/(?:审议|会议|常务会议)?通过/.test(s) && !meta.adopted) {
      const adopted = /([0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)[^，。]*?(?:审议)?通过/.exec(s);
      if (adopted) meta.adopted = isoDate(adopted[1]);
    }
    if (/公布|发布/.test(s) && !meta.promulgated) {
      const m = /^([0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)[^，。]*?(?:公布|发布)$/.exec(s);
      if (m) meta.promulgated = isoDate(m[1]);
    }
    if (!meta.effective) {
      const m = /^([0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)施行$/.exec(s);
      if (m) meta.effective = { clause: s, date: isoDate(m[1]) };
    }
  }
  return meta;
}

/** 刑法(2020-12-26).md → 2020-12-26 */
export function versionFromFile(file: string | undefined): string | undefined {
  const m = file && /\((\d{4}-\d{2}-\d{2})\)\.[a-z]+$/.exec(file);
  return m ? m[1] : undefined;
}
