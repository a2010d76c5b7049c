import type { Article, ArticleChange, ArticleChangeStatus, Document } from '@amend/model';
import { sameArticleNumber } from '@amend/model';
import { articlesOf, type TreeIndex } from './tree-index.ts';

/**
 * The article-level old→new mapping the 对照表 and diffs are built from, in
 * the order of the new rule, with each deleted article where it stood.
 */

export interface ChangeInput {
  before: TreeIndex;
  after: Document;
  handleOf: Map<string, string>;
  merged: Map<string, string[]>;
  splitFrom: Map<string, string>;
  touched: Map<string, Set<string>>;
}

/** An article's words, without its number, for comparing versions. */
export function articleBody(a: Article): string {
  const lines: string[] = [];
  for (const p of a.children) {
    lines.push(p.text);
    for (const i of p.children) {
      lines.push(i.label + i.text);
      for (const s of i.children) lines.push(s.label + s.text);
    }
  }
  return lines.join('\n');
}

export function computeChanges(input: ChangeInput): ArticleChange[] {
  const { handleOf, merged, splitFrom, touched } = input;
  const before = input.before;
  const after = articlesOf(input.after);
  const origPos = new Map(before.articles.map((a, i) => [a.id, i]));
  const ref = (a: Article) => ({ id: a.id, num: a.num });
  const itemsOf = (handles: string[]): string[] => {
    if (handles.length === 1) return [...(touched.get(handles[0]) ?? [])];
    return [...new Set(handles.flatMap((h) => [...(touched.get(h) ?? [])]))];
  };
  const body = (list: Article[]) => list.map(articleBody).join('\n');

  // Split groups: original id → the new articles it became (itself included when it stays).
  const groups = new Map<string, Article[]>();
  const splitSources = new Set(splitFrom.values());
  if (splitFrom.size > 0) {
    for (const a of after) {
      const h = handleOf.get(a.id) ?? a.id;
      const src = splitFrom.get(h) ?? (splitSources.has(h) ? h : undefined);
      if (src !== undefined) groups.set(src, [...(groups.get(src) ?? []), a]);
    }
  }

  const rows: { row: ArticleChange; at: number }[] = [];
  const consumed = new Set<string>();
  const done = new Set<string>();
  for (const a of after) {
    const h = handleOf.get(a.id) ?? a.id;
    const split = splitFrom.get(h) ?? (groups.has(h) ? h : undefined);
    let olds: Article[];
    let news: Article[];
    let status: ArticleChangeStatus;
    let handles: string[];
    let textChanged: boolean | undefined;
    if (split !== undefined) {
      if (done.has(split)) continue;
      done.add(split);
      const orig = before.byId.get(split) as Article;
      olds = [orig];
      news = groups.get(split)!;
      handles = [split, ...news.map((n) => handleOf.get(n.id) ?? n.id)];
      status = 'split';
    } else if (merged.has(h)) {
      olds = merged.get(h)!.map((id) => before.byId.get(id) as Article);
      news = [a];
      handles = [h, ...merged.get(h)!];
      status = 'merged';
    } else if (origPos.has(h)) {
      const orig = before.byId.get(h) as Article;
      olds = [orig];
      news = [a];
      handles = [h];
      // The same object, or the same 款, in both versions: untouched, and shared.
      textChanged = orig !== a && orig.children !== a.children && articleBody(orig) !== articleBody(a);
      status = !sameArticleNumber(orig.num, a.num) ? 'renumbered' : textChanged ? 'modified' : 'unchanged';
    } else {
      olds = [];
      news = [a];
      handles = [h];
      status = 'inserted';
    }
    for (const o of olds) consumed.add(o.id);
    const at = olds.length ? Math.min(...olds.map((o) => origPos.get(o.id)!)) : -1;
    rows.push({
      row: {
        status,
        before: olds.map(ref),
        after: news.map(ref),
        textChanged: status === 'unchanged' ? false : (textChanged ?? body(olds) !== body(news)),
        items: itemsOf(handles),
      },
      at,
    });
  }
  // Deleted articles, each before the first row that comes from a later original article.
  const out: ArticleChange[] = [];
  const deleted = before.articles.filter((a) => !consumed.has(a.id));
  let d = 0;
  for (const { row, at } of rows) {
    while (d < deleted.length && at >= 0 && origPos.get(deleted[d].id)! < at) out.push(deletedRow(deleted[d++]));
    out.push(row);
  }
  while (d < deleted.length) out.push(deletedRow(deleted[d++]));
  return out;

  function deletedRow(a: Article): ArticleChange {
    return { status: 'deleted', before: [ref(a)], after: [], textChanged: true, items: itemsOf([a.id]) };
  }
}
