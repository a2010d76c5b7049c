import { bigrams, dice } from '@amend/render';
/**
 * Which entry of the old version became which entry of the new one, for
 * articles, 款 and 项 alike. The pairing keeps order (a decision cannot move
 * a provision without restating it) and maximises how alike the paired
 * entries are:
 *
 *   entries equal at both ends are paired first;
 *   in the middle, equal entries and entries sharing enough character
 *   pairs (Dice coefficient, render's `dice`) are candidates;
 *   the heaviest chain of candidates increasing on both sides wins
 *   (a weighted longest increasing subsequence, Fenwick tree, O(P log n));
 *   what is left between two pairs is paired in order, as many as the
 *   shorter side has — a drafter restates an article in place rather than
 *   deleting it and adding another where it stood.
 */

export interface AlignOptions {
  /** Least similarity (0–1) for two different entries to be paired by content. */
  min: number;
  /** Pair what is left between two pairs, in order, as many as the shorter side has. */
  fill: boolean;
  /** Whether old entry i may become new entry j at all (a 之一 article stays one). */
  compatible?: (i: number, j: number) => boolean;
}

const EXACT = 2;

/** For each entry of `b`, the index of its partner in `a`, or -1. */
export function align(a: readonly string[], b: readonly string[], opts: AlignOptions): number[] {
  const partner = new Array<number>(b.length).fill(-1);
  const ok = opts.compatible ?? (() => true);
  let lo = 0;
  while (lo < a.length && lo < b.length && a[lo] === b[lo] && ok(lo, lo)) partner[lo] = lo++;
  let ahi = a.length;
  let bhi = b.length;
  while (ahi > lo && bhi > lo && a[ahi - 1] === b[bhi - 1] && ok(ahi - 1, bhi - 1)) partner[--bhi] = --ahi;
  if (ahi > lo && bhi > lo) {
    const cands = candidates(a, b, lo, ahi, bhi, opts.min).filter((c) => ok(c.i, c.j));
    for (const [i, j] of heaviestChain(cands)) partner[j] = i;
  }
  if (opts.fill) fillGaps(partner, a, b, ok);
  return partner;
}

interface Candidate {
  i: number;
  j: number;
  w: number;
}

/** Pairs worth considering between a[lo,ahi) and b[lo,bhi). */
function candidates(a: readonly string[], b: readonly string[], lo: number, ahi: number, bhi: number, min: number): Candidate[] {
  const out: Candidate[] = [];
  const byText = new Map<string, number[]>();
  for (let i = lo; i < ahi; i++) {
    const list = byText.get(a[i]);
    if (list) list.push(i);
    else byText.set(a[i], [i]);
  }
  const exactA = new Set<number>();
  const rest: number[] = [];
  for (let j = lo; j < bhi; j++) {
    const same = byText.get(b[j]);
    if (!same) {
      rest.push(j);
      continue;
    }
    // Many equal entries (（删去）): the nearest few are enough to chain.
    const near = same.length > 8 ? [...same].sort((x, y) => Math.abs(x - j) - Math.abs(y - j)).slice(0, 8) : same;
    for (const i of near) {
      out.push({ i, j, w: EXACT });
      exactA.add(i);
    }
  }
  if (!rest.length) return out;
  const left: number[] = [];
  for (let i = lo; i < ahi; i++) if (!exactA.has(i)) left.push(i);
  if (!left.length) return out;
  const grams = left.map((i) => bigrams(a[i]));
  const index = new Map<number, number[]>();
  grams.forEach((g, k) => {
    for (const key of g.counts.keys()) {
      const list = index.get(key);
      if (list) list.push(k);
      else index.set(key, [k]);
    }
  });
  // Distinct pairs shared bound the coefficient from above: only those that may reach `min` are weighed.
  const shared = new Int32Array(left.length);
  for (const j of rest) {
    const gb = bigrams(b[j]);
    const touched: number[] = [];
    for (const key of gb.counts.keys()) {
      const list = index.get(key);
      if (!list) continue;
      for (const k of list) if (shared[k]++ === 0) touched.push(k);
    }
    for (const k of touched) {
      const bound = (2 * Math.min(grams[k].total, gb.total, shared[k] * 8)) / (grams[k].total + gb.total);
      if (bound >= min) {
        const w = dice(grams[k], gb);
        if (w >= min) out.push({ i: left[k], j, w });
      }
      shared[k] = 0;
    }
  }
  return out;
}

