import { isSpace, LineIndex, physicalLines } from '@amend/model';

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
  for (const physical of physicalLines(text)) {
    let b = physical.to;
    const { from, heading } = markup(text, physical.from, b);
    let a = from;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    // A bold line (**一、关于《…》的修正**): the marks go, the words stay.
    if (b - a > 4 && text.startsWith('**', a) && text.startsWith('**', b - 2)) {
      a += 2;
      b -= 2;
    }
    if (a >= b) blank = true;
    else {
      const line: SourceLine = { text: text.slice(a, b), start: a, end: b, heading, blankBefore: blank };
      if (text.charCodeAt(physical.from) === 9) line.tab = true;
      out.push(line);
      blank = false;
    }
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
  const out = text.split('');
  let depth = 0;
  let single = false;
  /** Inside a quotation within a quotation written with the same " marks. */
  let nested = false;
  let lineStart = true;
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    if (c === '\n' || c === '\r') {
      lineStart = true;
      continue;
    }
    const code = c.charCodeAt(0);
    if (lineStart) {
      if (isSpace(code) || c === '>' || c === '#') continue;
      if (depth > 0 && !/["“「＂]/.test(c) && DUN_LINE.test(text.slice(i, i + 8))) {
        depth = 0;
        single = false;
        nested = false;
      }
    }
    const atLineStart = lineStart;
    lineStart = false;
    switch (c) {
      case '"':
      case '＂':
        if (depth === 0) {
          out[i] = OPEN;
          depth = 1;
        } else if (nested) {
          out[i] = '’';
          nested = false;
        } else if (!atLineStart && /[、（(]/.test(text[i - 1] ?? '')) {
          // 邓小平理论、"三个代表"重要思想 inside "…": a quotation within the quotation, same marks.
          out[i] = '‘';
          nested = true;
        } else if (atLineStart) {
          out[i] = OPEN; // a paragraph of the running passage
        } else {
          out[i] = CLOSE;
          depth--;
          single = false;
        }
        break;
      case '“':
        if (!(atLineStart && depth > 0)) depth++;
        break;
      case '”':
        if (depth > 0) depth--;
        break;
      case '「':
        out[i] = OPEN;
        if (!(atLineStart && depth > 0)) depth++;
        break;
      case '」':
        out[i] = CLOSE;
        if (depth > 0) depth--;
        break;
      case '『':
        out[i] = '‘';
        break;
      case '』':
        out[i] = '’';
        break;
      case "'":
        if (depth > 0) {
          out[i] = single ? '’' : '‘';
          single = !single;
        }
        break;
      default:
        break;
    }
  }
  return out.join('');
}
