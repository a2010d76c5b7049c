import type { IToken } from 'chevrotain';
import { fromChinese } from '@amend/model';
import type { Quote } from './clauses.ts';
import { inOrder } from './cst-offsets.ts';
import { unquote } from './quotation.ts';

/**
 * Quotation tokens → the words clauses carry (quotation.ts unquotes them),
 * with what the words after them say (“环境保护”部门, “擅自”二字) and what
 * reading them found for the item (tidied punctuation, elided words).
 */

/** What reading a sentence's quotations found, for the item. */
export interface QuoteFindings {
  verbatim: boolean;
  /** Punctuation of quoted text made full-width, offsets into the item's text. */
  tidied: { at: number; from: string; to: string }[];
  /** A quotation elides its words (“为……”). */
  elided: boolean;
  /** How many quotation lists stated their length so far (“擅自”二字). */
  stating: number;
}

const reading: QuoteFindings = { verbatim: false, tidied: [], elided: false, stating: 0 };

/** Starts a sentence: its quotations' findings are collected afresh into the object returned. */
export function startQuotes(verbatim: boolean): QuoteFindings {
  reading.verbatim = verbatim;
  reading.tidied = [];
  reading.elided = false;
  reading.stating = 0;
  return reading;
}

/** A quotation token → its words and offsets; 第二处“…” names the occurrence meant. */
export function quoteOf(t: IToken, occurrence?: IToken): Quote {
  const text = unquote(t.image, reading.verbatim, t.startOffset, reading.tidied);
  if (elides(text)) reading.elided = true;
  const q: Quote = { text, from: t.startOffset, to: (t.endOffset ?? t.startOffset) + 1 };
  const n = occurrence ? fromChinese(occurrence.image.slice(1, -1)) : undefined;
  if (n) q.occurrence = n;
  return q;
}

/** “为……”: an elided quotation describes words instead of giving them (at most eight other characters). */
function elides(text: string): boolean {
  // Only dots go: a quotation with nine other characters is ruled out without scanning the rest of a long payload.
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x2026 && c !== 0x2e && ++other > 8) return false;
  }
  return (text.includes('……') || text.includes('...')) && text.replace(/……|\.{3,}/g, '').length <= 8;
}

/** Quotation tokens → their words, in written order. */
export function quotes(tokens: IToken[] | undefined, occurrence?: IToken): Quote[] {
  if (!tokens) return [];
  // Most lists hold one quotation: made whole (an empty list's first push gives it 17 slots).
  if (tokens.length === 1) return [quoteOf(tokens[0], occurrence)];
  const list = ordered(tokens) ? tokens : inOrder(tokens);
  const out: Quote[] = [];
  for (let i = 0; i < list.length; i++) out.push(quoteOf(list[i], i === 0 ? occurrence : undefined));
  return out;
}

function ordered(tokens: IToken[]): boolean {
  for (let i = 1; i < tokens.length; i++) if (tokens[i - 1].startOffset > tokens[i].startOffset) return false;
  return true;
}

/** “环境保护”部门修改为“生态环境”部门: 部门 after the quotation is part of the words; 的表述, 二字 are not. */
export function withSuffix(list: Quote[], suffix: IToken | undefined): Quote[] {
  if (suffix?.image !== '部门') return list;
  return list.map((q) => ({ ...q, text: q.text + suffix.image }));
}

/** “审批后”三个字 / “擅自”二字: the length the decision states, checked by the resolver. */
export function stated(list: Quote[], suffix: IToken | undefined): Quote[] {
  const m = suffix && /^([一二两三四五六七八九十]+)个?字/.exec(suffix.image);
  const n = m ? fromChinese(m[1]) : undefined;
  if (!m || n === undefined) return list;
  reading.stating++;
  return list.map((q) => ({ ...q, stated: { n, image: m[0] } }));
}
