import type { CstNode } from 'chevrotain';
import type { Clause, PhraseGroup, Quote, TargetItem } from './clauses.ts';
import { fromAdd, phraseClause, replaceClause, replaceParts } from './clause-forms.ts';
import { endOf, spanOf, startOf, type Span } from './cst-offsets.ts';
import type * as C from './instruction-cst.ts';
import { parser } from './instruction-parser.ts';
import {
  addTail,
  asTargets,
  divideTail,
  edgeText,
  headingTail,
  insertBody,
  mergeIntoTail,
  mergeTail,
  modifyTail,
  newQuotes,
  payload,
  phraseAction,
  quoteList,
  renumberTail,
  splitTail,
  targetList,
} from './instruction-parts.ts';
import * as T from './instruction-tokens.ts';
import { quoteOf, startQuotes, type QuoteFindings } from './quoted-words.ts';
import { edgeOf, headingNamed } from './reference-words.ts';
import { lastEnd, ordered, placesOf } from './target-reading.ts';

/**
 * CST → clauses, typed by the CST types generated from the grammar
 * (instruction-cst.ts). Tokens stay on this side (with target-reading.ts,
 * reference-words.ts, quoted-words.ts, clause-forms.ts and cst-offsets.ts): clauses carry
 * words, numbers and offsets. chevrotain groups CST children by name, so
 * written order is recovered from offsets where it matters.
 */

const BaseVisitor = parser.getBaseCstVisitorConstructor();

class ClauseVisitor extends BaseVisitor implements C.ICstNodeVisitor<unknown, unknown> {
  // The parts below the clauses are read in instruction-parts.ts.
  readonly targetList = targetList;
  readonly asTargets = asTargets;
  readonly quoteList = quoteList;
  readonly newQuotes = newQuotes;
  readonly payload = payload;
  readonly phraseAction = phraseAction;
  readonly edgeText = edgeText;
  readonly modifyTail = modifyTail;
  readonly divideTail = divideTail;
  readonly renumberTail = renumberTail;
  readonly headingTail = headingTail;
  readonly mergeTail = mergeTail;
  readonly mergeIntoTail = mergeIntoTail;
  readonly splitTail = splitTail;
  readonly addTail = addTail;
  readonly insertBody = insertBody;

  constructor() {
    super();
    this.validateVisitor();
  }

  sentence(ctx: C.SentenceCstChildren, found: QuoteFindings): Clause[] {
    const list = ctx.clause;
    // Most sentences hold one clause: its list made whole (an empty list's first push gives it 17 slots).
    if (list.length === 1) {
      const clause = this.clauseOf(list[0], ctx, found);
      return clause ? [clause] : [];
    }
    const out: Clause[] = [];
    for (const c of list) {
      const clause = this.clauseOf(c, ctx, found);
      if (clause) out.push(clause);
    }
    return out;
  }

  /** One clause node of the sentence `ctx` → its clause, if it makes one. */
  private clauseOf(c: C.ClauseCstNode, ctx: C.SentenceCstChildren, found: QuoteFindings): Clause | undefined {
    const stating = found.stating;
    const quoted = c.children.quoteClause?.[0];
    let clause: Clause | undefined;
    if (quoted && this.wholeRuleAfterSemi(quoted.children, ctx.Sep, startOf(c))) {
      const at = startOf(quoted);
      const whole: TargetItem = { kind: 'whole', refs: [], implied: true, range: false, from: at, to: at };
      clause = phraseClause(
        [whole],
        quoteList(quoted.children.quoteList[0].children),
        phraseAction(quoted.children.phraseAction[0].children),
        false,
        { start: at, end: endOf(quoted) },
      );
    } else clause = this.clause(c.children);
    // The resolver checks stated lengths (“擅自”二字) only where a quotation states one.
    if (clause && found.stating !== stating) clause.stating = true;
    return clause;
  }

