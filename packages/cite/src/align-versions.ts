import type { Article, ArticleChange, Document } from '@amend/model';
import { articleBody, articlesOf, bigrams, dice, diffDocuments, type Bigrams } from '@amend/render';

/**
 * Two versions of a rule, article by article, when no decision says what
 * changed. The in-order alignment is the one the diffs and 对照表 use
 * (`diffDocuments`); what it leaves unpaired is read again here, because a
 * revision (修订) also moves articles to other chapters, merges several into
 * one and splits one into several:
 *
 *   moved   an old and a new article alike (Dice ≥ 0.5) out of order;
 *   whole   an old article found inside a new one nothing else explains
 *           (第三十五条 “公司成立后，股东不得抽逃出资。” → 第五十三条, a 款 of it);
 *   merged  an old article found inside a new one already paired, adding
 *           words its partner lacks;
 *   split   a new article found inside an old one already paired, taking
 *           words its partner lacks.
 *
 * A new article that only repeats words its source keeps (a 款 copied into a
 * new 涉外 article) is new, not a split.
 */

export interface Entry {
  article: Article;
  /** Position in its version. */
  index: number;
  body: string;
  grams: Bigrams;
}

export interface AlignedRow {
  before: Entry[];
  after: Entry[];
  /** 0…1 for the weakest pair of the row. */
  confidence: number;
}

/** Below this Dice score two articles out of order are not one article moved. */
const MOVED = 0.5;
/** How much of one article another must hold to be the same article grown or shrunk. */
const WHOLE = 0.6;
/** How much of an article a merge or split partner must hold… */
const PART = 0.4;
/** …and how much of it must be words the partner's own partners lack. */
const EXCLUSIVE = 0.18;
/** An old and a new article alone in one gap of the alignment are one article if this alike. */
const SAME_GAP = 0.2;
/** Shorter bodies are too common to be recognised inside others (第X条 “本法自…起施行。”). */
const MIN_BODY = 8;

/** What alignment compares: the words without spaces. */
export function bodyOf(a: Article): string {
  return articleBody(a).replace(/\s+/g, '');
}

function entries(doc: Document): Entry[] {
  return articlesOf(doc).map((article, index) => {
    const body = bodyOf(article);
    return { article, index, body, grams: bigrams(body) };
  });
}

/** Bigram → the entries holding it and how often, flat: coverage of one text by every entry at once. */
export interface Postings {
  size: number;
  /** Bigram → [start, end) into `entry` and `count`. */
  where: Map<number, [number, number]>;
  entry: Int32Array;
  count: Int32Array;
}

export function postings(side: readonly { grams: Bigrams }[]): Postings {
  const lists = new Map<number, number[]>();
  for (let k = 0; k < side.length; k++) {
    for (const [g, n] of side[k].grams.counts) {
      const list = lists.get(g);
      if (list) list.push(k, n);
      else lists.set(g, [k, n]);
    }
  }
  let total = 0;
  for (const l of lists.values()) total += l.length / 2;
  const entry = new Int32Array(total);
  const count = new Int32Array(total);
  const where = new Map<number, [number, number]>();
  let at = 0;
  for (const [g, l] of lists) {
    where.set(g, [at, at + l.length / 2]);
    for (let i = 0; i < l.length; i += 2) {
      entry[at] = l[i];
      count[at++] = l[i + 1];
    }
  }
  return { size: side.length, where, entry, count };
}

/** coverage(x, [e]) for every entry e the postings index. */
export function insideEach(x: { grams: Bigrams }, index: Postings): Float64Array {
  const acc = new Float64Array(index.size);
  for (const [g, n] of x.grams.counts) {
    const span = index.where.get(g);
    if (!span) continue;
    for (let i = span[0]; i < span[1]; i++) acc[index.entry[i]] += Math.min(n, index.count[i]);
  }
  if (x.grams.total > 0) for (let k = 0; k < index.size; k++) acc[k] /= x.grams.total;
  return acc;
}

/** How much of x's bigrams the texts of ys hold together. */
export function coverage(x: Bigrams, ys: readonly Bigrams[]): number {
  if (x.total === 0) return 1;
  let common = 0;
  for (const [g, n] of x.counts) {
    let have = 0;
    for (const y of ys) have += y.counts.get(g) ?? 0;
    common += Math.min(n, have);
  }
  return common / x.total;
}

