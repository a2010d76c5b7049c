import type { CstNode, IToken, TokenType } from 'chevrotain';
import type { Address, Level } from '@amend/model';
import { fromChinese } from '@amend/model';
import type { Clause, Count, PhraseGroup, Quote, Ref, RefLevel, Sel, TargetItem } from './clauses.ts';
import type * as C from './instruction-cst.ts';
import { parser } from './instruction-parser.ts';
import * as T from './instruction-tokens.ts';
import { unquote } from './quotation.ts';

/**
 * CST → clauses, typed by the CST types generated from the grammar
 * (instruction-cst.ts). Tokens stay here: clauses carry words, numbers and
 * offsets. chevrotain groups CST children by name, so written order is
 * recovered from offsets where it matters.
 */

type Action =
  | { kind: 'modify'; to: Quote[]; respectively: boolean }
  | { kind: 'insert'; position: 'after' | 'before'; text: Quote[]; sentence: boolean }
  | { kind: 'adjust'; to: Quote }
  | { kind: 'move'; to: TargetItem[] }
  | { kind: 'reorder'; anchor: Quote; position: 'after' | 'before' }
  | { kind: 'delete' };
type InsertParts = { count: Count; as: TargetItem[]; payload?: Quote[]; name?: Quote; holds?: TargetItem[] };
type EdgeParts = { position: 'start' | 'end'; text: Quote[]; sentence: boolean };
type ModifyParts = { payload?: Quote[]; renumberTo?: TargetItem[]; into?: TargetItem[]; count?: Count; title?: string; as?: TargetItem[] };
type AddResult = { kind: 'insert'; body: InsertParts } | { kind: 'append'; payload: Quote[] } | { kind: 'words'; payload: Quote[] };
type Span = { start: number; end: number };

const BaseVisitor = parser.getBaseCstVisitorConstructor();

const isToken = (e: IToken | CstNode): e is IToken => (e as IToken).image !== undefined;
const startOf = (e: IToken | CstNode): number => (isToken(e) ? e.startOffset : (e.location?.startOffset ?? 0));
const endOf = (e: IToken | CstNode): number => (isToken(e) ? (e.endOffset ?? e.startOffset) + 1 : (e.location?.endOffset ?? 0) + 1);
const spanOf = (n: CstNode): Span => ({ start: startOf(n), end: endOf(n) });

/** Widens [from, to) over a token. */
function cover(span: { from: number; to: number }, t: IToken): void {
  span.from = Math.min(span.from, t.startOffset);
  span.to = Math.max(span.to, (t.endOffset ?? t.startOffset) + 1);
}

/** Tokens of one CST group in written order (a copy: callers cut it). */
function inOrder(tokens: IToken[]): IToken[] {
  const out = tokens.slice();
  for (let i = 1; i < out.length; i++) {
    if (out[i - 1].startOffset > out[i].startOffset) return out.sort((a, b) => a.startOffset - b.startOffset);
  }
  return out;
}

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

const UNIT_LEVEL: Record<string, RefLevel> = { 条: 'article', 款: 'paragraph', 项: 'item', 目: 'subitem', 章: 'chapter', 节: 'section' };

type RefNumber = Pick<Ref, 'level' | 'num' | 'article'>;

/**
 * What a reference's words say, read once per image and kind: decisions
 * repeat the same few references (第一款, 第二条) in every item.
 */
const REF_READINGS = new Map<string, RefNumber>();

/** The number a reference names (its image was matched by a token pattern built from numerals). */
function refOf(token: IToken): Ref {
  const kind = token.tokenType === T.NaturalParaRef ? 'naturalPara' : token.tokenType === T.DuanRef ? 'duan' : undefined;
  const key = kind ? `${kind} ${token.image}` : token.image;
  let read = REF_READINGS.get(key);
  if (read === undefined) {
    read = readRef(token.image, kind);
    // Bounded: an editor re-reads ever new texts in one process.
    if (REF_READINGS.size >= 4096) REF_READINGS.clear();
    REF_READINGS.set(key, read);
  }
  const image = token.image;
  const from = token.startOffset;
  const to = (token.endOffset ?? token.startOffset) + 1;
  const a = read.article;
  // A fresh article number per reference: addresses take it over and are changed apart.
  if (a) return { level: read.level, num: read.num, article: a.sub !== undefined ? { n: a.n, sub: a.sub } : { n: a.n }, image, from, to };
  return { level: read.level, num: read.num, image, from, to };
}

