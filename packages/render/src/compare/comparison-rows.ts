import { articleLabel, sameArticleNumber } from '@amend/model';
import type { Article, ArticleChange, ArticleChangeStatus, ArticleNumber, Consolidation, Document } from '@amend/model';
import { articleBody, articlesOf, paragraphLines } from '../text.ts';
import { chunkLines, wordDiff, type Chunk } from '../redline/word-diff.ts';

/** What a 对照表 needs: both versions and the old→new mapping (a Consolidation, or diffDocuments' result). */
export type Comparison = Pick<Consolidation, 'before' | 'after' | 'changes'>;

/** One side of a row: an article (or the title / 引言) with its changed words marked. */
export interface Cell {
  /** The article's eId in its version; empty for the title and 引言. */
  id: string;
  /** 第八条; empty for the title and 引言. */
  label: string;
  /** The lines of the text without the number: `del` pieces on the left, `ins` on the right. */
  lines: Chunk[][];
}

export interface Row {
  kind: 'title' | 'preamble' | 'article';
  status: ArticleChangeStatus;
  /** Decision items that made the change. */
  items: string[];
  left?: Cell;
  right?: Cell;
  /**
   * Rows the cell spans: 1 as a rule; for a merge the shared right cell spans
   * all its rows (its first row has the count, the others 0), likewise the
   * left cell of a split.
   */
  leftSpan: number;
  rightSpan: number;
}

export interface TableOptions {
  /** Leave out articles whose only change is their number (default: keep them, reviewers check renumbering). */
  omitRenumbered?: boolean;
}

export const TABLE_SUFFIX = '修改前后对照表';

export function comparisonTitle(c: Comparison): string {
  return `《${c.after.title || c.before.title}》${TABLE_SUFFIX}`;
}

/**
 * The rows of a 修改前后对照表, in the order of `c.changes`: unchanged
 * articles are left out; a renumbered article sits beside its old self; an
 * inserted one has no left cell, a deleted one no right cell. A changed title
 * or 引言 comes first.
 */
export function comparisonTable(c: Comparison, options: TableOptions = {}): Row[] {
  const rows: Row[] = [];
  if (c.before.title !== c.after.title) rows.push(...textRows('title', [c.before.title], [c.after.title]));
  const pre = (d: Document): string[] => d.preamble.flatMap((p) => paragraphLines(p).map((l) => l.text));
  const [preA, preB] = [pre(c.before), pre(c.after)];
  if (preA.join('\n') !== preB.join('\n')) rows.push(...textRows('preamble', preA, preB));
  const find = [finder(c.before), finder(c.after)];
  for (const ch of c.changes) {
    if (ch.status === 'unchanged') continue;
    if (options.omitRenumbered && ch.status === 'renumbered' && !ch.textChanged) continue;
    rows.push(...changeRows(ch, ch.before.map(find[0]), ch.after.map(find[1])));
  }
  return rows;
}

type Found = { id: string; num: ArticleNumber; article?: Article };

/** Look articles up by id, falling back to the number when an id is stale. */
function finder(doc: Document): (ref: { id: string; num: ArticleNumber }) => Found {
  const articles = articlesOf(doc);
  const byId = new Map(articles.map((a) => [a.id, a]));
  return (ref) => ({ ...ref, article: byId.get(ref.id) ?? articles.find((a) => sameArticleNumber(a.num, ref.num)) });
}

function textRows(kind: 'title' | 'preamble', a: string[], b: string[]): Row[] {
  const status: ArticleChangeStatus = a.length === 0 ? 'inserted' : b.length === 0 ? 'deleted' : 'modified';
  const [left, right] = sides(a.join('\n'), b.join('\n'));
  const cell = (lines: Chunk[][]): Cell => ({ id: '', label: '', lines });
  return [
    {
      kind,
      status,
      items: [],
      left: a.length ? cell(left) : undefined,
      right: b.length ? cell(right) : undefined,
      leftSpan: 1,
      rightSpan: 1,
    },
  ];
}

/** The diff of two texts, cut into the lines of each side. */
function sides(a: string, b: string): [Chunk[][], Chunk[][]] {
  const chunks = wordDiff(a, b);
  return [chunkLines(chunks.filter((x) => x.type !== 'ins')), chunkLines(chunks.filter((x) => x.type !== 'del'))];
}

/** Line counts of each article's body: the diff of the joined bodies is cut back at these counts. */
function cells(found: Found[], lines: Chunk[][]): Cell[] {
  let at = 0;
  return found.map((f) => {
    const count = f.article ? articleBody(f.article).split('\n').length : 0;
    const own = lines.slice(at, at + count);
    at += count;
    return { id: f.id, label: articleLabel(f.num), lines: own };
  });
}

function changeRows(ch: ArticleChange, before: Found[], after: Found[]): Row[] {
  const body = (fs: Found[]): string =>
    fs
      .filter((f) => f.article)
      .map((f) => articleBody(f.article as Article))
      .join('\n');
  const [leftLines, rightLines] = sides(body(before), body(after));
  const left = cells(before, leftLines);
  const right = cells(after, rightLines);
  const n = Math.max(left.length, right.length, 1);
  // One cell against several: the single cell spans them all (merge: right; split: left).
  const spanLeft = left.length === 1 && n > 1;
  const spanRight = right.length === 1 && n > 1;
  const rows: Row[] = [];
  for (let i = 0; i < n; i++) {
    rows.push({
      kind: 'article',
      status: ch.status,
      items: ch.items,
      left: spanLeft ? (i === 0 ? left[0] : undefined) : left[i],
      right: spanRight ? (i === 0 ? right[0] : undefined) : right[i],
      leftSpan: spanLeft ? (i === 0 ? n : 0) : 1,
      rightSpan: spanRight ? (i === 0 ? n : 0) : 1,
    });
  }
  return rows;
}
