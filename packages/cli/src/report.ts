import type { Diagnostic, Lang, ParagraphMap } from '@amend/model';
import { expectedText, LineIndex, messageText, paragraphPoint, placeLabel, severityText } from '@amend/model';
import { say } from './words.ts';

/**
 * Print a diagnostic the way compilers do: `file:line:column: severity:
 * message [rule-id]`, then the source line with a caret under the spot. A
 * Word document has no lines: its places are `file.docx:¶12:5`, paragraph
 * 12, column 5, and the gutter names the paragraph.
 */
export function formatDiagnostic(
  d: Diagnostic,
  sources: ReadonlyMap<string, string> = new Map(),
  paragraphs: ReadonlyMap<string, ParagraphMap> = new Map(),
  lang: Lang = 'en',
): string {
  const map = d.file !== undefined ? paragraphs.get(d.file) : undefined;
  const where = d.file ? (d.span ? `${d.file}:${placeLabel(d.span.start, map)}` : d.file) : '';
  const message = lang === 'en' ? d.message : messageText(d, lang);
  const head = `${where ? where + ': ' : ''}${severityText(d.severity, lang)}: ${message} [${d.ruleId}]`;
  const lines = [head];
  const text = d.file !== undefined ? sources.get(d.file) : undefined;
  if (text !== undefined && d.span) {
    const index = new LineIndex(text);
    const { line, column } = d.span.start;
    const whole = index.lineText(line);
    const sameLine = d.span.end.line === line;
    const width = Math.max(1, sameLine ? d.span.end.column - column : whole.length - column + 1);
    const { source, at } = around(whole, column - 1);
    const marked = source.slice(at, at + width);
    const inWord = map ? paragraphPoint(map, d.span.start) : undefined;
    const gutter = inWord ? `¶${inWord.paragraph}` : String(line);
    lines.push(`  ${gutter} | ${source}`);
    lines.push(`  ${' '.repeat(gutter.length)} | ${caretPad(source, at)}${'^'.repeat(Math.min(Math.max(1, cells(marked)), 80))}`);
  }
  if (d.expected) lines.push(`  ${say({ lang }, 'expected', { what: expectedText(d, lang) ?? '' })}`);
  return lines.join('\n');
}

/** Lines longer than this many characters are cut down to a window of WINDOW around the spot. */
const LONG = 160;
const WINDOW = 100;

/** A long line (a whole rule on one line, say) is shown as a window around the spot, marked with …. */
function around(line: string, at: number): { source: string; at: number } {
  if (line.length <= LONG) return { source: line, at };
  const from = Math.max(0, Math.min(at - 30, line.length - WINDOW));
  const to = Math.min(line.length, from + WINDOW);
  const lead = from > 0 ? '…' : '';
  return { source: lead + line.slice(from, to) + (to < line.length ? '…' : ''), at: at - from + lead.length };
}

/** Terminal cells a text takes: two for each wide (CJK) character. */
function cells(text: string): number {
  let n = 0;
  for (const ch of text) n += isWide(ch) ? 2 : 1;
  return n;
}

/** Pad to a column, counting wide (CJK) characters as two terminal cells. */
function caretPad(line: string, chars: number): string {
  let pad = '';
  for (const ch of line.slice(0, chars)) pad += ch === '\t' ? '\t' : isWide(ch) ? '  ' : ' ';
  return pad;
}

function isWide(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6)
  );
}