function readRef(image: string, kind: RefLevel | undefined): RefNumber {
  for (const [pattern, level] of REF_PATTERN) {
    if (kind && level !== kind) continue;
    const m = pattern.exec(image);
    if (!m) continue;
    const num = fromChinese(m[1]) ?? 0;
    if (level === 'article') {
      const sub = m[2] ? fromChinese(m[2]) : undefined;
      // 之零 numbers nothing: read as an article that cannot exist, so the engine names it.
      if (sub === 0) return { level, num: 0, article: { n: 0 } };
      return { level, num, article: sub ? { n: num, sub } : { n: num } };
    }
    return { level, num };
  }
  return { level: 'article', num: 0, article: { n: 0 } };
}

/** 第二、三、四、六项 → 第二项, 第三项, 第四项, 第六项. */
function elidedRefs(token: IToken): Ref[] {
  const unit = token.image.slice(-1);
  const level = UNIT_LEVEL[unit] ?? 'article';
  const where = { image: token.image, from: token.startOffset, to: (token.endOffset ?? token.startOffset) + 1 };
  return token.image
    .slice(0, -1)
    .split('、')
    .map((part) => fromChinese(part.replace(/^第/, '')) ?? 0)
    .map((num) => (level === 'article' ? { level, num, article: { n: num }, ...where } : { level, num, ...where }));
}

/** 第八条 quoted in 条文顺序 adjustments (“第八条”调整为“第七条”). */
export function articleOfText(text: string): { n: number; sub?: number } | undefined {
  const m = REF_PATTERN[0][0].exec(text);
  const n = m ? fromChinese(m[1]) : undefined;
  if (!m || n === undefined) return undefined;
  const sub = m[2] ? fromChinese(m[2]) : undefined;
  return sub ? { n, sub } : { n };
}

/** 最前面的“…” / 最后面的“…” in a deletion: which occurrence of the words is meant. */
function edgeOf(token: IToken | undefined): { edge: 'start' | 'end' } | undefined {
  return token ? { edge: token.tokenType === T.Begin ? 'start' : 'end' } : undefined;
}

const COUNT_LEVEL = new Map<TokenType, Level>([
  [T.CountArticle, 'article'], [T.CountParagraph, 'paragraph'], [T.CountItem, 'item'], [T.CountSubitem, 'subitem'],
  [T.CountSection, 'section'], [T.CountChapter, 'chapter'], [T.CountPart, 'part'],
]);

/** 列入第三章, 列入第二章第一节: the heading named (original numbering); 列入本章 names none. */
function headingNamed(image: string): { heading?: Address } {
  const heading: Address = {};
  const word = { 编: 'part', 章: 'chapter', 节: 'section' } as const;
  for (const m of image.matchAll(/第([一二三四五六七八九十百零〇]+)([编章节])/g)) {
    const n = fromChinese(m[1]);
    if (n === undefined) return {};
    heading[word[m[2] as '编' | '章' | '节']] = n;
  }
  return Object.keys(heading).length ? { heading } : {};
}

function countOf(token: IToken): Count {
  return { level: COUNT_LEVEL.get(token.tokenType) ?? 'article', n: fromChinese(token.image.slice(0, -1)) ?? 0, image: token.image };
}

/** What reading quotations found, for the item (set for each sentence visited). */
const reading = { verbatim: false, tidied: [] as { at: number; from: string; to: string }[], elided: false };

function quoteOf(t: IToken, occurrence?: IToken): Quote {
  const u = unquote(t.image, reading.verbatim);
  for (const x of u.tidied) reading.tidied.push({ ...x, at: t.startOffset + x.at });
  if (elides(u.text)) reading.elided = true;
  const q: Quote = { text: u.text, from: t.startOffset, to: (t.endOffset ?? t.startOffset) + 1 };
  const n = occurrence ? fromChinese(occurrence.image.slice(1, -1)) : undefined;
  if (n) q.occurrence = n;
  return q;
}

/** “为……”: an elided quotation describes words instead of giving them (at most eight other characters). */
function elides(text: string): boolean {
  // Only dots go: a quotation with nine other characters is ruled out without scanning the rest of a long payload.
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x2026 && c !== 0x2e && ++other > 8) return false;
  }
  return (text.includes('……') || text.includes('...')) && text.replace(/……|\.{3,}/g, '').length <= 8;
}

const quotes = (tokens: IToken[] | undefined): Quote[] => (tokens ? inOrder(tokens).map((t) => quoteOf(t)) : []);

class ClauseVisitor extends BaseVisitor implements C.ICstNodeVisitor<unknown, unknown> {
  constructor() {
    super();
    this.validateVisitor();
  }

  sentence(ctx: C.SentenceCstChildren): Clause[] {
    const out: Clause[] = [];
    for (const c of ctx.clause) for (const clause of this.clause(c.children)) out.push(clause);
    return out;
  }

