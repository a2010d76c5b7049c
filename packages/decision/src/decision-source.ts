import { isSpace, LineIndex } from '@amend/model';

/**
 * The first step of reading a decision: its text with every quotation mark
 * made the curly mark its position says, and its lines with Markdown marks
 * stripped. Marks are replaced one for one, so the normalised text has the
 * same length as the original and every offset means the same in both.
 *
 * The national database publishes ASCII quotes: "…" paired by position, with
 * '…' inside them for a quotation within a quotation. A quoted passage of
 * several paragraphs opens every paragraph with " and closes only the last,
 * so a " at the start of a line inside an open quotation opens a paragraph
 * rather than closing it. A " after 、 or （ inside a quotation opens a
 * quotation within it (…邓小平理论、"三个代表"重要思想…), read as ‘’. 「」 and 『』 are read as “” and ‘’.
 */

export interface SourceLine {
  /** The line without Markdown marks (#, >, - ) and surrounding spaces. */
  text: string;
  /** Offsets of `text` in the original (end exclusive). */
  start: number;
  end: number;
  /** Markdown heading level (# = 1), 0 for other lines. */
  heading: number;
  /** A blank line (or nothing) comes before it. */
  blankBefore: boolean;
  /** The line opens with a TAB: a table cell of a word processor's export. */
  tab?: boolean;
}

export interface DecisionSource {
  original: string;
  /** Same length as `original`, quotation marks normalised. */
  text: string;
  lines: SourceLine[];
  index: LineIndex;
}

const OPEN = '“';
const CLOSE = '”';
const DUN_LINE = /^[零〇一二两三四五六七八九十百千万]+、/;

export function readSource(original: string): DecisionSource {
  const text = normaliseQuotes(original);
  return { original, text, lines: readLines(text), index: new LineIndex(original) };
}

/** Lines of the normalised text; blank lines and lines of Markdown marks only are dropped. */
function readLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  let blank = true;
  const n = text.length;
  // Physical lines as physicalLines splits them (\n, \r, \r\n), found in the same pass that reads them.
  for (let from = 0; from <= n; ) {
    let to = from;
    while (to < n) {
      const c = text.charCodeAt(to);
      if (c === 10 || c === 13) break;
      to++;
    }
    let b = to;
    const { from: a0, heading } = markup(text, from, b);
    let a = a0;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    // A bold line (**一、关于《…》的修正**): the marks go, the words stay.
    if (b - a > 4 && text.startsWith('**', a) && text.startsWith('**', b - 2)) {
      a += 2;
      b -= 2;
    }
    if (a >= b) blank = true;
    else {
      const line: SourceLine = { text: text.slice(a, b), start: a, end: b, heading, blankBefore: blank };
      if (text.charCodeAt(from) === 9) line.tab = true;
      out.push(line);
      blank = false;
    }
    from = to >= n ? n + 1 : text.charCodeAt(to) === 13 && text.charCodeAt(to + 1) === 10 ? to + 2 : to + 1;
  }
  return out;
}

/** Skip indentation and Markdown marks: `#` headings, `>` quotes, `- ` bullets. */
function markup(text: string, a: number, b: number): { from: number; heading: number } {
  let heading = 0;
  for (;;) {
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    const c = text.charCodeAt(a);
    if (c === 35 /* # */) {
      let k = a;
      while (k < b && text.charCodeAt(k) === 35) k++;
      if (k - a <= 6 && (k === b || isSpace(text.charCodeAt(k)))) {
        heading = k - a;
        a = k;
        continue;
      }
    } else if (c === 62 /* > */) {
      a++;
      continue;
    } else if ((c === 45 || c === 42 || c === 43) && a + 1 < b && text.charCodeAt(a + 1) === 32) {
      a += 2;
      continue;
    }
    return { from: a, heading };
  }
}

/**
 * ASCII and corner quotation marks → curly ones, by position. The state runs
 * across lines (a passage of several paragraphs); it is reset at a line that
 * starts a numbered item (一、) without a quotation mark, so that one mark
 * left unclosed never turns every later pair inside out.
 */
function normaliseQuotes(text: string): string {
  if (!/["'「」『』＂]/.test(text)) return text;
  // The text as runs between the marks replaced, read by character code.
  const parts: string[] = [];
  let copied = 0;
  const put = (i: number, mark: string) => {
    parts.push(text.slice(copied, i), mark);
    copied = i + 1;
  };
  let depth = 0;
  let single = false;
  /** Inside a quotation within a quotation written with the same " marks. */
  let nested = false;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      lineStart = true;
      continue;
    }
    if (lineStart) {
      if (isSpace(code) || code === 62 /* > */ || code === 35 /* # */) continue;
      if (depth > 0 && !STRAIGHT_OR_OPEN.has(code) && DUN_LINE.test(text.slice(i, i + 8))) {
        depth = 0;
        single = false;
        nested = false;
      }
    }
    const atLineStart = lineStart;
    lineStart = false;
    switch (code) {
      case 0x22 /* " */:
      case 0xff02 /* ＂ */:
        if (depth === 0) {
          put(i, OPEN);
          depth = 1;
        } else if (nested) {
          put(i, '’');
          nested = false;
        } else if (!atLineStart && NESTS_AFTER.has(text.charCodeAt(i - 1))) {
          // 邓小平理论、"三个代表"重要思想 inside "…": a quotation within the quotation, same marks.
          put(i, '‘');
          nested = true;
        } else if (atLineStart) {
          put(i, OPEN); // a paragraph of the running passage
        } else {
          put(i, CLOSE);
          depth--;
          single = false;
        }
        break;
      case 0x201c /* “ */:
        if (!(atLineStart && depth > 0)) depth++;
        break;
      case 0x201d /* ” */:
        if (depth > 0) depth--;
        break;
      case 0x300c /* 「 */:
        put(i, OPEN);
        if (!(atLineStart && depth > 0)) depth++;
        break;
      case 0x300d /* 」 */:
        put(i, CLOSE);
        if (depth > 0) depth--;
        break;
      case 0x300e /* 『 */:
        put(i, '‘');
        break;
      case 0x300f /* 』 */:
        put(i, '’');
        break;
      case 0x27 /* ' */:
        if (depth > 0) {
          put(i, single ? '’' : '‘');
          single = !single;
        }
        break;
      default:
        break;
    }
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

/** " “ 「 ＂: a line starting with one continues a quotation rather than starting a numbered item. */
const STRAIGHT_OR_OPEN = new Set([0x22, 0x201c, 0x300c, 0xff02]);
/** 、 （ (: a " after one opens a quotation within the quotation. */
const NESTS_AFTER = new Set([0x3001, 0xff08, 0x28]);
