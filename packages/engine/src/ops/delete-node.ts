import type { DeleteNodeOp, Document, Node } from '@amend/model';
import type { Resolved } from '../targets.ts';
import { DOC, PREAMBLE } from '../tree-index.ts';
import { detach, leaving, location, nodeOf, report, touch, type Fate, type OpCtx, type Work } from '../apply-state.ts';

/**
 * 删去第十四条; 删去第二条第二款; 删去第十一条第二款第一项. What follows moves up
 * when the numbering is recomputed; references to the deleted node are
 * reported as dangling.
 */
export function applyDeleteNode(w: Work, r: Resolved, _op: DeleteNodeOp): void {
  const handle = r.targets[0];
  if (handle === PREAMBLE) {
    const doc = nodeOf(w, DOC) as Document;
    for (const p of [...doc.preamble]) detach(w, p.id);
    return;
  }
  const node = nodeOf(w, handle);
  const loc = location(w, handle);
  if (!node || !loc || handle === DOC) {
    report(w, 'engine/content-mismatch', { target: r.labels[0], found: 'a deletion', expected: 'a node that can be deleted' }, r.ctx);
    r.ok = false;
    return;
  }
  touch(w, handle, r.ctx);
  markRemoved(w, node, r.ctx, { how: 'deleted' });
  leaving(w, node, loc.parent, r.ctx);
  detach(w, handle);
}

/** Record what became of a removed node and of every article it takes with it. */
export function markRemoved(w: Work, node: Node, ctx: OpCtx, fate: Fate): void {
  w.fates.set(node.id, fate);
  if (node.kind === 'article') {
    w.dirty.articles = true;
    touch(w, node.id, ctx);
  }
  if (node.kind === 'part' || node.kind === 'chapter' || node.kind === 'section') {
    for (const c of node.children) markRemoved(w, c, ctx, fate);
  }
}
