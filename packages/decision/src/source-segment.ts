import type { LineIndex, Span } from '@amend/model';

/**
 * A piece of the decision prepared for lexing (lines of one item joined, page
 * breaks closed up, quotes added around an unquoted payload) that remembers,
 * for every character, where it came from in the ORIGINAL text, so that every
 * span reported points into the file the user gave.
 */
export class Segment {
  private parts: string[] = [];
  /** map[i] is the original offset of character i; one extra entry for the end. */
  private readonly map: number[] = [];
  private cached: string | undefined;

  /** Append original text found at `offset`. */
  append(text: string, offset: number): void {
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) this.map.push(offset + i);
    this.cached = undefined;
  }

  /** Append characters that are not in the original (a separator, an added quote), placed at `offset`. */
  synthetic(text: string, offset: number): void {
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) this.map.push(offset);
    this.cached = undefined;
  }

  get text(): string {
    this.cached ??= this.parts.join('');
    return this.cached;
  }

  get length(): number {
    return this.map.length;
  }

  /** Original offset of a segment offset (the end maps to just after the last character). */
  original(offset: number): number {
    if (offset < this.map.length) return this.map[offset];
    return this.map.length ? this.map[this.map.length - 1] + 1 : 0;
  }

  /** Span in the original text of segment characters [from, to). */
  span(index: LineIndex, from: number, to: number): Span {
    const start = this.original(from);
    const end = to > from ? this.original(to - 1) + 1 : start;
    return index.span(start, Math.max(start, end));
  }
}
