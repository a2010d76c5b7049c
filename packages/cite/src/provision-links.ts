import type { Article, Provision, ProvisionLink } from '@amend/model';
import { bigrams, dice, type Bigrams } from '@amend/render';
import { coverage, insideEach, postings, type Postings } from './align-versions.ts';

/**
 * Where each 款 and 项 of an old article went: to a 款 or 项 of the articles
 * its row pairs it with, or, when none of those holds its words, to the
 * likeliest anywhere in the new version (a 款 moved to another article, an
 * item made an article of its own). Scored by Dice, or by how much of the old
 * words a longer new unit holds.
 */

interface Unit {
  article: Article;
  /** 1-based 款 within the article. */
  paragraph: number;
  item?: number;
  text: string;
  grams: Bigrams;
}

/** Below this nothing holds the old words: the 款 or 项 is deleted. */
const KEPT = 0.3;
/** Below this the row's own articles are not trusted and the whole new version is searched. */
const LOCAL = 0.5;

function unitsOf(article: Article): Unit[] {
  const out: Unit[] = [];
  article.children.forEach((p, k) => {
    const text = [p.text, ...p.children.map((i) => i.text + i.children.map((s) => s.text).join(''))].join('').replace(/\s+/g, '');
    out.push({ article, paragraph: k + 1, text, grams: bigrams(text) });
    for (const i of p.children) {
      const t = (i.text + i.children.map((s) => s.text).join('')).replace(/\s+/g, '');
      out.push({ article, paragraph: k + 1, item: i.num, text: t, grams: bigrams(t) });
    }
  });
  return out;
}

/** A new unit as a citation names it: the 款 only when its article has more than one. */
function provisionOf(u: Unit): Provision {
  const p: Provision = { article: u.article.num };
  if (u.article.children.length > 1) p.paragraph = u.paragraph;
  if (u.item !== undefined) p.item = u.item;
  return p;
}

function score(a: Unit, b: Unit, inside: number, floor: number): number {
  if (a.text === b.text) return 1;
  // Dice cannot beat the share of the shorter text in the longer one.
  const bound = (2 * Math.min(a.grams.total, b.grams.total)) / Math.max(1, a.grams.total + b.grams.total);
  const held = 0.9 * inside;
  if (bound <= floor && held <= floor) return Math.max(held, 0);
  return Math.max(dice(a.grams, b.grams), held);
}

/** Every new 款 and 项 of a version, by article, with a postings index for searching them all. */
export class NewUnits {
  readonly all: Unit[];
  readonly byArticle = new Map<Article, Unit[]>();
  private readonly index: Postings;

  constructor(articles: readonly Article[]) {
    this.all = [];
    for (const a of articles) {
      const list = unitsOf(a);
      this.byArticle.set(a, list);
      this.all.push(...list);
    }
    this.index = postings(this.all);
  }

  /** The best unit anywhere for `u` that beats `floor`. */
  best(u: Unit, level: 'paragraph' | 'any', floor: number): { unit: Unit; score: number } | undefined {
    const inside = insideEach(u, this.index);
    let best: { unit: Unit; score: number } | undefined;
    this.all.forEach((v, k) => {
      if ((level === 'paragraph' && v.item !== undefined) || inside[k] < KEPT) return;
      const s = score(u, v, inside[k], best?.score ?? floor);
      if (s > (best?.score ?? floor)) best = { unit: v, score: s };
    });
    return best;
  }
}

/** The links of the 款 and 项 of one row's old articles. */
export function linkProvisions(before: readonly Article[], after: readonly Article[], everywhere: NewUnits): ProvisionLink[] {
  const olds = before.flatMap(unitsOf);
  const local = after.flatMap((a) => everywhere.byArticle.get(a) ?? unitsOf(a));
  // One article on each side, word for word: every 款 and 项 keeps its place.
  if (before.length === 1 && after.length === 1 && olds.length === local.length && olds.every((u, k) => u.text === local[k].text)) {
    return olds.map((u, k) => link(u, local[k], 1));
  }
  const scored = (u: Unit, bonus?: (v: Unit) => number): Match[] => {
    const out: Match[] = [];
    for (const v of local) {
      // A 款 goes to a 款; a 项 to a 项, or to a 款 when it was made one.
      if (u.item === undefined && v.item !== undefined) continue;
      const s = score(u, v, coverage(u.grams, [v.grams]), KEPT) + (bonus?.(v) ?? 0);
      if (s >= KEPT) out.push({ unit: v, score: s });
    }
    return out;
  };
  const paragraphs = assign(
    olds.filter((u) => u.item === undefined),
    (u) => scored(u),
    everywhere,
  );
  const items = assign(
    olds.filter((u) => u.item !== undefined),
    (u) => {
      const here = paragraphs.get(olds.find((p) => p.item === undefined && p.article === u.article && p.paragraph === u.paragraph)!)?.unit;
      return scored(u, (v) => (here && v.item !== undefined && v.article === here.article && v.paragraph === here.paragraph ? 0.05 : 0));
    },
    everywhere,
  );
  return olds.map((u) => {
    const m = (u.item === undefined ? paragraphs : items).get(u);
    return m ? link(u, m.unit, m.score) : { before: beforeOf(u), after: [], confidence: 1, textChanged: true };
  });
}

interface Match {
  unit: Unit;
  score: number;
}

/** Two old units may share a new one only if both hold it this well (two 款 merged into one). */
const SHARE = 0.6;

/**
 * Old units to new ones, the surest pairs first: a new unit already taken is
 * shared only between strong matches, so a struck-out 项 does not land on
 * the 项 its neighbour became. What finds nothing good among the row's own
 * articles is looked for in the whole new version.
 */
function assign(olds: readonly Unit[], candidates: (u: Unit) => Match[], everywhere: NewUnits): Map<Unit, Match> {
  const pairs: { u: Unit; m: Match }[] = [];
  for (const u of olds) for (const m of candidates(u)) pairs.push({ u, m });
  pairs.sort((x, y) => y.m.score - x.m.score);
  const out = new Map<Unit, Match>();
  const taken = new Map<Unit, number>();
  for (const { u, m } of pairs) {
    if (out.has(u)) continue;
    const held = taken.get(m.unit);
    if (held !== undefined && (held < SHARE || m.score < SHARE)) continue;
    out.set(u, m);
    taken.set(m.unit, Math.min(held ?? Infinity, m.score));
  }
  for (const u of olds) {
    const m = out.get(u);
    if (m && m.score >= LOCAL) continue;
    const far = everywhere.best(u, u.item === undefined ? 'paragraph' : 'any', m?.score ?? KEPT);
    if (far) out.set(u, far);
  }
  return out;
}

function beforeOf(u: Unit): Provision {
  return { article: u.article.num, paragraph: u.paragraph, ...(u.item !== undefined ? { item: u.item } : {}) };
}

function link(u: Unit, v: Unit, score: number): ProvisionLink {
  return {
    before: beforeOf(u),
    after: [provisionOf(v)],
    confidence: Math.min(1, Math.round(score * 100) / 100),
    textChanged: v.text !== u.text,
  };
}
