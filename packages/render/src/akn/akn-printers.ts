import { articleLabel, articleSegment, assertNever, joinId } from '@amend/model';
import type { Article, Box, Document, Item, Node, Paragraph, Subitem, Table } from '@amend/model';
import { headingNumber, noteText, type Heading, type PlanPoint } from '../text.ts';
import { el, textEl } from './xml.ts';

/**
 * Akoma Ntoso 3.0 body markup. One printer per node kind; `printNode` is the
 * only dispatch. eIds are the tree's own ids; a node built without one gets
 * an id in the same scheme from its parent's, so every element is addressable.
 */
export interface AknContext {
  parentId: string;
  /** 1-based position among same-kind siblings, for nodes without an id. */
  index: number;
}

const SEGMENT: Record<Exclude<Node['kind'], 'document' | 'note' | 'article'>, string> = {
  part: 'part',
  chapter: 'chp',
  section: 'sec',
  paragraph: 'para',
  item: 'item',
  subitem: 'subitem',
  point: 'point',
  box: 'box',
  table: 'table',
};

function eid(node: Exclude<Node, Document>, ctx: AknContext): string {
  if (node.id) return node.id;
  if (node.kind === 'note') return joinId(ctx.parentId, `note_${ctx.index}`);
  if (node.kind === 'article') return joinId(ctx.parentId, articleSegment(node.num));
  return joinId(ctx.parentId, `${SEGMENT[node.kind]}_${ctx.index}`);
}

export function printNode(node: Node, ctx: AknContext): string[] {
  switch (node.kind) {
    case 'document':
      return printAll(node.children, ctx);
    case 'note':
      return [
        textEl(
          'p',
          [
            ['class', 'note'],
            ['eId', eid(node, ctx)],
          ],
          noteText(node),
        ),
      ];
    case 'part':
    case 'chapter':
    case 'section':
      return printHeading(node, ctx);
    case 'article':
      return printArticle(node, ctx);
    case 'paragraph':
      return printParagraph(node, ctx);
    case 'item':
      return printItem(node, ctx);
    case 'subitem':
      return printSubitem(node, ctx);
    case 'point':
      return printPoint(node, ctx);
    case 'box':
      return printBox(node, ctx);
    case 'table':
      return printTable(node, ctx);
    default:
      return assertNever(node, 'node kind');
  }
}

/** Children, each numbered among the siblings of its own kind. */
export function printAll(nodes: readonly Node[], parent: AknContext, parentId = parent.parentId): string[] {
  const counts = new Map<string, number>();
  return nodes.flatMap((n) => {
    const index = (counts.get(n.kind) ?? 0) + 1;
    counts.set(n.kind, index);
    return printNode(n, { parentId, index });
  });
}

function printHeading(h: Heading, ctx: AknContext): string[] {
  const id = eid(h, ctx);
  const num = headingNumber(h);
  const head = [...(num ? [textEl('num', [], num)] : []), ...(h.title ? [textEl('heading', [], h.title)] : [])];
  return el(h.kind, [['eId', id]], [...head, ...printAll(h.children, ctx, id)]);
}

function printArticle(a: Article, ctx: AknContext): string[] {
  const id = eid(a, ctx);
  return el('article', [['eId', id]], [textEl('num', [], articleLabel(a.num)), ...printAll(a.children, ctx, id)]);
}

/** Text alone is `content`; text leading into a list is the `intro` of a hierarchy. */
function body(text: string, children: string[]): string[] {
  if (children.length === 0) return el('content', [], [textEl('p', [], text)]);
  return [...(text ? el('intro', [], [textEl('p', [], text)]) : []), ...children];
}

function printParagraph(p: Paragraph, ctx: AknContext): string[] {
  const id = eid(p, ctx);
  return el('paragraph', [['eId', id]], body(p.text, printAll(p.children, ctx, id)));
}

function printItem(item: Item, ctx: AknContext): string[] {
  const id = eid(item, ctx);
  const num = textEl('num', [], item.label);
  return el('point', [['eId', id]], [num, ...body(item.text, printAll(item.children, ctx, id))]);
}

function printSubitem(sub: Subitem, ctx: AknContext): string[] {
  const id = eid(sub, ctx);
  return el(
    'point',
    [
      ['eId', id],
      ['class', 'subitem'],
    ],
    [textEl('num', [], sub.label), ...body(sub.text, [])],
  );
}

function printPoint(pt: PlanPoint, ctx: AknContext): string[] {
  const id = eid(pt, ctx);
  const num = textEl('num', [], pt.label);
  return el(
    'point',
    [
      ['eId', id],
      ['class', pt.style],
    ],
    [num, ...body(pt.text, printAll(pt.children, ctx, id))],
  );
}

function printBox(box: Box, ctx: AknContext): string[] {
  const id = eid(box, ctx);
  return el(
    'hcontainer',
    [
      ['eId', id],
      ['name', 'box'],
    ],
    [textEl('heading', [], box.title), ...printAll(box.children, ctx, id)],
  );
}

function printTable(t: Table, ctx: AknContext): string[] {
  const rows = t.rows.map((r) =>
    el(
      'tr',
      [],
      r.flatMap((c) => el('td', [], [textEl('p', [], c)])),
    ),
  );
  const table = el('table', [['eId', joinId(eid(t, ctx), 'tbl')]], rows.flat());
  return el(
    'hcontainer',
    [
      ['eId', eid(t, ctx)],
      ['name', 'table'],
    ],
    el('content', [], table),
  );
}