  /**
   * …第五十五条中的“A”修改为“B”；“C”均修改为“D”: after a ；, words with no place changed 均/统一/一律 are changed
   * throughout the rule, not in the place of the clause before (a comma keeps that place).
   */
  private wholeRuleAfterSemi(ctx: C.QuoteClauseCstChildren, seps: C.SentenceCstChildren['Sep'], start: number): boolean {
    if (ctx.phraseAction[0].children.Manner?.[0]?.tokenType !== T.Uniformly) return false;
    // “丙”、“丁”均修改为“戊”: after a list, 均 says each of them, in the place before.
    if (ctx.quoteList[0].children.Quoted.length !== 1) return false;
    let before: (typeof seps & object)[number] | undefined;
    for (const t of seps ?? []) if (t.startOffset < start && (!before || t.startOffset > before.startOffset)) before = t;
    return before?.tokenType === T.Semi;
  }

  /** The clause of one alternative (the grammar's clause rule holds exactly one). */
  clause(ctx: C.ClauseCstChildren): Clause | undefined {
    // The commonest form first.
    const target = ctx.targetClause?.[0];
    const clause = target ? this.targetClause(target.children, endOf(target)) : this.otherClause(ctx);
    // 其中第二款分成两项: the places are within the place named before.
    if (clause && ctx.Qi) clause.within = true;
    return clause;
  }

  private otherClause(ctx: C.ClauseCstChildren): Clause | undefined {
    if (ctx.deleteClause) return this.deleteClause(ctx.deleteClause[0].children);
    if (ctx.zaiClause) return this.zaiClause(ctx.zaiClause[0].children);
    if (ctx.addTail) return fromAdd(addTail(ctx.addTail[0].children), undefined, undefined, spanOf(ctx.addTail[0]));
    if (ctx.orderClause) return { kind: 'adjustOrder', ...spanOf(ctx.orderClause[0]) };
    if (ctx.duiClause) return this.duiClause(ctx.duiClause[0].children);
    if (ctx.quoteClause) return this.quoteClause(ctx.quoteClause[0].children);
    if (ctx.modifyTail) return replaceClause(modifyTail(ctx.modifyTail[0].children, { kind: 'replaceNode' }), spanOf(ctx.modifyTail[0]));
    if (ctx.contentClause) return this.contentClause(ctx.contentClause[0].children);
    if (ctx.headingTail) return { kind: 'renameHeading', title: headingTail(ctx.headingTail[0].children), ...spanOf(ctx.headingTail[0]) };
    if (ctx.divideTail) return { kind: 'divide', ...divideTail(ctx.divideTail[0].children), ...spanOf(ctx.divideTail[0]) };
    if (ctx.edgeText) return { kind: 'insertEdge', ...edgeText(ctx.edgeText[0].children), ...spanOf(ctx.edgeText[0]) };
    // ，并调整为第一项: the places named last (as 其 names them) get the new number.
    if (ctx.renumberTail) {
      const at = spanOf(ctx.renumberTail[0]);
      const before: TargetItem = { kind: 'qi', refs: [], range: false, from: at.start, to: at.start };
      return { kind: 'renumber', targets: [before], ...renumberTail(ctx.renumberTail[0].children), ...at };
    }
    if (ctx.restateClause) {
      const c = ctx.restateClause[0].children;
      return {
        kind: 'replaceNode',
        targets: targetList(c.targetList[0].children),
        payload: payload(c.payload[0].children),
        ...spanOf(ctx.restateClause[0]),
      };
    }
    if (ctx.IntoThis)
      return {
        kind: 'intoHeading',
        ...headingNamed(ctx.IntoThis[0].image),
        start: ctx.IntoThis[0].startOffset,
        end: endOf(ctx.IntoThis[0]),
      };
    return undefined;
  }

  target(): void {
    // Read through placesOf (target-reading.ts), which needs the node's offsets.
  }

  restateClause(): void {
    // Read in otherClause.
  }

  sentenceWord(): true {
    return true;
  }

