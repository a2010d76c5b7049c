import { lastAtMost } from '@amend/model';
import { isTrimSpace } from './trim-space.ts';

/**
 * Where the curly quotation marks of a decision's normalised text are, found
 * once: two searches over the whole text instead of two searches of every
 * line the framing reads. The framing asks it of a line by offsets (the
 * line's text is that piece of the text, marks and all): whether it holds a
 * mark, and how a quotation state moves over it.
 */
export class SourceMarks {
  /** Every “ and ” in order: a “ at offset o as 2o, a ” as 2o + 1. */
  private readonly marks: number[] = [];
  /** The first mark at or after the last offset asked for: the framing asks line after line. */
  private next = 0;

  constructor(private readonly text: string) {
    const marks = this.marks;
    let open = text.indexOf('“');
    let close = text.indexOf('”');
    while (open >= 0 || close >= 0) {
      if (close < 0 || (open >= 0 && open < close)) {
        marks.push(open * 2);
        open = text.indexOf('“', open + 1);
      } else {
        marks.push(close * 2 + 1);
        close = text.indexOf('”', close + 1);
      }
    }
  }

  /** Whether [start, end) holds a “ (OPENS), a ” (CLOSES), both or neither (0). */
  within(start: number, end: number): number {
    const marks = this.marks;
    let found = 0;
    for (let i = this.seek(start); i < marks.length && marks[i] < end * 2; i++) found |= marks[i] & 1 ? CLOSES : OPENS;
    return found;
  }

  /** Add the marks of [start, end) to `out` (as they are kept here), each moved by `shift` characters. */
  collect(start: number, end: number, shift: number, out: number[]): void {
    const marks = this.marks;
    for (let i = this.seek(start); i < marks.length && marks[i] < end * 2; i++) out.push(marks[i] + shift * 2);
  }

  /**
   * The number of open quotations after [start, end), given `depth` before it: `feedMarks` (framing-state.ts)
   * over that piece of the text, read from the marks found.
   */
  feed(depth: number, start: number, end: number): number {
    const marks = this.marks;
    const text = this.text;
    // Where a “ continues a running passage instead of nesting: the piece's first character past white space.
    let first = -1;
    for (let i = this.seek(start); i < marks.length && marks[i] < end * 2; i++) {
      const mark = marks[i];
      if (mark & 1) {
        if (depth > 0) depth--;
      } else if (depth === 0) depth = 1;
      else {
        if (first < 0) {
          first = start;
          while (first < end && isTrimSpace(text.charCodeAt(first))) first++;
        }
        if (mark >> 1 !== first) depth++;
      }
    }
    return depth;
  }

  /** Index of the first mark at or after `offset`. */
  private seek(offset: number): number {
    const marks = this.marks;
    const at = offset * 2;
    let i = this.next;
    // Line after line, the first mark is at or a few past the last one; a jump back is searched.
    if (i > 0 && marks[i - 1] >= at) i = marks[0] >= at ? 0 : lastAtMost(marks, at - 1) + 1;
    while (i < marks.length && marks[i] < at) i++;
    this.next = i;
    return i;
  }
}

/** `within`: the piece holds a “. */
export const OPENS = 1;
/** `within`: the piece holds a ”. */
export const CLOSES = 2;
