/**
 * The one quotation scanner, shared by the lexer (to make a quoted phrase or
 * payload one token) and by the framing (to know that a line such as
 * `（一）…` still belongs to an open payload and is no item label).
 *
 * Drafting convention: a quoted passage of several paragraphs opens every
 * paragraph with “ and closes only the last one with ”. So a “ at the start of
 * a line continues the passage instead of nesting; a “ inside a line nests
 * (some texts quote inside a quote with “” instead of ‘’).
 */

import { isTrimSpace } from './trim-space.ts';

export interface QuoteScan {
  /** Offset just after the closing ”, or the end of the text when unclosed. */
  end: number;
  closed: boolean;
}

export const OPEN = '“';
export const CLOSE = '”';
const OPEN_CODE = 0x201c;
const CLOSE_CODE = 0x201d;
const LF = 10;
const CR = 13;
const IDEO_SPACE = 0x3000;

/**
 * Scan a quotation starting at `start` (which must hold “). From quotation
 * mark to quotation mark, found natively (indexOf): payloads are most of a
 * decision's text, and a character-by-character walk was most of lexing.
 */
export function scanQuote(text: string, start: number, limit = text.length): QuoteScan {
  let depth = 1;
  let open = text.indexOf(OPEN, start + 1);
  let close = text.indexOf(CLOSE, start + 1);
  while (close >= 0 && close < limit) {
    if (open >= 0 && open < close) {
      if (!opensLine(text, start, open)) depth++;
      open = text.indexOf(OPEN, open + 1);
      continue;
    }
    if (--depth === 0) return { end: close + 1, closed: true };
    close = text.indexOf(CLOSE, close + 1);
  }
  return { end: limit, closed: false };
}

/** The “ at `at` opens a line (only spaces between it and a line break after `start`): it continues the passage. */
function opensLine(text: string, start: number, at: number): boolean {
  for (let i = at - 1; i > start; i--) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return true;
    if (c !== 32 && c !== 9 && c !== IDEO_SPACE) return false;
  }
  return false;
}

/**
 * Quote state across lines, for the framing: feed lines one by one; `open`
 * tells whether a quotation is still running after the line.
 */
export class QuoteTracker {
  private depth = 0;

  get open(): boolean {
    return this.depth > 0;
  }

  feed(line: string): void {
    // Character codes, no trimmed copy: the framing feeds every line of a payload (twice).
    const n = line.length;
    const first = n && mayBeSpace(line.charCodeAt(0)) ? n - line.trimStart().length : 0;
    let depth = this.depth;
    for (let i = first; i < n; i++) {
      const c = line.charCodeAt(i);
      if (c === OPEN_CODE) {
        // A paragraph opener of a running passage does not nest.
        if (!(i === first && depth > 0)) depth++;
      } else if (c === CLOSE_CODE && depth > 0) {
        depth--;
      }
    }
    this.depth = depth;
  }

  reset(): void {
    this.depth = 0;
  }
}

/** Whether `trimStart` could remove a character of this code (the JavaScript white space and line terminators). */
function mayBeSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x3000) || c === 0xfeff;
}

/** Punctuation made full-width (依法,及时 → 依法，及时): where, what was written, what it became. */
export interface Tidied {
  at: number;
  from: string;
  to: string;
}

/**
 * The text of a quotation token: paragraph openers and the closing quote
 * removed, one paragraph per line, nested ‘…’ turned into “…” (the payload is
 * inserted into the rule, where it is no longer nested). Unless `verbatim`,
 * ASCII , ; : between Chinese words become full-width (a scanning or
 * conversion artefact), each change added to `tidied` with its offset into
 * the image plus `at` (where the token starts); nothing else changes.
 */
export function unquote(image: string, verbatim: boolean, at: number, tidied: Tidied[]): string {
  const from = image.charCodeAt(0) === OPEN_CODE ? 1 : 0;
  let to = image.length;
  if (to > from && image.charCodeAt(to - 1) === CLOSE_CODE) to--;
  // Payloads are long and mostly clean: one native scan tells whether anything needs tidying, CR or ‘’ handling.
  const special = NEEDS_CARE.test(image);
  const tidy = special && !verbatim && HAS_ASCII.test(image);
  const cr = special ? image.indexOf('\r', from) : -1;
  // Nothing to tidy and no CR (most payloads; digits, Latin letters or nested quotes too): lines cut as a clean passage's.
  if (!tidy && cr < 0) {
    const text = cleanText(image, from, to);
    if (text !== undefined) return special ? unnested(text) : text;
  }
  const out: string[] = [];
  // The lines of image[from, to), split as physicalLines splits (\n, \r, \r\n).
  let pos = from;
  while (pos <= to) {
    let eol = cr < 0 || cr >= to ? image.indexOf('\n', pos) : lineEnd(image, pos, to);
    if (eol < 0 || eol > to) eol = to;
    let line = image.slice(pos, eol).trim();
    if (line !== '') {
      let lineAt = pos;
      while (lineAt < eol && isIndent(image.charCodeAt(lineAt))) lineAt++;
      // As in scanQuote, a “ opening a later line opens a paragraph.
      if (out.length > 0 && line.startsWith(OPEN)) {
        line = line.slice(1);
        lineAt++;
      }
      if (tidy) line = tidyPunctuation(line, at + lineAt, tidied);
      out.push(line);
    }
    pos = eol >= to ? to + 1 : image.charCodeAt(eol) === CR && eol + 1 < to && image.charCodeAt(eol + 1) === LF ? eol + 2 : eol + 1;
  }
  const text = out.length === 1 ? out[0] : out.join('\n');
  return special ? unnested(text) : text;
}

