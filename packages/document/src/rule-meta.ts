/**
 * What promulgation lines say about a document: the order or notice number,
 * issuer, dates, effective-date clause and signatory.
 */
import type { DocumentMeta } from '@amend/model';
import { isDateLine, isoDate, readNoteDates, squeezeSpaces } from '@amend/model';

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

function digits(s: string): number {
  return Number(s.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
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

const SIGNATORY_RE =
  /^(?:自治区|省|市|盟|州|县|区)?(?:主席|省长|市长|盟长|州长|县长|区长|部长|主任|局长|署长|行长|院长|旗长)\s*(\S.{0,6})$/;

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
    // Dates: what happened on each (通过, 批准, 公布) and the effective-date clause.
    readNoteDates(s, meta);
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
