import type { CstElement, CstNode, IToken } from 'chevrotain';
import { fromChinese } from '@amend/model';
import type { Clause, Quote, Ref, RefLevel, Sel, TargetItem } from './clauses.ts';
import { parser } from './parser.ts';
import { unquote } from './quote.ts';
import * as T from './tokens.ts';

/**
 * CST → clauses. Each method returns what its rule wrote, in the order it was
 * written (chevrotain groups CST children by name, so order is recovered
 * from offsets where it matters).
 */

type Ctx = Record<string, CstElement[] | undefined>;
type Action =
  | { kind: 'modify'; to: Quote[]; respectively: boolean }
  | { kind: 'insert'; position: 'after' | 'before'; text: Quote[]; sentence: boolean }
  | { kind: 'adjust'; to: Quote }
  | { kind: 'delete' };
type InsertParts = { count: IToken; as: TargetItem[]; payload?: Quote[] };
type EdgeParts = { position: 'start' | 'end'; text: Quote[]; sentence: boolean };
type ModifyParts = { payload?: Quote[]; renumberTo?: TargetItem[]; into?: TargetItem[]; count?: IToken };
type AddResult = { kind: 'insert'; body: InsertParts } | { kind: 'append'; payload: Quote[] };

const BaseVisitor = parser.getBaseCstVisitorConstructor();

const isToken = (e: CstElement): e is IToken => 'image' in e;
const startOf = (e: CstElement): number => (isToken(e) ? e.startOffset : (e.location?.startOffset ?? 0));
const endOf = (e: CstElement): number => (isToken(e) ? (e.endOffset ?? e.startOffset) + 1 : (e.location?.endOffset ?? 0) + 1);

/** All children of a node in written order. */
function ordered(ctx: Ctx): { name: string; el: CstElement }[] {
  const out: { name: string; el: CstElement }[] = [];
  for (const [name, list] of Object.entries(ctx)) for (const el of list ?? []) out.push({ name, el });
  return out.sort((a, b) => startOf(a.el) - startOf(b.el));
}

const tok = (ctx: Ctx, name: string): IToken | undefined => ctx[name]?.[0] as IToken | undefined;
const node = (ctx: Ctx, name: string, i = 0): CstNode | undefined => ctx[name]?.[i] as CstNode | undefined;
const span = (n: CstNode) => ({ start: n.location?.startOffset ?? 0, end: (n.location?.endOffset ?? 0) + 1 });

const REF_PATTERN: [RegExp, RefLevel][] = [
  [/^第?(.+?)[条條](?:之(.+))?$/, 'article'],
  [/^第(.+)款$/, 'paragraph'],
  [/^第[（(]?(.+?)[）)]?项$/, 'item'],
  [/^第[（(]?(.+?)[）)]?目$/, 'subitem'],
  [/^第(.+)节$/, 'section'],
  [/^第(.+)章$/, 'chapter'],
  [/^第(.+)编$/, 'part'],
  [/^第(.+)自然段$/, 'naturalPara'],
  [/^第(.+)段$/, 'duan'],
  [/^第(.+)部分$/, 'division'],
];

/** The number a reference token names (its image was matched by a token pattern built from numerals). */
function refOf(token: IToken): Ref {
  const kind = token.tokenType === T.NaturalParaRef ? 'naturalPara' : token.tokenType === T.DuanRef ? 'duan' : undefined;
  for (const [pattern, level] of REF_PATTERN) {
    if (kind && level !== kind) continue;
    const m = pattern.exec(token.image);
    if (!m) continue;
    const num = fromChinese(m[1]) ?? 0;
    if (level === 'article') {
      const sub = m[2] ? fromChinese(m[2]) : undefined;
      // 之零 numbers nothing: read as an article that cannot exist, so the engine names it.
      if (sub === 0) return { level, num: 0, article: { n: 0 }, token };
      return { level, num, article: sub ? { n: num, sub } : { n: num }, token };
    }
    return { level, num, token };
  }
  return { level: 'article', num: 0, article: { n: 0 }, token };
}

