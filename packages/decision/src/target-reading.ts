import type { Sel, TargetItem } from './clauses.ts';
import { cover, endOf, inOrder, startOf } from './cst-offsets.ts';
import type * as C from './instruction-cst.ts';
import * as T from './instruction-tokens.ts';
import { quoteOf } from './quoted-words.ts';
import { articleOfText, elidedRefs, refOf } from './reference-words.ts';

/**
 * Targets of the CST → places as written (Sel): the references of a place
 * in order, what it spans, and the words around it (the law named before it,
 * 第二句, 原第七条, 第五章“…”, 的章名, 及其后条文).
 */

/** One place as written; a list whose unit is written once (第二、三、四项) gives several. */
export function selsOf(outer: C.TargetCstChildren): Sel[] {
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
    if (refTokens[i].tokenType === T.ElidedRefs || refTokens[i].tokenType === T.LeadingRefs) {
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

/** Places joined by 、 和 至 , in written order; a target right after 至 closes a range. */
export function targetItems(ctx: Pick<C.TargetListCstChildren, 'target' | 'Join' | 'Range'>): TargetItem[] {
  const ranges = ctx.Range?.map((t) => t.startOffset);
  const out: TargetItem[] = [];
  for (const node of ctx.target) {
    const start = startOf(node);
    // A target right after 至 closes a range.
    const range = ranges !== undefined && ranges.some((r) => r < start && !ctx.target.some((o) => startOf(o) > r && startOf(o) < start));
    const sels = selsOf(node.children);
    for (let i = 0; i < sels.length; i++) out.push({ sel: sels[i], range: range && i === 0 });
  }
  return out;
}