  clause(ctx: C.ClauseCstChildren): Clause[] {
    if (ctx.deleteClause) return [this.deleteClause(ctx.deleteClause[0].children)];
    if (ctx.zaiClause) return [this.zaiClause(ctx.zaiClause[0].children)];
    if (ctx.addTail) return [this.fromAdd(this.addTail(ctx.addTail[0].children), undefined, undefined, spanOf(ctx.addTail[0]))];
    if (ctx.orderClause) return [{ kind: 'adjustOrder', ...spanOf(ctx.orderClause[0]) }];
    if (ctx.duiClause) return [this.duiClause(ctx.duiClause[0].children)];
    if (ctx.targetClause) return [this.targetClause(ctx.targetClause[0].children, endOf(ctx.targetClause[0]))];
    if (ctx.quoteClause) return [this.quoteClause(ctx.quoteClause[0].children)];
    if (ctx.modifyTail) return [{ kind: 'replaceNode', ...this.modifyTail(ctx.modifyTail[0].children), ...spanOf(ctx.modifyTail[0]) }];
    if (ctx.contentClause) return [this.contentClause(ctx.contentClause[0].children)];
    if (ctx.headingTail) return [{ kind: 'renameHeading', title: this.headingTail(ctx.headingTail[0].children), ...spanOf(ctx.headingTail[0]) }];
    if (ctx.divideTail) return [{ kind: 'divide', ...this.divideTail(ctx.divideTail[0].children), ...spanOf(ctx.divideTail[0]) }];
    if (ctx.edgeText) return [{ kind: 'insertEdge', ...this.edgeText(ctx.edgeText[0].children), ...spanOf(ctx.edgeText[0]) }];
    if (ctx.IntoThis) return [{ kind: 'intoHeading', ...headingNamed(ctx.IntoThis[0].image), start: ctx.IntoThis[0].startOffset, end: endOf(ctx.IntoThis[0]) }];
    return [];
  }

  /** One place as written; a list whose unit is written once (第二、三、四项) gives several. */
  target(outer: C.TargetCstChildren): Sel[] {
    const placeNode = outer.place?.[0];
    const place = placeNode?.children;
    const refTokens = place?.RefTok ? inOrder(place.RefTok) : [];
    const law = outer.LawPrefix?.[0];
    // What the place spans: everything but 的 and the heading word after it (every token of the place node).
    const span = { from: Infinity, to: -Infinity };
    if (law) cover(span, law);
    if (placeNode) {
      span.from = Math.min(span.from, startOf(placeNode));
      span.to = Math.max(span.to, endOf(placeNode));
    }
    if (outer.SentenceRef) cover(span, outer.SentenceRef[0]);
    if (outer.Quoted) cover(span, outer.Quoted[0]);
    if (outer.OfRule) cover(span, outer.OfRule[0]);
    const base: Sel = { kind: place ? 'refs' : 'whole', refs: [], from: span.from, to: span.to };
    if (law?.tokenType === T.BookTitle) base.law = law.image.slice(1, -1);
    if (place) {
      if (place.PreambleWord) base.kind = 'preamble';
      else if (place.Body) base.kind = 'body';
      else if (place.Intro) base.kind = 'intro';
      else if (place.NameWord) base.kind = 'title';
      else if (place.Qi) base.kind = 'qi';
      else if (place.WholeRule && !refTokens.length) base.kind = 'whole';
      else if (place.ThisRef) {
        base.kind = 'this';
        base.thisWord = place.ThisRef[0].image;
      }
    }
    const part = outer.SentenceRef?.[0];
    if (part) base.part = part.image;
    if (place?.Other) {
      // Descriptive words must be followed by a reference (…职权第二十项).
      const lastRef = refTokens.length ? refTokens[refTokens.length - 1].startOffset : -1;
      const trailing = place.Other.find((o) => o.startOffset > lastRef);
      if (trailing) base.trailing = { image: trailing.image, from: trailing.startOffset };
    }
    const naturalTok = place?.NaturalParaRef?.[0];
    const duanTok = place?.DuanRef?.[0];
    if (outer.HeadingWord) base.heading = true;
    const onward = outer.Onward?.[0] ?? place?.Onward?.[0];
    if (onward) base.onward = /^(?:及|至)/.test(onward.image) ? 'from' : 'after';
    const note = outer.OrigNote?.[0];
    if (note) base.was = { image: note.image.slice(1, -1), article: articleOfText(note.image.slice(2, -1)) };
    if (outer.Quoted) base.name = quoteOf(outer.Quoted[0]);
    const refs = refTokens.map(refOf);
    // 第一款第一自然段: the 款's words before its 项.
    let elided = -1;
    for (let i = 0; i < refTokens.length; i++) {
      const type = refTokens[i].tokenType;
      if (type === T.NaturalParaRef && i > 0 && refs[i].num === 1 && (refs[i - 1].level === 'paragraph' || refs[i - 1].level === 'article')) {
        refTokens.splice(i, 1);
        refs.splice(i, 1);
        base.lead = true;
        break;
      }
      if (type === T.NaturalParaRef) break;
    }
    for (let i = 0; i < refTokens.length; i++) {
      if (refTokens[i].tokenType === T.ElidedRefs) {
        elided = i;
        break;
      }
    }
    if (naturalTok) refs.push(refOf(naturalTok));
    if (duanTok) refs.push(refOf(duanTok));
    if (elided < 0) {
      base.refs = refs;
      return [base];
    }
    const extra = refs.slice(refTokens.length);
    const before = refs.slice(0, elided);
    const after = refs.slice(elided + 1, refTokens.length);
    const list = elidedRefs(refTokens[elided]);
    return list.map((r, i) => ({ ...base, refs: [...before, r, ...(i === list.length - 1 ? after : []), ...extra] }));
  }

