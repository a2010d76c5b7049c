import type { Address, InsertNodeOp, Node } from '@amend/model';
import { addressLabel, toChinese } from '@amend/model';
import { resolveAddress } from '../locate.ts';
import { asArticles, asItems, asParagraphs, asSubitems, created, describeFragment } from '../new-nodes.ts';
import type { Resolved } from '../targets.ts';
import { listEdited, nodeOf, placeBeside, report, touch, type Work } from '../apply-state.ts';
import { insertDivision } from './insert-division.ts';

type InsertLevel = 'article' | 'paragraph' | 'item' | 'subitem';

/**
 * 增加一条，作为第五条：…; 第十条增加一款，作为第二款：…; 在第X条后增加一条，
 * 作为第X条之一：…. With an anchor (after/before, or the base article of a
 * 之一 article) the node goes there now; otherwise it waits until deletions
 * are done and is put where its announced number (`as`, in the NEW
 * numbering) puts it. Either way the announced number is checked after
 * renumbering.
 */
export function applyInsertNode(w: Work, r: Resolved, op: InsertNodeOp): void {
  if (op.level === 'part' || op.level === 'chapter' || op.level === 'section') return insertDivision(w, r, op, op.level);
  const level = insertLevel(op.level);
  const fail = (expected: string): void => {
    report(w, 'engine/content-mismatch', { target: addressLabel(op.as), found: describeFragment(op.content), expected }, r.ctx);
    r.ok = false;
  };
  if (!level) return fail('an article, 款, 项, 目 or heading');
  const nodes = build(w, r, op, level);
  if (!nodes) return fail(`new ${level} content`);
  const first = numberOf(op.as, level);
  const announce = () => nodes.forEach((n, k) => w.announced.push({ handle: n.id, as: shifted(op.as, level, k), ctx: r.ctx }));

  let anchor = r.after ?? r.before;
  let where: 'after' | 'before' = r.after !== undefined ? 'after' : 'before';
  // 作为第X条之一 without an anchor: after 第X条 (or after the 之 article before it).
  if (anchor === undefined && level === 'article' && op.as.article?.sub) {
    const base = resolveAddress(w.ix, { article: { n: op.as.article.n, sub: op.as.article.sub > 1 ? op.as.article.sub - 1 : undefined } });
    if (!base.ok) {
      report(w, 'engine/target-not-found', { target: base.label }, r.ctx);
      r.ok = false;
      return;
    }
    anchor = base.handle;
    where = 'after';
  }
  if (anchor !== undefined) {
    if (nodeOf(w, anchor)?.kind !== level)
      return fail(`a node beside ${addressLabel((where === 'after' ? op.after : op.before) ?? op.as)}`);
    placeBeside(w, anchor, nodes, where);
    markNew(w, r, nodes, level, w.slot.get(nodes[0].id)?.parent);
    // 在第一条后增加一条 announces no number to check.
    if (first !== undefined) announce();
    return;
  }
  const container = containerFor(w, r, level);
  // 在附则中新增一条 / 在第三章中增加一条 (no number): after the last article the division holds.
  const last = first === undefined && level === 'article' && container !== undefined ? lastArticle(nodeOf(w, container)) : undefined;
  if (last) {
    placeBeside(w, last.id, nodes, 'after');
    markNew(w, r, nodes, level, container);
    return;
  }
  if ((level !== 'article' && container === undefined) || first === undefined) {
    report(w, 'engine/no-container', { what: addressLabel(op.as) }, r.ctx);
    r.ok = false;
    return;
  }
  nodes.forEach((n, k) => w.placements.push({ node: n, level, container, at: first + k, ctx: r.ctx }));
  markNew(w, r, nodes, level, container);
  announce();
}

