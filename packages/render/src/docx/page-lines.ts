/**
 * A rule as the lines of its printed page, each with its look and the unit
 * it belongs to: what a tracked-changes document is aligned and marked on.
 * The lines are those of the canonical text without its blank lines and 目录
 * (the paragraphs `renderDocx` prints); a table is a line per row, cells
 * separated by tabs.
 */
import { articleLabel, assertNever } from '@amend/model';
import type { Article, Block, Document, Node } from '@amend/model';
import { articleLines, GAP, headingLabel, noteText, paragraphLines } from '../text.ts';

export type LineLook = 'title' | 'note' | 'heading' | 'body' | 'box';

export interface PageLine {
  text: string;
  look: LineLook;
  /** How many characters at the start are bold: the article number, a whole 一、 point or 专栏 title. */
  bold: number;
  /**
   * Lines of one unit are aligned together: an article (by its place in the
   * old→new mapping), the title, the 题注, the 引言, a heading, a block.
   */
  unit: string;
}

/** The lines of a document; `articleUnit` names the unit of each article. */
export function pageLines(doc: Document, articleUnit: (a: Article) => string): PageLine[] {
  const out: PageLine[] = [{ text: doc.title, look: 'title', bold: 0, unit: 'title' }];
  for (const n of doc.notes) out.push({ text: noteText(n), look: 'note', bold: 0, unit: 'notes' });
  for (const p of doc.preamble) for (const l of paragraphLines(p)) out.push({ text: l.text, look: 'body', bold: 0, unit: 'preamble' });
  const visit = (node: Node): void => {
    switch (node.kind) {
      case 'part':
      case 'chapter':
      case 'section': {
        const text = headingLabel(node);
        out.push({ text, look: 'heading', bold: 0, unit: `heading:${text}` });
        node.children.forEach(visit);
        return;
      }
      case 'article': {
        const unit = articleUnit(node);
        const label = articleLabel(node.num) + GAP;
        articleLines(node).forEach((l, k) =>
          out.push({ text: k === 0 ? label + l.text : l.text, look: 'body', bold: k === 0 ? label.length - 1 : 0, unit }),
        );
        return;
      }
      case 'paragraph':
      case 'point':
      case 'box':
      case 'table':
        block(node, `block:${node.kind}:${firstText(node)}`);
        return;
      case 'document':
      case 'note':
      case 'item':
      case 'subitem':
        return;
      default:
        return assertNever(node, 'node kind');
    }
  };
  /** A block of a plan (a 款 outside articles, a point, a 专栏, a table) and what it holds, as one unit. */
  const block = (b: Block, unit: string): void => {
    switch (b.kind) {
      case 'paragraph':
        for (const l of paragraphLines(b)) out.push({ text: l.text, look: 'body', bold: 0, unit });
        return;
      case 'point': {
        const text = b.label + b.text;
        out.push({ text, look: 'body', bold: b.style === 'dun' ? text.length : 0, unit });
        for (const c of b.children) block(c, unit);
        return;
      }
      case 'box':
        out.push({ text: b.title, look: 'box', bold: b.title.length, unit });
        for (const c of b.children) block(c, unit);
        return;
      case 'table':
        for (const r of b.rows) out.push({ text: r.join('\t'), look: 'body', bold: 0, unit });
        return;
      default:
        return assertNever(b, 'block kind');
    }
  };
  doc.children.forEach(visit);
  return out;
}

/** Blocks are told apart by their first words, so an unchanged block lines up with itself. */
function firstText(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
    case 'point':
      return b.text.slice(0, 40);
    case 'box':
      return b.title;
    case 'table':
      return (b.rows[0] ?? []).join('\t').slice(0, 40);
    default:
      return assertNever(b, 'block kind');
  }
}
