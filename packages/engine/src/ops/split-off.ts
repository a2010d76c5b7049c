import type { Article, Item, Paragraph, SplitOp } from '@amend/model';
import { toChinese } from '@amend/model';
import { concatSegs, newSegs, sliceSegs } from '../segments.ts';
import { asArticles, asItems, asParagraphs, created, describeFragment } from '../new-nodes.ts';
import type { Resolved } from '../targets.ts';
import {
  articleHandle,
  detach,
  listEdited,
  location,
  newHandle,
  nodeOf,
  placeBeside,
  report,
  segsOf,
  touch,
  type Work,
} from '../apply-state.ts';

/**
 * 将第八条第三款单列一条，作为第四十九条，修改为：…. The source leaves its
 * article and becomes a new article, placed by its announced number like an
 * inserted one; without new text it keeps its own words (and their
 * provenance, so references in it are still renumbered). An article split
 * into several (拆分为) is replaced in place by the articles given.
 */
export function applySplit(w: Work, r: Resolved, op: SplitOp): void {
  const source = r.targets[0];
  const node = nodeOf(w, source);
  const fail = (expected: string): void => {
    report(
      w,
      'engine/content-mismatch',
      { target: r.labels[0], found: op.content ? describeFragment(op.content) : 'a split', expected },
      r.ctx,
    );
    r.ok = false;
  };
  if (!node) return fail('a node');
  const from = articleHandle(w, source);
  touch(w, source, r.ctx);
  if (node.kind === 'article') {
    const arts = op.content ? asArticles(op.content) : undefined;
    if (!arts || arts.length === 0) return fail('the articles the article is split into');
    const fresh = arts.map((a) => created(w, a, r.ctx));
    placeBeside(w, source, fresh, 'replace');
    w.fates.set(source, { how: 'rewritten' });
    fresh.forEach((a, k) => {
      w.splitFrom.set(a.id, source);
      w.touched.set(a.id, new Set([r.ctx.op.item]));
      if (k === 0) w.announced.push({ handle: a.id, as: op.as, ctx: r.ctx });
    });
    w.dirty.articles = true;
    return;
  }
  if (node.kind !== 'paragraph' && node.kind !== 'item') return fail('a 款 or 项');
  if (!op.as.article) {
    // 拆分为两款/两项: the parts take the source's place.
    const parts = op.content ? (node.kind === 'paragraph' ? asParagraphs(op.content) : asItems(op.content, node)) : undefined;
    if (!parts) return fail(node.kind === 'paragraph' ? 'the 款 it is split into' : 'the 项 it is split into');
    if (node.kind === 'item') listEdited(w, location(w, source)!.parent, 'item', r.ctx);
    const fresh = parts.map((p) => created(w, p, r.ctx));
    placeBeside(w, source, fresh, 'replace');
    w.announced.push({ handle: fresh[0].id, as: op.as, ctx: r.ctx });
    return;
  }
  let paragraphs: Paragraph[];
  if (op.content) {
    const paras = asParagraphs(op.content);
    if (!paras) return fail('an article');
    paragraphs = paras.map((p) => created(w, p, r.ctx));
  } else paragraphs = [asParagraph(w, r, source, node)];
  if (node.kind === 'item') listEdited(w, location(w, source)!.parent, 'item', r.ctx);
  detach(w, source);
  // A 款 moved whole is still itself; anything else is gone from where it was.
  const article: Article = { kind: 'article', id: newHandle(w), num: op.as.article, children: paragraphs, origin: r.ctx.origin };
  // The 款 or 项 now is that article: references to it follow it there.
  if (op.content || node.kind === 'item') w.fates.set(source, { how: 'split', into: article.id });
  w.placements.push({ node: article, level: 'article', at: op.as.article.n, ctx: r.ctx });
  if (from !== undefined) w.splitFrom.set(article.id, from);
  w.touched.set(article.id, new Set([r.ctx.op.item]));
  w.announced.push({ handle: article.id, as: op.as, ctx: r.ctx });
  w.dirty.articles = true;
}

/**
 * The source as the first 款 of its new article: a 款 moves as it is. A 项
 * loses its label, its 目 become the 款's 项, and the list mark it ended with
 * (；) becomes the 。 that ends a 款 (reported).
 */
function asParagraph(w: Work, r: Resolved, handle: string, node: Paragraph | Item): Paragraph {
  if (node.kind === 'paragraph') return node;
  const id = newHandle(w);
  let segs = segsOf(w, handle, node.text);
  let text = node.text;
  const last = text[text.length - 1];
  if (node.children.length === 0 && last !== undefined && '；;，,'.includes(last)) {
    text = text.slice(0, -1) + '。';
    segs = concatSegs(sliceSegs(segs, 0, text.length - 1), newSegs('。'));
    report(w, 'engine/item-becomes-article', { target: r.labels[0], from: last }, r.ctx);
  }
  w.texts.set(id, segs);
  const items: Item[] = node.children.map((s, i) => {
    const item: Item = { kind: 'item', id: newHandle(w), num: i + 1, label: `（${toChinese(i + 1)}）`, text: s.text, children: [] };
    w.texts.set(item.id, segsOf(w, s.id, s.text));
    return item;
  });
  return { kind: 'paragraph', id, text, children: items };
}
