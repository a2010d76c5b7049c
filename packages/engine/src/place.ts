import type { Address, Article, Chapter, Document, Node, Paragraph, Part, Section } from '@amend/model';
import { addressLabel, articleLabel, sameArticleNumber } from '@amend/model';
import { handleLabel } from './locate.ts';
import { liveArticles, renumberArticles, renumberHeadings, renumberItems } from './numbering.ts';
import { DOC } from './tree-index.ts';
import { attach, detach, listEdited, location, nodeOf, placeBeside, report, touch, type Placement, type Work } from './apply-state.ts';

/**
 * Nodes announced only by their new number (增加一章，作为第四章; 增加一条，作为
 * 第五条; 增加一款，作为第二款; 移作第七条第二款) are placed once every deletion
 * is done, level by level from the top, each level numbered before the one
 * below it is placed: a new chapter goes where it becomes 第四章 among its
 * siblings; 作为第五条 goes right after the article that will be 第四条 (and
 * after any 之一 articles of it), in that article's chapter — or in the
 * chapter the decision names; a 款 moved into 第七条 goes into the article
 * that is 第七条 once articles are numbered.
 */
export function placeAll(w: Work): Placement[] {
  const byLevel = (levels: Placement['level'][]) =>
    w.placements.filter((p) => levels.includes(p.level)).sort((a, b) => a.at - b.at || a.ctx.seq - b.ctx.seq);
  const divisions = byLevel(['part', 'chapter', 'section']);
  for (const p of divisions) if (!p.holds) placeDivision(w, p.node as Part | Chapter | Section, p);
  renumberHeadings(w);
  const articles = byLevel(['article']);
  // The live articles in order, read once and kept up to date as articles are placed.
  const list = articles.length ? liveArticles(w) : [];
  for (const p of articles) placeArticle(w, p.node as Article, p, list);
  renumberArticles(w);
  for (const p of divisions) if (p.holds) placeAround(w, p.node as Part | Chapter | Section, p);
  renumberHeadings(w);
  for (const p of byLevel(['paragraph', 'item', 'subitem'])) placeInside(w, p.node, p);
  renumberItems(w);
  const placed = w.placements;
  w.placements = [];
  return placed;
}

/** Among the divisions of its kind in its container, where it becomes the `at`-th (unnumbered headings not counted). */
function placeDivision(w: Work, node: Part | Chapter | Section, p: Placement): void {
  const container = p.container ?? DOC;
  const parent = nodeOf(w, container);
  if (!parent || !('children' in parent)) {
    report(w, 'engine/container-removed', { what: p.level, target: handleLabel(w.ix, container) }, p.ctx);
    return;
  }
  const siblings = (parent.children as Node[]).filter((n) => n.kind === node.kind && (n as Chapter).num !== 0);
  const next = siblings[p.at - 1];
  if (next) placeBeside(w, next.id, [node], 'before');
  else if (siblings.length) placeBeside(w, siblings[siblings.length - 1].id, [node], 'after');
  else {
    (parent as Document).children.push(node as Chapter);
    attach(w, node, container);
  }
}

/**
 * 增加一章，作为第一章“总则”，包括第一条至第七条: the new division goes in
 * place of the articles that are now 第一条 to 第七条 and takes them in. They
 * must stand side by side in one container that can hold such a division.
 */