  place(): void {
    // Read through `target`.
  }

  targetList(ctx: Pick<C.TargetListCstChildren, 'target' | 'Join' | 'Range'>): TargetItem[] {
    const ranges = ctx.Range?.map((t) => t.startOffset);
    const out: TargetItem[] = [];
    for (const node of ctx.target) {
      const start = startOf(node);
      // A target right after 至 closes a range.
      const range = ranges !== undefined && ranges.some((r) => r < start && !ctx.target.some((o) => startOf(o) > r && startOf(o) < start));
      const sels = this.target(node.children);
      for (let i = 0; i < sels.length; i++) out.push({ sel: sels[i], range: range && i === 0 });
    }
    return out;
  }

  asTargets(ctx: C.AsTargetsCstChildren): TargetItem[] {
    return this.targetList({ target: ctx.target, Join: ctx.Join, Range: ctx.Range });
  }

  quoteList(ctx: C.QuoteListCstChildren): Quote[] {
    const occurrence = ctx.Occurrence?.[0];
    const list = ctx.Quoted.slice()
      .sort((a, b) => a.startOffset - b.startOffset)
      .map((t, i) => quoteOf(t, i === 0 ? occurrence : undefined));
    return stated(withSuffix(list, ctx.Expression?.[0]), ctx.Expression?.[0]);
  }

  newQuotes(ctx: C.NewQuotesCstChildren): Quote[] {
    return withSuffix(quotes(ctx.Quoted), ctx.Expression?.[0]);
  }

  payload(ctx: C.PayloadCstChildren): Quote[] {
    return stated(quotes(ctx.Quoted), ctx.Expression?.[0]);
  }

  phraseAction(ctx: C.PhraseActionCstChildren): Action {
    if (ctx.newQuotes) return { kind: 'modify', to: this.newQuotes(ctx.newQuotes[0].children), respectively: ctx.Respectively !== undefined };
    if (ctx.Delete) return { kind: 'delete' };
    if (ctx.MoveToward || ctx.MoveTo) {
      const side = ctx.Side![0].tokenType === T.Before ? 'before' : 'after';
      return { kind: 'reorder', anchor: quoteOf(ctx.Quoted![0]), position: side };
    }
    if (ctx.AdjustTo) {
      if (ctx.asTargets) return { kind: 'move', to: this.asTargets(ctx.asTargets[0].children) };
      return { kind: 'adjust', to: quoteOf(ctx.Quoted![0]) };
    }
    const position = ctx.Side?.[0].tokenType === T.Before ? 'before' : 'after';
    return { kind: 'insert', position, text: this.quoteList(ctx.quoteList![0].children), sentence: ctx.sentenceWord !== undefined };
  }

  /** 末尾 / 后 → end; 开始部分 / 前 → start. */
  edgeText(ctx: C.EdgeTextCstChildren): EdgeParts {
    const at = ctx.Edge?.[0] ?? ctx.Side?.[0];
    const position = at?.tokenType === T.Begin || at?.tokenType === T.Before ? 'start' : 'end';
    return { position, text: this.payload(ctx.payload[0].children), sentence: ctx.sentenceWord !== undefined };
  }

  sentenceWord(): true {
    return true;
  }

