/**
 * The one position convention of the project: `line` and `column` count
 * from 1, `offset` counts UTF-16 code units from 0, and a span's `end` is
 * exclusive. Columns count code units too, which for CJK text (all in the
 * BMP) equals characters.
 */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Span {
  start: Point;
  end: Point;
}

/** Index of the last of ascending `sorted` (non-empty) that is at most `value`; 0 when none is. */
export function lastAtMost(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** log2 of the text a line lookup starts from one entry for (64 code units: a few lines of a decision). */
const BUCKET_BITS = 6;

/**
 * Index of line starts, to turn offsets into points. A point starts from the line holding the start of its
 * 64 code units and steps forward over the few lines that start after it: a binary search over thousands of
 * line starts mispredicts a branch at nearly every step, and a decision asks for thousands of points.
 */
export class LineIndex {
  private readonly starts: number[];
  /** Entry k: the line holding offset k × 64, made on the first point asked for (an array: a typed one costs more to make). */
  private buckets: number[] | undefined;

  /**
   * `lineStarts`: the offsets where the lines of `text` start, when the caller has found them already
   * (the breaks this index would find: \n, \r\n, a lone \r; the first line's 0 included).
   */
  constructor(
    readonly text: string,
    lineStarts?: number[],
  ) {
    if (lineStarts) {
      this.starts = lineStarts;
      return;
    }
    const starts = [0];
    if (text.indexOf('\r') < 0) {
      // LF only (nearly every text): the breaks are found by search.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  point(offset: number): Point {
    const starts = this.starts;
    let lo: number;
    // NaN, a negative or a huge offset reads as lastAtMost reads it.
    if (offset >= 0 && offset < 0x40000000) {
      const buckets = this.buckets ?? this.makeBuckets();
      const k = offset >> BUCKET_BITS;
      lo = buckets[k < buckets.length ? k : buckets.length - 1];
      while (lo + 1 < starts.length && starts[lo + 1] <= offset) lo++;
    } else lo = lastAtMost(starts, offset);
    return { line: lo + 1, column: offset - starts[lo] + 1, offset };
  }

  private makeBuckets(): number[] {
    const starts = this.starts;
    const count = (starts[starts.length - 1] >> BUCKET_BITS) + 1;
    const buckets: number[] = [];
    let line = 0;
    for (let k = 0; k < count; k++) {
      const at = k << BUCKET_BITS;
      while (line + 1 < starts.length && starts[line + 1] <= at) line++;
      buckets.push(line);
    }
    this.buckets = buckets;
    return buckets;
  }

  span(start: number, end: number): Span {
    return { start: this.point(start), end: this.point(end) };
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const from = this.starts[line - 1] ?? this.text.length;
    const next = this.starts[line] ?? this.text.length;
    return this.text.slice(from, next).replace(/\r?\n$|\r$/, '');
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

export function pointAt(text: string, offset: number): Point {
  return new LineIndex(text).point(offset);
}

/**
 * A Word document has paragraphs, not lines. Its text is read as one line per
 * paragraph — a soft line break splits one, a table row joins its cells — and
 * each line keeps where its pieces came from, so a point can be named the way
 * a reader of the document finds it: paragraph 12, column 5. `from` is the
 * piece's first column in the line; `paragraph` counts the paragraphs of the
 * body from 1, empty ones and those in tables included (Word's ¶ marks);
 * `column` is where the piece starts in its paragraph. Columns count from 1.
 */
export interface LineOrigin {
  from: number;
  paragraph: number;
  column: number;
}

/** Where each line of a text read from a Word document came from: entry k is line k + 1. */
export type ParagraphMap = readonly (readonly LineOrigin[])[];

/** The paragraph and column of a Word document a point of its text lies at. */
export function paragraphPoint(map: ParagraphMap, p: Pick<Point, 'line' | 'column'>): { paragraph: number; column: number } | undefined {
  const pieces = map[p.line - 1];
  if (!pieces || pieces.length === 0) return undefined;
  let piece = pieces[0];
  for (const x of pieces) if (x.from <= p.column) piece = x;
  return { paragraph: piece.paragraph, column: piece.column + Math.max(0, p.column - piece.from) };
}

/** `12:5` (line and column), or `¶12:5` (paragraph and column) for a text read from a Word document. */
export function placeLabel(p: Pick<Point, 'line' | 'column'>, map?: ParagraphMap): string {
  const at = map ? paragraphPoint(map, p) : undefined;
  return at ? `¶${at.paragraph}:${at.column}` : `${p.line}:${p.column}`;
}
