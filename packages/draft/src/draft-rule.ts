import type { Diagnostic, Document } from '@amend/model';
import { diagnostic } from '@amend/model';
import { check, type CheckResult } from './draft-check.ts';
import { compose, type Tuning, type Versions } from './compose.ts';
import { styleRules, wholeRuleWord, type DraftStyle } from './decision-style.ts';
import { singleRuleText, type RuleDraft } from './decision-text.ts';
import { outline } from './outline.ts';
import { pairStructure } from './structure.ts';

/**
 * One rule: pair the versions, compose the items, write them and check them
 * by applying; where the result differs, say those articles more coarsely
 * (phrases → renumbered references stated → 款/项 restated → article
 * restated) and check again. Exactness first: a draft that does not give
 * the new text is reported, never returned as if it did.
 */

export interface RuleResult {
  draft: RuleDraft;
  exact: boolean;
  diagnostics: Diagnostic[];
}

const ROUNDS = 6;

export function draftRule(old: Document, neu: Document, style: DraftStyle, title = old.title): RuleResult {
  const o = outline(old);
  const n = outline(neu);
  const v: Versions = { old, neu, o, n, sk: pairStructure(o, n) };
  const rules = styleRules(style);
  const wholeRule = wholeRuleWord(title);
  const tuning: Tuning = { levels: new Map(), solo: new Set() };
  let last: CheckResult | undefined;
  let draft: RuleDraft = { title, items: [], renumbered: false, wholeRule };
  const problems: Diagnostic[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const composed = compose(v, tuning, rules, wholeRule);
    if (round === 0) problems.push(...composed.problems);
    draft = { title, items: composed.items, renumbered: composed.renumbered, wholeRule };
    if (!draft.items.length) {
      const same = problems.length === 0;
      return { draft, exact: same, diagnostics: same ? [diagnostic('draft/no-change', { rule: title })] : problems };
    }
    const { text, spans } = singleRuleText(style, draft);
    last = check(old, neu, text, spans, title);
    // What looked inexpressible beforehand (a stray paragraph in a chapter deleted whole) did not matter.
    if (last.exact) return { draft, exact: true, diagnostics: [] };
    if (!coarsen(v, tuning, last)) break;
  }
  const diagnostics = [...problems, ...(last?.errors ?? [])];
  if (last && !last.errors.length) {
    if (last.ascii.length) diagnostics.push(diagnostic('draft/ascii-punctuation', { places: last.ascii.slice(0, 12).join('、') }));
    if (last.places.length) diagnostics.push(diagnostic('draft/not-exact', { places: last.places.slice(0, 12).join('、') }));
  }
  return { draft, exact: false, diagnostics };
}

/** Say what the check found wrong more coarsely; false when nothing can be coarser. */
function coarsen(v: Versions, tuning: Tuning, found: CheckResult): boolean {
  let changed = false;
  const raise = (j: number): void => {
    if (v.sk.articles[j] < 0) return;
    const level = tuning.levels.get(j) ?? 0;
    const same = v.o.articles[v.sk.articles[j]].key === v.n.articles[j].key;
    // Equal words that still come out different: a renumbered reference the new text does not follow.
    const next = same ? 3 : Math.min(3, level + 1);
    if (next > level) {
      tuning.levels.set(j, next as 0 | 1 | 2 | 3);
      changed = true;
    }
    if (!tuning.solo.has(j)) {
      tuning.solo.add(j);
      changed = true;
    }
  };
  for (const owner of found.owners) {
    const [kind, rest] = owner.split(':');
    if (kind === 'art') raise(Number(rest));
    else if (kind === 'group') for (const j of rest.split(',')) raise(Number(j));
  }
  for (const j of found.articles) raise(j);
  return changed;
}