  deleteClause(ctx: C.DeleteClauseCstChildren): Clause {
    const edge = edgeOf(ctx.Edge?.[0]);
    const s = { start: ctx.Delete[0].startOffset, end: Math.max(...[...(ctx.quoteList ?? []), ...(ctx.targetList ?? []), ...(ctx.target ?? [])].map(endOf), endOf(ctx.Delete[0])) };
    const lists = (ctx.targetList ?? []).slice().sort((a, b) => startOf(a) - startOf(b));
    const list = lists[0];
    if (!list) {
      const phrases = this.quoteList(ctx.quoteList![0].children);
      const next = ctx.Quoted?.[0];
      if (!next) return { kind: 'deletePhrases', groups: [{ phrases }], ...edge, ...s };
      // 删去“实际”后的“情况”: “实际情况” becomes “实际”.
      const before = phrases[phrases.length - 1];
      const after = quoteOf(next);
      return { kind: 'replacePhrases', groups: [{ olds: [{ ...before, text: before.text + after.text, to: after.to }] }], news: [before], restated: false, respectively: false, start: s.start, end: Math.max(s.end, after.to) };
    }
    const targets = this.targetList(list.children);
    // 删除第九条中的第七项、第八项: the inner places continue the outer one.
    if (lists[1]) {
      const outer = targets[targets.length - 1].sel;
      const inner = this.targetList(lists[1].children).map((t) => ({ ...t, sel: { ...t.sel, refs: [...outer.refs, ...t.sel.refs], from: outer.from } }));
      return { kind: 'deleteNodes', targets: inner, ...s, end: endOf(lists[1]) };
    }
    if (!ctx.Within) return { kind: 'deleteNodes', targets, ...s };
    // 删去A中的“x”和B中的“y”: targets and quote lists alternate in written order.
    const parts = [...(ctx.target ?? []).map((n) => ({ at: startOf(n), target: n })), ...(ctx.quoteList ?? []).map((n) => ({ at: startOf(n), quotes: n }))].sort((a, b) => a.at - b.at);
    const groups: { targets?: TargetItem[]; phrases: Quote[] }[] = [];
    let pending: TargetItem[] | undefined = targets;
    for (const p of parts) {
      if ('target' in p && p.target) pending = this.target(p.target.children).map((sel) => ({ sel, range: false }));
      else if ('quotes' in p && p.quotes) {
        groups.push({ targets: pending, phrases: this.quoteList(p.quotes.children) });
        pending = undefined;
      }
    }
    return { kind: 'deletePhrases', groups, ...edge, ...s };
  }

  zaiClause(ctx: C.ZaiClauseCstChildren): Clause {
    const children = [...(ctx.phraseAction ?? []), ...(ctx.targetList ?? []), ...(ctx.quoteList ?? []), ...(ctx.anchorInsert ?? []), ...(ctx.edgeText ?? []), ...(ctx.addTail ?? []), ...(ctx.payload ?? [])];
    const s = { start: ctx.Zai[0].startOffset, end: Math.max(...children.map(endOf)) };
    const list = ctx.targetList?.[0];
    const targets: TargetItem[] | undefined = list ? this.targetList(list.children) : undefined;
    const action = ctx.phraseAction?.[0];
    if (action) {
      // 在《某某法》后增加“…”: the book title is the words after which the text goes.
      const title = ctx.BookTitle?.[0];
      const anchor = title ? [{ text: title.image, from: title.startOffset, to: (title.endOffset ?? title.startOffset) + 1 }] : this.quoteList(ctx.quoteList![0].children);
      return this.phraseClause(targets, anchor, this.phraseAction(action.children), false, s);
    }
    const anchored = ctx.anchorInsert?.[0];
    if (anchored) return this.anchorInsert(anchored.children, targets);
    if (ctx.Add && ctx.payload) return { kind: 'unplaced', targets, text: this.payload(ctx.payload[0].children), ...s };
    const edge = ctx.edgeText?.[0];
    if (edge) return { kind: 'insertEdge', targets, ...this.edgeText(edge.children), ...s };
    return this.fromAdd(this.addTail(ctx.addTail![0].children), targets, 'in', s);
  }

  anchorInsert(ctx: C.AnchorInsertCstChildren, targets?: TargetItem[]): Clause {
    const body = this.insertBody(ctx.insertBody[0].children);
    const rel = ctx.Side[0].tokenType === T.Before ? 'before' : 'after';
    const s = { start: targets?.[0]?.sel.from ?? ctx.Side[0].startOffset, end: endOf(ctx.insertBody[0]) };
    return { kind: 'insert', anchor: targets ? { rel, targets } : undefined, ...body, ...s };
  }

