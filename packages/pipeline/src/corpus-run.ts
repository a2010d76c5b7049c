import { consolidateCorpus } from '@amend/engine';
import type { Consolidation, Decision, Diagnostic, Document } from '@amend/model';
import { hasErrors } from '@amend/model';
import { decisionInfo } from './amend.ts';
import { readDecision } from './read-decision.ts';
import type { Parsed, Source } from './source.ts';
import { escalateUnapplied } from './unapplied.ts';

/** What one decision did to a corpus of rules. */
export interface AmendedCorpus {
  decision: Decision;
  /**
   * Each amended rule, keyed by its own title, and each repealed one; both
   * empty when anything stopped the run (a corpus is amended all or nothing).
   */
  results: Map<string, Consolidation>;
  repealed: Document[];
  diagnostics: Diagnostic[];
}

/**
 * A decision applied to every rule it names in a corpus: each amended rule
 * found by its title, each repealed one marked. With no one rule chosen,
 * every instruction the grammar reads but no operation expresses is an error.
 */
export function amendCorpus(rules: readonly Parsed<Document>[], decision: Source): AmendedCorpus {
  const read = readDecision(decision);
  const diagnostics = [...rules.flatMap((r) => r.result.diagnostics), ...escalateUnapplied(read.diagnostics, read.value)];
  const none = { decision: read.value, results: new Map<string, Consolidation>(), repealed: [] };
  if (hasErrors(diagnostics)) return { ...none, diagnostics };
  const docs = rules.map((r) => r.result.value);
  const ruleFiles = new Map(rules.map((r) => [r.result.value, r.source.file]));
  const result = consolidateCorpus(docs, read.value, { decision: decisionInfo(read.value, decision.file), ruleFiles });
  diagnostics.push(...result.diagnostics);
  if (hasErrors(diagnostics)) return { ...none, diagnostics };
  return { decision: read.value, results: result.results, repealed: result.repealed, diagnostics };
}
