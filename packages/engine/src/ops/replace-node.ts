import type { Item, Paragraph, ReplaceNodeOp, Subitem } from '@amend/model';
import { toChinese } from '@amend/model';
import { newSegs } from '../segments.ts';
import { asItems, asParagraphs, asSubitems, asText, created, describeFragment } from '../new-nodes.ts';
import type { Resolved } from '../targets.ts';
import { DOC, PREAMBLE, TITLE } from '../tree-index.ts';
import { detach, listEdited, location, nodeOf, placeBeside, replaceAll, report, touch, type Work } from '../apply-state.ts';
import { replyRange } from '../locate.ts';
import { replacePointedReply } from './reply-points.ts';

/**
 * 将第十六条修改为：…; 将第二十条第三款修改为：…; 将第三项修改为：…. The node
 * keeps its place and its identity (it is modified, not replaced by another
 * node), so references to it follow it to its new number; its content is the
 * decision's text, as written.
 */
export function applyReplaceNode(w: Work, r: Resolved, op: ReplaceNodeOp): void {
  const handle = r.targets[0];
  const label = r.labels[0];
  const mismatch = (expected: string): void => {
    report(w, 'engine/content-mismatch', { target: label, found: describeFragment(op.content), expected }, r.ctx);
    r.ok = false;
  };
  if (handle === TITLE) {
    const text = asText(op.content);
    if (text === undefined) return mismatch('a title');
    w.doc.title = text;
    return;
  }
  if (handle === PREAMBLE) {
    const paras = asParagraphs(op.content);
    if (!paras) return mismatch('the 引言');
    replaceAll(
      w,
      DOC,
      paras.map((p) => created(w, p, r.ctx)),
      'preamble',
    );
    return;
  }
  const node = nodeOf(w, handle);
  if (!node) return mismatch('a node');
  touch(w, handle, r.ctx);
  const special = op.target.special;
  if (special === 'body' || special === 'answer') {
    // A reply with points: its points (and for 正文 the 引言 after the addressee line) restated.
    if (w.ix.doc.children.length) return replacePointedReply(w, r, op, special);
    // 将正文修改为：“…”: the reply's paragraphs named go, the first taking the new text; addressee and 此复 stay.
    const range = replyRange(w.ix, special)!;
    for (const p of w.ix.doc.preamble.slice(range.from + 1, range.to)) detach(w, p.id);
  }
  switch (node.kind) {
    case 'article': {
      const paras = asParagraphs(op.content);
      if (!paras) return mismatch('an article');
      replaceAll(
        w,
        handle,
        paras.map((p) => created(w, p, r.ctx)),
      );
      return;
    }
    case 'paragraph': {
      const paras = asParagraphs(op.content);
      if (!paras) return mismatch('a 款');
      replaceWith(
        w,
        handle,
        paras.map((p) => created(w, p, r.ctx)),
      );
      return;
    }
    case 'item': {
      const items = asItems(op.content, node);
      if (!items) return mismatch('a 项');
      if (!sameNumber(w, r, node.num, items, '项')) return;
      listEdited(w, location(w, handle)!.parent, 'item', r.ctx);
      replaceWith(
        w,
        handle,
        items.map((i) => created(w, i, r.ctx)),
      );
      return;
    }
    case 'subitem': {
      const subs = asSubitems(op.content, node);
      if (!subs) return mismatch('a 目');
      if (!sameNumber(w, r, node.num, subs, '目')) return;
      listEdited(w, location(w, handle)!.parent, 'subitem', r.ctx);
      replaceWith(
        w,
        handle,
        subs.map((s) => created(w, s, r.ctx)),
      );
      return;
    }
    case 'chapter':
    case 'section':
    case 'part': {
      const text = asText(op.content);
      if (text === undefined) return mismatch('a heading');
      node.title = text;
      return;
    }
    default:
      return mismatch(handle === DOC ? 'the whole rule' : node.kind);
  }
}

/**
 * A single 项 (目) written with its label must carry the number of the one it
 * replaces: 将第三项修改为：“（四）…” says two different things.
 */
function sameNumber(w: Work, r: Resolved, num: number, nodes: (Item | Subitem)[], unit: string): boolean {
  if (nodes.length !== 1 || nodes[0].num === num || !nodes[0].label) return true;
  // 第二项修改为：“（一）…”，并调整为第一项: the label is the number the same item moves it to.
  if (w.movedTo?.get(`${r.ctx.op.item}|${r.targets[0]}`) === nodes[0].num) return true;
  report(
    w,
    'engine/renumber-mismatch',
    {
      stated: r.labels[0],
      statedNew: `第${toChinese(nodes[0].num)}${unit}`,
      computedNew: `第${toChinese(num)}${unit}`,
    },
    r.ctx,
  );
  r.ok = false;
  return false;
}

/**
 * The first new node takes over the handle of the one it replaces, so that a
 * reference to 第十五条第一款 follows the rewritten 第一款 to its new number;
 * its text is all the decision's (no reference in it is renumbered).
 */
function replaceWith(w: Work, handle: string, nodes: (Paragraph | Item | Subitem)[]): void {
  nodes[0].id = handle;
  w.texts.set(handle, newSegs(nodes[0].text));
  placeBeside(w, handle, nodes, 'replace');
}