  addTail(ctx: C.AddTailCstChildren): AddResult {
    const body = ctx.insertBody?.[0];
    if (body) return { kind: 'insert', body: this.insertBody(body.children) };
    const payload = this.payload(ctx.payload![0].children);
    // 增加第五项为：“…”
    if (ctx.asTargets) {
      const as = this.asTargets(ctx.asTargets[0].children);
      return { kind: 'insert', body: { count: countOfPlace(as), as, payload } };
    }
    // 增加“…”作为第二款
    if (ctx.targetList) {
      const as = this.targetList(ctx.targetList[0].children);
      return { kind: 'insert', body: { count: countOfPlace(as), as, payload } };
    }
    // 增加规定：“…” adds a 款; 条例原第二十四条增加“…。” a sentence at the end; other words have no place.
    if (ctx.Provision) return { kind: 'append', payload };
    return { kind: 'words', payload };
  }

  insertBody(ctx: C.InsertBodyCstChildren): InsertParts {
    const lists = (ctx.targetList ?? []).slice().sort((a, b) => startOf(a) - startOf(b));
    const including = ctx.Including?.[0].startOffset;
    const as = lists.find((l) => including === undefined || startOf(l) < including);
    const holds = including === undefined ? undefined : lists.find((l) => startOf(l) > including);
    const out: InsertParts = {
      count: countOf(ctx.CountTok[0]),
      as: as ? this.targetList(as.children) : [],
    };
    const payloads = (ctx.payload ?? []).flatMap((p) => this.payload(p.children));
    if (payloads.length) out.payload = payloads;
    const named = out.as[out.as.length - 1]?.sel.name;
    if (ctx.Quoted) out.name = quoteOf(ctx.Quoted[0]);
    else if (named) out.name = named;
    if (holds) out.holds = this.targetList(holds.children);
    return out;
  }

  orderClause(): Clause {
    return { kind: 'adjustOrder', start: 0, end: 0 };
  }

  duiClause(ctx: C.DuiClauseCstChildren): Clause {
    const targets = this.targetList(ctx.targetList[0].children);
    return this.rework(ctx.reworkTail[0].children, targets, { start: ctx.Dui[0].startOffset, end: endOf(ctx.reworkTail[0]) });
  }

  reworkTail(): void {
    // Read through `rework`, which needs the targets.
  }

  private rework(ctx: C.ReworkTailCstChildren, targets: TargetItem[], s: Span): Clause {
    if (ctx.modifyTail) return { kind: 'replaceNode', targets, ...this.modifyTail(ctx.modifyTail[0].children), ...s };
    const payload = ctx.payload ? this.payload(ctx.payload[0].children) : undefined;
    return { kind: 'rework', targets, as: this.asTargets(ctx.asTargets![0].children), ...(payload ? { payload } : {}), ...s };
  }

  /** `end`: where the clause's node ends (its last token, whatever group holds it). */
  targetClause(ctx: C.TargetClauseCstChildren, end: number): Clause {
    const lists = ctx.targetList.slice().sort((a, b) => startOf(a) - startOf(b));
    const first = lists[0];
    const s = { start: startOf(first), end };
    const targets = this.targetList(first.children);
    const quoteNodes = (ctx.quoteList ?? []).slice().sort((a, b) => startOf(a) - startOf(b));
    const action = ctx.phraseAction?.[0];
    if (quoteNodes.length && action && !ctx.locatedTail) {
      const restated = !ctx.Poss && !ctx.In;
      const groups: PhraseGroup[] = [{ targets, olds: this.quoteList(quoteNodes[0].children) }];
      // 第三十条中的“A”、第四十条中的“B”修改为“C”: the further places with their words.
      for (let i = 1; i < lists.length; i++) groups.push({ targets: this.targetList(lists[i].children), olds: this.quoteList(quoteNodes[i].children) });
      const clause = this.phraseClause(targets, groups[0].olds, this.phraseAction(action.children), restated, s, groups);
      // 将第二款最后面的“…”删除: the last occurrence only.
      return clause.kind === 'deletePhrases' ? { ...clause, ...edgeOf(ctx.Edge?.[0]) } : clause;
    }
    if (ctx.locatedTail) return this.locatedTail(ctx.locatedTail[0].children, targets, s);
    if (ctx.addTail) return this.fromAdd(this.addTail(ctx.addTail[0].children), targets, 'in', s);
    if (ctx.modifyTail) {
      // 条首部分修改为: the lead-in before a list of 项 is replaced, its 项 stay.
      const lead = ctx.Lead ? { lead: true as const } : {};
      return { kind: 'replaceNode', targets, ...this.modifyTail(ctx.modifyTail[0].children), ...lead, ...s };
    }
    if (ctx.Delete && quoteNodes.length) return { kind: 'deletePhrases', groups: [{ targets, phrases: this.quoteList(quoteNodes[0].children) }], ...edgeOf(ctx.Edge?.[0]), ...s };
    if (ctx.Delete) return { kind: 'deleteNodes', targets, ...s };
    if (ctx.divideTail) return { kind: 'divide', targets, ...this.divideTail(ctx.divideTail[0].children), ...s };
    if (ctx.renumberTail) return { kind: 'renumber', targets, ...this.renumberTail(ctx.renumberTail[0].children), ...s };
    if (ctx.headingTail) return { kind: 'renameHeading', targets, title: this.headingTail(ctx.headingTail[0].children), ...s };
    if (ctx.mergeTail) return { kind: 'merge', targets, ...this.mergeTail(ctx.mergeTail[0].children), ...s };
    if (ctx.mergeIntoTail) return { kind: 'mergeInto', targets, into: this.mergeIntoTail(ctx.mergeIntoTail[0].children), ...s };
    if (ctx.splitTail) return { kind: 'split', targets, ...this.splitTail(ctx.splitTail[0].children), ...s };
    if (ctx.reworkTail) return this.rework(ctx.reworkTail[0].children, targets, s);
    if (ctx.anchorInsert) return this.anchorInsert(ctx.anchorInsert[0].children, targets);
    if (ctx.edgeText) return { kind: 'insertEdge', targets, ...this.edgeText(ctx.edgeText[0].children), ...s };
    // 将第二十二条，在“A”前增加“B”: the place for the clauses after it.
    return { kind: 'name', targets, ...s };
  }