function placeAround(w: Work, node: Part | Chapter | Section, p: Placement): void {
  const { from, to } = p.holds!;
  const list = liveArticles(w);
  const i = list.findIndex((a) => sameArticleNumber(a.num, from));
  const j = list.findIndex((a) => sameArticleNumber(a.num, to));
  const fail = (): void => {
    report(w, 'engine/place-not-found', { target: `${articleLabel(from)}至${articleLabel(to)}` }, p.ctx);
  };
  if (i < 0 || j < i) return fail();
  const held = list.slice(i, j + 1);
  const parent = w.slot.get(held[0].id)?.parent;
  const container = parent !== undefined ? nodeOf(w, parent) : undefined;
  const fits = { part: ['document'], chapter: ['document', 'part'], section: ['chapter'] }[node.kind];
  const siblings = container && 'children' in container ? (container.children as Node[]) : [];
  const start = siblings.findIndex((n) => n.id === held[0].id);
  const together = start >= 0 && held.every((a, k) => siblings[start + k]?.id === a.id);
  const mismatch = (): void =>
    report(
      w,
      'engine/content-mismatch',
      {
        target: node.title,
        found: `${articleLabel(from)}至${articleLabel(to)}`,
        expected: `articles side by side in one place that can hold a ${node.kind}`,
      },
      p.ctx,
    );
  if (!container || !together) return mismatch();
  if (!fits.includes(container.kind)) {
    // 增加一章，作为第九章“附则”；增加一条…，列入本章: the articles ending the last chapter
    // (placed there by their numbers) leave it, and the new chapter follows the one they ended.
    const outer = start + held.length === siblings.length ? enclosingEnd(w, parent!, fits) : undefined;
    if (!outer) return mismatch();
    for (const a of held) detach(w, a.id);
    placeBeside(w, outer, [node], 'after');
  } else {
    for (const a of held) detach(w, a.id);
    siblings.splice(start, 0, node as Chapter);
    attach(w, node, parent!);
  }
  for (const a of held) {
    (node.children as Node[]).push(a);
    attach(w, a, node.id);
  }
  w.dirty.headings = true;
}

/**
 * The division, at or above `handle`, whose end is `handle`'s end and whose
 * container can hold the new division (`fits`): a run of articles at the end
 * of a section that ends its chapter ends that chapter too.
 */
function enclosingEnd(w: Work, handle: string, fits: string[]): string | undefined {
  for (let h = handle; h !== DOC;) {
    const up = w.slot.get(h)?.parent;
    const outer = up !== undefined ? nodeOf(w, up) : undefined;
    if (!outer || !('children' in outer)) return undefined;
    if (fits.includes(outer.kind)) return h;
    const kids = outer.children as Node[];
    if (kids[kids.length - 1]?.id !== h) return undefined;
    h = up!;
  }
  return undefined;
}

function placeArticle(w: Work, node: Article, p: Placement, list: Article[]): void {
  const container = p.into ? divisionNow(w, p.into) : p.container;
  const put = (at: number, beside: Article, where: 'after' | 'before'): void => {
    placeBeside(w, beside.id, [node], where);
    list.splice(where === 'after' ? at + 1 : at, 0, node);
  };
  if (node.num.sub) {
    // 作为第X条之N: after 第X条 and its lower 之 articles, numbers not yet recomputed.
    let base = -1;
    list.forEach((a, i) => {
      if (a.num.n === node.num.n && (a.num.sub ?? 0) < node.num.sub!) base = i;
    });
    if (base >= 0) return put(base, list[base], 'after');
  }
  // The article that will be 第(at-1)条, with its 之一 articles (not those the decision numbers after another).
  let count = 0;
  let pred = -1;
  for (let i = 0; i < list.length; i++) {
    if (!list[i].num.sub) {
      if (count === p.at - 1) break;
      count++;
    } else if (w.rebased?.has(list[i].id)) continue;
    pred = i;
  }
  const inContainer = (a: Article): boolean => container === undefined || isInside(w, a.id, container);
  // An article that moves (or is restated) to where a chapter ends and the next begins stays in its own
  // chapter: before the next article when that one is in it, or alone in it when it now holds no article.
  const home = container === undefined ? w.ix.parentOf.get(node.id) : undefined;
  if (home !== undefined && home !== DOC && (pred < 0 || !isInside(w, list[pred].id, home))) {
    const next = list[pred + 1];
    if (next && isInside(w, next.id, home)) return put(pred + 1, next, 'before');
    const between = (pred < 0 || before(w, list[pred].id, home)) && (!next || before(w, home, next.id));
    if (between && w.slot.has(home) && !list.some((a) => isInside(w, a.id, home))) {
      appendTo(w, home, node, p);
      list.splice(pred + 1, 0, node);
      return;
    }
  }
  if (pred >= 0 && inContainer(list[pred])) return put(pred, list[pred], 'after');
  if (container !== undefined) {
    (w.kept ??= new Map()).set(node.id, container);
    const first = list.findIndex((a) => isInside(w, a.id, container));
    if (first >= 0) return put(first, list[first], 'before');
    appendTo(w, container, node, p);
    // Appended after the last article of its container: read the order again.
    list.length = 0;
    for (const a of liveArticles(w)) list.push(a);
    return;
  }
  if (list.length > 0) return put(0, list[0], 'before');
  appendTo(w, DOC, node, p);
  list.push(node);
}

