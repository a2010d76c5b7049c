import { sameArticleNumber } from '@amend/model';
import type { Article, ArticleChange, Document } from '@amend/model';
import { articleBody, articlesOf } from '../text.ts';
import { bigrams, dice, type Bigrams } from './similarity.ts';

/**
 * Below this similarity two articles are different articles: neighbouring
 * articles of one rule often share a third of their bigrams (刑法 even 90%),
 * so the bar is high and the order of the alignment does the rest...
 */
const SAME_ARTICLE = 0.5;
/**
 * ...unless they keep their number, or are the only candidates left between
 * two aligned articles (one struck out where one was written in): then a
 * heavier rewrite is still the same article.
 */
const SAME_PLACE_ARTICLE = 0.3;
/** Among equally good alignments, prefer the one that keeps numbers. */
const NUMBER_BONUS = 0.05;

interface Entry {
  article: Article;
  body: string;
  grams: Bigrams;
}

function entries(doc: Document): Entry[] {
  return articlesOf(doc).map((article) => {
    const body = articleBody(article);
    return { article, body, grams: bigrams(body) };
  });
}

/** How well old article a stands for new article b; -Infinity when they cannot be paired. */
function score(a: Entry, b: Entry, min: number): number {
  const same = sameArticleNumber(a.article.num, b.article.num);
  if (a.body === b.body) return 1 + (same ? NUMBER_BONUS : 0);
  const s = dice(a.grams, b.grams);
  if (s >= min || (same && s >= SAME_PLACE_ARTICLE)) return s + (same ? NUMBER_BONUS : 0);
  return -Infinity;
}

/**
 * Pairs of old and new article indices, in order: the monotone alignment with
 * the greatest total score (dynamic programming as for a longest common
 * subsequence), so one inserted article shifts the rest instead of making
 * every later article look rewritten. Identical runs at both ends are paired
 * first, which keeps the table small for the usual few-article change.
 */
function align(a: Entry[], b: Entry[], min: number): [number, number][] {
  const pairs: [number, number][] = [];
  let lo = 0;
  while (lo < a.length && lo < b.length && a[lo].body === b[lo].body && sameArticleNumber(a[lo].article.num, b[lo].article.num)) {
    pairs.push([lo, lo]);
    lo++;
  }
  let ha = a.length;
  let hb = b.length;
  const tail: [number, number][] = [];
  while (ha > lo && hb > lo && a[ha - 1].body === b[hb - 1].body) {
    ha--;
    hb--;
    tail.push([ha, hb]);
  }
  const n = ha - lo;
  const m = hb - lo;
  // best[i][j]: best total for a[lo+i..ha) against b[lo+j..hb).
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const pairScore = Array.from({ length: n }, () => new Float64Array(m));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = score(a[lo + i], b[lo + j], min);
      pairScore[i][j] = s;
      best[i][j] = Math.max(best[i + 1][j], best[i][j + 1], s === -Infinity ? -Infinity : s + best[i + 1][j + 1]);
    }
  }
  for (let i = 0, j = 0; i < n && j < m; ) {
    const s = pairScore[i][j];
    if (s !== -Infinity && best[i][j] === s + best[i + 1][j + 1]) {
      pairs.push([lo + i, lo + j]);
      i++;
      j++;
    } else if (best[i][j] === best[i + 1][j]) i++;
    else j++;
  }
  return pairs.concat(tail.reverse());
}

/**
 * The old→new mapping of two versions of a rule when no decision says what
 * changed: articles paired by content and number, in the order of the new
 * version, a deleted article placed where it stood. Merges and splits are not
 * recognised: they appear as deletions and insertions.
 */
export function diffDocuments(before: Document, after: Document): ArticleChange[] {
  const out: ArticleChange[] = [];
  emit(entries(before), entries(after), SAME_ARTICLE, out);
  return out;
}

/** Align, then align again what is left between two pairs with the lower bar of the same place. */
function emit(a: Entry[], b: Entry[], min: number, out: ArticleChange[]): void {
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...align(a, b, min), [a.length, b.length] as [number, number]]) {
    if (min > SAME_PLACE_ARTICLE && pi > i && pj > j) emit(a.slice(i, pi), b.slice(j, pj), SAME_PLACE_ARTICLE, out);
    else {
      for (; i < pi; i++) out.push(change('deleted', [a[i]], []));
      for (; j < pj; j++) out.push(change('inserted', [], [b[j]]));
    }
    if (pi === a.length && pj === b.length) break;
    out.push(change('unchanged', [a[pi]], [b[pj]]));
    i = pi + 1;
    j = pj + 1;
  }
}

const ref = (e: Entry) => ({ id: e.article.id, num: e.article.num });

/** The change for a pair (status from number and text), or for an article on one side only. */
function change(status: 'deleted' | 'inserted' | 'unchanged', x: Entry[], y: Entry[]): ArticleChange {
  const base = { before: x.map(ref), after: y.map(ref), items: [] };
  if (status !== 'unchanged') return { status, ...base, textChanged: true };
  const textChanged = x[0].body !== y[0].body;
  const renumbered = !sameArticleNumber(x[0].article.num, y[0].article.num);
  return { status: renumbered ? 'renumbered' : textChanged ? 'modified' : 'unchanged', ...base, textChanged };
}