  deleteClause(ctx: C.DeleteClauseCstChildren): Clause {
    const edge = edgeOf(ctx.Edge?.[0]);
    const s = {
      start: ctx.Delete[0].startOffset,
      end: Math.max(lastEnd(ctx.quoteList), lastEnd(ctx.targetList), lastEnd(ctx.target), endOf(ctx.Delete[0])),
    };
    const lists = ordered(ctx.targetList);
    const list = lists[0];
    if (!list) {
      const phrases = quoteList(ctx.quoteList![0].children);
      const next = ctx.Quoted?.[0];
      if (!next) return { kind: 'deletePhrases', groups: [{ phrases }], ...edge, start: s.start, end: s.end };
      // 删去“实际”后的“情况”: “实际情况” becomes “实际”.
      const before = phrases[phrases.length - 1];
      const after = quoteOf(next);
      return {
        kind: 'replacePhrases',
        groups: [{ olds: [{ ...before, text: before.text + after.text, to: after.to }] }],
        news: [before],
        restated: false,
        respectively: false,
        start: s.start,
        end: Math.max(s.end, after.to),
      };
    }
    // 删去修改后的第十二条第二款: numbers of the rule as amended.
    const targets = ctx.Amended ? targetList(list.children).map((t) => ({ ...t, amended: true as const })) : targetList(list.children);
    // 删除第九条中的第七项、第八项: the inner places continue the outer one.
    if (lists[1]) {
      const outer = targets[targets.length - 1];
      const inner = targetList(lists[1].children).map((t) => ({ ...t, refs: [...outer.refs, ...t.refs], from: outer.from }));
      return { kind: 'deleteNodes', targets: inner, ...s, end: endOf(lists[1]) };
    }
    // 删除第三款：“…”: the quotation shows the words that go.
    if (ctx.payload)
      return { kind: 'deleteNodes', targets, shown: payload(ctx.payload[0].children), start: s.start, end: endOf(ctx.payload[0]) };
    if (!ctx.Within) return { kind: 'deleteNodes', targets, start: s.start, end: s.end };
    // 删去A中的“x”和B中的“y”: targets and quote lists alternate in written order.
    const parts = [
      ...(ctx.target ?? []).map((n) => ({ at: startOf(n), target: n })),
      ...(ctx.quoteList ?? []).map((n) => ({ at: startOf(n), quotes: n })),
    ].sort((a, b) => a.at - b.at);
    const groups: { targets?: TargetItem[]; phrases: Quote[] }[] = [];
    let pending: TargetItem[] | undefined = targets;
    let nodes: TargetItem[] | undefined;
    for (const p of parts) {
      if ('target' in p && p.target) {
        // 删去第二项中的“A”和第五项: a place with no words after it goes whole.
        if (pending) (nodes ??= []).push(...pending);
        pending = placesOf(p.target);
      } else if ('quotes' in p && p.quotes) {
        groups.push({ targets: pending, phrases: quoteList(p.quotes.children) });
        pending = undefined;
      }
    }
    if (pending) (nodes ??= []).push(...pending);
    return { kind: 'deletePhrases', groups, ...edge, ...(nodes ? { nodes } : {}), start: s.start, end: s.end };
  }

  zaiClause(ctx: C.ZaiClauseCstChildren): Clause {
    const end = Math.max(
      lastEnd(ctx.phraseAction),
      lastEnd(ctx.targetList),
      lastEnd(ctx.quoteList),
      lastEnd(ctx.anchorInsert),
      lastEnd(ctx.edgeText),
      lastEnd(ctx.addTail),
      lastEnd(ctx.payload),
    );
    const s = { start: ctx.Zai[0].startOffset, end };
    const list = ctx.targetList?.[0];
    let targets: TargetItem[] | undefined = list ? targetList(list.children) : undefined;
    // 在修改后的第五十一条中: numbers of the rule as amended.
    if (targets && ctx.Amended) targets = targets.map((t) => ({ ...t, amended: true }));
    const action = ctx.phraseAction?.[0];
    if (action) {
      // 在《某某法》后增加“…”: the book title is the words after which the text goes.
      const title = ctx.BookTitle?.[0];
      const anchor = title
        ? [{ text: title.image, from: title.startOffset, to: (title.endOffset ?? title.startOffset) + 1 }]
        : quoteList(ctx.quoteList![0].children);
      return phraseClause(targets, anchor, phraseAction(action.children), false, s);
    }
    // 在本章中增加一条：“…”: into the chapter the item adds or names.
    const here = ctx.ThisDivision?.[0];
    if (here) {
      const added = fromAdd(addTail(ctx.addTail![0].children), undefined, undefined, s);
      if (added.kind === 'insert') added.intoThis = here.image.endsWith('节') ? 'section' : here.image.endsWith('编') ? 'part' : 'chapter';
      return added;
    }
    // 在附则中新增一条：“…”: into the division of that title.
    const titled = ctx.DivisionTitle?.[0];
    if (titled) {
      const added = fromAdd(addTail(ctx.addTail![0].children), undefined, undefined, s);
      if (added.kind === 'insert') added.into = titled.image;
      return added;
    }
    const anchored = ctx.anchorInsert?.[0];
    if (anchored) return this.anchorInsert(anchored.children, targets);
    if (ctx.Add && ctx.payload) return { kind: 'unplaced', targets, text: payload(ctx.payload[0].children), start: s.start, end: s.end };
    const edge = ctx.edgeText?.[0];
    if (edge) return { kind: 'insertEdge', targets, ...edgeText(edge.children), start: s.start, end: s.end };
    // 在第四十九条中，将“A”修改为“B”: the place for the clauses after it.
    if (!ctx.addTail && targets) return { kind: 'name', targets, start: s.start, end: s.end };
    return fromAdd(addTail(ctx.addTail![0].children), targets, 'in', s);
  }

