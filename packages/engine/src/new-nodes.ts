import type { Article, Chapter, Fragment, Item, Node, Paragraph, Part, Section, Subitem } from '@amend/model';
import { parseFragment } from '@amend/document';
import { newHandle, type OpCtx, type Work } from './apply-state.ts';

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

export type Division = Part | Chapter | Section;

/**
 * The payload as new parts, chapters or sections: the heading alone (增加一节，
 * 作为第二节：“第二节　监督”) or the divisions the document parser read with
 * their articles (“第五章　附则”“第三十条　…”). Articles outside every
 * heading, or a division of another level, mean the payload is not that.
 */
export function asDivisions(f: Fragment, level: Division['kind'], num: number): Division[] | undefined {
  if (f.level === 'heading') return f.text ? [{ kind: level, id: '', num, title: f.text, children: [] } as Division] : undefined;
  if (f.level !== 'articles' || !f.divisions?.length || f.divisions.some((d) => d.kind !== level)) return undefined;
  const held = f.divisions.reduce((k, d) => k + articlesIn(d), 0);
  return held === f.articles.length ? f.divisions : undefined;
}

function articlesIn(n: Node): number {
  if (n.kind === 'article') return 1;
  return 'children' in n && (n.kind === 'part' || n.kind === 'chapter' || n.kind === 'section')
    ? (n.children as Node[]).reduce((k, c) => k + articlesIn(c), 0)
    : 0;
}

/**
 * The payload as 项 (or 目): read again at that level by the document parser,
 * so a line “（三）…” that came as a 款 is the 项 it says. A single line with
 * no label takes `fallback`'s (将第三项修改为：“…”); any other unlabelled line
 * means the payload is not a list of 项.
 */
export function asItems(f: Fragment, fallback?: { num: number; label: string }): Item[] | undefined {
  if (f.level === 'items') return labelled(f.items, fallback);
  if (f.level !== 'paragraphs' && f.level !== 'heading') return undefined;
  const read = parseFragment(f.text, 'item').value;
  return read.level === 'items' ? labelled(read.items, fallback) : undefined;
}

/** The payload as 目, on the same terms as `asItems`. */
export function asSubitems(f: Fragment, fallback?: { num: number; label: string }): Subitem[] | undefined {
  if (f.level === 'subitems') return labelled(f.subitems, fallback);
  if (f.level !== 'paragraphs' && f.level !== 'heading') return undefined;
  const read = parseFragment(f.text, 'subitem').value;
  return read.level === 'subitems' ? labelled(read.subitems, fallback) : undefined;
}

function labelled<T extends Item | Subitem>(nodes: T[], fallback?: { num: number; label: string }): T[] | undefined {
  if (nodes.length === 0) return undefined;
  if (nodes.every((n) => n.label !== '')) return nodes;
  if (fallback && nodes.length === 1) return [{ ...nodes[0], num: fallback.num, label: fallback.label }];
  return undefined;
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
