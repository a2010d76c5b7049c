/**
 * Alignment of a long run of changed articles without scoring every old
 * article against every new one. Only pairs likely to be the same article are
 * scored: pairs sharing a bigram rare on the other side (near-duplicate
 * detection: an article keeps most of its own words when it is changed),
 * pairs keeping their number, and pairs near the path those trace through
 * the run (articles mostly keep their order). The best non-crossing chain of
 * the scored pairs is then found in O(k log k) for k pairs.
 */
import type { Bigrams } from './similarity.ts';

export interface Side {
  grams: Bigrams;
  /** The article's number, as a key: a pair keeping it is always scored. */
  key: string;
}

/** A bigram is rare when at most this many articles of the other side hold it... */
const RARE = 4;
/** ...and an article is looked up by at most this many of its rarest bigrams. */
const RARE_GRAMS = 6;
/** Pairs within this many articles of the traced path are scored too. */
const BAND = 4;

/**
 * Pairs of indices in order, the greatest total of `score` (-Infinity: never
 * a pair) among the likely pairs.
 */
export function sparsePairs(a: Side[], b: Side[], score: (i: number, j: number) => number): [number, number][] {
  const [n, m] = [a.length, b.length];
  const scores = new Map<number, number>();
  const consider = (i: number, j: number) => {
    const k = i * m + j;
    if (!scores.has(k)) scores.set(k, score(i, j));
  };
  const inB = new Map(b.map((s, j) => [s.key, j]));
  a.forEach((s, i) => {
    const j = inB.get(s.key);
    if (j !== undefined) consider(i, j);
  });
  sharedRare(a, b, consider);
  sharedRare(b, a, (j, i) => consider(i, j));
  const traced = heaviestChain(scores, m);
  alongPath(traced, n, m, consider);
  return heaviestChain(scores, m);
}

/** Calls `pair(x, y)` for articles of `ys` sharing one of the rarest bigrams of each article of `xs`. */
function sharedRare(xs: Side[], ys: Side[], pair: (x: number, y: number) => void): void {
  const holders = new Map<number, number[]>();
  ys.forEach((s, y) => {
    for (const g of s.grams.counts.keys()) {
      const list = holders.get(g);
      if (!list) holders.set(g, [y]);
      else if (list.length <= RARE) list.push(y);
    }
  });
  xs.forEach((s, x) => {
    const rare: number[][] = [];
    for (const g of s.grams.counts.keys()) {
      const list = holders.get(g);
      if (list && list.length <= RARE) rare.push(list);
    }
    rare.sort((p, q) => p.length - q.length);
    for (const list of rare.slice(0, RARE_GRAMS)) for (const y of list) pair(x, y);
  });
}

/**
 * Calls `pair` for every old article and the new ones within BAND of the
 * column the path reaches on its row: interpolated between two pairs of the
 * path, at the same offset before the first and after the last, on the
 * diagonal of the run when there is no path.
 */
function alongPath(path: [number, number][], n: number, m: number, pair: (i: number, j: number) => void): void {
  const corners: [number, number][] = path.length
    ? path
    : [
        [0, 0],
        [n, m],
      ];
  let k = 0;
  for (let i = 0; i < n; i++) {
    while (k + 1 < corners.length && corners[k + 1][0] <= i) k++;
    const [p, q] = corners[k];
    const next = corners[k + 1];
    const column = i < p || !next ? q + (i - p) : q + Math.round(((i - p) * (next[1] - q)) / (next[0] - p));
    for (let j = Math.max(0, column - BAND); j <= Math.min(m - 1, column + BAND); j++) pair(i, j);
  }
}

/**
 * The non-crossing chain of scored pairs (key i·m + j) with the greatest
 * total: for each pair, from the last row up, the best chain starting with
 * it is its score plus the best chain strictly below and to the right,
 * kept in a Fenwick tree of maxima over the columns.
 */
function heaviestChain(scores: Map<number, number>, m: number): [number, number][] {
  const keys = [...scores.keys()].filter((k) => scores.get(k)! > -Infinity).sort((x, y) => y - x);
  const total = new Float64Array(keys.length);
  const next = new Int32Array(keys.length).fill(-1);
  // Position m - j holds column j, so the columns right of j are the prefix before it.
  const treeBest = new Float64Array(m + 1).fill(-Infinity);
  const treeAt = new Int32Array(m + 1).fill(-1);
  for (let row = 0; row < keys.length;) {
    const i = Math.floor(keys[row] / m);
    let end = row;
    for (; end < keys.length && Math.floor(keys[end] / m) === i; end++) {
      const j = keys[end] % m;
      let best = 0;
      for (let p = m - j - 1; p > 0; p -= p & -p) {
        if (treeBest[p] > best) [best, next[end]] = [treeBest[p], treeAt[p]];
      }
      total[end] = scores.get(keys[end])! + best;
    }
    // A row's pairs go into the tree once the whole row is read: two pairs of one row never chain.
    for (let k = row; k < end; k++) {
      for (let p = m - (keys[k] % m); p <= m; p += p & -p) {
        if (total[k] > treeBest[p]) [treeBest[p], treeAt[p]] = [total[k], k];
      }
    }
    row = end;
  }
  let start = -1;
  for (let k = keys.length - 1; k >= 0; k--) if (start < 0 || total[k] > total[start]) start = k;
  const out: [number, number][] = [];
  for (let k = start; k >= 0; k = next[k]) out.push([Math.floor(keys[k] / m), keys[k] % m]);
  return out;
}
