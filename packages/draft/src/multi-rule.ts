import type { Diagnostic, Document, Result } from '@amend/model';
import { diagnostic } from '@amend/model';
import { parseDecision } from '@amend/decision';
import { consolidateCorpus } from '@amend/engine';
import { body } from './draft-check.ts';
import type { DraftStyle } from './decision-style.ts';
import { multiRuleText, type Repealed, type RuleDraft } from './decision-text.ts';
import { draftRule } from './draft-rule.ts';

/**
 * Two folders of rules, before and after: one decision that amends every
 * rule that changed (a heading per rule, its items （一）（二）…) and repeals
 * every rule that is gone, laid out like decree 119. Each rule is drafted
 * and checked on its own, then the whole decision is applied to the old
 * folder the way `amend apply --corpus` does and compared again.
 */

export interface RuleFile {
  file: string;
  doc: Document;
}

export interface CorpusDraft {
  text: string;
  /** The amended rules, in the order of the old folder, with their item counts. */
  rules: { title: string; items: number; exact: boolean }[];
  repealed: string[];
  exact: boolean;
}

export function draftCorpus(from: RuleFile[], to: RuleFile[], style: DraftStyle = 'local'): Result<CorpusDraft> {
  const diagnostics: Diagnostic[] = [];
  const pairs = matchRules(from, to, diagnostics);
  const drafts: RuleDraft[] = [];
  const summary: CorpusDraft['rules'] = [];
  let exact = true;
  for (const { old, neu } of pairs.matched) {
    const r = draftRule(old.doc, neu.doc, style);
    if (!r.draft.items.length && r.exact) continue;
    drafts.push(r.draft);
    summary.push({ title: old.doc.title, items: r.draft.items.length, exact: r.exact });
    exact &&= r.exact;
    diagnostics.push(...r.diagnostics.map((d) => ({ ...d, file: d.file ?? neu.file })));
  }
  const repeals: Repealed[] = pairs.gone.map((r) => ({ title: r.doc.title, note: r.doc.notes[0]?.text }));
  const { text } = multiRuleText(style, drafts, repeals);
  const value: CorpusDraft = { text, rules: summary, repealed: repeals.map((r) => r.title), exact: exact && pairs.added.length === 0 };
  if (value.exact && (drafts.length || repeals.length)) value.exact = checkCorpus(from, pairs.matched, text, repeals.length, diagnostics);
  return { value, diagnostics };
}

/** The whole decision applied to the old folder gives the new one. */
function checkCorpus(
  from: RuleFile[],
  matched: { old: RuleFile; neu: RuleFile }[],
  text: string,
  repeals: number,
  diagnostics: Diagnostic[],
): boolean {
  const decision = parseDecision(text, { file: '<draft>' });
  const errors = decision.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) {
    diagnostics.push(...errors);
    return false;
  }
  const result = consolidateCorpus(
    from.map((r) => r.doc),
    decision.value,
    { decision: { title: decision.value.title, file: '<draft>' } },
  );
  const failed = result.diagnostics.filter((d) => d.severity === 'error');
  diagnostics.push(...failed);
  let ok = failed.length === 0 && result.repealed.length === repeals;
  for (const { old, neu } of matched) {
    const c = result.results.get(old.doc.title);
    const after = c ? c.after : old.doc;
    if (body(after) !== body(neu.doc)) {
      ok = false;
      diagnostics.push(diagnostic('draft/not-exact', { places: `《${old.doc.title}》` }, { file: neu.file }));
    }
  }
  return ok;
}

/** Rules are the same rule when their files have the same name, else when their titles agree. */
function matchRules(from: RuleFile[], to: RuleFile[], diagnostics: Diagnostic[]) {
  const name = (f: string) => f.split(/[\\/]/).pop()!;
  const title = (d: Document) => d.title.replace(/[\s　《》〈〉]/g, '');
  const seen = new Map<string, RuleFile>();
  for (const r of from) {
    const t = title(r.doc);
    if (seen.has(t)) diagnostics.push(diagnostic('draft/duplicate-rule', { file: r.file, rule: r.doc.title }, { file: r.file }));
    seen.set(t, r);
  }
  const used = new Set<RuleFile>();
  const matched: { old: RuleFile; neu: RuleFile }[] = [];
  const added: RuleFile[] = [];
  for (const neu of to) {
    const old =
      from.find((r) => !used.has(r) && name(r.file) === name(neu.file)) ??
      from.find((r) => !used.has(r) && title(r.doc) === title(neu.doc));
    if (!old) {
      added.push(neu);
      diagnostics.push(diagnostic('draft/rule-added', { file: neu.file, rule: neu.doc.title }, { file: neu.file }));
      continue;
    }
    used.add(old);
    matched.push({ old, neu });
  }
  matched.sort((a, b) => from.indexOf(a.old) - from.indexOf(b.old));
  return { matched, added, gone: from.filter((r) => !used.has(r)) };
}
