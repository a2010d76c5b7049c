import { articleLabel, articleSegment, headingNumber } from '@amend/model';
import type { Article, Chapter, Document, Item, Note, Paragraph, Part, Section, Subitem } from '@amend/model';

/** The separator canonical text puts between a number and what follows (U+3000). */
export const GAP = '\u3000';

export type Heading = Part | Chapter | Section;

export type { PlanPoint } from '@amend/model';

export { headingNumber };

/** 第二章　总则: number and title, whichever of them there is. */
export function headingLabel(h: Heading): string {
  return [headingNumber(h), h.title].filter(Boolean).join(GAP);
}

/** A 题注 as printed: the tree keeps its words, the page adds the brackets. */
export function noteText(note: Note): string {
  return `（${note.text}）`;
}

/** One line of an article as printed: what kind of line it is and its text without the article number. */
export interface ArticleLine {
  kind: 'paragraph' | 'item' | 'subitem';
  text: string;
}

/**
 * The lines of an article in reading order: each 款, then its 项 and 目 with
 * their labels as written. The first line is the one the number goes before.
 */
export function articleLines(article: Article): ArticleLine[] {
  const lines: ArticleLine[] = [];
  for (const p of article.children) paragraphLines(p, lines);
  if (lines.length === 0) lines.push({ kind: 'paragraph', text: '' });
  return lines;
}

export function paragraphLines(p: Paragraph, into: ArticleLine[] = []): ArticleLine[] {
  into.push({ kind: 'paragraph', text: p.text });
  for (const item of p.children) itemLines(item, into);
  return into;
}

function itemLines(item: Item, into: ArticleLine[]): void {
  into.push({ kind: 'item', text: item.label + item.text });
  for (const sub of item.children) into.push({ kind: 'subitem', text: subitemText(sub) });
}

function subitemText(sub: Subitem): string {
  return sub.label + sub.text;
}

/**
 * An article as one string, number included, lines joined by `\n`: the unit
 * redlines and the 对照表 diff, so that a renumbering shows in the number.
 */
export function articleText(article: Article): string {
  const lines = articleLines(article).map((l) => l.text);
  lines[0] = articleLabel(article.num) + GAP + lines[0];
  return lines.join('\n');
}

/** The article's words without its number: what similarity is measured on. */
export function articleBody(article: Article): string {
  return articleLines(article)
    .map((l) => l.text)
    .join('\n');
}

/** Every article of a document in reading order, through 编/章/节. */
export function articlesOf(doc: Document): Article[] {
  const out: Article[] = [];
  const visit = (children: readonly Document['children'][number][]): void => {
    for (const node of children) {
      if (node.kind === 'article') out.push(node);
      else if (node.kind === 'part' || node.kind === 'chapter' || node.kind === 'section') visit(node.children);
    }
  };
  visit(doc.children);
  return out;
}

/** A readable anchor for an article: `art_8`, `art_133_2`. Article numbers are unique within a rule. */
export function articleAnchor(article: Article): string {
  return articleSegment(article.num);
}
