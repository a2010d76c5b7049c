import type { Clause, Count, PhraseGroup, Quote, TargetItem } from './clauses.ts';
import type { Span } from './cst-offsets.ts';

/**
 * The clauses a visited action makes, whatever the sentence form around it
 * (将…修改为, 在…后增加, a bare “A”修改为“B”): one home for each action's
 * clause, so that every form that carries the action builds the same one.
 */

export type Action =
  | { kind: 'modify'; to: Quote[]; respectively: boolean }
  | { kind: 'insert'; position: 'after' | 'before'; text: Quote[]; sentence: boolean }
  | { kind: 'adjust'; to: Quote }
  | { kind: 'move'; to: TargetItem[] }
  | { kind: 'reorder'; anchor: Quote; position: 'after' | 'before' }
  | { kind: 'delete' }
  /** “A”后的“B”删除: the words B right after (before) A. */
  | { kind: 'deleteBeside'; words: Quote; position: 'after' | 'before' };
export type InsertParts = { count: Count; as: TargetItem[]; payload?: Quote[]; name?: Quote; holds?: TargetItem[] };
/** A replacement clause as its modify tail fills it in (kind and targets set by the form around it). */
export type ReplaceParts = {
  kind: 'replaceNode';
  targets?: TargetItem[];
  payload?: Quote[];
  renumberTo?: TargetItem[];
  into?: TargetItem[];
  count?: Count;
  title?: string;
  as?: TargetItem[];
  lead?: true;
  /** 分别修改为: one text to each place, in order — never one text for them all. */
  respectively?: true;
  start?: number;
  end?: number;
};
export type AddResult = { kind: 'insert'; body: InsertParts } | { kind: 'append'; payload: Quote[] } | { kind: 'words'; payload: Quote[] };

/** What a phrase action (修改为, 删去, 后增加, 调整为 …) makes of the quoted words it follows. */
export function phraseClause(
  targets: TargetItem[] | undefined,
  quotes: Quote[],
  action: Action,
  restated: boolean,
  s: Span,
  groups?: PhraseGroup[],
): Clause {
  switch (action.kind) {
    case 'modify':
      return {
        kind: 'replacePhrases',
        groups: groups ?? [{ targets, olds: quotes }],
        news: action.to,
        restated,
        respectively: action.respectively,
        start: s.start,
        end: s.end,
      };
    case 'insert':
      return {
        kind: 'insertPhrase',
        targets,
        anchor: quotes,
        position: action.position,
        text: action.text,
        sentence: action.sentence,
        start: s.start,
        end: s.end,
      };
    case 'adjust':
      return { kind: 'adjustPair', old: quotes[quotes.length - 1], now: action.to, start: s.start, end: s.end };
    case 'move':
      return { kind: 'movePhrase', targets, phrases: quotes, to: action.to, start: s.start, end: s.end };
    case 'reorder':
      return {
        kind: 'reorderPhrase',
        targets,
        phrases: quotes,
        anchor: action.anchor,
        position: action.position,
        start: s.start,
        end: s.end,
      };
    case 'deleteBeside': {
      // “实际”后的“情况”删除: “实际情况” becomes “实际”, beside each word quoted (words not side by side are
      // not found when applied: an error, not a guess).
      const { words } = action;
      const after = action.position === 'after';
      const olds = quotes.map((q) => ({
        text: after ? q.text + words.text : words.text + q.text,
        from: Math.min(q.from, words.from),
        to: Math.max(q.to, words.to),
      }));
      return {
        kind: 'replacePhrases',
        groups: [{ targets, olds }],
        news: quotes,
        restated: false,
        respectively: false,
        start: s.start,
        end: s.end,
      };
    }
    case 'delete':
      return {
        kind: 'deletePhrases',
        groups: (groups ?? [{ targets, olds: quotes }]).map((g) => ({ targets: g.targets, phrases: g.olds })),
        start: s.start,
        end: s.end,
      };
  }
}

/**
 * The replacement a form begins (将第X条修改为…, most clauses), its fields laid out as its modify tail and
 * `replaceClause` fill them: set in place, the payload and span add no fields (and no out-of-object store).
 */
export function replaceParts(targets: TargetItem[] | undefined, s: Span): ReplaceParts {
  return { kind: 'replaceNode', targets, payload: undefined, start: s.start, end: s.end };
}

/** A replacement (修改为…): the parts its modify tail set on the clause the form around it began, over `s`. */
export function replaceClause(c: ReplaceParts, s: Span, lead = false): Clause {
  if (lead) c.lead = true;
  // Two stores, not Object.assign: a generic copy costs more than the clause's other fields together.
  const clause = c as Clause;
  clause.start = s.start;
  clause.end = s.end;
  return clause;
}

/** What an addition (增加…) makes: an insertion, a 款 appended (增加规定), or words placed at the end or nowhere. */
export function fromAdd(add: AddResult, targets: TargetItem[] | undefined, rel: 'in' | undefined, s: Span): Clause {
  if (add.kind === 'append') return { kind: 'appendParagraph', targets, payload: add.payload, start: s.start, end: s.end };
  if (add.kind === 'words') {
    const sentence = /[。；！？]$/.test(add.payload[add.payload.length - 1].text);
    return sentence
      ? { kind: 'insertEdge', targets, position: 'end', text: add.payload, sentence: true, start: s.start, end: s.end }
      : { kind: 'unplaced', targets, text: add.payload, start: s.start, end: s.end };
  }
  return { kind: 'insert', anchor: targets && rel ? { rel, targets } : undefined, ...add.body, start: s.start, end: s.end };
}