function placeInside(w: Work, node: Node, p: Placement): void {
  const handle = p.into ? containerNow(w, p.into, p.level) : p.container;
  const container = handle !== undefined ? nodeOf(w, handle) : undefined;
  if (handle === undefined || !container || !('children' in container)) {
    if (p.into) report(w, 'engine/place-not-found', { target: addressLabel(p.into) }, p.ctx);
    else report(w, 'engine/container-removed', { what: p.level, target: handleLabel(w.ix, p.container!) }, p.ctx);
    return;
  }
  const list = container.children as Node[];
  list.splice(Math.min(Math.max(p.at - 1, 0), list.length), 0, node);
  attach(w, node, handle);
  touch(w, handle, p.ctx);
  if (p.level === 'item') listEdited(w, handle, 'item', p.ctx);
  if (p.level === 'subitem') listEdited(w, handle, 'subitem', p.ctx);
}

function appendTo(w: Work, container: string, node: Node, p: Placement): void {
  const c = nodeOf(w, container);
  if (!c || !('children' in c)) {
    report(w, 'engine/container-removed', { what: p.level, target: handleLabel(w.ix, container) }, p.ctx);
    return;
  }
  (c.children as Node[]).push(node);
  attach(w, node, container);
}

/** A node's place in the live tree: the positions of it and its ancestors, from the top. */
function pathOf(w: Work, handle: string): number[] {
  const path: number[] = [];
  for (let h: string | undefined = handle; h !== undefined && h !== DOC; h = w.slot.get(h)?.parent)
    path.unshift(location(w, h)?.index ?? -1);
  return path;
}

/** Whether `a` comes before `b` in reading order (a container before what it holds). */
function before(w: Work, a: string, b: string): boolean {
  const pa = pathOf(w, a);
  const pb = pathOf(w, b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) if (pa[i] !== pb[i]) return pa[i] < pb[i];
  return pa.length < pb.length;
}

function isInside(w: Work, handle: string, container: string): boolean {
  for (let h = w.slot.get(handle)?.parent; h !== undefined; h = w.slot.get(h)?.parent) if (h === container) return true;
  return false;
}

/** The live part, chapter or section an address names in the numbering as it now stands. */
function divisionNow(w: Work, a: Address): string | undefined {
  let nodes: readonly Node[] = (nodeOf(w, DOC) as Document).children;
  let found: string | undefined;
  for (const level of ['part', 'chapter', 'section'] as const) {
    const n = a[level];
    if (n === undefined) continue;
    const hit = nodes.find((x) => x.kind === level && x.num === n) as Part | Chapter | Section | undefined;
    if (!hit) return undefined;
    found = hit.id;
    nodes = hit.children;
  }
  return found;
}

/**
 * The live container a 款/项/目 moved to `a` goes in, in the numbering as it
 * now stands: the article `a` names for a 款; its 款 (or the one holding 项,
 * or its last) for a 项; its 项 for a 目.
 */
function containerNow(w: Work, a: Address, level: Placement['level']): string | undefined {
  const art = a.article ? liveArticles(w).find((x) => sameArticleNumber(x.num, a.article!)) : undefined;
  if (!art) return undefined;
  if (level === 'paragraph') return art.id;
  const para: Paragraph | undefined =
    a.paragraph !== undefined
      ? art.children[a.paragraph - 1]
      : (art.children.find((x) => x.children.length > 0) ?? art.children[art.children.length - 1]);
  if (!para) return undefined;
  if (level === 'item') return para.id;
  return para.children.find((i) => i.num === a.item)?.id;
}
