import type { Count, Quote, TargetItem } from './clauses.ts';
import type { Action, AddResult, InsertParts, ReplaceParts } from './clause-forms.ts';
import { startOf } from './cst-offsets.ts';
import type * as C from './instruction-cst.ts';
import * as T from './instruction-tokens.ts';
import { quoteOf, quotes, stated, withSuffix } from './quoted-words.ts';
import { countOf, countOfPlace } from './reference-words.ts';
import { ordered, placesOf, targetItems } from './target-reading.ts';

/**
 * The CST parts below the clauses, read for the visitor (instruction-visitor.ts):
 * lists of places and quotations, payloads, what is done to quoted words
 * (grammar-places.ts, grammar-insertions.ts), and the tails saying what else
 * becomes of a place — restated, renumbered, divided, merged (grammar-changes.ts).
 * Each reads one rule's node; the clause around it adds targets and span.
 * What 增加 adds (addTail, insertBody) is read here too, for every form that adds.
 */

export type EdgeParts = { position: 'start' | 'end'; text: Quote[]; sentence: boolean };

export function targetList(ctx: Pick<C.TargetListCstChildren, 'target' | 'Join' | 'Range'>): TargetItem[] {
  return targetItems(ctx);
}

export function asTargets(ctx: C.AsTargetsCstChildren): TargetItem[] {
  return targetList({ target: ctx.target, Join: ctx.Join, Range: ctx.Range });
}

export function quoteList(ctx: C.QuoteListCstChildren): Quote[] {
  const suffix = ctx.Expression?.[0];
  return stated(withSuffix(quotes(ctx.Quoted, ctx.Occurrence?.[0]), suffix), suffix);
}

export function newQuotes(ctx: C.NewQuotesCstChildren): Quote[] {
  return withSuffix(quotes(ctx.Quoted), ctx.Expression?.[0]);
}

export function payload(ctx: C.PayloadCstChildren): Quote[] {
  return stated(quotes(ctx.Quoted), ctx.Expression?.[0]);
}

export function phraseAction(ctx: C.PhraseActionCstChildren): Action {
  if (ctx.newQuotes) return { kind: 'modify', to: newQuotes(ctx.newQuotes[0].children), respectively: ctx.Respectively !== undefined };
  if (ctx.Delete) {
    // “A”后的“B”删除: B beside A goes.
    const beside = ctx.Quoted?.[0];
    if (beside) return { kind: 'deleteBeside', words: quoteOf(beside), position: ctx.Side![0].tokenType === T.Before ? 'before' : 'after' };
    return { kind: 'delete' };
  }
  if (ctx.MoveToward || ctx.MoveTo) {
    const side = ctx.Side![0].tokenType === T.Before ? 'before' : 'after';
    return { kind: 'reorder', anchor: quoteOf(ctx.Quoted![0]), position: side };
  }
  if (ctx.AdjustTo) {
    if (ctx.asTargets) return { kind: 'move', to: asTargets(ctx.asTargets[0].children) };
    return { kind: 'adjust', to: quoteOf(ctx.Quoted![0]) };
  }
  const position = ctx.Side?.[0].tokenType === T.Before ? 'before' : 'after';
  return { kind: 'insert', position, text: quoteList(ctx.quoteList![0].children), sentence: ctx.sentenceWord !== undefined };
}

/** 末尾 / 后 → end; 开始部分 / 前 → start. */
export function edgeText(ctx: C.EdgeTextCstChildren): EdgeParts {
  const at = ctx.Edge?.[0] ?? ctx.Side?.[0];
  const position = at?.tokenType === T.Begin || at?.tokenType === T.Before ? 'start' : 'end';
  return { position, text: payload(ctx.payload[0].children), sentence: ctx.sentenceWord !== undefined };
}

/** What the modify tail says, set on `out` (the clause the form around it begins). */
export function modifyTail(ctx: C.ModifyTailCstChildren, out: ReplaceParts): ReplaceParts {
  const payloadNode = ctx.payload?.[0];
  const title = ctx.BookTitle?.[0];
  const asNodes = ctx.asTargets;
  const list = ctx.targetList?.[0];
  if (payloadNode) out.payload = payload(payloadNode.children);
  if (title) out.title = title.image.slice(1, -1);
  if (asNodes) {
    const textAt = payloadNode ? startOf(payloadNode) : (title?.startOffset ?? Infinity);
    const sorted = ordered(asNodes);
    const renumber = sorted.find((n) => startOf(n) < textAt);
    const placed = sorted.find((n) => startOf(n) > textAt);
    if (renumber) out.renumberTo = asTargets(renumber.children);
    if (placed) out.as = asTargets(placed.children);
  }
  if (list) out.into = targetList(list.children);
  // 分别修改为 (not 修改为两条，分别作为…): each place its own text.
  const each = ctx.Respectively?.[0];
  if (each && each.startOffset < ctx.Modify[0].startOffset) out.respectively = true;
  // 修改为两款：a count with no numbers after it.
  const count = ctx.CountTok?.[0];
  if (count && !list) out.count = countOf(count);
  return out;
}

