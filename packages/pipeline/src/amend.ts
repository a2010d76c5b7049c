import { parseRule } from '@amend/document';
import { applyAmendment, findAmendment } from '@amend/engine';
import type { Consolidation, Decision, Diagnostic, Document, RuleAmendment, Span } from '@amend/model';
import { diagnostic, hasErrors, LineIndex } from '@amend/model';
import { readDecision } from './read-decision.ts';
import type { Parsed, Source } from './source.ts';
import { escalateUnapplied } from './unapplied.ts';

/** What amending one rule came to. */
export interface Amended {
  /**
   * The consolidated rule, only when nothing stopped it: no error in the rule,
   * in the decision or in applying it. With any error there is none, so no
   * caller can show or write a partly amended text as the amended one.
   */
  consolidation?: Consolidation;
  /** Everything found, the rule's, the decision's and the engine's, in that order. */
  diagnostics: Diagnostic[];
  decision: Decision;
  /** The rule as read, before any change. */
  rule: Document;
  /** The decision's instructions for this rule, when it has any. */
  amendment?: RuleAmendment;
}

/**
 * The whole pipeline for one rule:
 *   rule text ──parseRule──▶ document tree
 *   decision text ──readDecision──▶ operations
 *   tree + this rule's operations ──applyAmendment──▶ consolidated tree + mapping
 * `title` says which of the decision's rules this is (default: the rule's own title).
 */
export function amend(rule: Source, decision: Source, title?: string): Amended {
  return amendParsed(
    { source: rule, result: parseRule(rule.text, { file: rule.file }) },
    { source: decision, result: readDecision(decision) },
    title,
  );
}

/** `amend` for a caller that keeps parses (the preview re-parses only what changed). */
export function amendParsed(rule: Parsed<Document>, decision: Parsed<Decision>, title?: string): Amended {
  const doc = rule.result.value;
  const dec = decision.result.value;
  const diagnostics: Diagnostic[] = [...rule.result.diagnostics, ...decision.result.diagnostics];
  const amendment = findAmendment(dec, title ?? doc.title);
  const base = { decision: dec, rule: doc, ...(amendment ? { amendment } : {}) };
  if (hasErrors(diagnostics)) return { ...base, diagnostics };
  if (!amendment) return { ...base, diagnostics: [...diagnostics, notAmended(dec, decision.source, title ?? doc.title)] };
  const checked = escalateUnapplied(diagnostics, dec, amendment);
  if (hasErrors(checked)) return { ...base, diagnostics: checked };
  const consolidation = applyAmendment(doc, amendment, { decision: decisionInfo(dec, decision.source.file), ruleFile: rule.source.file });
  checked.push(...consolidation.diagnostics);
  return hasErrors(checked) ? { ...base, diagnostics: checked } : { ...base, consolidation, diagnostics: checked };
}

/** The decision as the engine records it in the notes and provenance of what it changes. */
export function decisionInfo(d: Decision, file?: string): { title: string; docNumber?: string; date?: string; file?: string } {
  return { title: d.title, docNumber: d.meta.docNumber, date: d.meta.promulgated, file };
}

/** Point at what the decision does amend, so a misnamed rule or a wrong title shows at once. */
function notAmended(decision: Decision, source: Source, title: string): Diagnostic {
  const named = decision.amendments;
  const expected = named.length ? named.map((a) => `《${a.title}》`).join('、') + ' (or give --title)' : 'a decision that amends this rule';
  const span = named.length ? named[0].span : firstLine(source.text);
  const where = span ? { file: source.file, span, expected } : { file: source.file, expected };
  return diagnostic('engine/rule-not-amended', { title }, where);
}

/** The span of the first line with text: where a decision says what it is. */
function firstLine(text: string): Span | undefined {
  const m = /\S[^\r\n]*/.exec(text);
  return m ? new LineIndex(text).span(m.index, m.index + m[0].length) : undefined;
}
