import type { DeleteNodeOp, Document, Node } from '@amend/model';
import { readLabel } from '@amend/model';
import { fold } from '../match.ts';
import type { Resolved } from '../targets.ts';
import { wholeText } from './replace-text.ts';
import { DOC, PREAMBLE } from '../tree-index.ts';
import { detach, leaving, location, nodeOf, report, touch, type Fate, type OpCtx, type Work } from '../apply-state.ts';

/**
 * 删去第十四条; 删去第二条第二款; 删去第十一条第二款第一项. What follows moves up
 * when the numbering is recomputed; references to the deleted node are
 * reported as dangling.
 */
export function applyDeleteNode(w: Work, r: Resolved, op: DeleteNodeOp): void {
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
  if (op.shown !== undefined) checkShown(w, r, node, op.shown);
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

/**
 * 删除第三款：“…”: the quotation shows the words that go. They are compared
 * with the original as phrases are found (layout folded); where they differ the
 * deletion still stands — the place is named — and both texts are shown from
 * where they part.
 */
function checkShown(w: Work, r: Resolved, node: Node, shown: string): void {
  if (node.kind !== 'article' && node.kind !== 'paragraph' && node.kind !== 'item') return;
  // 删除第四十条：“第四十条　…”: the article's own label may be quoted with it.
  const label = node.kind === 'article' ? readLabel(shown, ['article']) : undefined;
  const said = label ? shown.slice(label.length) : shown;
  const has = wholeText(node);
  const a = fold(said);
  const b = fold(has);
  if (a.text === b.text) return;
  let at = 0;
  while (at < a.text.length && a.text[at] === b.text[at]) at++;
  report(w, 'engine/deleted-text-differs', { target: r.labels[0], shown: excerpt(said, a.map[at]), found: excerpt(has, b.map[at]) }, r.ctx);
}

/** Up to 40 characters from a little before `at` (the end when undefined), on one line. */
function excerpt(text: string, at: number | undefined): string {
  const from = Math.max(0, (at ?? text.length) - 10);
  const flat = text.slice(from, from + 40).replace(/\s+/g, ' ');
  return (from > 0 ? '…' : '') + flat + (from + 40 < text.length ? '…' : '');
}
