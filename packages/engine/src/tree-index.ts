import { assertNever } from '@amend/model';
import type { Article, ArticleNumber, Chapter, Document, Item, Node, Paragraph, Part, Section, Subitem } from '@amend/model';

/**
 * Read-only lookups over one version of a rule: nodes by id, parents,
 * articles by number, and where every text unit (款/项/目) sits. The engine
 * builds one for the original rule, resolves every address against it, and
 * one for the result to read references written in the new numbering.
 */

/** Handles of the places that have no node id. */
export const DOC = '#doc';
export const TITLE = '#title';
export const PREAMBLE = '#preamble';
const HEADING = '#heading:';

/** The words of a part's, chapter's or section's heading (第二章的章名) as a text unit of its own. */
export function headingUnit(id: string): string {
  return HEADING + id;
}

/** The division whose heading a unit handle is, if it is one. */
export function headingOf(handle: string): string | undefined {
  return handle.startsWith(HEADING) ? handle.slice(HEADING.length) : undefined;
}

export type TextUnit = Paragraph | Item | Subitem;

/** Where a text unit sits: its part, chapter and section (if any), its article (if any), its 款 and its 项. */
export interface UnitPlace {
  part?: Part;
  chapter?: Chapter;
  section?: Section;
  article?: Article;
  paragraph?: Paragraph;
  /** 1-based position of the 款 in its article. */
  paragraphIndex?: number;
  item?: Item;
}

export interface TreeIndex {
  doc: Document;
  byId: Map<string, Node>;
  /** Child id → parent handle (DOC for the top level and the preamble). */
  parentOf: Map<string, string>;
  /** Child id → its position among its parent's children (or in the preamble). */
  childIndex: Map<string, number>;
  articles: Article[];
  /** Position of each article in `articles` (for 前条 and ranges, without a search). */
  articleIndex: Map<Article, number>;
  articleByKey: Map<string, Article>;
  parts: Part[];
  chapters: Chapter[];
  sections: Section[];
  /** Paragraphs, items and subitems in reading order. */
  units: TextUnit[];
  place: Map<string, UnitPlace>;
  /** Some node has no id, or the id of another (the index then holds the last of them). */
  clash: boolean;
}

export function articleKey(num: ArticleNumber): string {
  return num.sub ? `${num.n}.${num.sub}` : String(num.n);
}

export function isTextUnit(n: Node): n is TextUnit {
  return n.kind === 'paragraph' || n.kind === 'item' || n.kind === 'subitem';
}

export function indexTree(doc: Document): TreeIndex {
  const ix: TreeIndex = {
    doc,
    byId: new Map(),
    parentOf: new Map(),
    childIndex: new Map(),
    articles: [],
    articleIndex: new Map(),
    articleByKey: new Map(),
    parts: [],
    chapters: [],
    sections: [],
    units: [],
    place: new Map(),
    clash: false,
  };
  // Plain loops, and one place object shared by all the children that sit in the same place: this runs
  // twice on every application (the original and the result), over every node of the rule.
  const visitAll = (nodes: readonly Node[], parent: string, place: UnitPlace): void => {
    for (let i = 0; i < nodes.length; i++) visit(nodes[i], parent, place, i);
  };
  const visit = (node: Node, parent: string, place: UnitPlace, index: number): void => {
    if (!node.id || ix.byId.has(node.id)) ix.clash = true;
    ix.byId.set(node.id, node);
    ix.parentOf.set(node.id, parent);
    ix.childIndex.set(node.id, index);
    switch (node.kind) {
      case 'part':
        ix.parts.push(node);
        return visitAll(node.children, node.id, { part: node });
      case 'chapter':
        ix.chapters.push(node);
        return visitAll(node.children, node.id, { part: place.part, chapter: node });
      case 'section':
        ix.sections.push(node);
        return visitAll(node.children, node.id, { part: place.part, chapter: place.chapter, section: node });
      case 'article': {
        ix.articleIndex.set(node, ix.articles.length);
        ix.articles.push(node);
        // The first article with a number wins; a duplicate is a parser warning already.
        const key = articleKey(node.num);
        if (!ix.articleByKey.has(key)) ix.articleByKey.set(key, node);
        const { part, chapter, section } = place;
        const paragraphs = node.children;
        for (let i = 0; i < paragraphs.length; i++) {
          const p = paragraphs[i];
          visit(p, node.id, { part, chapter, section, article: node, paragraph: p, paragraphIndex: i + 1 }, i);
        }
        return;
      }
      case 'paragraph': {
        ix.units.push(node);
        const own = place.paragraph === node ? place : { ...place, paragraph: node };
        ix.place.set(node.id, own);
        if (node.children.length) visitAll(node.children, node.id, own.item === undefined ? own : { ...own, item: undefined });
        return;
      }
      case 'item': {
        ix.units.push(node);
        const own = { ...place, item: node };
        ix.place.set(node.id, own);
        if (node.children.length) visitAll(node.children, node.id, own);
        return;
      }
      case 'subitem':
        ix.units.push(node);
        ix.place.set(node.id, place);
        return;
      case 'document':
      case 'note':
      case 'point':
      case 'box':
      case 'table':
        break;
      default:
        return assertNever(node, 'node kind');
    }
    if ('children' in node)
      visitAll(node.children as Node[], node.id, { part: place.part, chapter: place.chapter, section: place.section });
  };
  visitAll(doc.preamble, DOC, {});
  visitAll(doc.children, DOC, {});
  return ix;
}

