import type { Article, Fragment, Item, Node, Paragraph, Subitem } from '@amend/model';
import { fromChinese } from '@amend/model';
import { newHandle, type OpCtx, type Work } from './work.ts';

/**
 * A decision's payload becomes new nodes: copied (fragments may be shared and
 * frozen), given fresh handles, stripped of their source position and marked
 * with the item that made them. The payload's level need not match the place
 * exactly — a 项 written as a line “（三）…” may come as a paragraph — so the
 * coercions below turn one level into another where the meaning is plain.
 */

/** A deep copy of `node` with fresh handles and `origin`. */
export function created<T extends Node>(w: Work, node: T, ctx: OpCtx): T {
  const copy = { ...node, id: newHandle(w), origin: ctx.origin } as T & { pos?: unknown };
  delete copy.pos;
  if ('children' in node) {
    (copy as unknown as { children: Node[] }).children = (node.children as Node[]).map((c) => created(w, c, ctx));
  }
  return copy;
}

const ITEM_LABEL = /^\s*([（(]([零〇一二三四五六七八九十百]+)[）)])\s*/;
const SUBITEM_LABEL = /^\s*(([0-9０-９]+)\s*[.．、])\s*/;

function paragraph(text: string, children: Item[] = []): Paragraph {
  return { kind: 'paragraph', id: '', text, children };
}

/** The payload as the 款 of one article. */
export function asParagraphs(f: Fragment): Paragraph[] | undefined {
  switch (f.level) {
    case 'articles':
      return f.articles.length === 1 ? f.articles[0].children : undefined;
    case 'paragraphs':
      return f.paragraphs;
    case 'heading':
      return [paragraph(f.text)];
    case 'items':
    case 'subitems':
      return undefined;
  }
}

/** The payload as whole articles; paragraphs make one article. */
export function asArticles(f: Fragment): Article[] | undefined {
  if (f.level === 'articles') return f.articles;
  const paras = asParagraphs(f);
  return paras ? [{ kind: 'article', id: '', num: { n: 0 }, children: paras }] : undefined;
}

/** The payload as 项; a paragraph “（三）…” is an item with that label, an unlabelled one takes `label`. */
export function asItems(f: Fragment, fallback?: { num: number; label: string }): Item[] | undefined {
  if (f.level === 'items') return f.items;
  const paras = f.level === 'paragraphs' ? f.paragraphs : f.level === 'heading' ? [paragraph(f.text)] : undefined;
  if (!paras) return undefined;
  const items: Item[] = [];
  for (const p of paras) {
    const m = ITEM_LABEL.exec(p.text);
    if (m) items.push({ kind: 'item', id: '', num: fromChinese(m[2]) ?? 0, label: m[1], text: p.text.slice(m[0].length), children: [] });
    else if (fallback && paras.length === 1 && p.children.length === 0) {
      items.push({ kind: 'item', id: '', num: fallback.num, label: fallback.label, text: p.text, children: [] });
    } else return undefined;
  }
  return items;
}

/** The payload as 目, on the same terms as `asItems`. */
export function asSubitems(f: Fragment, fallback?: { num: number; label: string }): Subitem[] | undefined {
  if (f.level === 'subitems') return f.subitems;
  const paras = f.level === 'paragraphs' ? f.paragraphs : f.level === 'heading' ? [paragraph(f.text)] : undefined;
  if (!paras) return undefined;
  const subs: Subitem[] = [];
  for (const p of paras) {
    const m = SUBITEM_LABEL.exec(p.text);
    if (m) subs.push({ kind: 'subitem', id: '', num: fromChinese(m[2]) ?? 0, label: m[1], text: p.text.slice(m[0].length) });
    else if (fallback && paras.length === 1) subs.push({ kind: 'subitem', id: '', num: fallback.num, label: fallback.label, text: p.text });
    else return undefined;
  }
  return subs;
}

/** The payload as one line of text (a title or heading). */
export function asText(f: Fragment): string | undefined {
  if (f.level === 'heading') return f.text;
  if (f.level === 'paragraphs' && f.paragraphs.length === 1 && f.paragraphs[0].children.length === 0) return f.paragraphs[0].text;
  return undefined;
}

/** “2 款”, “1 article(s)”: what a payload holds, for messages. */
export function describeFragment(c: Fragment): string {
  switch (c.level) {
    case 'articles':
      return `${c.articles.length} article(s)`;
    case 'paragraphs':
      return `${c.paragraphs.length} 款`;
    case 'items':
      return `${c.items.length} 项`;
    case 'subitems':
      return `${c.subitems.length} 目`;
    case 'heading':
      return 'a heading';
  }
}