export function similarity(a: Entry, b: Entry): number {
  return a.body === b.body ? 1 : dice(a.grams, b.grams);
}

export function alignVersions(before: Document, after: Document): AlignedRow[] {
  const olds = entries(before);
  const news = entries(after);
  const oldById = new Map(olds.map((e) => [e.article.id, e]));
  const newById = new Map(news.map((e) => [e.article.id, e]));
  const rowOfOld = new Map<Entry, AlignedRow>();
  const rowOfNew = new Map<Entry, AlignedRow>();
  const backbone: AlignedRow[] = [];
  const lostOld: Entry[] = [];
  const lostNew: Entry[] = [];
  const tentative: [Entry, Entry, number][] = [];
  for (const c of diffDocuments(before, after) as ArticleChange[]) {
    const b = c.before.map((x) => oldById.get(x.id)!);
    const a = c.after.map((x) => newById.get(x.id)!);
    if (a.length === 0) lostOld.push(...b);
    else if (b.length === 0) lostNew.push(...a);
    else {
      const row: AlignedRow = { before: b, after: a, confidence: similarity(b[0], a[0]) };
      // A weak pair the order alone suggested waits: a better partner may be found out of order.
      if (row.confidence < MOVED && b.length === 1 && a.length === 1) {
        tentative.push([b[0], a[0], row.confidence]);
        lostOld.push(b[0]);
        lostNew.push(a[0]);
        continue;
      }
      backbone.push(row);
      b.forEach((e) => rowOfOld.set(e, row));
      a.forEach((e) => rowOfNew.set(e, row));
    }
  }
  const rows = [...backbone];
  const pair = (o: Entry, n: Entry, confidence: number): void => {
    const row: AlignedRow = { before: [o], after: [n], confidence };
    rows.push(row);
    rowOfOld.set(o, row);
    rowOfNew.set(n, row);
  };

  // Moved: the most alike pairs first.
  const candidates: [number, Entry, Entry][] = [];
  for (const o of lostOld)
    for (const n of lostNew) {
      const s = similarity(o, n);
      if (s >= MOVED) candidates.push([s, o, n]);
    }
  candidates.sort((x, y) => y[0] - x[0] || x[1].index - y[1].index);
  for (const [s, o, n] of candidates) if (!rowOfOld.has(o) && !rowOfNew.has(n)) pair(o, n, s);
  // The order's weak pairs stand where no move took either side.
  for (const [o, n, s] of tentative) if (!rowOfOld.has(o) && !rowOfNew.has(n)) pair(o, n, s);

  const oldIndex = postings(olds);
  const newIndex = postings(news);
  // An unpaired old and new article, one (nearly) inside the other: the article grown or shrunk.
  const insideNew = new Map(lostOld.filter((o) => o.body.length >= MIN_BODY).map((o) => [o, insideEach(o, newIndex)]));
  const insideOld = new Map(lostNew.filter((n) => n.body.length >= MIN_BODY).map((n) => [n, insideEach(n, oldIndex)]));
  const whole: [number, Entry, Entry][] = [];
  for (const [o, inside] of insideNew)
    for (const n of lostNew) {
      const s = Math.max(inside[n.index], insideOld.get(n)?.[o.index] ?? 0);
      if (s >= WHOLE) whole.push([s, o, n]);
    }
  whole.sort((x, y) => y[0] - x[0] || x[1].index - y[1].index);
  for (const [s, o, n] of whole) if (!rowOfOld.has(o) && !rowOfNew.has(n)) pair(o, n, s);
  // Merged: an old article's words inside a new one already paired, words its partners lack.
  for (const [o, inside] of insideNew) {
    if (rowOfOld.has(o)) continue;
    const best = bestPartner(o, news, inside, rowOfNew, (row) => row.before);
    if (!best) continue;
    best.row.before.push(o);
    best.row.confidence = Math.min(best.row.confidence, best.inside);
    rowOfOld.set(o, best.row);
  }
  // Split: a new article's words inside an old one already paired, words its partners lack.
  for (const [n, inside] of insideOld) {
    if (rowOfNew.has(n)) continue;
    const best = bestPartner(n, olds, inside, rowOfOld, (row) => row.after);
    if (!best) continue;
    best.row.after.push(n);
    best.row.confidence = Math.min(best.row.confidence, best.inside);
    rowOfNew.set(n, best.row);
  }
  // What is left between two pairs, alone on both sides of its gap, is one article rewritten.
  for (const o of lostOld) {
    if (rowOfOld.has(o)) continue;
    const n = sameGap(o, olds, news, rowOfOld, rowOfNew);
    if (n) pair(o, n.entry, n.score);
  }

  for (const o of olds) if (!rowOfOld.has(o)) rows.push({ before: [o], after: [], confidence: 1 });
  for (const n of news) if (!rowOfNew.has(n)) rows.push({ before: [], after: [n], confidence: 1 });
  for (const r of rows) {
    r.before.sort((x, y) => x.index - y.index);
    r.after.sort((x, y) => x.index - y.index);
  }
  return sortRows(rows);
}