  locatedTail(ctx: C.LocatedTailCstChildren, outer?: TargetItem[], s?: Span): Clause {
    const span = s ?? { start: 0, end: 0 };
    const add = ctx.addTail?.[0];
    if (add) return this.fromAdd(this.addTail(add.children), outer, 'in', span);
    // 第八十九条“…”中第六项“A”修改为“B”: the inner place continues the outer one.
    const inner = this.target(ctx.target![0].children)[0];
    const base = outer![outer!.length - 1].sel;
    const sel: Sel = { ...inner, refs: [...base.refs, ...inner.refs], from: base.from };
    const olds = this.quoteList(ctx.quoteList![0].children);
    return this.phraseClause([{ sel, range: false }], olds, this.phraseAction(ctx.phraseAction![0].children), false, span);
  }

  modifyTail(ctx: C.ModifyTailCstChildren): ModifyParts {
    const payloadNode = ctx.payload?.[0];
    const asNodes = (ctx.asTargets ?? []).slice().sort((a, b) => startOf(a) - startOf(b));
    const textAt = payloadNode ? startOf(payloadNode) : (ctx.BookTitle?.[0].startOffset ?? Infinity);
    const renumber = asNodes.find((n) => startOf(n) < textAt);
    const placed = asNodes.find((n) => startOf(n) > textAt);
    const out: ModifyParts = {};
    if (payloadNode) out.payload = this.payload(payloadNode.children);
    if (ctx.BookTitle) out.title = ctx.BookTitle[0].image.slice(1, -1);
    if (renumber) out.renumberTo = this.asTargets(renumber.children);
    if (placed) out.as = this.asTargets(placed.children);
    if (ctx.targetList) out.into = this.targetList(ctx.targetList[0].children);
    // 修改为两款：a count with no numbers after it.
    const count = ctx.CountTok?.[0];
    if (count && !ctx.targetList) out.count = countOf(count);
    return out;
  }

  divideTail(ctx: C.DivideTailCstChildren): { count: Count; as?: TargetItem[]; payload?: Quote[] } {
    const out: { count: Count; as?: TargetItem[]; payload?: Quote[] } = { count: countOf(ctx.CountTok[0]) };
    if (ctx.targetList) out.as = this.targetList(ctx.targetList[0].children);
    if (ctx.payload) out.payload = this.payload(ctx.payload[0].children);
    return out;
  }

  renumberTail(ctx: C.RenumberTailCstChildren): { to: TargetItem[]; verb: string; payload?: Quote[] } {
    const out: { to: TargetItem[]; verb: string; payload?: Quote[] } = { to: this.asTargets(ctx.asTargets[0].children), verb: ctx.Becomes[0].image };
    if (ctx.payload) out.payload = this.payload(ctx.payload[0].children);
    return out;
  }

  headingTail(ctx: C.HeadingTailCstChildren): Quote {
    const q = ctx.Quoted.slice().sort((a, b) => a.startOffset - b.startOffset);
    return quoteOf(q[q.length - 1]);
  }

