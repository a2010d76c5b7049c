import { isSpace, LineIndex, readLabel } from '@amend/model';
import { SourceMarks } from './source-marks.ts';

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
  /** The curly quotation marks of `text`. */
  marks: SourceMarks;
  /** The text holds a TAB (its lines, and so an item's payloads, hold none otherwise; no line holds a CR). */
  tabs: boolean;
  /** The text holds a … or a full stop: without one, no item can leave words out with …… or ... . */
  dots: boolean;
}

const OPEN = '“';
const CLOSE = '”';
const DUN_LINE = /^[零〇一二两三四五六七八九十百千万]+、/;

export function readSource(original: string): DecisionSource {
  // One search tells nearly every text that it holds no mark to normalise, no CR and no TAB (three searches otherwise).
  const plain = !UNUSUAL.test(original);
  const bold = original.includes('**');
  const text = unboldLabels(plain ? original : normaliseQuotes(original), bold);
  // The marks are replaced one for one and no line break is among them: the lines start where the original's do.
  const starts: number[] = [];
  const lines = readLines(text, starts, bold, plain || !/\r/.test(text));
  return {
    original,
    text,
    lines,
    index: new LineIndex(original, starts),
    marks: new SourceMarks(text),
    tabs: !plain && text.includes('\t'),
    dots: text.includes('…') || text.includes('.'),
  };
}

