import { parseRule, serialize, walk } from '@amend/document';
import { draftDecision } from '@amend/draft';
import type { Diagnostic, Document, RuleAmendment } from '@amend/model';
import { articleLabel, diagnostic, toChinese } from '@amend/model';
import type { Outcome, Session } from './session.ts';

/**
 * The edit-the-text mode's one step: the rule as the drafter edited it →
 * the decision that gives it. The selected rule's items are drafted by
 * `@amend/draft` (as `amend draft` writes them) from the base to the edited
 * text and put in the decision in place of that rule's items, keeping its
 * header, other rules and closing clauses; a decision of one rule that
 * cannot take them so is replaced by the whole draft. Either way the
 * decision is applied again by the page's own pipeline and taken only when
 * it gives the edited text: otherwise the reasons come back and the decision
 * stays as it was.
 */

/** The name the edited text's diagnostics carry. */
export const EDITED = '修改后文本';

export interface Redraft {
  /** The decision to hold now, checked to give the edited text; absent when none could be drafted exactly. */
  decision?: string;
  /** How many items the draft has for the selected rule. */
  items: number;
  /** Why there is no decision, or what to know about it. */
  diagnostics: Diagnostic[];
}

/** The text to start editing from: the rule as the decision leaves it. */
export function editableText(o: Outcome): Editable {
  if (!o.consolidation) return { diagnostics: [diagnostic(o.base ? 'draft/decision-blocked' : 'draft/no-base', {})] };
  return { text: serialize(o.consolidation.after), diagnostics: [] };
}

export interface Editable {
  text?: string;
  diagnostics: Diagnostic[];
}

export function redraft(session: Session, o: Outcome, decisionText: string, edited: string): Redraft {
  const base = o.base?.doc;
  const amendment = o.amendment;
  if (!base || !amendment) return { items: 0, diagnostics: [diagnostic('draft/no-base', {})] };
  const parsed = parseRule(edited, { file: EDITED });
  const parseErrors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (parseErrors.length) return { items: 0, diagnostics: parseErrors };
  const draft = draftDecision(base, parsed.value, { title: amendment.title });
  const { itemTexts, exact, text } = draft.value;
  if (!exact) {
    // A drafter deleting an article in the text may have left the numbers as they were: the likeliest reason, said first.
    const order = outOfOrder(parsed.value);
    const first = order.length ? [diagnostic('draft/article-order', { places: order.slice(0, 6).join('、') })] : [];
    return { items: itemTexts.length, diagnostics: [...first, ...draft.diagnostics].map((d) => ({ ...d, file: d.file ?? EDITED })) };
  }
  if (!itemTexts.length) return { items: 0, diagnostics: draft.diagnostics };
  const single = o.decision.amendments.length <= 1;
  // Articles that now change their numbers are said to, as the draft says it, when the decision does not yet.
  const order = single ? text.split('\n').find((l) => l.startsWith('此外，对条文顺序作相应调整')) : undefined;
  const candidates = [spliced(decisionText, amendment, itemTexts, single, order), single ? text : undefined];
  for (const candidate of candidates) {
    if (candidate !== undefined && gives(session, candidate, parsed.value))
      return { decision: candidate, items: itemTexts.length, diagnostics: [] };
  }
  // Put the page back on the decision it holds.
  session.compute(decisionText);
  return {
    items: itemTexts.length,
    diagnostics: [diagnostic('draft/decision-differs', { rule: amendment.title }, { file: session.decisionName })],
  };
}

/** Articles whose number does not follow the one before (第三条 after 第一条; a 之一 after another article): “第三条（应为第二条）”. */
function outOfOrder(doc: Document): string[] {
  const out: string[] = [];
  let n = 0;
  let sub = 0;
  walk(doc, (node) => {
    if (node.kind !== 'article') return undefined;
    const want = node.num.sub ? { n, sub: sub + 1 } : { n: n + 1, sub: 0 };
    if (node.num.n !== want.n || (node.num.sub ?? 0) !== want.sub) out.push(`${articleLabel(node.num)}（应为${articleLabel(want)}）`);
    n = node.num.n;
    sub = node.num.sub ?? 0;
    return false;
  });
  return out;
}

/** The decision with the rule's items replaced by the drafted ones, labelled as the decision labels items. */
function spliced(text: string, amendment: RuleAmendment, items: string[], single: boolean, order?: string): string | undefined {
  const first = amendment.items[0];
  const last = amendment.items[amendment.items.length - 1];
  if (!first || !last) return undefined;
  const label = (k: number) => (single && !amendment.label ? `${toChinese(k + 1)}、` : `（${toChinese(k + 1)}）`);
  const block = items.map((t, k) => label(k) + t).join('\n\n');
  const closing = order && !text.includes('顺序作相应调整') ? `\n\n${order}` : '';
  return text.slice(0, first.span.start.offset) + block + closing + text.slice(last.span.end.offset);
}

/** Applied by the page as the command line applies it, the decision gives the edited text (its 题注 and 目录 aside). */
function gives(session: Session, decision: string, edited: Document): boolean {
  const after = session.compute(decision).consolidation?.after;
  return after !== undefined && comparable(after) === comparable(edited);
}

/** What an amendment is judged by: the engine writes the amendment's own 题注, and a 目录 follows the headings. */
function comparable(doc: Document): string {
  return serialize({ ...doc, notes: [], toc: [], meta: {} });
}