/** How alike two texts are: Dice coefficient of their character pairs (render's, as the redline weighs them). */
export function similarity(x: string, y: string): number {
  return x === y ? 1 : dice(bigrams(x), bigrams(y));
}

/** The chain of candidates increasing in both i and j with the greatest total weight. */
function heaviestChain(cands: Candidate[]): [number, number][] {
  if (!cands.length) return [];
  cands.sort((x, y) => x.i - y.i || x.j - y.j);
  const js = [...new Set(cands.map((c) => c.j))].sort((x, y) => x - y);
  const rank = new Map(js.map((j, k) => [j, k + 1]));
  const n = js.length;
  const treeVal = new Float64Array(n + 1);
  const treeAt = new Int32Array(n + 1).fill(-1);
  const best = new Float64Array(cands.length);
  const prev = new Int32Array(cands.length).fill(-1);
  const query = (r: number): [number, number] => {
    let v = 0;
    let at = -1;
    for (let k = r; k > 0; k -= k & -k) if (treeVal[k] > v) [v, at] = [treeVal[k], treeAt[k]];
    return [v, at];
  };
  const update = (r: number, v: number, at: number): void => {
    for (let k = r; k <= n; k += k & -k) if (v > treeVal[k]) [treeVal[k], treeAt[k]] = [v, at];
  };
  let start = 0;
  while (start < cands.length) {
    let end = start;
    while (end < cands.length && cands[end].i === cands[start].i) end++;
    // Candidates of one old entry must not chain to each other: query all, then update.
    for (let c = start; c < end; c++) {
      const [v, at] = query(rank.get(cands[c].j)! - 1);
      best[c] = v + cands[c].w;
      prev[c] = at;
    }
    for (let c = start; c < end; c++) update(rank.get(cands[c].j)!, best[c], c);
    start = end;
  }
  let top = 0;
  for (let c = 1; c < cands.length; c++) if (best[c] > best[top]) top = c;
  const chainOut: [number, number][] = [];
  for (let c = top; c >= 0; c = prev[c]) chainOut.push([cands[c].i, cands[c].j]);
  return chainOut.reverse();
}

/**
 * Between two pairs, what is left on each side is paired in order, as many
 * as the shorter side has: by the most alike when the gap is small enough to
 * weigh every way (dynamic programming), else the first with the first —
 * never two entries that cannot be one.
 */
function fillGaps(partner: number[], a: readonly string[], b: readonly string[], ok: (i: number, j: number) => boolean): void {
  let pi = -1;
  let pj = -1;
  for (let j = 0; j <= partner.length; j++) {
    const i = j === partner.length ? a.length : partner[j];
    if (i < 0) continue;
    const olds = range(pi + 1, i);
    const news = range(pj + 1, j);
    if (olds.length && news.length) for (const [x, y] of bestPairs(olds, news, a, b, ok)) partner[y] = x;
    pi = i;
    pj = j;
  }
}

const WEIGH_LIMIT = 4096;

function bestPairs(
  olds: number[],
  news: number[],
  a: readonly string[],
  b: readonly string[],
  ok: (i: number, j: number) => boolean,
): [number, number][] {
  const n = Math.min(olds.length, news.length);
  const inOrder = olds.slice(0, n).map((x, k): [number, number] => [x, news[k]]);
  if ((olds.length === news.length || olds.length * news.length > WEIGH_LIMIT) && inOrder.every(([x, y]) => ok(x, y))) return inOrder;
  if (olds.length * news.length > WEIGH_LIMIT) return inOrder.filter(([x, y]) => ok(x, y));
  // As many pairs as can be, the most alike, in order: each pair is worth one plus how alike it is.
  const f = Array.from({ length: olds.length + 1 }, () => new Float64Array(news.length + 1));
  const worth = (x: number, y: number) => (ok(olds[x], news[y]) ? 1 + similarity(a[olds[x]], b[news[y]]) : -Infinity);
  for (let x = 1; x <= olds.length; x++) {
    for (let y = 1; y <= news.length; y++) f[x][y] = Math.max(f[x - 1][y], f[x][y - 1], f[x - 1][y - 1] + worth(x - 1, y - 1));
  }
  const out: [number, number][] = [];
  for (let x = olds.length, y = news.length; x > 0 && y > 0;) {
    if (f[x][y] === f[x - 1][y]) x--;
    else if (f[x][y] === f[x][y - 1]) y--;
    else {
      out.push([olds[x - 1], news[y - 1]]);
      x--;
      y--;
    }
  }
  return out.reverse();
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}
