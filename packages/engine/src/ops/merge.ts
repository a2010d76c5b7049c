import type { Article, Chapter, Item, MergeOp, Node, Paragraph } from '@amend/model';
import { asItems, asParagraphs, asText, created, describeFragment } from '../new-nodes.ts';
import type { Resolved } from '../targets.ts';
import { concatSegs, segsText } from '../segments.ts';
import { attach, detach, listEdited, location, nodeOf, placeBeside, report, segsOf, touch, type Work } from '../apply-state.ts';
import { markRemoved } from './delete-node.ts';

/**
 * 将第十八条、第十九条、第二十条合并，作为第十八条，修改为：…. The merged
 * node takes the place of the first target; the others are removed. Without
 * new text, the targets' content is joined: articles keep all their 款,
 * 款 and 项 are joined into one text (and their items appended); chapters
 * (sections, parts) take in what the others hold, and a heading given is
 * the merged one's title.
 */
export function applyMerge(w: Work, r: Resolved, op: MergeOp): void {
  const nodes = r.targets.map((h) => nodeOf(w, h));
  const kind = nodes[0]?.kind;
  const fail = (expected: string): void => {
    report(
      w,
      'engine/content-mismatch',
      { target: r.labels.join('、'), found: op.content ? describeFragment(op.content) : 'a merge', expected },
      r.ctx,
    );
    r.ok = false;
  };
  if (nodes.length >= 2 && isMixed(nodes)) return mergeIntoArticle(w, r, op, nodes as (Article | Paragraph)[], fail);
  if (nodes.length < 2 || nodes.some((n) => !n || n.kind !== kind)) return fail('two or more nodes of one level');
  const parents = new Set(r.targets.map((h) => location(w, h)?.parent));
  if (kind !== 'article' && parents.size !== 1) return fail('nodes of one container');
  for (const h of r.targets) touch(w, h, r.ctx);
  const [first, ...rest] = r.targets;
  switch (kind) {
    case 'article': {
      const article = nodes[0] as Article;
      let children: Paragraph[];
      if (op.content) {
        const paras = asParagraphs(op.content);
        if (!paras) return fail('an article');
        children = paras.map((p) => created(w, p, r.ctx));
        for (const p of [...article.children]) detach(w, p.id);
      } else {
        children = [];
        for (const h of rest) children.push(...(nodeOf(w, h) as Article).children);
      }
      for (const h of rest) {
        markRemoved(w, nodeOf(w, h)!, r.ctx, { how: 'merged', into: first });
        detach(w, h);
      }
      article.children.push(...children);
      for (const c of children) attach(w, c, first);
      w.merged.set(first, [...r.targets]);
      w.announced.push({ handle: first, as: op.as, ctx: r.ctx, stated: r.labels.join('、') });
      w.dirty.articles = true;
      return;
    }
    case 'paragraph':
    case 'item': {
      let merged: Node[];
      if (op.content) {
        const fresh = kind === 'paragraph' ? asParagraphs(op.content) : asItems(op.content, nodes[0] as Item);
        if (!fresh) return fail(kind === 'paragraph' ? 'a 款' : 'a 项');
        merged = fresh.map((n) => created(w, n, r.ctx));
      } else {
        merged = [joined(w, r.targets, nodes as (Paragraph | Item)[])];
      }
      for (const h of rest) {
        w.fates.set(h, { how: 'merged', into: merged[0].id });
        detach(w, h);
      }
      if (kind === 'item') listEdited(w, location(w, first)!.parent, 'item', r.ctx);
      placeBeside(w, first, merged, 'replace');
      if (kind === 'paragraph' && !op.content) listEdited(w, merged[0].id, 'item', r.ctx);
      w.announced.push({ handle: merged[0].id, as: op.as, ctx: r.ctx, stated: r.labels.join('、') });
      return;
    }
    case 'part':
    case 'chapter':
    case 'section': {
      // 将第五章、第六章合并为第五章(，章名修改为“…”): what the others hold joins the first, in order.
      const division = nodes[0] as Chapter;
      const title = op.content ? asText(op.content) : undefined;
      if (op.content && title === undefined) return fail('a heading');
      for (const h of rest) {
        const other = nodeOf(w, h) as Chapter;
        const held = [...other.children];
        detach(w, h);
        division.children.push(...held);
        for (const c of held) attach(w, c, first);
        w.fates.set(h, { how: 'merged', into: first });
      }
      if (title !== undefined) division.title = title;
      w.announced.push({ handle: first, as: op.as, ctx: r.ctx, stated: r.labels.join('、') });
      w.dirty.headings = true;
      w.dirty.articles = true;
      return;
    }
    default:
      return fail('articles, 款, 项 or divisions');
  }
}

/** Articles and 款 of other articles together: 将第十八条第二款、第二十条、第二十一条合并，作为第二十二条，修改为. */
function isMixed(nodes: (Node | undefined)[]): boolean {
  const kinds = new Set(nodes.map((n) => n?.kind));
  return kinds.size === 2 && kinds.has('article') && kinds.has('paragraph');
}

/**
 * The merged article stands where the first article named stood, with the
 * decision's words; the other articles go, and each 款 named leaves its
 * article (an article left with no 款 goes too). Without new words there is
 * no telling how a 款 joins an article's 款: an error.
 */
function mergeIntoArticle(w: Work, r: Resolved, op: MergeOp, nodes: (Article | Paragraph)[], fail: (expected: string) => void): void {
  const leadAt = nodes.findIndex((n) => n.kind === 'article');
  const lead = r.targets[leadAt];
  const paras = op.content ? asParagraphs(op.content) : undefined;
  if (!paras) return fail('an article');
  for (const h of r.targets) touch(w, h, r.ctx);
  const article = nodes[leadAt] as Article;
  for (const p of [...article.children]) detach(w, p.id);
  r.targets.forEach((h, i) => {
    if (i === leadAt) return;
    const node = nodes[i];
    if (node.kind === 'article') {
      markRemoved(w, node, r.ctx, { how: 'merged', into: lead });
      detach(w, h);
      return;
    }
    const holder = location(w, h)?.parent;
    w.fates.set(h, { how: 'merged', into: lead });
    detach(w, h);
    const left = holder === undefined ? undefined : nodeOf(w, holder);
    if (left?.kind === 'article' && left.children.length === 0) {
      markRemoved(w, left, r.ctx, { how: 'merged', into: lead });
      detach(w, holder!);
    }
  });
  const children = paras.map((p) => created(w, p, r.ctx));
  article.children.push(...children);
  for (const c of children) attach(w, c, lead);
  w.merged.set(
    lead,
    r.targets.filter((_, i) => nodes[i].kind === 'article'),
  );
  w.announced.push({ handle: lead, as: op.as, ctx: r.ctx, stated: r.labels.join('、') });
  w.dirty.articles = true;
}

/** The first node, its text followed by the others' and their children appended; provenance kept. */
function joined(w: Work, handles: string[], nodes: (Paragraph | Item)[]): Node {
  const segs = concatSegs(...nodes.map((n, i) => segsOf(w, handles[i], n.text)));
  const head = nodes[0];
  const children = nodes.flatMap((n) => n.children as Node[]);
  const out = { ...head, text: segsText(segs), children } as Paragraph | Item;
  w.texts.set(out.id, segs);
  return out;
}