  mergeTail(ctx: C.MergeTailCstChildren): { as?: Sel; payload?: Quote[]; title?: Quote } {
    // 合并为第六条 or 作为第六条: the number the merged node gets (the later one when both are written).
    const as = (ctx.target ?? []).slice().sort((a, b) => startOf(a) - startOf(b)).pop();
    const out: { as?: Sel; payload?: Quote[]; title?: Quote } = {};
    if (as) out.as = this.target(as.children)[0];
    if (ctx.payload) out.payload = this.payload(ctx.payload[0].children);
    if (ctx.headingTail) out.title = this.headingTail(ctx.headingTail[0].children);
    return out;
  }

  mergeIntoTail(ctx: C.MergeIntoTailCstChildren): Sel {
    return this.target(ctx.target[0].children)[0];
  }

  splitTail(ctx: C.SplitTailCstChildren): { as: Sel; payload?: Quote[] } {
    const payload = ctx.payload?.[0];
    return { as: this.target(ctx.target[0].children)[0], ...(payload ? { payload: this.payload(payload.children) } : {}) };
  }

  quoteClause(ctx: C.QuoteClauseCstChildren): Clause {
    const s = { start: startOf(ctx.quoteList[0]), end: endOf(ctx.phraseAction[0]) };
    return this.phraseClause(undefined, this.quoteList(ctx.quoteList[0].children), this.phraseAction(ctx.phraseAction[0].children), false, s);
  }

  contentClause(ctx: C.ContentClauseCstChildren): Clause {
    return { kind: 'content', payload: this.payload(ctx.payload[0].children), start: ctx.ContentIs[0].startOffset, end: endOf(ctx.payload[0]) };
  }

  private phraseClause(targets: TargetItem[] | undefined, quotes: Quote[], action: Action, restated: boolean, s: Span, groups?: PhraseGroup[]): Clause {
    switch (action.kind) {
      case 'modify':
        return { kind: 'replacePhrases', groups: groups ?? [{ targets, olds: quotes }], news: action.to, restated, respectively: action.respectively, ...s };
      case 'insert':
        return { kind: 'insertPhrase', targets, anchor: quotes, position: action.position, text: action.text, sentence: action.sentence, ...s };
      case 'adjust':
        return { kind: 'adjustPair', old: quotes[quotes.length - 1], now: action.to, ...s };
      case 'move':
        return { kind: 'movePhrase', targets, phrases: quotes, to: action.to, ...s };
      case 'reorder':
        return { kind: 'reorderPhrase', targets, phrases: quotes, anchor: action.anchor, position: action.position, ...s };
      case 'delete':
        return { kind: 'deletePhrases', groups: (groups ?? [{ targets, olds: quotes }]).map((g) => ({ targets: g.targets, phrases: g.olds })), ...s };
    }
  }

  private fromAdd(add: AddResult, targets: TargetItem[] | undefined, rel: 'in' | undefined, s: Span): Clause {
    if (add.kind === 'append') return { kind: 'appendParagraph', targets, payload: add.payload, ...s };
    if (add.kind === 'words') {
      const sentence = /[。；！？]$/.test(add.payload[add.payload.length - 1].text);
      return sentence ? { kind: 'insertEdge', targets, position: 'end', text: add.payload, sentence: true, ...s } : { kind: 'unplaced', targets, text: add.payload, ...s };
    }
    return { kind: 'insert', anchor: targets && rel ? { rel, targets } : undefined, ...add.body, ...s };
  }
}

/** “环境保护”部门修改为“生态环境”部门: 部门 after the quotation is part of the words; 的表述, 二字 are not. */
function withSuffix(list: Quote[], suffix: IToken | undefined): Quote[] {
  if (suffix?.image !== '部门') return list;
  return list.map((q) => ({ ...q, text: q.text + suffix.image }));
}

/** “审批后”三个字 / “擅自”二字: the length the decision states, checked by the resolver. */
function stated(list: Quote[], suffix: IToken | undefined): Quote[] {
  const m = suffix && /^([一二两三四五六七八九十]+)个?字/.exec(suffix.image);
  const n = m ? fromChinese(m[1]) : undefined;
  if (!m || n === undefined) return list;
  return list.map((q) => ({ ...q, stated: { n, image: m[0] } }));
}

/** 增加第五项为：the count of a numbered insertion is one of the place's own level. */
function countOfPlace(as: TargetItem[]): Count {
  const refs = as[0]?.sel.refs ?? [];
  const last = refs[refs.length - 1];
  const level: Level = last ? (last.level === 'naturalPara' || last.level === 'duan' ? 'paragraph' : last.level === 'division' ? 'chapter' : last.level) : 'article';
  return { level, n: as.length || 1, image: '' };
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
  reading.verbatim = verbatim;
  reading.tidied = [];
  reading.elided = false;
  const clauses = visitor.sentence((cst as C.SentenceCstNode).children);
  return { clauses, tidied: reading.tidied, elided: reading.elided };
}
