import type { Span } from './position.ts';
import { messages, type Lang, type MessageId } from './messages/index.ts';
import { termText } from './messages/terms.ts';

export type Severity = 'error' | 'warning' | 'info';

/**
 * Errors are values: every problem any stage finds is a Diagnostic, collected
 * in a list and returned beside the result, never thrown one at a time.
 */
export interface Diagnostic {
  /** Stable id from the message catalogue, e.g. `engine/phrase-not-found`. */
  ruleId: MessageId;
  severity: Severity;
  /** Human-readable reason in English, rendered from the catalogue template (see `messageText` for Chinese). */
  message: string;
  /** What the parser or engine expected at that place, when it knows. */
  expected?: string;
  /** The file the span refers to (a path, or a name such as `<decision>`). */
  file?: string;
  span?: Span;
  /** Free-form structured details (item label, target id, ...). */
  data?: Record<string, string | number>;
}

/** Build a diagnostic from the catalogue; `{name}` placeholders are filled from `data`. */
export function diagnostic(
  ruleId: MessageId,
  data: Record<string, string | number> = {},
  where: { file?: string; span?: Span; expected?: string } = {},
): Diagnostic {
  const entry = messages[ruleId];
  const message = fill(entry.en, data);
  const d: Diagnostic = { ruleId, severity: entry.severity, message };
  if (where.expected !== undefined) d.expected = where.expected;
  if (where.file !== undefined) d.file = where.file;
  if (where.span !== undefined) d.span = where.span;
  if (Object.keys(data).length > 0) d.data = data;
  return d;
}

/**
 * The diagnostic's reason in the given language, from the catalogue and its
 * data; the English words among the data (the kind of node found, a file
 * system's reason) are translated too (messages/terms.ts).
 */
export function messageText(d: Pick<Diagnostic, 'ruleId' | 'data' | 'message'>, lang: Lang): string {
  const entry = messages[d.ruleId] as { en: string; zh: string } | undefined;
  if (!entry) return d.message;
  return fill(entry[lang], d.data ?? {}, lang);
}

/** What was expected at the place, in the given language; undefined when the diagnostic does not say. */
export function expectedText(d: Pick<Diagnostic, 'expected'>, lang: Lang): string | undefined {
  return d.expected === undefined ? undefined : termText(d.expected, lang);
}

const SEVERITY: Record<Lang, Record<Severity, string>> = {
  en: { error: 'error', warning: 'warning', info: 'info' },
  zh: { error: '错误', warning: '警告', info: '提示' },
};

/** `error`, `warning`, `info` — or 错误, 警告, 提示. */
export function severityText(s: Severity, lang: Lang): string {
  return SEVERITY[lang][s];
}

function fill(template: string, data: Record<string, string | number>, lang: Lang = 'en'): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? termText(String(data[k]), lang) : m));
}

export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}

/** A result that always carries its diagnostics; `value` may be partial when there are errors. */
export interface Result<T> {
  value: T;
  diagnostics: Diagnostic[];
}