export function divideTail(ctx: C.DivideTailCstChildren): { count: Count; as?: TargetItem[]; payload?: Quote[] } {
  const out: { count: Count; as?: TargetItem[]; payload?: Quote[] } = { count: countOf(ctx.CountTok[0]) };
  if (ctx.targetList) out.as = targetList(ctx.targetList[0].children);
  if (ctx.payload) out.payload = payload(ctx.payload[0].children);
  return out;
}

export function renumberTail(ctx: C.RenumberTailCstChildren): { to: TargetItem[]; verb: string; payload?: Quote[]; content?: true } {
  const out: { to: TargetItem[]; verb: string; payload?: Quote[]; content?: true } = {
    to: asTargets(ctx.asTargets[0].children),
    verb: ctx.Becomes[0].image,
  };
  if (ctx.payload) out.payload = payload(ctx.payload[0].children);
  if (ctx.ContentWord) out.content = true;
  return out;
}

export function headingTail(ctx: C.HeadingTailCstChildren): Quote {
  const q = ordered(ctx.Quoted);
  return quoteOf(q[q.length - 1]);
}

export function mergeTail(ctx: C.MergeTailCstChildren): { as?: TargetItem; payload?: Quote[]; title?: Quote; count?: Count } {
  // 合并为第六条 or 作为第六条: the number the merged node gets (the later one when both are written).
  const targets = ordered(ctx.target);
  const as = targets[targets.length - 1];
  const out: { as?: TargetItem; payload?: Quote[]; title?: Quote; count?: Count } = {};
  if (as) out.as = placesOf(as)[0];
  if (ctx.payload) out.payload = payload(ctx.payload[0].children);
  // 修改为两款: the count after 修改为 (合并为一条's count comes before it).
  const modify = ctx.Modify?.[0];
  const count = modify && ctx.CountTok?.find((t) => t.startOffset > modify.startOffset);
  if (count) out.count = countOf(count);
  if (ctx.headingTail) out.title = headingTail(ctx.headingTail[0].children);
  return out;
}

export function mergeIntoTail(ctx: C.MergeIntoTailCstChildren): TargetItem {
  return placesOf(ctx.target[0])[0];
}

export function splitTail(ctx: C.SplitTailCstChildren): { as: TargetItem; payload?: Quote[] } {
  const text = ctx.payload?.[0];
  return { as: placesOf(ctx.target[0])[0], ...(text ? { payload: payload(text.children) } : {}) };
}

export function addTail(ctx: C.AddTailCstChildren): AddResult {
  const body = ctx.insertBody?.[0];
  if (body) return { kind: 'insert', body: insertBody(body.children) };
  const text = payload(ctx.payload![0].children);
  // 增加第五项为：“…”
  if (ctx.asTargets) {
    const as = asTargets(ctx.asTargets[0].children);
    return { kind: 'insert', body: { count: countOfPlace(as), as, payload: text } };
  }
  // 增加“…”作为第二款
  if (ctx.targetList) {
    const as = targetList(ctx.targetList[0].children);
    return { kind: 'insert', body: { count: countOfPlace(as), as, payload: text } };
  }
  // 增加规定：“…” adds a 款; 条例原第二十四条增加“…。” a sentence at the end; other words have no place.
  if (ctx.Provision) return { kind: 'append', payload: text };
  return { kind: 'words', payload: text };
}

export function insertBody(ctx: C.InsertBodyCstChildren): InsertParts {
  const lists = ordered(ctx.targetList);
  const including = ctx.Including?.[0].startOffset;
  const as = lists.find((l) => including === undefined || startOf(l) < including);
  const holds = including === undefined ? undefined : lists.find((l) => startOf(l) > including);
  const out: InsertParts = {
    count: countOf(ctx.CountTok[0]),
    as: as ? targetList(as.children) : [],
  };
  const nodes = ctx.payload;
  if (nodes) {
    const payloads = nodes.length === 1 ? payload(nodes[0].children) : nodes.flatMap((p) => payload(p.children));
    if (payloads.length) out.payload = payloads;
  }
  const named = out.as[out.as.length - 1]?.name;
  if (ctx.Quoted) out.name = quoteOf(ctx.Quoted[0]);
  else if (named) out.name = named;
  if (holds) out.holds = targetList(holds.children);
  return out;
}
