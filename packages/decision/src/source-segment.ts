import { lastAtMost, type LineIndex, type Span } from '@amend/model';
import type { SourceMarks } from './source-marks.ts';

/**
 * A piece of the decision prepared for lexing (lines of one item joined, page
 * breaks closed up, quotes added around an unquoted payload) that remembers,
 * for every character, where it came from in the ORIGINAL text, so that every
 * span reported points into the file the user gave.
 *
 * The map is kept as runs (one per appended piece), not one entry per
 * character: an item is a handful of lines, a payload thousands of characters.
 * Most items are one line, one run: its origin is a field, and the lists are
 * made for a second run.
 */
export class Segment {
  /** The text so far, piece by piece (one string: read as a whole once, by the lexer). */
  private joined = '';
  /**
   * Original offset of the first run's first character, or for added text (every character of the run at its
   * origin rather than at origin + i) -1 - that offset.
   */
  private first = 0;
  /** Segment offset where each run starts, ascending (once there are two runs). */
  private starts: number[] | undefined;
  /** The origin of each run, as `first` is the first's (once there are two runs). */
  private origins: number[] | undefined;
  private size = 0;
  /**
   * Where the text's “ and ” are, ascending (a “ at offset o as 2o, a ” as 2o + 1), when the segment is made
   * with the marks of the text it takes its pieces from: read from those instead of searched for again.
   */
  readonly quoteMarks: number[] | undefined;

  constructor(private readonly marks?: SourceMarks) {
    this.quoteMarks = marks ? [] : undefined;
  }

  /** Append original text found at `offset` (of the text `marks` were found in). */
  append(text: string, offset: number): void {
    if (this.quoteMarks && text) this.marks!.collect(offset, offset + text.length, this.size - offset, this.quoteMarks);
    this.push(text, offset);
  }

  /** Append characters that are not in the original (a separator, an added quote), placed at `offset`. */
  synthetic(text: string, offset: number): void {
    const marks = this.quoteMarks;
    if (marks) {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x201c || c === 0x201d) marks.push((this.size + i) * 2 + (c === 0x201d ? 1 : 0));
      }
    }
    this.push(text, -1 - offset);
  }

  private push(text: string, origin: number): void {
    if (!text) return;
    this.joined += text;
    if (this.size === 0) this.first = origin;
    else if (this.starts === undefined) {
      this.starts = [0, this.size];
      this.origins = [this.first, origin];
    } else {
      this.starts.push(this.size);
      this.origins!.push(origin);
    }
    this.size += text.length;
  }

  get text(): string {
    return this.joined;
  }

  get length(): number {
    return this.size;
  }

  /** Original offset of a segment offset (the end maps to just after the last character). */
  original(offset: number): number {
    // NaN too (chevrotain's position of a token it invented) reads as the end.
    if (!(offset < this.size)) return this.size ? this.at(this.size - 1) + 1 : 0;
    return this.at(offset);
  }

  /** Span in the original text of segment characters [from, to). */
  span(index: LineIndex, from: number, to: number): Span {
    const start = this.original(from);
    const end = to > from ? this.original(to - 1) + 1 : start;
    return index.span(start, Math.max(start, end));
  }

  /** Original offset of character `offset` (0 ≤ offset < length; a negative one reads as the first). */
  private at(offset: number): number {
    const starts = this.starts;
    if (starts === undefined) return this.first < 0 ? -1 - this.first : this.first + offset;
    const run = lastAtMost(starts, offset);
    const origin = this.origins![run];
    return origin < 0 ? -1 - origin : origin + (offset - starts[run]);
  }
}