/** 第八条 quoted in 条文顺序 adjustments (“第八条”调整为“第七条”). */
export function articleOfText(text: string): { n: number; sub?: number } | undefined {
  const m = REF_PATTERN[0][0].exec(text);
  const n = m ? fromChinese(m[1]) : undefined;
  if (!m || n === undefined) return undefined;
  const sub = m[2] ? fromChinese(m[2]) : undefined;
  return sub ? { n, sub } : { n };
}

function quoteOf(t: IToken): Quote {
  return { text: unquote(t.image, true), from: t.startOffset, to: (t.endOffset ?? t.startOffset) + 1 };
}

class ClauseVisitor extends BaseVisitor {
  constructor() {
    super();
    this.validateVisitor();
  }

  sentence(ctx: Ctx): Clause[] {
    return (ctx.clause as CstNode[]).flatMap((c) => this.visit(c) as Clause[]);
  }

  clause(ctx: Ctx): Clause[] {
    const sub = ordered(ctx).find((c) => !isToken(c.el));
    if (!sub) return [];
    const n = sub.el as CstNode;
    const out = this.visit(n) as Clause | Clause[] | AddResult;
    if (sub.name === 'addTail') return [this.fromAdd(out as AddResult, undefined, undefined, span(n))];
    if (sub.name === 'modifyTail') return [{ kind: 'replaceNode', ...(out as unknown as ModifyParts), ...span(n) }];
    return Array.isArray(out) ? out : [out as Clause];
  }

  target(outer: Ctx): Sel {
    const all = ordered(outer);
    const from = startOf(all[0].el);
    const to = endOf(all[all.length - 1].el);
    const place = node(outer, 'place');
    const ctx: Ctx = place ? { ...outer, ...place.children } : outer;
    const refs: Ref[] = ((ctx.RefTok as IToken[] | undefined) ?? []).map(refOf);
    refs.sort((a, b) => a.token.startOffset - b.token.startOffset);
    // 《某某条例》 alone: the whole rule.
    const sel: Sel = { kind: place ? 'refs' : 'whole', refs, from, to };
    const law = tok(ctx, 'LawPrefix');
    if (law?.tokenType === T.BookTitle) sel.law = law.image.slice(1, -1);
    // Descriptive words must be followed by a reference (…职权第二十项).
    const others = (ctx.Other as IToken[] | undefined) ?? [];
    const lastRef = refs[refs.length - 1]?.token.startOffset ?? -1;
    const trailing = others.find((o) => o.startOffset > lastRef);
    if (trailing) sel.trailing = trailing;
    if (tok(ctx, 'PreambleWord')) sel.kind = 'preamble';
    else if (tok(ctx, 'Body')) sel.kind = 'body';
    else if (tok(ctx, 'Intro')) sel.kind = 'intro';
    else if (tok(ctx, 'NameWord')) sel.kind = 'title';
    else if (tok(ctx, 'Qi')) sel.kind = 'qi';
    else if (tok(ctx, 'WholeRule') && !refs.length) sel.kind = 'whole';
    else if (tok(ctx, 'ThisRef')) {
      sel.kind = 'this';
      sel.thisWord = tok(ctx, 'ThisRef')!.image;
    }
    for (const t of [tok(ctx, 'NaturalParaRef'), tok(ctx, 'DuanRef')]) if (t) sel.refs.push(refOf(t));
    const part = tok(outer, 'SentenceRef');
    if (part) sel.part = part.image;
    return sel;
  }

  /** Read through `target`. */
  place(ctx: Ctx): Ctx {
    return ctx;
  }

  targetList(ctx: Ctx): TargetItem[] {
    const out: TargetItem[] = [];
    let range = false;
    for (const { name, el } of ordered(ctx)) {
      if (name === 'Range') range = true;
      else if (name === 'target') {
        out.push({ sel: this.visit(el as CstNode) as Sel, range });
        range = false;
      }
    }
    return out;
  }

  asTargets(ctx: Ctx): TargetItem[] {
    return this.visit(node(ctx, 'targetList')!) as TargetItem[];
  }

