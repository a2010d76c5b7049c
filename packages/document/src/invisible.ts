/**
 * Characters that are not words: page breaks and Unicode line separators
 * (what pdftotext and word processors leave) read as line breaks; invisible
 * format characters (soft hyphen, joiners, direction marks, stray control
 * codes) are removed before structure is read, so none can hide the 第N条 at
 * the start of a line. Positions found in the cleaned text are mapped back to
 * the original with `OffsetMap`, so diagnostics still point into the file the
 * user has.
 */
import type { Point, Span } from '@amend/model';
import { LineIndex } from '@amend/model';

/** Form feed, vertical tab, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
export function isBreakLike(c: number): boolean {
  return c === 0x0c || c === 0x0b || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** Characters with no visible form that a reader of the text would never type on purpose. */
export function isInvisible(c: number): boolean {
  if (c < 0x20) return c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b;
  if (c < 0x7f) return false;
  if (c <= 0x9f) return c !== 0x85; // DEL and the C1 controls
  if (c < 0x00ad) return false;
  return (
    c === 0x00ad ||
    c === 0x061c ||
    c === 0x180e ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2064) ||
    (c >= 0x2066 && c <= 0x206f) ||
    c === 0xfeff ||
    (c >= 0xfff9 && c <= 0xfffb)
  );
}

export interface Cleaned {
  text: string;
  map: OffsetMap;
  /** Original offsets of the characters removed, and of those read as line breaks. */
  removed: number[];
  breaks: number[];
}

/** Every UTF-16 code unit classified once: 1 invisible, 2 break-like, 0 a character of the text. */
const KIND = (() => {
  const kind = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) kind[c] = isBreakLike(c) ? 2 : isInvisible(c) ? 1 : 0;
  return kind;
})();

/** The text with break-like characters made `\n` and invisible ones removed; undefined when there are none. */
export function cleanInvisible(text: string): Cleaned | undefined {
  let i = 0;
  const n = text.length;
  while (i < n && KIND[text.charCodeAt(i)] === 0) i++;
  if (i === n) return undefined;
  const removed: number[] = [];
  const breaks: number[] = [];
  let out = text.slice(0, i);
  let from = i;
  for (; i < n; i++) {
    const k = KIND[text.charCodeAt(i)];
    if (k === 0) continue;
    out += text.slice(from, i) + (k === 2 ? '\n' : '');
    (k === 2 ? breaks : removed).push(i);
    from = i + 1;
  }
  out += text.slice(from);
  return { text: out, map: new OffsetMap(text, removed), removed, breaks };
}

/** Cleaned-text offsets → original offsets, given the original offsets removed. */
export class OffsetMap {
  private readonly index: LineIndex;

  constructor(
    original: string,
    private readonly removed: readonly number[],
  ) {
    this.index = new LineIndex(original);
  }

  /**
   * The original offset of cleaned offset `c`. A start skips the removed
   * characters in front of it; an end (exclusive) stays before those after it.
   */
  offset(c: number, end = false): number {
    // removed[i] - i is where the i-th removed character stood in the cleaned text.
    let lo = 0;
    let hi = this.removed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const at = this.removed[mid] - mid;
      if (end ? at < c : at <= c) lo = mid + 1;
      else hi = mid;
    }
    return c + lo;
  }

  point(p: Point, end = false): Point {
    return this.index.point(this.offset(p.offset, end));
  }

  span(s: Span): Span {
    return { start: this.point(s.start), end: this.point(s.end, true) };
  }

  /** Rewrite every `pos` and `span` in a tree of plain objects (a parsed document, diagnostics). */
  remap(value: unknown): void {
    const seen = new Set<object>();
    const visit = (v: unknown): void => {
      if (typeof v !== 'object' || v === null || seen.has(v)) return;
      seen.add(v);
      const o = v as Record<string, unknown>;
      for (const key of Object.keys(o)) {
        const child = o[key];
        if ((key === 'pos' || key === 'span') && isSpan(child)) o[key] = this.span(child);
        else visit(child);
      }
    };
    visit(value);
  }
}

function isSpan(v: unknown): v is Span {
  const s = v as Span | null;
  return typeof s === 'object' && s !== null && typeof s.start?.offset === 'number' && typeof s.end?.offset === 'number';
}

/** How the characters at `offsets` are named in a message: U+00AD, U+2060. */
export function codePoints(text: string, offsets: readonly number[]): string {
  const names = new Set(offsets.map((o) => 'U+' + text.charCodeAt(o).toString(16).toUpperCase().padStart(4, '0')));
  return [...names].join(', ');
}
