/**
 * A gazette issue → the documents it publishes. An entry starts at a decree
 * header (…人民政府令 / 第N号) or a notice header (…通知 / 宁政办发〔2021〕96号)
 * and runs to the next one; the cover, masthead and 目录 before the first
 * entry are skipped.
 */
import type { Diagnostic, DocumentMeta, DocumentType, Result, Span } from '@amend/model';
import { diagnostic, isDateLine, LineIndex, squeezeSpaces } from '@amend/model';
import { detectFormat, readLines, type Line } from './lines.ts';
import { DOC_NUMBER_RE, headerEnd, isOrderHeading, metaFromLines, orderNumber } from './rule-meta.ts';

export interface GazetteEntry {
  type: DocumentType;
  /** The published document's own title (the rule, decision or plan, not the covering order). */
  title: string;
  meta: DocumentMeta;
  /** The entry's source slice, verbatim: the order or notice header and the document under it. */
  text: string;
  /** Where `text` is in the issue. */
  span: Span;
  /** The order or notice header within the entry (…令 第N号 … 此件公开发布). */
  header: Span;
  /** The document under the header, from its title line to the end of the entry. */
  body: Span;
}

interface Start {
  line: number;
  kind: 'order' | 'notice';
}

export function splitGazette(text: string, file?: string): Result<GazetteEntry[]> {
  const diagnostics: Diagnostic[] = [];
  const index = new LineIndex(text);
  const lines = readLines(text, detectFormat(text));
  const starts: Start[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i].text;
    const b = squeezeSpaces(lines[i + 1].text);
    if (isOrderHeading(a) && orderNumber(b) !== undefined) starts.push({ line: i, kind: 'order' });
    else if (/通知$/.test(a) && a.length <= 80 && DOC_NUMBER_RE.test(b)) starts.push({ line: i, kind: 'notice' });
  }
  if (starts.length === 0) {
    diagnostics.push(diagnostic('document/gazette-no-entries', {}, { file, span: index.span(0, text.length) }));
    const whole = index.span(0, text.length);
    const title = lines[0] ? squeezeSpaces(lines[0].text) : '';
    return { value: [{ type: 'other', title, meta: {}, text, span: whole, header: index.span(0, 0), body: whole }], diagnostics };
  }
  const entries: GazetteEntry[] = starts.map((s, k) => {
    const endLine = k + 1 < starts.length ? starts[k + 1].line : lines.length;
    return entry(lines.slice(s.line, endLine), s.kind, text, index);
  });
  return { value: entries, diagnostics };
}

function entry(lines: Line[], kind: Start['kind'], text: string, index: LineIndex): GazetteEntry {
  const h = headerEnd(
    lines.map((l) => l.text),
    1,
    15,
  );
  const header = lines.slice(0, h + 1);
  const titleLine = lines[h + 1] ?? lines[lines.length - 1];
  const title = squeezeSpaces(titleLine.text);
  const meta = metaFromLines(header.map((l) => l.text));
  if (kind === 'notice') {
    // The issuing office signs above the date.
    const dateAt = header.findIndex((l) => isDateLine(l.text));
    if (dateAt > 0) meta.issuer ??= squeezeSpaces(header[dateAt - 1].text);
  }
  const type: DocumentType = kind === 'notice' ? 'plan' : /决定$/.test(title) ? 'decision' : 'rule';
  const start = lines[0].from;
  const end = lines[lines.length - 1].end;
  return {
    type,
    title,
    meta,
    text: text.slice(start, end),
    span: index.span(start, end),
    header: index.span(start, header[header.length - 1].end),
    body: index.span(titleLine.from, end),
  };
}