  quoteList(ctx: Ctx): Quote[] {
    return ((ctx.Quoted as IToken[]) ?? []).slice().sort((a, b) => a.startOffset - b.startOffset).map(quoteOf);
  }

  newQuotes(ctx: Ctx): Quote[] {
    return this.quoteList(ctx);
  }

  payload(ctx: Ctx): Quote[] {
    return this.quoteList(ctx);
  }

  phraseAction(ctx: Ctx): Action {
    const to = node(ctx, 'newQuotes');
    if (to) return { kind: 'modify', to: this.visit(to) as Quote[], respectively: tok(ctx, 'Respectively') !== undefined };
    if (tok(ctx, 'Delete')) return { kind: 'delete' };
    if (tok(ctx, 'AdjustTo')) return { kind: 'adjust', to: quoteOf(tok(ctx, 'Quoted')!) };
    const position = tok(ctx, 'Side')?.tokenType === T.Before ? 'before' : 'after';
    return { kind: 'insert', position, text: this.visit(node(ctx, 'quoteList')!) as Quote[], sentence: node(ctx, 'sentenceWord') !== undefined };
  }

  /** 末尾 / 后 → end; 开始部分 / 前 → start. */
  edgeText(ctx: Ctx): EdgeParts {
    const at = tok(ctx, 'Edge') ?? tok(ctx, 'Side');
    const position = at?.tokenType === T.Begin || at?.tokenType === T.Before ? 'start' : 'end';
    return { position, text: this.visit(node(ctx, 'payload')!) as Quote[], sentence: node(ctx, 'sentenceWord') !== undefined };
  }

  sentenceWord(): true {
    return true;
  }

  deleteClause(ctx: Ctx): Clause {
    const all = ordered(ctx);
    const s = { start: startOf(all[0].el), end: endOf(all[all.length - 1].el) };
    const list = node(ctx, 'targetList');
    if (!list) return { kind: 'deletePhrases', groups: [{ phrases: this.visit(node(ctx, 'quoteList')!) as Quote[] }], ...s };
    const targets = this.visit(list) as TargetItem[];
    if (!ctx.Within) return { kind: 'deleteNodes', targets, ...s };
    // 删去A中的“x”和B中的“y”: targets and quote lists alternate in written order.
    const groups: { targets?: TargetItem[]; phrases: Quote[] }[] = [];
    let pending: TargetItem[] | undefined = targets;
    for (const { name, el } of all) {
      if (name === 'target') pending = [{ sel: this.visit(el as CstNode) as Sel, range: false }];
      else if (name === 'quoteList') {
        groups.push({ targets: pending, phrases: this.visit(el as CstNode) as Quote[] });
        pending = undefined;
      }
    }
    return { kind: 'deletePhrases', groups, ...s };
  }

  zaiClause(ctx: Ctx): Clause {
    const all = ordered(ctx);
    const s = { start: startOf(all[0].el), end: endOf(all[all.length - 1].el) };
    const targetNode = node(ctx, 'target');
    const targets: TargetItem[] | undefined = targetNode ? [{ sel: this.visit(targetNode) as Sel, range: false }] : undefined;
    const action = node(ctx, 'phraseAction');
    if (action) {
      const anchor = this.visit(node(ctx, 'quoteList')!) as Quote[];
      return this.phraseClause(targets, anchor, this.visit(action) as Action, false, s);
    }
    const anchored = node(ctx, 'anchorInsert');
    if (anchored) return this.visit(anchored, targets) as Clause;
    const edge = node(ctx, 'edgeText');
    if (edge) return { kind: 'insertEdge', targets, ...(this.visit(edge) as EdgeParts), ...s };
    const add = node(ctx, 'addTail')!;
    return this.fromAdd(this.visit(add) as AddResult, targets, 'in', s);
  }

