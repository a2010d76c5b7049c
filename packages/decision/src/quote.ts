import { physicalLines } from '@amend/model';

/**
 * The one quotation scanner, shared by the lexer (to make a quoted phrase or
 * payload one token) and by the framing (to know that a line such as
 * `（一）…` still belongs to an open payload and is no item label).
 *
 * Drafting convention: a quoted passage of several paragraphs opens every
 * paragraph with “ and closes only the last one with ”. So a “ at the start of
 * a line continues the passage instead of nesting; a “ inside a line nests
 * (some texts quote inside a quote with “” instead of ‘’).
 */

export interface QuoteScan {
  /** Offset just after the closing ”, or the end of the text when unclosed. */
  end: number;
  closed: boolean;
}

export const OPEN = '“';
export const CLOSE = '”';

/** Scan a quotation starting at `start` (which must hold “). */
export function scanQuote(text: string, start: number, limit = text.length): QuoteScan {
  let depth = 1;
  let lineStart = false;
  for (let i = start + 1; i < limit; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      lineStart = true;
      continue;
    }
    if (lineStart && (c === ' ' || c === '\t' || c === '\u3000')) continue;
    const atLineStart = lineStart;
    lineStart = false;
    if (c === OPEN) {
      if (!atLineStart) depth++;
    } else if (c === CLOSE) {
      depth--;
      if (depth === 0) return { end: i + 1, closed: true };
    }
  }
  return { end: limit, closed: false };
}

/**
 * Quote state across lines, for the framing: feed lines one by one; `open`
 * tells whether a quotation is still running after the line.
 */
export class QuoteTracker {
  private depth = 0;

  get open(): boolean {
    return this.depth > 0;
  }

  feed(line: string): void {
    const t = line.trimStart();
    for (let i = 0; i < t.length; i++) {
      const c = t[i];
      if (c === OPEN) {
        // A paragraph opener of a running passage does not nest.
        if (!(i === 0 && this.depth > 0)) this.depth++;
      } else if (c === CLOSE && this.depth > 0) {
        this.depth--;
      }
    }
  }

  reset(): void {
    this.depth = 0;
  }
}

/**
 * The text of a quotation token: paragraph openers and the closing quote
 * removed, one paragraph per line, nested ‘…’ turned into “…” (the payload is
 * inserted into the rule, where it is no longer nested).
 */
export function unquote(image: string, nestedToDouble: boolean): string {
  let body = image.startsWith(OPEN) ? image.slice(1) : image;
  if (body.endsWith(CLOSE)) body = body.slice(0, -1);
  const lines = physicalLines(body)
    .map((l) => l.text.trim())
    .filter((l) => l !== '')
    // As in scanQuote, a “ opening a later line opens a paragraph.
    .map((l, i) => (i > 0 && l.startsWith(OPEN) ? l.slice(1) : l));
  const text = tidyOcr(lines.join('\n'));
  return nestedToDouble ? text.replace(/‘/g, OPEN).replace(/’/g, CLOSE) : text;
}

const HAN = '\u3400-\u9fff';
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：' };
const ASCII_PUNCT = new RegExp(`(?<=[${HAN}）》”])[ \t]*([,;:])[ \t]*(?=[${HAN}（《“])`, 'g');
const LOOSE_SPACE = new RegExp(`(?<=[${HAN}：])[ \t]+(?=[0-9])|(?<=[0-9])[ \t]+(?=[${HAN}])`, 'g');

/**
 * Scanned gazettes print ASCII , ; : between Chinese words and stray spaces
 * around numbers (之日起 30 日内); Chinese legal text has neither, so quoted
 * text is read without them. Brackets are kept as written: instruments do use
 * ASCII (一) on purpose.
 */
export function tidyOcr(text: string): string {
  return text.replace(ASCII_PUNCT, (_, p: string) => FULL_WIDTH[p]).replace(LOOSE_SPACE, '');
}
