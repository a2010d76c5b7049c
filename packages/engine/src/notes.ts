import type { Document, Note } from '@amend/model';

/**
 * The 题注 records each amendment inside the brackets of the last history
 * line, after a full-width space:
 * （2011年5月6日宁夏回族自治区人民政府令第33号公布　根据2022年1月8日宁夏回族自治区人民政府令第119号修改）
 */

export interface DecisionInfo {
  title: string;
  docNumber?: string;
  /** ISO date (YYYY-MM-DD) or a date as printed. */
  date?: string;
  file?: string;
}

/** 2022-01-08 → 2022年1月8日; anything else is kept as printed. */
export function chineseDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : date;
}

/** 根据2022年1月8日宁夏回族自治区人民政府令第119号修改; without a document number, the decision's title in 《》. */
export function amendmentNote(d: DecisionInfo): string {
  const date = d.date ? chineseDate(d.date) : '';
  // Inside 《》 a title's own 《》 become 〈〉, as published texts write them.
  const source =
    d.docNumber ??
    `《${d.title
      .replace(/^《|》$/g, '')
      .replace(/《/g, '〈')
      .replace(/》/g, '〉')}》`;
  return `根据${date}${source}修改`;
}

/**
 * Add the amendment to the last 题注 line (or start one), inside a draft.
 * Note texts are stored without their brackets (the serializer prints them);
 * a note that kept them gets the addition inside.
 */
export function addAmendmentNote(doc: Document, d: DecisionInfo, make: (text: string) => Note): void {
  const line = amendmentNote(d);
  const last = doc.notes[doc.notes.length - 1];
  if (!last) {
    doc.notes.push(make(line));
    return;
  }
  if (last.text.includes(line)) return;
  const m = /^([（(])([\s\S]*)([）)])$/.exec(last.text.trim());
  last.text = m ? `${m[1]}${m[2]}　${line}${m[3]}` : `${last.text}　${line}`;
}