  anchorInsert(ctx: Ctx, targets?: TargetItem[]): Clause {
    const body = this.visit(node(ctx, 'insertBody')!) as InsertParts;
    const rel = tok(ctx, 'Side')?.tokenType === T.Before ? 'before' : 'after';
    const all = ordered(ctx);
    const s = { start: targets?.[0]?.sel.from ?? startOf(all[0].el), end: endOf(all[all.length - 1].el) };
    return { kind: 'insert', anchor: targets ? { rel, targets } : undefined, ...body, ...s };
  }

  addTail(ctx: Ctx): AddResult {
    const body = node(ctx, 'insertBody');
    if (body) return { kind: 'insert', body: this.visit(body) as InsertParts };
    return { kind: 'append', payload: this.visit(node(ctx, 'payload')!) as Quote[] };
  }

  insertBody(ctx: Ctx): InsertParts {
    const payload = node(ctx, 'payload');
    return {
      count: tok(ctx, 'CountTok')!,
      as: this.visit(node(ctx, 'targetList')!) as TargetItem[],
      payload: payload ? (this.visit(payload) as Quote[]) : undefined,
    };
  }

  orderClause(ctx: Ctx): Clause {
    const all = ordered(ctx);
    return { kind: 'adjustOrder', start: startOf(all[0].el), end: endOf(all[all.length - 1].el) };
  }

  targetClause(ctx: Ctx): Clause {
    const all = ordered(ctx);
    const s = { start: startOf(all[0].el), end: endOf(all[all.length - 1].el) };
    const targets = this.visit(node(ctx, 'targetList')!) as TargetItem[];
    const quotes = node(ctx, 'quoteList');
    const action = node(ctx, 'phraseAction');
    if (quotes && action) {
      const restated = !tok(ctx, 'Poss') && !tok(ctx, 'In');
      return this.phraseClause(targets, this.visit(quotes) as Quote[], this.visit(action) as Action, restated, s);
    }
    const located = node(ctx, 'locatedTail');
    if (located) return this.visit(located, targets) as Clause;
    const add = node(ctx, 'addTail');
    if (add) return this.fromAdd(this.visit(add) as AddResult, targets, 'in', s);
    const modify = node(ctx, 'modifyTail');
    if (modify) {
      // 条首部分修改为: the lead-in before a list of 项 is replaced, its 项 stay.
      const lead = tok(ctx, 'Lead') ? { lead: true as const } : {};
      return { kind: 'replaceNode', targets, ...(this.visit(modify) as ModifyParts), ...lead, ...s };
    }
    if (tok(ctx, 'Delete')) return { kind: 'deleteNodes', targets, ...s };
    const renumber = node(ctx, 'renumberTail');
    if (renumber) return { kind: 'renumber', targets, ...(this.visit(renumber) as { to: TargetItem[]; verb: string }), ...s };
    const heading = node(ctx, 'headingTail');
    if (heading) return { kind: 'renameHeading', targets, title: this.visit(heading) as Quote, ...s };
    const merge = node(ctx, 'mergeTail');
    if (merge) return { kind: 'merge', targets, ...(this.visit(merge) as { as?: Sel; payload?: Quote[] }), ...s };
    const split = node(ctx, 'splitTail');
    if (split) return { kind: 'split', targets, ...(this.visit(split) as { as: Sel; payload?: Quote[] }), ...s };
    const anchored = node(ctx, 'anchorInsert');
    if (anchored) return this.visit(anchored, targets) as Clause;
    return { kind: 'insertEdge', targets, ...(this.visit(node(ctx, 'edgeText')!) as EdgeParts), ...s };
  }

  locatedTail(ctx: Ctx, outer: TargetItem[]): Clause {
    const all = ordered(ctx);
    const s = { start: outer[0]?.sel.from ?? startOf(all[0].el), end: endOf(all[all.length - 1].el) };
    const add = node(ctx, 'addTail');
    if (add) return this.fromAdd(this.visit(add) as AddResult, outer, 'in', s);
    // 第八十九条“…”中第六项“A”修改为“B”: the inner place continues the outer one.
    const inner = this.visit(node(ctx, 'target')!) as Sel;
    const base = outer[outer.length - 1].sel;
    const sel: Sel = { ...inner, refs: [...base.refs, ...inner.refs], from: base.from };
    const quotes = this.visit(node(ctx, 'quoteList')!) as Quote[];
    return this.phraseClause([{ sel, range: false }], quotes, this.visit(node(ctx, 'phraseAction')!) as Action, false, s);
  }

