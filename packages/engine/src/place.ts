import type { Article, Node } from '@amend/model';
import { liveArticles } from './numbering.ts';
import { handleLabel } from './locate.ts';
import { DOC } from './tree-index.ts';
import { attach, nodeOf, placeBeside, report, type Placement, type Work } from './work.ts';

/**
 * Nodes announced only by their new number (增加一条，作为第五条; 增加一款，作为
 * 第二款) are placed once every deletion is done, lowest number first, so that
 * each lands where the final numbering gives it that number: 作为第五条 goes
 * right after the article that will be 第四条 (and after any 之一 articles of
 * it), in that article's chapter — or in the chapter the decision names.
 */
export function placeAll(w: Work): void {
  const sorted = [...w.placements].sort((a, b) => a.at - b.at || a.ctx.seq - b.ctx.seq);
  for (const p of sorted) {
    const node = p.node;
    if (p.level === 'article') placeArticle(w, node as Article, p);
    else placeInside(w, node, p);
  }
}

function placeArticle(w: Work, node: Article, p: Placement): void {
  const list = liveArticles(w);
  if (node.num.sub) {
    // 作为第X条之N: after 第X条 and its lower 之 articles, numbers not yet recomputed.
    const base = list.filter((a) => a.num.n === node.num.n && (a.num.sub ?? 0) < node.num.sub!).pop();
    if (base) {
      placeBeside(w, base.id, [node], 'after');
      return;
    }
  }
  // The article that will be 第(at-1)条, with its 之一 articles.
  let base = 0;
  let pred: Article | undefined;
  for (const a of list) {
    if (!a.num.sub) {
      if (base === p.at - 1) break;
      base++;
    }
    pred = a;
  }
  const inContainer = (a: Article | undefined): boolean =>
    p.container === undefined || (a !== undefined && isInside(w, a.id, p.container));
  if (pred && inContainer(pred)) {
    placeBeside(w, pred.id, [node], 'after');
    return;
  }
  if (p.container !== undefined) {
    const first = list.find((a) => isInside(w, a.id, p.container!));
    if (first) placeBeside(w, first.id, [node], 'before');
    else appendTo(w, p.container, node, p);
    return;
  }
  if (list.length > 0) placeBeside(w, list[0].id, [node], 'before');
  else appendTo(w, DOC, node, p);
}

function placeInside(w: Work, node: Node, p: Placement): void {
  const container = nodeOf(w, p.container!);
  if (!container || !('children' in container)) {
    report(w, 'engine/container-removed', { what: p.level, target: handleLabel(w.ix, p.container!) }, p.ctx);
    return;
  }
  const list = container.children as Node[];
  list.splice(Math.min(Math.max(p.at - 1, 0), list.length), 0, node);
  attach(w, node, p.container!);
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

function isInside(w: Work, handle: string, container: string): boolean {
  for (let h = w.slot.get(handle)?.parent; h !== undefined; h = w.slot.get(h)?.parent) if (h === container) return true;
  return false;
}
