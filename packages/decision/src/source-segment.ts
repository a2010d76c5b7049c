import { lastAtMost, type LineIndex, type Span } from '@amend/model';

/**
 * A piece of the decision prepared for lexing (lines of one item joined, page
 * breaks closed up, quotes added around an unquoted payload) that remembers,
 * for every character, where it came from in the ORIGINAL text, so that every
 * span reported points into the file the user gave.
 *
 * The map is kept as runs (one per appended piece), not one entry per
 * character: an item is a handful of lines, a payload thousands of characters.
 */
export class Segment {
  private parts: string[] = [];
  /** Segment offset where each run starts, ascending. */
  private readonly starts: number[] = [];
  /** Original offset of each run's first character. */
  private readonly origins: number[] = [];
  /** Whether every character of the run sits at its origin (added text) rather than at origin + i. */
  private readonly added: boolean[] = [];
  private size = 0;
  private cached: string | undefined;

  /** Append original text found at `offset`. */
  append(text: string, offset: number): void {
    this.push(text, offset, false);
  }

  /** Append characters that are not in the original (a separator, an added quote), placed at `offset`. */
  synthetic(text: string, offset: number): void {
    this.push(text, offset, true);
  }

  private push(text: string, offset: number, added: boolean): void {
    if (!text) return;
    this.parts.push(text);
    this.starts.push(this.size);
    this.origins.push(offset);
    this.added.push(added);
    this.size += text.length;
    this.cached = undefined;
  }

  get text(): string {
    // One piece (an item of one line) is its own text: not copied.
    this.cached ??= this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    return this.cached;
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
    const run = lastAtMost(this.starts, offset);
    return this.added[run] ? this.origins[run] : this.origins[run] + (offset - this.starts[run]);
  }
}
