import type { Address, Article, Chapter, Document, Item, Paragraph, Part, Section } from '@amend/model';

/**
 * A rule read the way a drafter reads it to compare two versions: its
 * articles in order, each with the headings it stands under, and the text
 * units (款, 项, 目) of every article.
 */

export type Heading = Part | Chapter | Section;

export interface HeadingEntry {
  node: Heading;
  /** Position among all headings, in reading order. */
  index: number;
  /** The headings above it, outermost first. */
  parents: HeadingEntry[];
}

export interface ArticleEntry {
  node: Article;
  /** Position among the rule's articles. */
  index: number;
  /** The innermost heading it stands under, if any. */
  container?: HeadingEntry;
  /** Content without the article's own number: what two versions are compared by. */
  key: string;
}

export interface Outline {
  articles: ArticleEntry[];
  headings: HeadingEntry[];
  /** Blocks outside articles (a plan's paragraphs, a heading's second line read as a paragraph); a rule has none. */
  strays: string[];
}

export function outline(doc: Document): Outline {
  const articles: ArticleEntry[] = [];
  const headings: HeadingEntry[] = [];
  const strays: string[] = [];
  const visit = (nodes: Document['children'], parents: HeadingEntry[]): void => {
    for (const n of nodes) {
      if (n.kind === 'part' || n.kind === 'chapter' || n.kind === 'section') {
        const entry: HeadingEntry = { node: n, index: headings.length, parents };
        headings.push(entry);
        visit(n.children as Document['children'], [...parents, entry]);
      } else if (n.kind === 'article') {
        articles.push({ node: n, index: articles.length, container: parents[parents.length - 1], key: articleKey(n) });
      } else {
        strays.push(JSON.stringify(n, (k, x) => (k === 'id' || k === 'pos' ? undefined : x)));
      }
    }
  };
  visit(doc.children, []);
  return { articles, headings, strays };
}

/** 款, 项 and 目 of an article, each one line as the canonical text prints it. */
export function articleKey(a: Article): string {
  return a.children.map(paragraphKey).join('\n');
}

export function paragraphKey(p: Paragraph): string {
  return [p.text, ...p.children.map(itemKey)].join('\n');
}

export function itemKey(i: Item): string {
  return [i.label + i.text, ...i.children.map((s) => s.label + s.text)].join('\n');
}

/** The heading chain of an entry, outermost first, itself last. */
export function chain(h: HeadingEntry | undefined): HeadingEntry[] {
  return h ? [...h.parents, h] : [];
}

/** One 款's words, one 项's or one 目's: where a quoted phrase is looked for. */
export interface UnitEntry {
  text: string;
  /** How a decision names it (第三条第二款; 第三条第一项, or 第三条第二款第一项 when several 款 hold 项). */
  addr: Address;
  /** Indices of the units in its own scope (a 款 holds its 项 and 目). */
  scope: number[];
  /** Restating it means restating the 款 (its lead-in) or the 项 (the 项 or one of its 目). */
  owner: 'paragraph' | 'item';
  /** Index of its 款 in the article, and its 项 number. */
  para: number;
  item?: number;
}

export function unitsOf(a: Article): UnitEntry[] {
  const units: UnitEntry[] = [];
  const num = a.num;
  const holders = a.children.filter((p) => p.children.length > 0).length;
  a.children.forEach((p, pi) => {
    const lead = units.length;
    units.push({ text: p.text, scope: [], addr: { article: num, paragraph: pi + 1 }, owner: 'paragraph', para: pi });
    for (const it of p.children) {
      const at = units.length;
      const addr: Address =
        holders > 1 || p.text === '' ? { article: num, paragraph: pi + 1, item: it.num } : { article: num, item: it.num };
      units.push({ text: it.text, scope: [], addr, owner: 'item', para: pi, item: it.num });
      for (const s of it.children)
        units.push({ text: s.text, scope: [units.length], addr: { ...addr, subitem: s.num }, owner: 'item', para: pi, item: it.num });
      units[at].scope = span(at, units.length);
    }
    units[lead].scope = span(lead, units.length);
  });
  return units;
}

function span(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}
