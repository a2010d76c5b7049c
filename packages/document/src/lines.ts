import { isSpace, physicalLines } from '@amend/model';

/**
 * Splitting the input into physical lines and cleaning each one into the
 * logical line the recognisers read. Offsets always refer to the ORIGINAL
 * text so that every node can point back at its source.
 */

/** Which kind of source the text is; it decides how markup is read. */
export type SourceFormat =
  /** The project's canonical plain text (or any plain text without markup). */
  | 'plain'
  /** LawRefBook Markdown: `# title`, header lines, `<!-- INFO END -->`, trustworthy `#` levels. */
  | 'lawref'
  /** OCR'd Markdown: `#` levels and bold marks are layout, not structure. */
  | 'ocr';

export interface Line {
  /** Content with markup, indentation and trailing spaces removed. */
  text: string;
  /** 1-based line number in the original text. */
  line: number;
  /** Offsets of the content in the original text (end exclusive). */
  start: number;
  end: number;
  /** Offset where the physical line begins, markup included. */
  from: number;
  /** Number of `#` marks the line carried (0 when none). */
  depth: number;
  /** Length of a leading bold run (`**第一条**`) in `text`, or -1. */
  boldEnd: number;
  /** At least one blank line separates this line from the previous content line. */
  blankBefore: boolean;
}

const INFO_END_LINE = /^<!-- INFO END -->[ \t]*$/m;

/** Where the LawRefBook header ends (the `<!-- INFO END -->` line), or -1. */
export function infoEndOffset(text: string): number {
  return text.search(INFO_END_LINE);
}

export function detectFormat(text: string): SourceFormat {
  if (INFO_END_LINE.test(text)) return 'lawref';
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    // skip blank lines and leading whitespace (BOM included)
    if (c === 10 || c === 13 || c === 32 || c === 9 || c === 0x3000 || c === 0xfeff || c === 0xa0) {
      i++;
      continue;
    }
    return c === 35 /* # */ ? 'ocr' : 'plain';
  }
  return 'plain';
}

/**
 * Physical lines → cleaned logical lines. Blank lines are dropped (recorded as
 * `blankBefore` on the next line); so are Markdown comments and table rules.
 */
export function readLines(text: string, format: SourceFormat): Line[] {
  const out: Line[] = [];
  let blank = false;
  for (const p of physicalLines(text)) {
    const line = cleanLine(text, p.from, p.to, p.line, format, blank ? undefined : out[out.length - 1]);
    if (line === undefined) blank = true;
    else {
      line.blankBefore = blank || out.length === 0;
      blank = false;
      out.push(line);
    }
  }
  return out;
}

/**
 * The texts of `readLines(text, 'plain')`, for a decision's payload: without a \r or a TAB (nearly always)
 * split by search, with no physical line objects; a line's TAB would make it a table row, so the caller
 * knows none holds one when `tabs` is false.
 */
export function plainTexts(text: string): { texts: string[]; tabs: boolean } {
  if (text.includes('\r') || text.includes('\t')) return { texts: readLines(text, 'plain').map((l) => l.text), tabs: text.includes('\t') };
  const texts: string[] = [];
  for (let from = 0; from <= text.length;) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = plainLine(text, from, to);
    if (line !== undefined) texts.push(line);
    from = to + 1;
  }
  return { texts, tabs: false };
}

/**
 * The text `cleanLine` gives a line of plain text without a TAB, without its Line object (a payload's lines
 * are wanted as strings only): the spaces around it and `#` marks followed by a space removed.
 */
export function plainLine(src: string, from: number, to: number): string | undefined {
  let a = from;
  let b = to;
  while (a < b && isSpace(src.charCodeAt(a))) a++;
  while (b > a && isSpace(src.charCodeAt(b - 1))) b--;
  if (a === b) return undefined;
  if (src.charCodeAt(a) === 35) {
    let k = a;
    while (k < b && src.charCodeAt(k) === 35) k++;
    if (k < b && isSpace(src.charCodeAt(k))) {
      a = k;
      while (a < b && isSpace(src.charCodeAt(a))) a++;
      if (a === b) return undefined;
    }
  }
  return src.slice(a, b);
}

/** `above`: the line right above, when no blank line separates them (a table row there makes leading tabs cells). */
function cleanLine(src: string, from: number, to: number, lineNo: number, format: SourceFormat, above: Line | undefined): Line | undefined {
  let a = from;
  let b = to;
  while (a < b && isSpace(src.charCodeAt(a))) a++;
  while (b > a && isSpace(src.charCodeAt(b - 1))) b--;
  if (a === b) return undefined;
  // A table row may start with empty cells: its leading tabs are cells, not indentation.
  if (src.charCodeAt(a - 1) === 9 && (above?.text.includes('\t') || src.slice(a, b).includes('\t'))) {
    while (a > from && src.charCodeAt(a - 1) === 9) a--;
  }
  let depth = 0;
  if (src.charCodeAt(a) === 35) {
    let k = a;
    while (k < b && src.charCodeAt(k) === 35) k++;
    // `#` marks count only when followed by a space or the end (Markdown ATX headings).
    if ((k === b && format !== 'plain') || (k < b && isSpace(src.charCodeAt(k)))) {
      depth = k - a;
      a = k;
      while (a < b && isSpace(src.charCodeAt(a))) a++;
      if (a === b) return undefined; // an empty `##`: markup only
    }
  }
  if (format !== 'plain') {
    // A `>` quotation (the national database prints the 题注 so): the marks go, the words stay.
    while (a < b && src.charCodeAt(a) === 62 /* > */) {
      a++;
      while (a < b && isSpace(src.charCodeAt(a))) a++;
    }
    if (a === b) return undefined;
    // A word processor's page number (- 2 -, — 3 —) or field code (PAGE) is no text.
    if (PAGE_MARK.test(src.slice(a, b))) return undefined;
    const c = src.charCodeAt(a);
    if (src.startsWith('<!--', a) && src.endsWith('-->', b)) return undefined;
    // `- ` / `* ` list bullets of the OCR Markdown
    if ((c === 45 || c === 42 || c === 43) && a + 1 < b && src.charCodeAt(a + 1) === 32 && depth === 0) {
      a += 2;
      while (a < b && isSpace(src.charCodeAt(a))) a++;
    }
    // a Markdown table rule such as |-----|-----|
    if (src.charCodeAt(a) === 124 && /^\|[\s|:-]*$/.test(src.slice(a, b))) return undefined;
  }
  let text = src.slice(a, b);
  let boldEnd = -1;
  if (format !== 'plain' && /\*\*|\]\{|\\/.test(text)) {
    if (text.startsWith('**')) {
      const close = text.indexOf('**', 2);
      if (close > 2) boldEnd = close - 2;
    }
    text = stripInlineMarkup(text);
    if (text.length === 0) return undefined;
  }
  return { text, line: lineNo, start: a, end: b, from, depth, boldEnd, blankBefore: false };
}

/**
 * Markdown bold marks are typography (OCR'd gazettes print **第一条**); the
 * words inside stay. Anything that looks like HTML is rule text and is kept:
 * outputs escape it.
 */
export function stripInlineMarkup(s: string): string {
  return s
    .replace(/\*\*/g, '')
    .replace(/\[([^\]]*)\]\{\.[\w-]+\}/g, '$1')
    .replace(/\\([<>*_[\]\\#])/g, '$1')
    .replace(/\\$/, '')
    .trim();
}

const PAGE_MARK = /^(?:[—\-–－]\s*[0-9０-９]+\s*[—\-–－]|PAGE)$/;
