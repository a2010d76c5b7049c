import type { Address, MoveOp, Node } from '@amend/model';
import { addressLabel } from '@amend/model';
import type { Resolved } from '../targets.ts';
import { detach, leaving, location, nodeOf, report, touch, type Placement, type Work } from '../apply-state.ts';

/**
 * 将第三章移作第五章; 将第十条移作第十二条; 将第四条第二款移作第七条第二款. The
 * node leaves its place with everything it holds and is placed, once the
 * deletions are done, where the new numbering gives it `to` — exactly as a
 * new node announced by its number would be; the decision's number is then
 * checked. The node keeps its identity, so references to it (and to what it
 * holds) follow it. The article a 款 leaves and the one it joins are touched.
 */
export function applyMove(w: Work, r: Resolved, op: MoveOp): void {
  const handle = r.targets[0];
  const node = nodeOf(w, handle);
  const loc = location(w, handle);
  const fail = (expected: string): void => {
    report(w, 'engine/content-mismatch', { target: r.labels[0], found: `a move to ${addressLabel(op.to)}`, expected }, r.ctx);
    r.ok = false;
  };
  if (!node || !loc) return fail('a node that can be moved');
  const placement = placementOf(node, op.to, loc.parent);
  if (!placement) return fail(`${addressLabel(op.to)} naming a place for a ${node.kind}`);
  touch(w, handle, r.ctx);
  markMoved(w, node, r);
  leaving(w, node, loc.parent, r.ctx);
  detach(w, handle);
  w.placements.push({ ...placement, node, ctx: r.ctx });
  w.announced.push({ handle, as: op.to, ctx: r.ctx, stated: r.labels[0] });
}

/** Where a node of this kind goes for `to`, or undefined when `to` names no such place. */
function placementOf(node: Node, to: Address, parent: string): Omit<Placement, 'node' | 'ctx'> | undefined {
  switch (node.kind) {
    case 'part':
    case 'chapter':
    case 'section': {
      const at = to[node.kind];
      // A division stays in its parent unless `to` names another above it.
      const above = {
        ...(node.kind !== 'part' && to.part !== undefined ? { part: to.part } : {}),
        ...(node.kind === 'section' && to.chapter !== undefined ? { chapter: to.chapter } : {}),
      };
      if (at === undefined) return undefined;
      return Object.keys(above).length ? { level: node.kind, into: above, at } : { level: node.kind, container: parent, at };
    }
    case 'article':
      if (!to.article) return undefined;
      return {
        level: 'article',
        at: to.article.n,
        ...(to.chapter !== undefined || to.section !== undefined
          ? { into: { part: to.part, chapter: to.chapter, section: to.section } }
          : {}),
      };
    // 第二项修改为：“…”，并调整为第一项: `to` naming no article is a place in the node's own container.
    case 'paragraph':
      if (!to.article)
        return to.paragraph === undefined || to.item !== undefined
          ? undefined
          : { level: 'paragraph', container: parent, at: to.paragraph };
      return { level: 'paragraph', into: { article: to.article }, at: to.paragraph ?? Number.MAX_SAFE_INTEGER };
    case 'item':
      if (!to.article)
        return to.item === undefined || to.paragraph !== undefined ? undefined : { level: 'item', container: parent, at: to.item };
      if (to.item === undefined) return undefined;
      return { level: 'item', into: { article: to.article, paragraph: to.paragraph }, at: to.item };
    case 'subitem':
      if (!to.article)
        return to.subitem === undefined || to.item !== undefined ? undefined : { level: 'subitem', container: parent, at: to.subitem };
      if (to.item === undefined || to.subitem === undefined) return undefined;
      return { level: 'subitem', into: { article: to.article, paragraph: to.paragraph, item: to.item }, at: to.subitem };
    default:
      return undefined;
  }
}

/** Every article that moves with the node is touched by the item (its number or place changes). */
function markMoved(w: Work, node: Node, r: Resolved): void {
  if (node.kind === 'article') {
    w.touched.set(node.id, new Set([...(w.touched.get(node.id) ?? []), r.ctx.op.item]));
    return;
  }
  if (node.kind === 'part' || node.kind === 'chapter' || node.kind === 'section') for (const c of node.children) markMoved(w, c, r);
}
