import { fromChinese } from './numeral.ts';

/**
 * The labels that number the parts of Chinese rules and decisions, in one
 * place: 第一条 (article), 第一章 / 第一节 / 第一编 (heading), 一、 (dun),
 * （一） (paren), 1. / 1．/ 1、/ （1） (arabic). Every package reads labels
 * through these patterns; regex sources are exported for scanners that need
 * a label inside a longer pattern.
 */

/** Chinese numeral characters of a label: 一…九, 十 百 千 万, 〇/零, 两 (一千、 and beyond included). */
export const CN_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万';

/** One Chinese numeral of a label, as a regex source (no capture). */
export const CN_NUMERAL = `[${CN_NUMERAL_CHARS}]+`;

/** One numeral, Chinese or digits (第8条, 第８条), as a regex source (no capture). */
export const ANY_NUMERAL = `[${CN_NUMERAL_CHARS}0-9０-９]+`;

/** 第一百三十三条之二: group 1 the number, group 2 the 之 number. */
export const ARTICLE_LABEL = `第(${ANY_NUMERAL})[条條](?:之(${ANY_NUMERAL}))?`;

/** 第三章 / 第二节 / 第一编 / 第一分编: group 1 the number, group 2 the unit. */
export const HEADING_LABEL = `第(${ANY_NUMERAL})(分编|编|編|章|节|節)`;

/** 十一、 (一 、 as some pages print it, a space before the 、): group 1 the number. */
export const DUN_LABEL = `(${CN_NUMERAL})[ \\t]*、`;

/** （十一） / (十一): group 1 the number. */
export const PAREN_LABEL = `[（(][ \\t\\u3000]*(${CN_NUMERAL})[ \\t\\u3000]*[）)]`;

/** 1. / 1．/ 1、 / （1）: group 1 or group 2 the number. */
export const ARABIC_LABEL = `(?:([0-9０-９]{1,4})[ \\t]*[.．、](?![0-9０-９])|[（(]([0-9０-９]{1,4})[）)])`;

export type LabelStyle = 'dun' | 'paren' | 'arabic' | 'article' | 'heading';

/** A label at the start of a text. */
export interface Label {
  style: LabelStyle;
  num: number;
  /** 之 number of an article label (第五条之一). */
  sub?: number;
  /** Unit of a heading label: 章, 节, 编 … */
  unit?: string;
  /** The label as written, without the spaces after it. */
  label: string;
  /** Length of the label and the spaces after it. */
  length: number;
}

const AT_START: Record<LabelStyle, RegExp> = {
  article: new RegExp(`^${ARTICLE_LABEL}`),
  heading: new RegExp(`^${HEADING_LABEL}`),
  dun: new RegExp(`^${DUN_LABEL}`),
  paren: new RegExp(`^${PAREN_LABEL}`),
  arabic: new RegExp(`^${ARABIC_LABEL}`),
};

const ALL: LabelStyle[] = ['article', 'heading', 'paren', 'arabic', 'dun'];
/** The spaces a label's length takes in: ASCII space, tab, ideographic space (NaN past the end is none). */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000;
}

/** Codes of CN_NUMERAL_CHARS: every line of a decision asks whether it starts with one. */
const CN_NUMERAL_CODES = new Set(Array.from(CN_NUMERAL_CHARS, (ch) => ch.charCodeAt(0)));

/**
 * The label a text starts with, among `styles` (all by default), or
 * undefined. The number must read as a numeral (一百零一, 8); 之零 is no label.
 */
export function readLabel(text: string, styles: readonly LabelStyle[] = ALL): Label | undefined {
  const c = text.charCodeAt(0);
  for (const style of styles) {
    if (!mayStart(style, c)) continue;
    const m = AT_START[style].exec(text);
    if (!m) continue;
    const num = fromChinese(m[1] ?? m[2]);
    if (num === undefined) continue;
    const label = m[0];
    let length = label.length;
    while (isSpace(text.charCodeAt(length))) length++;
    const out: Label = { style, num, label, length };
    if (style === 'article' && m[2] !== undefined) {
      const sub = fromChinese(m[2]);
      if (!sub) continue;
      out.sub = sub;
    }
    if (style === 'heading') out.unit = m[2];
    return out;
  }
  return undefined;
}

/** A cheap first-character test, so that most lines cost one comparison per style. */
function mayStart(style: LabelStyle, c: number): boolean {
  switch (style) {
    case 'article':
    case 'heading':
      return c === 0x7b2c; // 第
    case 'paren':
      return c === 0xff08 || c === 40;
    case 'arabic':
      return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19) || c === 0xff08 || c === 40;
    case 'dun':
      return CN_NUMERAL_CODES.has(c);
  }
}
