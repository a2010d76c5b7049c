/**
 * Small hand-written trees for the render tests, with ids in the parser's
 * scheme (articles root their ids: art_8__para_1__item_2; headings nest).
 */
import type { Article, ArticleChange, ArticleNumber, Chapter, Document, Item, Paragraph } from '@amend/model';
import { articleSegment } from '@amend/model';

export function item(num: number, text: string, label = `（${'一二三四五六七八九十'[num - 1]}）`): Item {
  return { kind: 'item', id: '', num, label, text, children: [] };
}

export function para(text: string, items: Item[] = []): Paragraph {
  return { kind: 'paragraph', id: '', text, children: items };
}

export function art(n: number | ArticleNumber, ...paras: (string | Paragraph)[]): Article {
  const num = typeof n === 'number' ? { n } : n;
  const id = articleSegment(num);
  const children = paras.map((p, i) => {
    const pp = typeof p === 'string' ? para(p) : p;
    const pid = `${id}__para_${i + 1}`;
    return { ...pp, id: pid, children: pp.children.map((it) => ({ ...it, id: `${pid}__item_${it.num}` })) };
  });
  return { kind: 'article', id, num, children };
}

export function chapter(num: number, title: string, children: Article[]): Chapter {
  return { kind: 'chapter', id: `chp_${num}`, num, title, children };
}

export function doc(title: string, children: Document['children'], notes: string[] = []): Document {
  return {
    kind: 'document',
    id: '',
    type: 'rule',
    title,
    notes: notes.map((text, i) => ({ kind: 'note', id: `note_${i + 1}`, text })),
    toc: [],
    preamble: [],
    children,
    meta: {},
  };
}

export function ref(a: Article): { id: string; num: ArticleNumber } {
  return { id: a.id, num: a.num };
}

export function change(
  status: ArticleChange['status'],
  before: Article[],
  after: Article[],
  textChanged: boolean,
  items: string[] = [],
): ArticleChange {
  return { status, before: before.map(ref), after: after.map(ref), textChanged, items };
}

/** The article numbered n (no 之X), wherever it sits under 编/章/节. */
export function findArticle(d: Document, n: number): Article | undefined {
  const visit = (children: readonly Document['children'][number][]): Article | undefined => {
    for (const c of children) {
      if (c.kind === 'article' && c.num.n === n && !c.num.sub) return c;
      if (c.kind === 'part' || c.kind === 'chapter' || c.kind === 'section') {
        const found = visit(c.children);
        if (found) return found;
      }
    }
    return undefined;
  };
  return visit(d.children);
}