/**
 * The paired entry of `among` that holds at least PART of x's words, of
 * which EXCLUSIVE are words that entry's partners lack: x is where those
 * went (a merge seen from the new article, a split from the old one), not
 * a copy of words its source also kept.
 */
function bestPartner(
  x: Entry,
  among: readonly Entry[],
  inside: Float64Array,
  rowOf: Map<Entry, AlignedRow>,
  partners: (row: AlignedRow) => Entry[],
): { row: AlignedRow; inside: number } | undefined {
  let best: { row: AlignedRow; inside: number; own: number } | undefined;
  among.forEach((e, k) => {
    const row = rowOf.get(e);
    if (!row || inside[k] < PART) return;
    const own = exclusive(
      x.grams,
      e.grams,
      partners(row).map((p) => p.grams),
    );
    if (own >= EXCLUSIVE && (!best || own > best.own)) best = { row, inside: inside[k], own };
  });
  return best;
}

/** The share of x's words that `holder` has and none of `others` has. */
export function exclusive(x: Bigrams, holder: Bigrams, others: readonly Bigrams[]): number {
  if (x.total === 0) return 0;
  let own = 0;
  for (const [g, n] of x.counts) {
    const held = Math.min(n, holder.counts.get(g) ?? 0);
    let elsewhere = 0;
    for (const o of others) elsewhere += o.counts.get(g) ?? 0;
    own += Math.max(0, held - elsewhere);
  }
  return own / x.total;
}

/** The unpaired new article in the gap an unpaired old article stands in, when it is the likeliest there. */
function sameGap(
  o: Entry,
  olds: readonly Entry[],
  news: readonly Entry[],
  rowOfOld: Map<Entry, AlignedRow>,
  rowOfNew: Map<Entry, AlignedRow>,
): { entry: Entry; score: number } | undefined {
  const newIndexOf = (e: Entry | undefined) => {
    const row = e && rowOfOld.get(e);
    return row?.after.length ? row.after[0].index : undefined;
  };
  let lo = -1;
  for (let i = o.index - 1; i >= 0 && lo < 0; i--) lo = newIndexOf(olds[i]) ?? -1;
  let hi = news.length;
  for (let i = o.index + 1; i < olds.length && hi === news.length; i++) hi = newIndexOf(olds[i]) ?? news.length;
  let best: { entry: Entry; score: number } | undefined;
  for (let j = lo + 1; j < hi; j++) {
    const n = news[j];
    if (rowOfNew.has(n)) continue;
    const score = similarity(o, n);
    if (score >= SAME_GAP && (!best || score > best.score)) best = { entry: n, score };
  }
  return best;
}

/** In the order of the new version; a deleted article right after the row of the article before it. */
function sortRows(rows: AlignedRow[]): AlignedRow[] {
  const kept = rows.filter((r) => r.after.length > 0).sort((x, y) => x.after[0].index - y.after[0].index);
  const deleted = rows.filter((r) => r.after.length === 0).sort((x, y) => x.before[0].index - y.before[0].index);
  const out: AlignedRow[] = [];
  const rowOfOldIndex = new Map<number, AlignedRow>();
  for (const r of kept) for (const e of r.before) rowOfOldIndex.set(e.index, r);
  const after = new Map<AlignedRow | undefined, AlignedRow[]>();
  for (const d of deleted) {
    let anchor: AlignedRow | undefined;
    for (let i = d.before[0].index - 1; i >= 0 && !anchor; i--) anchor = rowOfOldIndex.get(i);
    after.set(anchor, [...(after.get(anchor) ?? []), d]);
  }
  out.push(...(after.get(undefined) ?? []));
  for (const r of kept) {
    out.push(r);
    out.push(...(after.get(r) ?? []));
  }
  return out;
}
