import type { Consolidation, Decision, Diagnostic, Document, RuleAmendment } from '@amend/model';
import { diagnostic } from '@amend/model';
import { produce } from 'immer';
import { applyAmendment } from './apply-amendment.ts';
import { foldString } from './match.ts';
import type { DecisionInfo } from './notes.ts';

/**
 * A decision over a corpus of rules: each amended rule is found by its title,
 * each repealed one is marked. Titles are compared after removing spaces and
 * book-title marks and folding full/half-width forms; a repeal written as
 * 关于发布《X》的通知 also matches the rule X.
 */

export function normaliseTitle(title: string): string {
  return foldString(title).replace(/[《》〈〉]/g, '');
}

/** The instructions a decision gives for the rule with this title. */
export function findAmendment(decision: Decision, title: string): RuleAmendment | undefined {
  const key = normaliseTitle(title);
  return decision.amendments.find((a) => normaliseTitle(a.title) === key);
}

function repealKeys(title: string): string[] {
  const keys = [normaliseTitle(title)];
  const inner = /关于(?:发布|印发|颁布)《(.+)》的(?:通知|决定|命令)/.exec(title);
  if (inner) keys.push(normaliseTitle(inner[1]));
  return keys;
}

export interface CorpusResult {
  /** Keyed by the amended rule's own title. */
  results: Map<string, Consolidation>;
  repealed: Document[];
  diagnostics: Diagnostic[];
}

/** `ruleFiles` names each rule's source, so that warnings about its text point there. */
export function consolidateCorpus(
  rules: Document[],
  decision: Decision,
  opts: { decision: DecisionInfo; ruleFiles?: ReadonlyMap<Document, string> },
): CorpusResult {
  const byTitle = new Map<string, Document>();
  for (const r of rules) {
    const key = normaliseTitle(r.title);
    if (!byTitle.has(key)) byTitle.set(key, r);
  }
  const file = opts.decision.file;
  const where = (span: RuleAmendment['span']) => (file !== undefined ? { file, span } : { span });
  const results = new Map<string, Consolidation>();
  const diagnostics: Diagnostic[] = [];
  for (const amendment of decision.amendments) {
    const rule = byTitle.get(normaliseTitle(amendment.title));
    if (!rule) {
      diagnostics.push(diagnostic('engine/rule-not-found', { title: amendment.title }, where(amendment.span)));
      continue;
    }
    const c = applyAmendment(rule, amendment, { decision: opts.decision, ruleFile: opts.ruleFiles?.get(rule) });
    results.set(rule.title, c);
    diagnostics.push(...c.diagnostics);
  }
  const repealed: Document[] = [];
  const date = decision.meta.effective?.date ?? decision.meta.promulgated ?? opts.decision.date;
  for (const r of decision.repealed) {
    const rule = repealKeys(r.title)
      .map((k) => byTitle.get(k))
      .find((x) => x !== undefined);
    if (!rule) {
      diagnostics.push(diagnostic('engine/repealed-rule-not-found', { title: r.title }, where(r.span)));
      continue;
    }
    repealed.push(
      produce(rule, (d) => {
        d.meta.repealed = date ? { by: opts.decision.title, date } : { by: opts.decision.title };
      }),
    );
  }
  return { results, repealed, diagnostics };
}
