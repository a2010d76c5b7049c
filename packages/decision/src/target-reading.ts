import type { CstNode, IToken } from 'chevrotain';
import type { Ref, TargetItem } from './clauses.ts';
import { endOf, startOf } from './cst-offsets.ts';
import type * as C from './instruction-cst.ts';
import * as T from './instruction-tokens.ts';
import { quoteOf } from './quoted-words.ts';
import { articleOfText, elidedRefs, refOf } from './reference-words.ts';

/**
 * Targets of the CST → places as written (TargetItem): the references of a place
 * in order, what it spans, and the words around it (the law named before it,
 * 第二句, 原第七条, 第五章“…”, 的章名, 及其后条文).
 */

/** One place as written; a list whose unit is written once (第二、三、四项) gives several. */
export function placesOf(node: C.TargetCstNode): TargetItem[] {
  const outer = node.children;
  const from = startOf(node);
  // Most places are references alone, one after the other (第五条, 第三条第二款): from the target's first
  // word to its last, with no words between them, no other group can hold anything, and none is asked.
  const tokens = outer.RefTok;
  if (
    tokens !== undefined &&
    outer.Other === undefined &&
    outer.Orig === undefined &&
    tokens[0].startOffset === from &&
    endOf(tokens[tokens.length - 1]) === endOf(node) &&
    plainRefs(tokens)
  ) {
    const refs = tokens.length === 1 ? [refOf(tokens[0])] : tokens.map((t) => refOf(t));
    return [{ kind: 'refs', refs, range: false, from, to: endOf(node) }];
  }
  const law = outer.LawPrefix?.[0];
  let refTokens = ordered(outer.RefTok);
  // A place after the law (or the place alone, with no law before it).
  const place = !law || refTokens.length > 0 || hasPlaceWords(outer);
  const part = outer.SentenceRef?.[0];
  const quoted = outer.Quoted?.[0];
  const ofRule = outer.OfRule?.[0];
  // What the place spans: from the target's start (its law or place) to its last word but 的, the heading
  // word, （原第七条） and 及其后条文 after it. Small integers: a place's offsets are then stored unboxed.
  const to = ofRule
    ? endOf(ofRule)
    : quoted
      ? endOf(quoted)
      : part
        ? endOf(part)
        : outer.OrigNote || outer.Onward || outer.HeadingWord
          ? placeEnd(outer)
          : endOf(node);
  // Made whole, not grown by push: most places hold one reference.
  const refs: Ref[] = refTokens.length === 1 ? [refOf(refTokens[0])] : refTokens.map((t) => refOf(t));
  const base: TargetItem = { kind: place ? 'refs' : 'whole', refs, range: false, from, to };
  if (law?.tokenType === T.BookTitle) base.law = law.image.slice(1, -1);
  // References are the place but after 这一条 (该条第二款); no other place word comes with them.
  const thisRef = outer.ThisRef?.[0];
  if (thisRef) {
    base.kind = 'this';
    base.thisWord = thisRef.image;
  } else if (place && !refTokens.length) {
    if (outer.PreambleWord) base.kind = 'preamble';
    else if (outer.Body) base.kind = outer.Body[0].image === '正文' ? 'body' : 'answer';
    else if (outer.Intro) base.kind = 'intro';
    else if (outer.NameWord) base.kind = 'title';
    else if (outer.Qi) base.kind = 'qi';
    else if (outer.WholeRule) {
      base.kind = 'whole';
      if (outer.WholeRule[0].tokenType === T.ExceptThis) base.exceptThis = true;
    }
  }
  if (part) base.part = part.image;
  const other = outer.Other;
  if (other) {
    // Descriptive words must be followed by a reference (…职权第二十项).
    const lastRef = refTokens.length ? refTokens[refTokens.length - 1].startOffset : -1;
    const trailing = other.find((o) => o.startOffset > lastRef);
    if (trailing) base.trailing = { image: trailing.image, from: trailing.startOffset };
  }
  if (outer.HeadingWord) base.heading = true;
  const onward = outer.Onward?.[0] ?? outer.OnwardPlace?.[0];
  if (onward) base.onward = onward.image.startsWith('及') || onward.image.startsWith('至') ? 'from' : 'after';
  const note = outer.OrigNote?.[0];
  if (note) base.was = { image: note.image.slice(1, -1), article: articleOfText(note.image.slice(2, -1)) };
  if (quoted) base.name = quoteOf(quoted);
  // 第一款第一自然段: the 款's words before its 项.
  let elided = -1;
  for (let i = 0; i < refTokens.length; i++) {
    const type = refTokens[i].tokenType;
    if (type === T.NaturalParaRef && i > 0 && refs[i].num === 1 && (refs[i - 1].level === 'paragraph' || refs[i - 1].level === 'article')) {
      refTokens = refTokens.slice();
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
  const naturalTok = outer.NaturalParaRef?.[0];
  if (naturalTok) refs.push(refOf(naturalTok));
  const duanTok = outer.DuanRef?.[0];
  if (duanTok) refs.push(refOf(duanTok));
  if (elided < 0) return [base];
  const extra = refs.slice(refTokens.length);
  const before = refs.slice(0, elided);
  const after = refs.slice(elided + 1, refTokens.length);
  const list = elidedRefs(refTokens[elided]);
  base.refs = [];
  return list.map((r, i) => ({ ...base, refs: [...before, r, ...(i === list.length - 1 ? after : []), ...extra] }));
}

const NO_TOKENS: IToken[] = [];

/** References each naming one unit as written: no 第一自然段 to read as a lead-in, no 第二、三项 to expand. */
function plainRefs(tokens: IToken[]): boolean {
  for (const t of tokens)
    if (t.tokenType === T.NaturalParaRef || t.tokenType === T.ElidedRefs || t.tokenType === T.LeadingRefs) return false;
  return true;
}

/** Words of a place other than references: after a law, whether a place follows it. */
function hasPlaceWords(t: C.TargetCstChildren): boolean {
  return !!(t.Orig || t.Other || t.PreambleWord || t.Body || t.Intro || t.NameWord || t.Qi || t.OnwardPlace || t.ThisRef || t.WholeRule);
}

/** Where the law and the place's own words end, before what follows the place (（原第七条）, 及其后条文, 的章名). */
function placeEnd(t: C.TargetCstChildren): number {
  let end = -1;
  const groups = [t.LawPrefix, t.Orig, t.RefTok, t.Other, t.PreambleWord, t.NaturalParaRef, t.Body, t.DuanRef, t.Intro];
  groups.push(t.NameWord, t.Qi, t.OnwardPlace, t.ThisRef, t.WholeRule);
  for (const group of groups) if (group) for (const tok of group) end = Math.max(end, endOf(tok));
  return end;
}

/**
 * One CST group in written order: the group itself when it already is (most
 * are), else a sorted copy. Callers do not change it.
 */
export function ordered<E extends IToken | CstNode>(group: E[] | undefined): E[] {
  if (!group) return NO_TOKENS as E[];
  for (let i = 1; i < group.length; i++)
    if (startOf(group[i - 1]) > startOf(group[i])) return group.slice().sort((a, b) => startOf(a) - startOf(b));
  return group;
}

/** Where the last of a group's nodes ends (-Infinity for none): Math.max over a clause's groups. */
export function lastEnd(nodes: CstNode[] | undefined): number {
  let end = -Infinity;
  if (nodes) for (const n of nodes) end = Math.max(end, endOf(n));
  return end;
}

/** Places joined by 、 和 至 , in written order; a target right after 至 closes a range. */
export function targetItems(ctx: Pick<C.TargetListCstChildren, 'target' | 'Join' | 'Range'>): TargetItem[] {
  const targets = ctx.target;
  const ranges = ctx.Range;
  // Most lists name one place: its places are the list.
  if (targets.length === 1 && ranges === undefined) return placesOf(targets[0]);
  const out: TargetItem[] = [];
  for (const node of targets) {
    const range = ranges !== undefined && closesRange(ranges, targets, startOf(node));
    const places = placesOf(node);
    if (range) places[0].range = true;
    for (let i = 0; i < places.length; i++) out.push(places[i]);
  }
  return out;
}

/** A target starting at `start` right after a 至 (no other target between them) closes a range. */
function closesRange(ranges: IToken[], targets: C.TargetCstNode[], start: number): boolean {
  for (const t of ranges) {
    const r = t.startOffset;
    if (r >= start) continue;
    let between = false;
    for (const o of targets) {
      const at = startOf(o);
      if (at > r && at < start) between = true;
    }
    if (!between) return true;
  }
  return false;
}