/** Handles from `id` up to the document, nearest first (excluding `id`). */
export function ancestors(ix: TreeIndex, id: string): string[] {
  const division = headingOf(id);
  if (division !== undefined) return [division, ...ancestors(ix, division)];
  const out: string[] = [];
  for (let p = ix.parentOf.get(id); p !== undefined; p = ix.parentOf.get(p)) out.push(p);
  return out;
}

/** The text units at or under a handle, in reading order. */
export function unitsUnder(ix: TreeIndex, handle: string): string[] {
  if (handle === TITLE || headingOf(handle) !== undefined) return [handle];
  if (handle === DOC) return ix.units.map((u) => u.id);
  if (handle === PREAMBLE) return ix.units.filter((u) => isUnder(ix, u.id, PREAMBLE)).map((u) => u.id);
  const node = ix.byId.get(handle);
  if (!node) return [];
  const out: string[] = [];
  const visit = (n: Node): void => {
    if (isTextUnit(n)) out.push(n.id);
    if ('children' in n) for (const c of n.children as Node[]) visit(c);
  };
  visit(node);
  return out;
}

/** Whether `id` is `handle` or lies under it. The preamble is a pseudo-container of the document. */
export function isUnder(ix: TreeIndex, id: string, handle: string): boolean {
  if (id === handle || handle === DOC) return true;
  if (handle === PREAMBLE) return topLevel(ix, id) !== undefined && ix.doc.preamble.some((p) => p.id === topLevel(ix, id));
  return ancestors(ix, id).includes(handle);
}

function topLevel(ix: TreeIndex, id: string): string | undefined {
  let cur = id;
  for (let p = ix.parentOf.get(cur); p !== undefined && p !== DOC; p = ix.parentOf.get(cur)) cur = p;
  return ix.parentOf.get(cur) === DOC ? cur : undefined;
}

/** The text of a unit handle in this version. */
export function unitText(ix: TreeIndex, handle: string): string {
  if (handle === TITLE) return ix.doc.title;
  const division = headingOf(handle);
  if (division !== undefined) {
    const d = ix.byId.get(division);
    return d && (d.kind === 'part' || d.kind === 'chapter' || d.kind === 'section') ? d.title : '';
  }
  const n = ix.byId.get(handle);
  return n && isTextUnit(n) ? n.text : '';
}

/** The articles of a version in reading order, without indexing anything else. */
export function articlesOf(doc: { readonly children: readonly Node[] }): Article[] {
  const out: Article[] = [];
  const visit = (nodes: readonly Node[]): void => {
    for (const n of nodes) {
      if (n.kind === 'article') out.push(n);
      else if (n.kind === 'part' || n.kind === 'chapter' || n.kind === 'section') visit(n.children);
    }
  };
  visit(doc.children);
  return out;
}
