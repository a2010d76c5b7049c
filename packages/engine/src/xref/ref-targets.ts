import type { Article, Chapter, Item, Node, Paragraph, Part, Section, Subitem } from '@amend/model';
import { articleKey, DOC, type TreeIndex, type UnitPlace } from '../tree-index.ts';
import type { Atom, Level, RefMatch } from './scan.ts';

/**
 * What a reference points to in one version of the rule, read from the place
 * it is written: 前款 is the 款 before the one holding it, 第二款 without an
 * article is a 款 of the same article, 第一节 without a chapter a section of
 * the same chapter (第三章 without a part, a chapter of the same part), and in
 * a list an atom that starts below the level of the previous one continues it
 * (第十六条第六项、第七项; 第二章第一节、第二节).
 */

/** The nodes an atom passes through, most general first. */
export interface Chain {
  part?: Part;
  chapter?: Chapter;
  section?: Section;
  article?: Article;
  paragraph?: Paragraph;
  item?: Item;
  subitem?: Subitem;
  /** The article was not written (第二款, 前款): it is the one the reference sits in. */
  implicitArticle: boolean;
}

export type Target = Part | Chapter | Section | Article | Paragraph | Item | Subitem;

export interface ResolvedAtom {
  atom: Atom;
  chain: Chain;
  /** Ids of the nodes pointed to (several for 前两款 and ranges). */
  ids: string[];
  /** The 款 (or article, 项) a relative word points to: 前两款 → two 款. */
  relIds: string[];
  /** The node each numbered component names, aligned with `atom.parts`. */
  partNodes: (Target | undefined)[];
  /** For the first atom of a range (第八条至第十条): the nodes strictly inside it. */
  interior: string[];
  missing: boolean;
}

export function resolveMatch(ix: TreeIndex, m: RefMatch, place: UnitPlace): ResolvedAtom[] {
  const out: ResolvedAtom[] = [];
  let prev: Chain | undefined;
  for (const atom of m.atoms) {
    const r = resolveAtom(ix, atom, place, prev);
    if (atom.rangeFromPrevious && out.length > 0) widenRange(ix, out[out.length - 1], r);
    out.push(r);
    prev = r.chain;
  }
  return out;
}

/** The levels a chain carries over to the next atom of a list, by the level that atom starts at. */
const CARRIED: Record<Level, (keyof Chain)[]> = {
  part: [],
  chapter: ['part'],
  section: ['part', 'chapter'],
  article: [],
  paragraph: ['article', 'implicitArticle'],
  item: ['article', 'implicitArticle', 'paragraph'],
  subitem: ['article', 'implicitArticle', 'paragraph', 'item'],
};