  modifyTail(ctx: Ctx): ModifyParts {
    const payload = node(ctx, 'payload');
    const as = node(ctx, 'asTargets');
    const into = node(ctx, 'targetList');
    const out: ModifyParts = {
      payload: payload ? (this.visit(payload) as Quote[]) : undefined,
      renumberTo: as ? (this.visit(as) as TargetItem[]) : undefined,
      into: into ? (this.visit(into) as TargetItem[]) : undefined,
    };
    // 修改为两款：a count with no numbers after it.
    const count = tok(ctx, 'CountTok');
    if (count && !into) out.count = count;
    return out;
  }

  renumberTail(ctx: Ctx): { to: TargetItem[]; verb: string } {
    return { to: this.visit(node(ctx, 'asTargets')!) as TargetItem[], verb: tok(ctx, 'Becomes')?.image ?? '' };
  }

  headingTail(ctx: Ctx): Quote {
    const quotes = ((ctx.Quoted as IToken[]) ?? []).slice().sort((a, b) => a.startOffset - b.startOffset);
    return quoteOf(quotes[quotes.length - 1]);
  }

  mergeTail(ctx: Ctx): { as?: Sel; payload?: Quote[] } {
    // 合并为第六条 or 作为第六条: the number the merged node gets (the later one when both are written).
    const as = ((ctx.target as CstNode[] | undefined) ?? []).slice().sort((a, b) => startOf(a) - startOf(b)).pop();
    const payload = node(ctx, 'payload');
    return { as: as ? (this.visit(as) as Sel) : undefined, payload: payload ? (this.visit(payload) as Quote[]) : undefined };
  }

  splitTail(ctx: Ctx): { as: Sel; payload?: Quote[] } {
    const payload = node(ctx, 'payload');
    return { as: this.visit(node(ctx, 'target')!) as Sel, payload: payload ? (this.visit(payload) as Quote[]) : undefined };
  }

  quoteClause(ctx: Ctx): Clause {
    const all = ordered(ctx);
    const s = { start: startOf(all[0].el), end: endOf(all[all.length - 1].el) };
    const quotes = this.visit(node(ctx, 'quoteList')!) as Quote[];
    return this.phraseClause(undefined, quotes, this.visit(node(ctx, 'phraseAction')!) as Action, false, s);
  }

  contentClause(ctx: Ctx): Clause {
    const all = ordered(ctx);
    return { kind: 'content', payload: this.visit(node(ctx, 'payload')!) as Quote[], start: startOf(all[0].el), end: endOf(all[all.length - 1].el) };
  }

  private phraseClause(targets: TargetItem[] | undefined, quotes: Quote[], action: Action, restated: boolean, s: { start: number; end: number }): Clause {
    switch (action.kind) {
      case 'modify':
        return { kind: 'replacePhrases', targets, olds: quotes, news: action.to, restated, respectively: action.respectively, ...s };
      case 'insert':
        return { kind: 'insertPhrase', targets, anchor: quotes, position: action.position, text: action.text, sentence: action.sentence, ...s };
      case 'adjust':
        return { kind: 'adjustPair', old: quotes[quotes.length - 1], now: action.to, ...s };
      case 'delete':
        return { kind: 'deletePhrases', groups: [{ targets, phrases: quotes }], ...s };
    }
  }

  private fromAdd(add: AddResult, targets: TargetItem[] | undefined, rel: 'in' | undefined, s: { start: number; end: number }): Clause {
    if (add.kind === 'append') return { kind: 'appendParagraph', targets, payload: add.payload, ...s };
    return { kind: 'insert', anchor: targets && rel ? { rel, targets } : undefined, ...add.body, ...s };
  }
}

const visitor = new ClauseVisitor();

export function clausesOf(cst: CstNode): Clause[] {
  return visitor.visit(cst) as Clause[];
}