/** What `readSource` searches the text for: a mark `normaliseQuotes` replaces, a CR, a TAB. */
const UNUSUAL = /["'\t\r\u300c-\u300f\uff02]/;

/** A label alone in bold at the start of a line (`**一、**将第五条…`, `**第三条**　…`). */
const BOLD_LABEL = /^([ \t\u3000]*)\*\*([^*\n]{1,16})\*\*/gm;

/**
 * A label printed in bold (Markdown exports bold the label, not the line):
 * its `**` become spaces, one for one like the quotation marks, so the
 * label starts the line as it does in every other printing.
 */
function unboldLabels(text: string, bold: boolean): string {
  if (!bold) return text;
  return text.replace(BOLD_LABEL, (all, indent: string, label: string) =>
    readLabel(label)?.label === label.trim() ? `${indent}  ${label}  ` : all,
  );
}

/**
 * Lines of the normalised text; blank lines and lines of Markdown marks only are dropped. Every line's start goes
 * to `starts`. `bold`: the text holds a ** somewhere (a line may be bold). `lf`: it holds no \r.
 */
function readLines(text: string, starts: number[], bold: boolean, lf: boolean): SourceLine[] {
  const out: SourceLine[] = [];
  let blank = true;
  const n = text.length;
  // Physical lines as physicalLines splits them (\n, \r, \r\n); without a \r (nearly every text) found by search.
  for (let from = 0; from <= n;) {
    starts.push(from);
    if (lf && text.charCodeAt(from) === 10) {
      // An empty line (every other line of a Markdown text) is its line break: no search.
      blank = true;
      from++;
      continue;
    }
    let to = lf ? text.indexOf('\n', from) : lineEnd(text, from);
    if (to < 0) to = n;
    if (to === from) {
      // An empty line (every other line of a Markdown text): nothing to strip.
      blank = true;
    } else {
      let b = to;
      // Most lines start with their words: no indentation or Markdown mark to skip.
      const c = text.charCodeAt(from);
      let a = from;
      let heading = 0;
      if (isSpace(c) || c === 35 || c === 62 || c === 45 || c === 42 || c === 43) ({ from: a, heading } = markup(text, from, b));
      while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
      // A bold line (**一、关于《…》的修正**): the marks go, the words stay.
      if (bold && b - a > 4 && text.startsWith('**', a) && text.startsWith('**', b - 2)) {
        a += 2;
        b -= 2;
      }
      if (a >= b) blank = true;
      else {
        // Every line with every field (one shape): `tab` is set on each, false on nearly all.
        out.push({ text: text.slice(a, b), start: a, end: b, heading, blankBefore: blank, tab: text.charCodeAt(from) === 9 });
        blank = false;
      }
    }
    from = to >= n ? n + 1 : text.charCodeAt(to) === 13 && text.charCodeAt(to + 1) === 10 ? to + 2 : to + 1;
  }
  return out;
}

/** Where the line starting at `from` ends: at a \n or \r, or the end of the text. */
function lineEnd(text: string, from: number): number {
  let to = from;
  while (to < text.length) {
    const c = text.charCodeAt(to);
    if (c === 10 || c === 13) break;
    to++;
  }
  return to;
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
  // " ' 「 」 『 』 ＂, the corner marks as one range (a range is tested faster than four characters).
  if (!/["'\u300c-\u300f\uff02]/.test(text)) return text;
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
  /** The quotation opened after a colon: a provision's text, which may quote words of its own. */
  let provision = false;
  /** " marks met on the line so far (this one included). */
  let lineMarks = 0;
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
    if (lineStart) lineMarks = 0;
    lineStart = false;
    switch (code) {
      case 0x22 /* " */:
      case 0xff02 /* ＂ */:
        lineMarks++;
        if (depth === 0 && !atLineStart && lineMarks === 1 && closesLine(text, i)) {
          // 行为。" ending a line that opened no quotation: the close of a passage whose line before closed too early.
          put(i, CLOSE);
        } else if (depth === 0) {
          put(i, OPEN);
          depth = 1;
          provision = afterColon(text, i);
        } else if (nested) {
          put(i, '’');
          nested = false;
        } else if (!atLineStart && (NESTS_AFTER.has(text.charCodeAt(i - 1)) || (provision && opensWithin(text, i)))) {
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
/** A " right after a final mark with nothing after it on its line. */
function closesLine(text: string, at: number): boolean {
  // 修改为：" at a line's end opens the provision on the lines below.
  if (!FINAL_MARKS.has(text.charCodeAt(at - 1)) || afterColon(text, at)) return false;
  for (let k = at + 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
    if (!isSpace(c)) return false;
  }
  return true;
}

/** A quotation opened right after ： or : quotes a provision (修改为："…", or 修改为： then "…" on the next line). */
function afterColon(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (isSpace(text.charCodeAt(k)) || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13)) k--;
  const c = text.charCodeAt(k);
  return c === 0xff1a || c === 0x3a;
}

/** How an instruction goes on after quoted words (：“第八条”调整为“第七条”): a closing mark. */
const GOES_ON = /^(?:修改|改为|改成|调整|替换|删|增加|后|前|中的|的)/;

/** Final marks: a " after one ends the provision. */
const FINAL_MARKS = new Set([0x3002, 0xff1b, 0xff1a, 0xff01, 0xff1f, 0x3b]);

/**
 * Inside a quoted provision, a " between words (加强"若羌红枣"、"且末红枣"等…保护。")
 * opens a quotation within it when the marks left on its line pair up
 * before the line's last one, which closes the provision at the line's end —
 * or, on a line of a passage that goes on below, pair up among themselves.
 */
function opensWithin(text: string, at: number): boolean {
  const c = text.charCodeAt(at + 1);
  if (!(c >= 0x4e00 && c <= 0x9fff) || FINAL_MARKS.has(text.charCodeAt(at - 1)) || GOES_ON.test(text.slice(at + 1, at + 4))) return false;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  const rest = text.slice(at, end).replace(/[。；，\s]+$/, '');
  // 修改为："甲乙"并将第六条中的"丙"修改为"丁": the line goes on as an instruction, so this mark closes.
  if (/"(?:修改为|修改成|改为)"/.test(rest)) return false;
  let marks = 0;
  for (let k = 0; k < rest.length; k++) if (rest.charCodeAt(k) === 0x22) marks++;
  if (rest.endsWith('"')) return marks % 2 === 1;
  // 依托本市"一网通办""一网统管"平台，…。 in a paragraph of a passage that goes on below (no closing mark on
  // its line): the marks pair up among themselves.
  return marks % 2 === 0 && /[。；：]\s*$/.test(text.slice(at, end));
}

/** 、 （ (: a " after one opens a quotation within the quotation. */
const NESTS_AFTER = new Set([0x3001, 0xff08, 0x28]);
