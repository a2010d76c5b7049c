import { articleSegment, sameArticleNumber } from '@amend/model';
import type { Article, ArticleChange, Document } from '@amend/model';
import { articleBody, articlesOf } from '../text.ts';
import { bigrams, dice, type Bigrams } from './similarity.ts';
import { sparsePairs } from './sparse-pairs.ts';

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
/**
 * Between two anchors, up to this many old × new pairs are all scored; a
 * longer run (a revision that changed every article) scores only the likely
 * pairs, so the work grows with the articles rather than their square.
 */
const DENSE_PAIRS = 10_000;

interface Entry {
  article: Article;
  body: string;
  grams: Bigrams;
  /** The article's number as a key. */
  key: string;
}

function entries(doc: Document): Entry[] {
  return articlesOf(doc).map((article) => {
    const body = articleBody(article);
    return { article, body, grams: bigrams(body), key: articleSegment(article.num) };
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
 * Pairs of old and new article indices, in order. Articles whose text occurs
 * exactly once in each version are paired outright (as patience diff does),
 * keeping the longest run of such pairs that does not cross; between those
 * anchors, `bestPairs` finds the best alignment of what is left.
 */
function align(a: Entry[], b: Entry[], min: number): [number, number][] {
  const pairs: [number, number][] = [];
  let [i, j] = [0, 0];
  for (const [ai, bj] of [...uniqueAnchors(a, b), [a.length, b.length] as [number, number]]) {
    for (const [x, y] of bestPairs(a.slice(i, ai), b.slice(j, bj), min)) pairs.push([i + x, j + y]);
    if (ai < a.length) pairs.push([ai, bj]);
    [i, j] = [ai + 1, bj + 1];
  }
  return pairs;
}

/** Pairs of articles with the same text, unique on both sides, as the longest non-crossing chain. */
function uniqueAnchors(a: Entry[], b: Entry[]): [number, number][] {
  const count = (es: Entry[]) => {
    const m = new Map<string, number[]>();
    es.forEach((e, k) => {
      const ks = m.get(e.body);
      if (ks) ks.push(k);
      else m.set(e.body, [k]);
    });
    return m;
  };
  const inB = count(b);
  const candidates: [number, number][] = [];
  for (const [body, ks] of count(a)) {
    const other = inB.get(body);
    if (ks.length === 1 && other?.length === 1) candidates.push([ks[0], other[0]]);
  }
  candidates.sort((x, y) => x[0] - y[0]);
  return longestIncreasing(candidates);
}

/** Longest subsequence increasing in the second index (patience sorting, O(n log n)). */
function longestIncreasing(pairs: [number, number][]): [number, number][] {
  const tails: number[] = [];
  const back: number[] = [];
  pairs.forEach(([, y], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]][1] < y) lo = mid + 1;
      else hi = mid;
    }
    back[k] = lo > 0 ? tails[lo - 1] : -1;
    tails[lo] = k;
  });
  const out: [number, number][] = [];
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = back[k]) out.push(pairs[k]);
  return out.reverse();
}

/**
 * The monotone alignment with the greatest total score (dynamic programming
 * as for a longest common subsequence), so one inserted article shifts the
 * rest instead of making every later article look rewritten.
 */
function bestPairs(a: Entry[], b: Entry[], min: number): [number, number][] {
  const [n, m] = [a.length, b.length];
  if (n === 0 || m === 0) return [];
  if (n * m > DENSE_PAIRS) return sparsePairs(a, b, (i, j) => score(a[i], b[j], min));
  // best[i][j]: best total for a[i..) against b[j..).
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const pairScore = Array.from({ length: n }, () => new Float64Array(m));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = score(a[i], b[j], min);
      pairScore[i][j] = s;
      best[i][j] = Math.max(best[i + 1][j], best[i][j + 1], s === -Infinity ? -Infinity : s + best[i + 1][j + 1]);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m;) {
    const s = pairScore[i][j];
    if (s !== -Infinity && best[i][j] === s + best[i + 1][j + 1]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (best[i][j] === best[i + 1][j]) i++;
    else j++;
  }
  return pairs;
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
