import { articleLabel, assertNever } from '@amend/model';
import type { Article, Box, Document, Item, Node, Paragraph as Para, Subitem, Table as TableNode } from '@amend/model';
import { BorderStyle, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { GAP, headingLabel, noteText, type Heading, type PlanPoint } from '../text.ts';
import { body, centred, headingParagraph, pack, run, titleParagraph } from './docx-style.ts';
import { versionDate } from '../akn/akn-meta.ts';

type Block = Paragraph | Table;

/** One printer per node kind; `printNode` is the only dispatch. */
export function printNode(node: Node): Block[] {
  switch (node.kind) {
    case 'document':
      return printDocument(node);
    case 'note':
      return [centred([run(noteText(node))])];
    case 'part':
    case 'chapter':
    case 'section':
      return printHeading(node);
    case 'article':
      return printArticle(node);
    case 'paragraph':
      return printParagraph(node, []);
    case 'item':
      return printItem(node);
    case 'subitem':
      return [printSubitem(node)];
    case 'point':
      return printPoint(node);
    case 'box':
      return printBox(node);
    case 'table':
      return [printTable(node)];
    default:
      return assertNever(node, 'node kind');
  }
}

function printAll(nodes: readonly Node[]): Block[] {
  return nodes.flatMap(printNode);
}

function printDocument(doc: Document): Block[] {
  return [titleParagraph(doc.title), ...printAll(doc.notes), ...printAll(doc.preamble), ...printAll(doc.children)];
}

function printHeading(h: Heading): Block[] {
  return [headingParagraph(headingLabel(h)), ...printAll(h.children)];
}

function printArticle(a: Article): Block[] {
  const lead = [run(articleLabel(a.num), { bold: true }), run(GAP)];
  const [first, ...rest] = a.children;
  if (!first) return [body(lead)];
  return [...printParagraph(first, lead), ...rest.flatMap((p) => printParagraph(p, []))];
}

function printParagraph(p: Para, lead: ReturnType<typeof run>[]): Block[] {
  return [body([...lead, run(p.text)]), ...p.children.flatMap(printItem)];
}

function printItem(item: Item): Block[] {
  return [body([run(item.label + item.text)]), ...item.children.map(printSubitem)];
}

function printSubitem(sub: Subitem): Paragraph {
  return body([run(sub.label + sub.text)]);
}

function printPoint(pt: PlanPoint): Block[] {
  return [body([run(pt.label + pt.text, pt.style === 'dun' ? { bold: true } : {})]), ...printAll(pt.children)];
}

function printBox(box: Box): Block[] {
  return [centred([run(box.title, { bold: true })], 200), ...printAll(box.children)];
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

export const GRID_BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };

function printTable(t: TableNode): Table {
  const width = Math.max(1, ...t.rows.map((r) => r.length));
  const rows = (t.rows.length ? t.rows : [[]]).map(
    (r) =>
      new TableRow({
        children: Array.from({ length: width }, (_, i) => new TableCell({ children: [body([run(r[i] ?? '')], false)] })),
      }),
  );
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE }, borders: GRID_BORDERS });
}

/** A rule as a Word document: title and 题注 centred, headings centred bold, article numbers bold. */
export function renderDocx(doc: Document): Promise<Uint8Array> {
  return pack(doc.title, printNode(doc), versionDate(doc));
}
