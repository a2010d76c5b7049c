import type { Document, Result } from '@amend/model';
import type { DraftStyle } from './decision-style.ts';
import { singleRuleText } from './decision-text.ts';
import { draftRule } from './draft-rule.ts';
import { wordItem } from './wording.ts';

export interface DraftOptions {
  /** How the decision is framed and worded: national, local (the default) or court. */
  style?: DraftStyle;
  /** The rule's name as the decision cites it (the old version's title by default). */
  title?: string;
}

export interface DraftResult {
  /** The decision. */
  text: string;
  /** How many items it has. */
  items: number;
  /**
   * Each item's words without its label (一、), in order: what a decision
   * that already has its own header and closing clauses takes in place of
   * its items for this rule (the preview's edit-the-text mode).
   */
  itemTexts: string[];
  /** Checked by applying it: it turns the old text into the new one. */
  exact: boolean;
}

/** The decision that turns `old` into `neu`, checked by applying it. */
export function draftDecision(old: Document, neu: Document, opts: DraftOptions = {}): Result<DraftResult> {
  const style = opts.style ?? 'local';
  const r = draftRule(old, neu, style, opts.title ?? old.title);
  const { text } = singleRuleText(style, r.draft);
  const itemTexts = r.draft.items.map((it) => wordItem(it.clauses, r.draft.wholeRule ?? ''));
  return { value: { text, items: r.draft.items.length, itemTexts, exact: r.exact }, diagnostics: r.diagnostics };
}
