import { sameArticleNumber } from '@amend/model';
import type { Article, ArticleChange, Document } from '@amend/model';
import { articleBody, articlesOf } from '../text.ts';
import { bigrams, dice, type Bigrams } from './similarity.ts';

/** Below this similarity two articles are different articles... */
const SAME_ARTICLE = 0.5;
/** ...unless they keep their number, when a heavier rewrite is still the same article. */
const SAME_NUMBER_ARTICLE = 0.3;
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
function score(a: Entry, b: Entry): number {
  const same = sameArticleNumber(a.article.num, b.article.num);
  if (a.body === b.body) return 1 + (same ? NUMBER_BONUS : 0);
  const s = dice(a.grams, b.grams);
  if (s >= SAME_ARTICLE || (same && s >= SAME_NUMBER_ARTICLE)) return s + (same ? NUMBER_BONUS : 0);
  return -Infinity;
}

/**
 * Pairs of old and new article indices, in order: the monotone alignment with
 * the greatest total score (dynamic programming as for a longest common
 * subsequence), so one inserted article shifts the rest instead of making
 * every later article look rewritten. Identical runs at both ends are paired
 * first, which keeps the table small for the usual few-article change.
 */
function align(a: Entry[], b: Entry[]): [number, number][] {
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
      const s = score(a[lo + i], b[lo + j]);
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

const ref = (e: Entry) => ({ id: e.article.id, num: e.article.num });

/**
 * The old→new mapping of two versions of a rule when no decision says what
 * changed: articles paired by content and number, in the order of the new
 * version, a deleted article placed where it stood. Merges and splits are not
 * recognised: they appear as deletions and insertions.
 */
export function diffDocuments(before: Document, after: Document): ArticleChange[] {
  const a = entries(before);
  const b = entries(after);
  const out: ArticleChange[] = [];
  let i = 0;
  let j = 0;
  const change = (status: ArticleChange['status'], x: Entry[], y: Entry[], textChanged: boolean): ArticleChange => ({
    status, before: x.map(ref), after: y.map(ref), textChanged, items: [],
  });
  for (const [pi, pj] of [...align(a, b), [a.length, b.length] as [number, number]]) {
    for (; i < pi; i++) out.push(change('deleted', [a[i]], [], true));
    for (; j < pj; j++) out.push(change('inserted', [], [b[j]], true));
    if (pi === a.length && pj === b.length) break;
    const [x, y] = [a[pi], b[pj]];
    const textChanged = x.body !== y.body;
    const renumbered = !sameArticleNumber(x.article.num, y.article.num);
    const status = renumbered ? 'renumbered' : textChanged ? 'modified' : 'unchanged';
    out.push(change(status, [x], [y], textChanged));
    i = pi + 1;
    j = pj + 1;
  }
  return out;
}