/** Nested quotes become “ ” (the words are no longer nested once inserted). */
function unnested(text: string): string {
  return text.includes('‘') || text.includes('’') ? text.replace(/‘/g, OPEN).replace(/’/g, CLOSE) : text;
}

/**
 * The text of image[from, to) holding no \r, nothing to tidy and no nested
 * quotes, in one walk from line break to line break: one line is its own text
 * trimmed; the paragraphs of a passage lose only the “ opening each later
 * one. Undefined where a later line is empty or starts or ends with what
 * trim() removes (the general walk then drops or trims it).
 */
function cleanText(image: string, from: number, to: number): string | undefined {
  let lf = image.indexOf('\n', from);
  if (lf < 0 || lf >= to) {
    // trim() only where an end holds what it removes: most quotations are their own text.
    return isTrimSpace(image.charCodeAt(from)) || isTrimSpace(image.charCodeAt(to - 1))
      ? image.slice(from, to).trim()
      : image.slice(from, to);
  }
  if (isTrimSpace(image.charCodeAt(from)) || isTrimSpace(image.charCodeAt(to - 1))) return undefined;
  let text = '';
  let pos = from;
  for (; lf >= 0 && lf < to; lf = image.indexOf('\n', lf + 1)) {
    const next = image.charCodeAt(lf + 1);
    if (isTrimSpace(image.charCodeAt(lf - 1)) || isTrimSpace(next)) return undefined;
    if (next === OPEN_CODE) {
      text += image.slice(pos, lf + 1);
      pos = lf + 2;
    }
  }
  return pos === from ? image.slice(from, to) : text + image.slice(pos, to);
}

/** The first \n or \r at or after `pos`, or `to`. */
function lineEnd(image: string, pos: number, to: number): number {
  while (pos < to) {
    const c = image.charCodeAt(pos);
    if (c === LF || c === CR) return pos;
    pos++;
  }
  return to;
}

/** Indentation unquote reports offsets after: ASCII space, tab, ideographic space. */
function isIndent(c: number): boolean {
  return c === 32 || c === 9 || c === IDEO_SPACE;
}

const HAN = '\u3400-\u9fff';
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：' };
const ASCII_PUNCT = new RegExp(`(?<=[${HAN}）》”])([ \t]*)([,;:])([ \t]*)(?=[${HAN}（《“])`, 'g');
const HAS_ASCII = /[,;: \t]/;
/**
 * What unquote may have to change (HAS_ASCII, CR, nested quotes) is in this class: ASCII but the line
 * break as one range is tested faster than a list of marks. A payload holding other ASCII (digits) takes
 * the general walk, which gives the same text.
 */
const NEEDS_CARE = /[\0-\x09\x0b-\x7f‘’]/;
const LOOSE_SPACE = new RegExp(`(?<=[${HAN}：])[ \t]+(?=[0-9])|(?<=[0-9])[ \t]+(?=[${HAN}])`, 'g');

/**
 * Scanned or converted texts print ASCII , ; : between Chinese words
 * (依法,及时处理) and stray spaces around numbers (之日起 30 日内); Chinese
 * legal text has neither, so the payload is read with the full-width mark
 * and without the spaces. Brackets are kept as written: instruments do use
 * ASCII (一) on purpose.
 */
function tidyPunctuation(line: string, lineAt: number, tidied: Tidied[]): string {
  // Most lines hold neither ASCII , ; : nor a space or tab: skip the lookbehind scans.
  if (!HAS_ASCII.test(line)) return line;
  const marks: { at: number; from: string; to: string }[] = [];
  let out = line.replace(ASCII_PUNCT, (whole: string, before: string, p: string, _after: string, index: number) => {
    marks.push({ at: index + before.length, from: whole, to: FULL_WIDTH[p] });
    return FULL_WIDTH[p];
  });
  // Offsets of the spaces are taken in the line as written, so that each change points at its own place.
  for (const m of line.matchAll(LOOSE_SPACE)) marks.push({ at: m.index, from: m[0], to: '' });
  if (marks.length && LOOSE_SPACE.test(out)) out = out.replace(LOOSE_SPACE, '');
  LOOSE_SPACE.lastIndex = 0;
  for (const m of marks.sort((a, b) => a.at - b.at)) tidied.push({ at: lineAt + m.at, from: m.from, to: m.to });
  return out;
}

/** More ” than “ in a line: it closes a passage it did not open. */
export function strayClose(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN_CODE) depth++;
    else if (c === CLOSE_CODE && --depth < 0) return true;
  }
  return false;
}
