import { Segment } from './source-segment.ts';
import type { SourceMarks } from './source-marks.ts';

/**
 * The lines of one decision item and how they join into the text the lexer
 * reads: a line break between lines, nothing where a page break cut a
 * sentence in two, and quotation marks around the lines of an unquoted
 * payload. The Segment keeps, for every character, where it was in the file.
 */

export interface ItemLine {
  text: string;
  start: number;
  end: number;
  /** How the line meets the one before it (`inline`: the rest of the line before it, a payload after its colon). */
  join: 'first' | 'newline' | 'page-break' | 'inline';
  /** A line of a payload written without quotation marks (quoted for the lexer). */
  raw: boolean;
  /** Its last character is a ” that closed the passage one paragraph too early (dropped). */
  dropLast: boolean;
  /** It ends ”。 and the passage goes on in the next paragraph: read 。” (the mark is the paragraph's). */
  markInside: boolean;
  /** A paragraph of a passage whose opening “ is missing (opened for the lexer). */
  reopen: boolean;
  /** The quotation the lines before it left open ends before it (closed for the lexer): it is an instruction. */
  closeBefore: boolean;
}

/** A line as it joins its item, no flag set yet: every line has every field (one shape for the readers of lines). */
export function itemLine(text: string, start: number, end: number, join: ItemLine['join']): ItemLine {
  return { text, start, end, join, raw: false, dropLast: false, markInside: false, reopen: false, closeBefore: false };
}

/** 。；：！？ — marks a paragraph of a passage ends with. */
const PARAGRAPH_END = new Set([0x3002, 0xff1b, 0xff1a, 0xff01, 0xff1f]);

/** `marks`: those of the text the lines are pieces of, for the segment to note its own (`Segment.quoteMarks`). */
export function itemSegment(lines: readonly ItemLine[], marks?: SourceMarks): Segment {
  const seg = new Segment(marks);
  let rawOpen = false;
  let prevEnd = 0;
  for (const line of lines) {
    if (rawOpen && !line.raw) {
      seg.synthetic('”', prevEnd);
      rawOpen = false;
    }
    if (line.closeBefore) seg.synthetic('”', prevEnd);
    const text = line.dropLast ? line.text.slice(0, -1) : line.text;
    if (line.join === 'newline') seg.synthetic(line.raw || line.reopen ? '\n“' : '\n', line.start);
    else if ((line.join === 'first' || line.join === 'inline') && line.raw) seg.synthetic('“', line.start);
    if (line.markInside) {
      const at = line.start + text.length - 2;
      const words = text.slice(0, -2);
      seg.append(words, line.start);
      // “…。”。 / “（一）…；”。: the paragraph has its mark already; the 。 after ” ends the sentence only.
      if (!PARAGRAPH_END.has(words.charCodeAt(words.length - 1))) seg.append('。', at + 1);
      seg.append('”', at);
    } else seg.append(text, line.start);
    if (line.raw) rawOpen = true;
    prevEnd = line.end;
  }
  if (rawOpen) seg.synthetic('”', prevEnd);
  return seg;
}
