import { articleLabel, assertNever } from '@amend/model';
import type { Article, Box, Document, Item, Node, Paragraph, Subitem, Table } from '@amend/model';
import { escapeMd, escapeMdLine } from '../escape.ts';
import { GAP, headingLabel, noteText, type Heading, type PlanPoint } from '../text.ts';

/**
 * One printer per node kind; `printNode` is the only dispatch. Each printer
 * returns Markdown blocks (joined by blank lines by the caller).
 */
export interface MdContext {
  /** How many 编/章/节 headings enclose the node: chooses ##, ###, ####. */
  depth: number;
}

export function printNode(node: Node, ctx: MdContext): string[] {
  switch (node.kind) {
    case 'document':
      return printDocument(node, ctx);
    case 'note':
      return [escapeMdLine(noteText(node))];
    case 'part':
    case 'chapter':
    case 'section':
      return printHeading(node, ctx);
    case 'article':
      return printArticle(node);
    case 'paragraph':
      return printParagraph(node, '');
    case 'item':
      return printItem(node);
    case 'subitem':
      return [printSubitem(node)];
    case 'point':
      return printPoint(node, ctx);
    case 'box':
      return printBox(node, ctx);
    case 'table':
      return [printTable(node)];
    default:
      return assertNever(node, 'node kind');
  }
}

function printAll(nodes: readonly Node[], ctx: MdContext): string[] {
  return nodes.flatMap((n) => printNode(n, ctx));
}

function printDocument(doc: Document, ctx: MdContext): string[] {
  return [`# ${escapeMd(doc.title)}`, ...printAll(doc.notes, ctx), ...printAll(doc.preamble, ctx), ...printAll(doc.children, ctx)];
}

function printHeading(h: Heading, ctx: MdContext): string[] {
  const marks = '#'.repeat(Math.min(2 + ctx.depth, 6));
  return [`${marks} ${escapeMd(headingLabel(h))}`, ...printAll(h.children, { depth: ctx.depth + 1 })];
}

function printArticle(a: Article): string[] {
  const lead = `**${articleLabel(a.num)}**${GAP}`;
  const [first, ...rest] = a.children;
  if (!first) return [lead.trimEnd()];
  return [...printParagraph(first, lead), ...rest.flatMap((p) => printParagraph(p, ''))];
}

/** A 款; `lead` is Markdown already formed (the bold article number). */
function printParagraph(p: Paragraph, lead: string): string[] {
  const own = lead ? lead + escapeMd(p.text) : escapeMdLine(p.text);
  return [own, ...p.children.flatMap(printItem)];
}

function printItem(item: Item): string[] {
  return [escapeMdLine(item.label + item.text), ...item.children.map(printSubitem)];
}

function printSubitem(sub: Subitem): string {
  return escapeMdLine(sub.label + sub.text);
}

function printPoint(pt: PlanPoint, ctx: MdContext): string[] {
  return [escapeMdLine(pt.label + pt.text), ...printAll(pt.children, ctx)];
}

/** A 专栏 as a block quote: its title in bold, then its contents. */
function printBox(box: Box, ctx: MdContext): string[] {
  const blocks = [`**${escapeMd(box.title)}**`, ...printAll(box.children, ctx)];
  return [
    blocks
      .map((b) =>
        b
          .split('\n')
          .map((l) => `> ${l}`)
          .join('\n'),
      )
      .join('\n>\n'),
  ];
}

/** A GFM table; the first row is the header. Ragged rows are padded so no cell is dropped. */
function printTable(t: Table): string {
  const width = Math.max(1, ...t.rows.map((r) => r.length));
  const cell = (c: string | undefined): string => escapeMd(c ?? '').replace(/\r?\n/g, '<br>');
  const line = (r: readonly string[]): string => `| ${Array.from({ length: width }, (_, i) => cell(r[i])).join(' | ')} |`;
  const [head = [], ...body] = t.rows;
  return [line(head), `| ${Array(width).fill('---').join(' | ')} |`, ...body.map(line)].join('\n');
}

export function renderMd(doc: Document): string {
  return printNode(doc, { depth: 0 }).join('\n\n') + '\n';
}
