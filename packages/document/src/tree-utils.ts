/**
 * Generic traversal and Akoma Ntoso style ids (docs/ids.md).
 */
import type { Block, Document, Node } from '@amend/model';
import { articleSegment, assertNever, joinId } from '@amend/model';

/** The children of any node, in document order (notes and preamble first for a document). */
export function childrenOf(node: Node): Node[] {
  switch (node.kind) {
    case 'document':
      return [...node.notes, ...node.preamble, ...node.children];
    case 'part':
    case 'chapter':
    case 'section':
    case 'article':
    case 'paragraph':
    case 'item':
    case 'point':
    case 'box':
      return node.children;
    case 'note':
    case 'subitem':
    case 'table':
      return [];
    default:
      return assertNever(node, 'node');
  }
}

/**
 * Depth-first, parents before children. Return `false` from the visitor to
 * skip a node's children.
 */
export function walk(node: Node, visitor: (node: Node, parent: Node | undefined, depth: number) => void | boolean): void {
  const visit = (n: Node, parent: Node | undefined, depth: number) => {
    if (visitor(n, parent, depth) === false) return;
    for (const c of childrenOf(n)) visit(c, n, depth + 1);
  };
  visit(node, undefined, 0);
}

/**
 * Sets `id` on every node, in place, and returns the document. Articles are
 * unique within a rule, so they root their own ids (`art_8__para_1`);
 * headings nest (`part_1__chp_2__sec_1`); blocks count per kind within their
 * container (`chp_1__sec_2__para_3`, `…__point_1`, `box_3`).
 */
export function assignIds<T extends Document>(doc: T): T {
  doc.id = '';
  doc.notes.forEach((n, i) => (n.id = `note_${i + 1}`));
  doc.preamble.forEach((p, i) => {
    p.id = `preamble__para_${i + 1}`;
    p.children.forEach((item, j) => numberItem(item, p.id, j));
  });
  let boxes = 0;
  const unnumbered = new Map<string, number>();
  const blocks = (children: readonly Node[], prefix: string) => {
    const counts: Record<string, number> = {};
    for (const c of children) {
      switch (c.kind) {
        case 'part':
        case 'chapter':
        case 'section': {
          const seg = c.kind === 'part' ? 'part' : c.kind === 'chapter' ? 'chp' : 'sec';
          // Unnumbered headings (附则, 一、关于…) count separately per container: chp_u1, chp_u2.
          let num = String(c.num);
          if (c.num === 0) {
            const key = `${prefix}|${seg}`;
            const k = (unnumbered.get(key) ?? 0) + 1;
            unnumbered.set(key, k);
            num = `u${k}`;
          }
          c.id = joinId(prefix, `${seg}_${num}`);
          blocks(c.children, c.id);
          break;
        }
        case 'article':
          c.id = articleSegment(c.num);
          c.children.forEach((p, i) => {
            p.id = `${c.id}__para_${i + 1}`;
            p.children.forEach((item, j) => numberItem(item, p.id, j));
          });
          break;
        case 'box':
          c.id = `box_${++boxes}`;
          blocks(c.children, c.id);
          break;
        case 'paragraph':
        case 'point':
        case 'table': {
          const seg = c.kind === 'paragraph' ? 'para' : c.kind;
          counts[seg] = (counts[seg] ?? 0) + 1;
          c.id = joinId(prefix, `${seg}_${counts[seg]}`);
          if (c.kind === 'point') blocks(c.children, c.id);
          if (c.kind === 'paragraph') c.children.forEach((item, j) => numberItem(item, c.id, j));
          break;
        }
        default:
          break;
      }
    }
  };
  blocks(doc.children as (Block | Node)[], '');
  return doc;
}

function numberItem(item: Document['preamble'][number]['children'][number], prefix: string, index: number): void {
  // Items keep the number they are written with; the position is only a fallback.
  item.id = `${prefix}__item_${item.num || index + 1}`;
  item.children.forEach((s, k) => (s.id = `${item.id}__subitem_${s.num || k + 1}`));
}
