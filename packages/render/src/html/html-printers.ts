import { articleLabel, assertNever } from '@amend/model';
import type { Article, Box, Document, Item, Node, Paragraph, Subitem, Table } from '@amend/model';
import { escapeHtml as esc } from '../escape.ts';
import { GAP, headingLabel, noteText, type Heading, type PlanPoint } from '../text.ts';
import type { Anchors } from './anchors.ts';

/**
 * One printer per node kind; `printNode` is the only dispatch. Printers return
 * HTML fragments; every piece of rule text goes through `esc`.
 */
export interface HtmlContext {
  anchors: Anchors;
  /** How many 编/章/节 headings enclose the node: chooses h2, h3, h4. */
  depth: number;
}

export function printNode(node: Node, ctx: HtmlContext): string {
  switch (node.kind) {
    case 'document':
      return printBody(node, ctx);
    case 'note':
      return `<p class="note">${esc(noteText(node))}</p>`;
    case 'part':
    case 'chapter':
    case 'section':
      return printHeading(node, ctx);
    case 'article':
      return printArticle(node, ctx);
    case 'paragraph':
      return printParagraph(node, '');
    case 'item':
      return printItem(node);
    case 'subitem':
      return printSubitem(node);
    case 'point':
      return printPoint(node, ctx);
    case 'box':
      return printBox(node, ctx);
    case 'table':
      return printTable(node);
    default:
      return assertNever(node, 'node kind');
  }
}

function printAll(nodes: readonly Node[], ctx: HtmlContext): string {
  return nodes.map((n) => printNode(n, ctx)).join('\n');
}

/** Everything under the title block: 引言, then the body. */
function printBody(doc: Document, ctx: HtmlContext): string {
  const preamble = doc.preamble.length ? `<div class="preamble">\n${printAll(doc.preamble, ctx)}\n</div>\n` : '';
  return preamble + printAll(doc.children, ctx);
}

function printHeading(h: Heading, ctx: HtmlContext): string {
  const tag = `h${Math.min(2 + ctx.depth, 6)}`;
  const heading = `<${tag} class="${h.kind}" id="${esc(ctx.anchors.for(h))}">${esc(headingLabel(h))}</${tag}>`;
  const inner = printAll(h.children, { ...ctx, depth: ctx.depth + 1 });
  return `<section class="${h.kind}-body">\n${heading}\n${inner}\n</section>`;
}

function printArticle(a: Article, ctx: HtmlContext): string {
  const [first, ...rest] = a.children;
  const num = `<b class="num">${esc(articleLabel(a.num))}</b>${GAP}`;
  const paras = first ? [printParagraph(first, num), ...rest.map((p) => printParagraph(p, ''))] : [`<p>${num}</p>`];
  return `<div class="article" id="${esc(ctx.anchors.for(a))}">\n${paras.join('\n')}\n</div>`;
}

/** A 款; `lead` is markup already escaped (the bold article number) put before the text. */
function printParagraph(p: Paragraph, lead: string): string {
  const own = `<p>${lead}${esc(p.text)}</p>`;
  return p.children.length ? [own, ...p.children.map(printItem)].join('\n') : own;
}

function printItem(item: Item): string {
  const own = `<p class="item">${esc(item.label + item.text)}</p>`;
  return item.children.length ? [own, ...item.children.map(printSubitem)].join('\n') : own;
}

function printSubitem(sub: Subitem): string {
  return `<p class="subitem">${esc(sub.label + sub.text)}</p>`;
}

function printPoint(pt: PlanPoint, ctx: HtmlContext): string {
  const own = `<p class="point point-${pt.style}">${esc(pt.label + pt.text)}</p>`;
  return pt.children.length ? `${own}\n${printAll(pt.children, ctx)}` : own;
}

function printBox(box: Box, ctx: HtmlContext): string {
  return `<aside class="box">\n<p class="box-title">${esc(box.title)}</p>\n${printAll(box.children, ctx)}\n</aside>`;
}

function printTable(t: Table): string {
  const rows = t.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`);
  return `<table class="grid">\n${rows.join('\n')}\n</table>`;
}
