import type { Address } from '@amend/model';
import { chain, type ArticleEntry, type HeadingEntry, type Outline } from './outline.ts';
import { align } from './pairing.ts';

/**
 * Which article and which heading of the old version each one of the new
 * version is. Articles pair by their words; headings by kind and title, or,
 * renamed, by the articles they hold. An article kept under a heading that
 * is not the same heading any more has moved: no operation moves an article,
 * so it is deleted where it was and added where it is.
 */
export interface Skeleton {
  /** NEW article index → OLD article index, or -1 (added). */
  articles: number[];
  /** NEW heading index → OLD heading index, or -1 (added). */
  headings: number[];
}

/** Least similarity for two different articles to count as one amended article. */
const ARTICLE_MIN = 0.5;

export function pairStructure(o: Outline, n: Outline): Skeleton {
  const articles = align(
    o.articles.map((a) => a.key),
    n.articles.map((a) => a.key),
    // A 之一 article keeps its 之 through any renumbering, and a plain article never gains one.
    { min: ARTICLE_MIN, fill: true, compatible: (i, j) => !o.articles[i].node.num.sub === !n.articles[j].node.num.sub },
  );
  const headings = pairHeadings(o, n, articles);
  // An article under another heading than before has moved.
  articles.forEach((i, j) => {
    if (i >= 0 && !sameContainer(o.articles[i], n.articles[j], headings)) articles[j] = -1;
  });
  return { articles, headings };
}

function sameContainer(a: ArticleEntry, b: ArticleEntry, headings: number[]): boolean {
  if (!a.container || !b.container) return !a.container && !b.container;
  return headings[b.container.index] === a.container.index;
}

function pairHeadings(o: Outline, n: Outline, articles: number[]): number[] {
  const key = (h: HeadingEntry) => `${h.node.kind}\u0000${h.node.title}`;
  const partner = align(o.headings.map(key), n.headings.map(key), { min: 0.6, fill: false });
  // A renamed heading: the old heading most of its articles come from.
  const votes = n.headings.map(() => new Map<number, number>());
  articles.forEach((i, j) => {
    if (i < 0) return;
    const from = chain(o.articles[i].container);
    for (const h of chain(n.articles[j].container)) {
      const same = from.find((x) => x.node.kind === h.node.kind);
      if (same) votes[h.index].set(same.index, (votes[h.index].get(same.index) ?? 0) + 1);
    }
  });
  const taken = new Set(partner.filter((i) => i >= 0));
  n.headings.forEach((_, j) => {
    if (partner[j] >= 0) return;
    const best = [...votes[j]].sort((x, y) => y[1] - x[1])[0];
    if (!best || taken.has(best[0])) return;
    // Keep the order of headings: between the partners of its neighbours.
    const before =
      partner
        .slice(0, j)
        .filter((i) => i >= 0)
        .pop() ?? -1;
    const after = partner.slice(j + 1).find((i) => i >= 0) ?? o.headings.length;
    if (best[0] > before && best[0] < after) {
      partner[j] = best[0];
      taken.add(best[0]);
    }
  });
  // Same kind, and the same parent (a section stays in its chapter).
  n.headings.forEach((h, j) => {
    const i = partner[j];
    if (i < 0) return;
    const oh = o.headings[i];
    const op = oh.parents[oh.parents.length - 1];
    const np = h.parents[h.parents.length - 1];
    const parentOk = !op && !np ? true : !!op && !!np && partner[np.index] === op.index;
    if (oh.node.kind !== h.node.kind || !parentOk) partner[j] = -1;
  });
  return partner;
}

/** 第三章, 第二章第一节, 第一编第二章: how a decision names a heading of the old text. */
export function headingAddress(h: HeadingEntry): Address {
  const a: Address = {};
  for (const x of chain(h)) {
    if (x.node.kind === 'part') a.part = x.node.num;
    else if (x.node.kind === 'chapter') a.chapter = x.node.num;
    else a.section = x.node.num;
  }
  return a;
}