  anchorInsert(ctx: C.AnchorInsertCstChildren, targets?: TargetItem[]): Clause {
    const body = insertBody(ctx.insertBody[0].children);
    const rel = ctx.Side[0].tokenType === T.Before ? 'before' : 'after';
    const s = { start: targets?.[0]?.from ?? ctx.Side[0].startOffset, end: endOf(ctx.insertBody[0]) };
    return { kind: 'insert', anchor: targets ? { rel, targets } : undefined, ...body, start: s.start, end: s.end };
  }

  orderClause(): Clause {
    return { kind: 'adjustOrder', start: 0, end: 0 };
  }

  duiClause(ctx: C.DuiClauseCstChildren): Clause {
    const targets = targetList(ctx.targetList[0].children);
    return this.rework(ctx.reworkTail[0].children, targets, { start: ctx.Dui[0].startOffset, end: endOf(ctx.reworkTail[0]) });
  }

  reworkTail(): void {
    // Read through `rework`, which needs the targets.
  }

  private rework(ctx: C.ReworkTailCstChildren, targets: TargetItem[], s: Span): Clause {
    if (ctx.modifyTail) return replaceClause(modifyTail(ctx.modifyTail[0].children, { kind: 'replaceNode', targets }), s);
    const text = ctx.payload ? payload(ctx.payload[0].children) : undefined;
    return {
      kind: 'rework',
      targets,
      as: asTargets(ctx.asTargets![0].children),
      ...(text ? { payload: text } : {}),
      start: s.start,
      end: s.end,
    };
  }

