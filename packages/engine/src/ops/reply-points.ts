import type { Node, Paragraph, ReplaceNodeOp } from '@amend/model';
import { pointedReplyParts } from '@amend/model';
import { parseDocument } from '@amend/document';
import { asParagraphs, created, describeFragment } from '../new-nodes.ts';
import type { Resolved } from '../targets.ts';
import { DOC } from '../tree-index.ts';
import { replaceAll, report, type Work } from '../apply-state.ts';

/**
 * 将答复内容修改为：“…” / 将正文修改为：“…” in a reply written with points
 * (一、二、; model pointedReplyParts): the points (and, for 正文, the 引言 after
 * the addressee line) give way to the decision's text, read as a reply is
 * read — its 一、二、 lines points, the lines before them the 引言 — with
 * the addressee line and the closing formula (此复。) kept where they were.
 */
export function replacePointedReply(w: Work, r: Resolved, op: ReplaceNodeOp, part: 'body' | 'answer'): void {
  const doc = w.ix.doc;
  const paras = asParagraphs(op.content);
  const parts = pointedReplyParts(doc.preamble, doc.children);
  if (!paras || !parts[part]) {
    report(w, 'engine/content-mismatch', { target: r.labels[0], found: describeFragment(op.content), expected: 'a reply’s text' }, r.ctx);
    r.ok = false;
    return;
  }
  const kept = part === 'answer' ? doc.preamble : doc.preamble.slice(0, 1);
  const lines = [...kept.map((p) => p.text), ...paras.map((p) => p.text), ...(parts.closing ? [parts.closing.text] : [])];
  const parsed = parseDocument(`# ${doc.title}\n\n${lines.join('\n\n')}\n`).value;
  // The text must read as a reply again: paragraphs and points, nothing else (no 第一条, no chapter).
  if (parsed.preamble.length < kept.length || !parsed.children.every(isPointTree)) {
    report(
      w,
      'engine/content-mismatch',
      { target: r.labels[0], found: describeFragment(op.content), expected: 'paragraphs and points (一、二、)' },
      r.ctx,
    );
    r.ok = false;
    return;
  }
  const preamble = [...kept.map((p) => created(w, p, r.ctx)), ...parsed.preamble.slice(kept.length).map((p) => created(w, p, r.ctx))];
  replaceAll(w, DOC, preamble, 'preamble');
  replaceAll(
    w,
    DOC,
    parsed.children.map((c) => created(w, c, r.ctx)),
  );
}

function isPointTree(n: Node): boolean {
  if (n.kind === 'paragraph') return (n as Paragraph).children.length === 0;
  return n.kind === 'point' && n.children.every(isPointTree);
}