/** The last article a division holds, in its last section if it has sections. */
function lastArticle(node: Node | undefined): Node | undefined {
  const children = node && (node.kind === 'part' || node.kind === 'chapter' || node.kind === 'section') ? node.children : [];
  for (let i = children.length - 1; i >= 0; i--) {
    const c = children[i];
    if (c.kind === 'article') return c;
    const inner = lastArticle(c);
    if (inner) return inner;
  }
  return undefined;
}

function insertLevel(level: InsertNodeOp['level']): InsertLevel | undefined {
  return level === 'article' || level === 'paragraph' || level === 'item' || level === 'subitem' ? level : undefined;
}

function build(w: Work, r: Resolved, op: InsertNodeOp, level: InsertLevel): Node[] | undefined {
  const num = numberOf(op.as, level) ?? 0;
  let nodes: Node[] | undefined;
  switch (level) {
    case 'article':
      // 增加五条，作为第一百二十条之二至之六: each new article takes the next number of the same kind.
      nodes = asArticles(op.content)?.map((a, k) => ({ ...a, num: shifted(op.as, level, k).article ?? { n: num + k } }));
      break;
    case 'paragraph':
      nodes = asParagraphs(op.content);
      break;
    case 'item':
      nodes = asItems(op.content, { num, label: `（${toChinese(num)}）` });
      break;
    case 'subitem':
      nodes = asSubitems(op.content, { num, label: `${num}.` });
      break;
  }
  return nodes?.map((n) => created(w, n, r.ctx));
}

/** The announced number at the inserted level. */
function numberOf(as: Address, level: InsertLevel): number | undefined {
  switch (level) {
    case 'article':
      return as.article?.n;
    case 'paragraph':
      return as.paragraph;
    case 'item':
      return as.item;
    case 'subitem':
      return as.subitem;
  }
}

/** The number announced for the k-th of several consecutive new nodes. */
function shifted(as: Address, level: InsertLevel, k: number): Address {
  if (k === 0) return as;
  switch (level) {
    case 'article':
      return { ...as, article: as.article?.sub ? { n: as.article.n, sub: as.article.sub + k } : { n: (as.article?.n ?? 0) + k } };
    case 'paragraph':
      return { ...as, paragraph: (as.paragraph ?? 0) + k };
    case 'item':
      return { ...as, item: (as.item ?? 0) + k };
    case 'subitem':
      return { ...as, subitem: (as.subitem ?? 0) + k };
  }
}

/** The live container a new node goes in: the named parent, or the node holding items in it. */
function containerFor(w: Work, r: Resolved, level: InsertLevel): string | undefined {
  const parent = r.parent;
  if (parent === undefined) return undefined;
  const node = nodeOf(w, parent);
  if (!node) return undefined;
  switch (level) {
    case 'article':
      return node.kind === 'chapter' || node.kind === 'section' || node.kind === 'part' ? parent : undefined;
    case 'paragraph':
      return node.kind === 'article' ? parent : undefined;
    case 'item':
      if (node.kind === 'paragraph') return parent;
      // 第X条增加一项: the 款 that holds the items (or the last 款 when none does yet).
      if (node.kind === 'article') return (node.children.find((p) => p.children.length > 0) ?? node.children[node.children.length - 1])?.id;
      return undefined;
    case 'subitem':
      return node.kind === 'item' ? parent : undefined;
  }
}

function markNew(w: Work, r: Resolved, nodes: Node[], level: InsertLevel, container: string | undefined): void {
  if (level === 'article') {
    // A 之一 article shifts nobody; any other new article does.
    if (nodes.some((n) => n.kind === 'article' && !n.num.sub)) w.dirty.articles = true;
    for (const n of nodes) w.touched.set(n.id, new Set([r.ctx.op.item]));
    return;
  }
  if (container !== undefined) touch(w, container, r.ctx);
  if (level === 'item' && container !== undefined) listEdited(w, container, 'item', r.ctx);
  if (level === 'subitem' && container !== undefined) listEdited(w, container, 'subitem', r.ctx);
}