  /** `end`: where the clause's node ends (its last token, whatever group holds it). */
  targetClause(ctx: C.TargetClauseCstChildren, end: number): Clause {
    const lists = ordered(ctx.targetList);
    const first = lists[0];
    const s = { start: startOf(first), end };
    // 将修改后的第十二条…: numbers of the rule as amended (as 在修改后的…).
    const targets = ctx.AmendedPlace
      ? targetList(first.children).map((t) => ({ ...t, amended: true as const }))
      : targetList(first.children);
    const modify = ctx.modifyTail?.[0];
    // 条首部分修改为: the lead-in before a list of 项 is replaced, its 项 stay. The commonest form (将第X条修改为…)
    // first: the alternative of the grammar's targetClause that holds the modify tail holds nothing else.
    if (modify) return replaceClause(modifyTail(modify.children, replaceParts(targets, s)), s, ctx.Lead !== undefined);
    const quoteNodes = ordered(ctx.quoteList);
    const action = ctx.phraseAction?.[0];
    const located = ctx.locatedTail?.[0];
    if (quoteNodes.length && action && !located) {
      const restated = !ctx.Poss && !ctx.In;
      const groups: PhraseGroup[] = [{ targets, olds: quoteList(quoteNodes[0].children) }];
      // 第三十条中的“A”、第四十条中的“B”修改为“C”: the further places with their words.
      for (let i = 1; i < lists.length; i++)
        groups.push({ targets: targetList(lists[i].children), olds: quoteList(quoteNodes[i].children) });
      const clause = phraseClause(targets, groups[0].olds, phraseAction(action.children), restated, s, groups);
      // 将第二款最后面的“…”删除: the last occurrence only.
      const edge = ctx.Edge?.[0];
      if (edge && clause.kind === 'deletePhrases') clause.edge = edgeOf(edge)!.edge;
      return clause;
    }
    if (ctx.payload) return { kind: 'numberedText', targets, payload: payload(ctx.payload[0].children), start: s.start, end: s.end };
    if (located) return this.locatedTail(located.children, targets, s);
    if (ctx.addTail) return fromAdd(addTail(ctx.addTail[0].children), targets, 'in', s);
    if (ctx.Delete && quoteNodes.length)
      return {
        kind: 'deletePhrases',
        groups: [{ targets, phrases: quoteList(quoteNodes[0].children) }],
        ...edgeOf(ctx.Edge?.[0]),
        start: s.start,
        end: s.end,
      };
    if (ctx.Delete) return { kind: 'deleteNodes', targets, start: s.start, end: s.end };
    if (ctx.divideTail) return { kind: 'divide', targets, ...divideTail(ctx.divideTail[0].children), start: s.start, end: s.end };
    if (ctx.renumberTail) return { kind: 'renumber', targets, ...renumberTail(ctx.renumberTail[0].children), start: s.start, end: s.end };
    if (ctx.headingTail)
      return { kind: 'renameHeading', targets, title: headingTail(ctx.headingTail[0].children), start: s.start, end: s.end };
    if (ctx.mergeTail) return { kind: 'merge', targets, ...mergeTail(ctx.mergeTail[0].children), start: s.start, end: s.end };
    if (ctx.mergeIntoTail)
      return { kind: 'mergeInto', targets, into: mergeIntoTail(ctx.mergeIntoTail[0].children), start: s.start, end: s.end };
    if (ctx.splitTail) return { kind: 'split', targets, ...splitTail(ctx.splitTail[0].children), start: s.start, end: s.end };
    if (ctx.reworkTail) return this.rework(ctx.reworkTail[0].children, targets, s);
    if (ctx.anchorInsert) return this.anchorInsert(ctx.anchorInsert[0].children, targets);
    if (ctx.edgeText) return { kind: 'insertEdge', targets, ...edgeText(ctx.edgeText[0].children), start: s.start, end: s.end };
    // 将第十条修改后分作第十五条和第十六条: the article its clauses divide.
    if (ctx.SplitInto) return { kind: 'name', targets, divides: true, start: s.start, end: s.end };
    // 将第二十二条，在“A”前增加“B”: the place for the clauses after it.
    return { kind: 'name', targets, start: s.start, end: s.end };
  }

  locatedTail(ctx: C.LocatedTailCstChildren, outer?: TargetItem[], s?: Span): Clause {
    const span = s ?? { start: 0, end: 0 };
    const add = ctx.addTail?.[0];
    if (add) return fromAdd(addTail(add.children), outer, 'in', span);
    // 第八十九条“…”中第六项“A”修改为“B”: the inner place continues the outer one.
    const inner = placesOf(ctx.target![0])[0];
    const base = outer![outer!.length - 1];
    const place: TargetItem = { ...inner, refs: [...base.refs, ...inner.refs], from: base.from };
    const olds = quoteList(ctx.quoteList![0].children);
    return phraseClause([place], olds, phraseAction(ctx.phraseAction![0].children), false, span);
  }

  quoteClause(ctx: C.QuoteClauseCstChildren): Clause {
    const s = { start: startOf(ctx.quoteList[0]), end: endOf(ctx.phraseAction[0]) };
    return phraseClause(undefined, quoteList(ctx.quoteList[0].children), phraseAction(ctx.phraseAction[0].children), false, s);
  }

  contentClause(ctx: C.ContentClauseCstChildren): Clause {
    return { kind: 'content', payload: payload(ctx.payload[0].children), start: ctx.ContentIs[0].startOffset, end: endOf(ctx.payload[0]) };
  }
}

const visitor = new ClauseVisitor();

export interface SentenceClauses {
  clauses: Clause[];
  /** Punctuation of quoted text made full-width, offsets into the item's text. */
  tidied: { at: number; from: string; to: string }[];
  /** A quotation elides its words (“为……”). */
  elided: boolean;
}

export function clausesOf(cst: CstNode, verbatim = false): SentenceClauses {
  const found = startQuotes(verbatim);
  const clauses = visitor.sentence((cst as C.SentenceCstNode).children, found);
  return { clauses, tidied: found.tidied, elided: found.elided };
}
