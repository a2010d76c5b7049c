import type { Decision, Diagnostic, DocumentMeta, Operation, Result, Span } from '@amend/model';

/**
 * The JSON form of a parsed decision (`amend decision --format json`),
 * specified in docs/decision-json.md. Operations keep their model shape with
 * `rule`/`item` dropped (the enclosing objects say them) and the span reduced
 * to where it starts and ends.
 */

export interface JsonPosition {
  line: number;
  column: number;
  offset: number;
}

export interface JsonSpan {
  start: JsonPosition;
  end: JsonPosition;
}

export type JsonOperation = Omit<Operation, 'rule' | 'item' | 'span'> & { span: JsonSpan };

export interface JsonDiagnostic {
  id: string;
  line: number;
  column: number;
  message: string;
  expected?: string;
  file?: string;
}

export interface DecisionJson {
  title: string;
  file?: string;
  meta: DocumentMeta;
  preamble: string;
  repealed: { label: string; title: string; note: string; span: JsonSpan }[];
  amendments: {
    label: string;
    title: string;
    span: JsonSpan;
    items: { label: string; path: string; text: string; span: JsonSpan; operations: JsonOperation[] }[];
  }[];
  closing: { kind: string; text: string; span: JsonSpan }[];
  errors: JsonDiagnostic[];
  warnings: JsonDiagnostic[];
}

export function decisionToJson(result: Result<Decision>): DecisionJson {
  const d = result.value;
  const out: DecisionJson = {
    title: d.title,
    meta: d.meta,
    preamble: d.preamble,
    repealed: d.repealed.map((r) => ({ label: r.label, title: r.title, note: r.note, span: span(r.span) })),
    amendments: d.amendments.map((a) => ({
      label: a.label,
      title: a.title,
      span: span(a.span),
      items: a.items.map((item) => ({
        label: item.label,
        path: item.path,
        text: item.text,
        span: span(item.span),
        operations: item.operations.map(operation),
      })),
    })),
    closing: d.closing.map((c) => ({ kind: c.kind, text: c.text, span: span(c.span) })),
    errors: result.diagnostics.filter((x) => x.severity === 'error').map(diagnosticJson),
    warnings: result.diagnostics.filter((x) => x.severity === 'warning').map(diagnosticJson),
  };
  if (d.file !== undefined) out.file = d.file;
  return out;
}

function operation(op: Operation): JsonOperation {
  const { rule: _rule, item: _item, span: where, ...rest } = op;
  return { ...rest, span: span(where) } as JsonOperation;
}

function span(s: Span): JsonSpan {
  return {
    start: { line: s.start.line, column: s.start.column, offset: s.start.offset },
    end: { line: s.end.line, column: s.end.column, offset: s.end.offset },
  };
}

function diagnosticJson(d: Diagnostic): JsonDiagnostic {
  const out: JsonDiagnostic = {
    id: d.ruleId,
    line: d.span?.start.line ?? 0,
    column: d.span?.start.column ?? 0,
    message: d.message,
  };
  if (d.expected) out.expected = d.expected;
  if (d.file !== undefined) out.file = d.file;
  return out;
}
