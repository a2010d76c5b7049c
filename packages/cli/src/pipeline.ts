import { parseRule, splitGazette } from '@amend/document';
import { parseDecision } from '@amend/decision';
import { applyAmendment, findAmendment } from '@amend/engine';
import type { Consolidation, Decision, Diagnostic, Result, RuleAmendment, Span } from '@amend/model';
import { diagnostic, hasErrors, LineIndex } from '@amend/model';
import type { Source } from './io.ts';

/**
 * The whole pipeline in one place:
 *   rule text ──parseRule──▶ document tree
 *   decision text ──parseDecision──▶ operations
 *   tree + operations ──applyAmendment──▶ consolidated tree + mapping ──render──▶ outputs
 */
export function amend(rule: Source, decisionSource: Source, title?: string): Result<Consolidation | undefined> & { decision?: Decision } {
  const doc = parseRule(rule.text, { file: rule.file });
  const decision = readDecision(decisionSource);
  const diagnostics: Diagnostic[] = [...doc.diagnostics, ...decision.diagnostics];
  if (hasErrors(diagnostics)) return { value: undefined, diagnostics, decision: decision.value };
  const amendment = findAmendment(decision.value, title ?? doc.value.title);
  if (!amendment) {
    // Point at what the decision does amend, so a misnamed rule or a wrong --title shows at once.
    const named = decision.value.amendments;
    const expected = named.length ? named.map((a) => `《${a.title}》`).join('、') + ' (or give --title)' : 'a decision that amends this rule';
    const span = named.length ? named[0].span : firstLine(decisionSource.text);
    const where = span ? { file: decisionSource.file, span, expected } : { file: decisionSource.file, expected };
    diagnostics.push(diagnostic('engine/rule-not-amended', { title: title ?? doc.value.title }, where));
    return { value: undefined, diagnostics, decision: decision.value };
  }
  const stopped = escalateUnapplied(diagnostics, decision.value, amendment);
  if (hasErrors(stopped)) return { value: undefined, diagnostics: stopped, decision: decision.value };
  const consolidation = applyAmendment(doc.value, amendment, {
    decision: decisionInfo(decision.value, decisionSource.file),
    ruleFile: rule.file,
  });
  diagnostics.push(...consolidation.diagnostics);
  return { value: consolidation, diagnostics, decision: decision.value };
}

/**
 * Parse a decision file. A whole gazette issue is accepted too: the decision
 * is found in it and everything else is blanked out, so that positions still
 * point into the file the user gave.
 */
export function readDecision(source: Source): Result<Decision> {
  const split = splitGazette(source.text, source.file);
  const entries = split.value.filter((e) => e.type === 'decision');
  let text = source.text;
  if (split.value.length > 1 && entries.length === 1) {
    const { start, end } = entries[0].span;
    text = blankOutside(source.text, start.offset, end.offset);
  }
  return parseDecision(text, { file: source.file });
}

/** The span of the first line with text: where a decision says what it is. */
function firstLine(text: string): Span | undefined {
  const m = /\S[^\r\n]*/.exec(text);
  return m ? new LineIndex(text).span(m.index, m.index + m[0].length) : undefined;
}

function blankOutside(text: string, from: number, to: number): string {
  const blank = (s: string) => s.replace(/[^\r\n]/g, ' ');
  return blank(text.slice(0, from)) + text.slice(from, to) + blank(text.slice(to));
}

export function decisionInfo(d: Decision, file?: string): { title: string; docNumber?: string; date?: string; file?: string } {
  return { title: d.title, docNumber: d.meta.docNumber, date: d.meta.promulgated, file };
}

/**
 * A sentence the grammar reads but no operation expresses (删去第二款第二句) is a
 * warning when a decision is only listed; when the rule it amends is applied
 * it becomes an error, since a text without that change would be wrong. With
 * no amendment given, every such sentence counts (corpus mode).
 */
export function escalateUnapplied(diagnostics: Diagnostic[], decision: Decision, amendment?: RuleAmendment): Diagnostic[] {
  const starts = decision.amendments.map((a) => a.span.start.offset).sort((a, b) => a - b);
  const inside = (d: Diagnostic): boolean => {
    if (!amendment || decision.amendments.length === 1 || !d.span) return true;
    const from = amendment.span.start.offset;
    const to = starts.find((s) => s > from) ?? Infinity;
    return d.span.start.offset >= from && d.span.start.offset < to;
  };
  return diagnostics.map((d) =>
    d.ruleId === 'decision/unsupported-instruction' && d.severity !== 'error' && inside(d) ? { ...d, severity: 'error' } : d,
  );
}