function resolveAtom(ix: TreeIndex, atom: Atom, place: UnitPlace, prev: Chain | undefined): ResolvedAtom {
  const chain: Chain = { implicitArticle: true };
  const r: ResolvedAtom = { atom, chain, ids: [], relIds: [], partNodes: [], interior: [], missing: false };
  const here = place.article;
  const top = atom.rel ? undefined : atom.parts[0]?.level;
  // Continue the previous atom of a list above this atom's first level.
  if (prev && top && CARRIED[top].length > 0) {
    for (const k of CARRIED[top]) (chain as unknown as Record<string, unknown>)[k] = prev[k];
  } else if (atom.rel !== 'prev-article') chain.article = here;
  switch (atom.rel) {
    case 'this-part':
    case 'this-chapter':
    case 'this-section': {
      const level = atom.rel === 'this-part' ? 'part' : atom.rel === 'this-chapter' ? 'chapter' : 'section';
      chain.part = place.part;
      if (level !== 'part') chain.chapter = place.chapter;
      if (level === 'section') chain.section = place.section;
      const node = place[level];
      if (!node) r.missing = true;
      else r.ids = [node.id];
      break;
    }
    case 'prev-article': {
      const i = here ? (ix.articleIndex.get(here) ?? -1) : -1;
      chain.article = i > 0 ? ix.articles[i - 1] : undefined;
      chain.implicitArticle = false;
      if (!chain.article) r.missing = true;
      else r.ids = [chain.article.id];
      break;
    }
    case 'this-article':
      if (here) r.ids = [here.id];
      break;
    case 'this-paragraph':
      chain.paragraph = place.paragraph;
      if (place.paragraph) r.ids = [place.paragraph.id];
      break;
    case 'prev-paragraph': {
      const idx = place.paragraphIndex ?? 0;
      const k = atom.count ?? 1;
      const paras = here && idx - k >= 1 ? here.children.slice(idx - 1 - k, idx - 1) : [];
      if (paras.length !== k) r.missing = true;
      chain.paragraph = paras[paras.length - 1];
      r.ids = paras.map((p) => p.id);
      r.relIds = r.ids;
      break;
    }
    case 'this-item':
    case 'prev-item': {
      const items = place.paragraph?.children ?? [];
      const i = place.item ? items.indexOf(place.item) : -1;
      const item = atom.rel === 'this-item' ? place.item : i > 0 ? items[i - 1] : undefined;
      chain.paragraph = place.paragraph;
      chain.item = item;
      if (!item) r.missing = true;
      else r.ids = [item.id];
      break;
    }
    case undefined:
      break;
  }
  for (const part of atom.parts) {
    switch (part.level) {
      case 'part':
        chain.part = ix.parts.find((p) => p.num === part.n);
        break;
      case 'chapter': {
        // 第三章 alone: a chapter of the part the reference sits in, when the rule has parts.
        const within = chain.part ?? (atom.parts[0] === part ? place.part : undefined);
        chain.chapter = ix.chapters.find((c) => c.num === part.n && (within === undefined || ix.parentOf.get(c.id) === within.id));
        break;
      }
      case 'section': {
        const within = chain.chapter ?? place.chapter;
        chain.section = ix.sections.find((s) => s.num === part.n && ix.parentOf.get(s.id) === (within?.id ?? DOC));
        break;
      }
      case 'article':
        chain.article = ix.articleByKey.get(articleKey({ n: part.n, sub: part.sub }));
        chain.implicitArticle = false;
        chain.paragraph = undefined;
        break;
      case 'paragraph':
        chain.paragraph = chain.article?.children[part.n - 1];
        break;
      case 'item': {
        // 第三项 alone: the 款 the reference sits in when it holds items, else the 款 of the article that does.
        const para =
          chain.paragraph ??
          (chain.implicitArticle && place.paragraph?.children.some((i) => i.num === part.n) ? place.paragraph : undefined) ??
          chain.article?.children.find((p) => p.children.some((i) => i.num === part.n));
        chain.paragraph = para;
        chain.item = para?.children.find((i) => i.num === part.n);
        break;
      }
      case 'subitem':
        chain.item ??= place.item;
        chain.subitem = chain.item?.children.find((s) => s.num === part.n);
        break;
    }
    r.partNodes.push(chain[part.level]);
  }
  const last = atom.parts[atom.parts.length - 1];
  if (last) {
    const node = chain[last.level];
    if (node) r.ids = [node.id];
    else r.missing = true;
  }
  return r;
}

/**
 * The nodes a range runs through, in order: articles through the rule;
 * divisions, 款, 项 and 目 among their siblings (第二款至第四款 of one article).
 */
export function rangeRun(ix: TreeIndex, node: Node): readonly Node[] | undefined {
  if (node.kind === 'article') return ix.articles;
  const parent = ix.parentOf.get(node.id);
  const siblings = parent === DOC ? ix.doc.children : (ix.byId.get(parent ?? '') as { children?: Node[] } | undefined)?.children;
  return siblings?.filter((n) => n.kind === node.kind);
}

/** 第八条至第十条 also points to 第九条; 第二章至第四章 to 第三章; 第一项至第三项 to 第二项. */
function widenRange(ix: TreeIndex, from: ResolvedAtom, to: ResolvedAtom): void {
  const a = from.partNodes[from.partNodes.length - 1];
  const b = to.partNodes[to.partNodes.length - 1];
  if (!a || !b || a.kind !== b.kind || from.atom.parts.length !== to.atom.parts.length) return;
  const run = rangeRun(ix, a);
  if (!run) return;
  const at = (n: Node) => (n.kind === 'article' ? (ix.articleIndex.get(n) ?? -1) : run.indexOf(n));
  const i = at(a);
  const j = at(b);
  if (i < 0 || j <= i + 1) return;
  from.interior = run.slice(i + 1, j).map((x) => x.id);
  from.ids = [...from.ids, ...from.interior];
}
