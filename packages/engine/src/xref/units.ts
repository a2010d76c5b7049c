import type { Document, Node } from '@amend/model';
import { produce } from 'immer';
import { DOC, type TreeIndex } from '../tree-index.ts';

type Step = 'preamble' | 'children' | number;

/** Each node's position among its siblings, in one pass (a search per node would be quadratic). */
function positions(doc: Document): Map<string, number> {
  const at = new Map<string, number>();
  doc.preamble.forEach((p, i) => at.set(p.id, i));
  const visit = (nodes: readonly Node[]): void => {
    nodes.forEach((n, i) => {
      at.set(n.id, i);
      if ('children' in n) visit(n.children as Node[]);
    });
  };
  visit(doc.children);
  return at;
}

/** The steps from the document to a node, found through the index (no drafting). */
function pathTo(ix: TreeIndex, at: Map<string, number>, preamble: Set<string>, id: string): Step[] {
  const steps: Step[] = [];
  for (let cur = id, parent = ix.parentOf.get(cur); parent !== undefined; cur = parent, parent = ix.parentOf.get(cur)) {
    if (parent === DOC) {
      steps.unshift(preamble.has(cur) ? 'preamble' : 'children', at.get(cur)!);
      break;
    }
    steps.unshift('children', at.get(cur)!);
  }
  return steps;
}

/** A new version with the text of the 款/项/目 whose ids are keys of `texts` replaced; only their paths are drafted. */
export function withUnitTexts(doc: Document, ix: TreeIndex, texts: Map<string, string>): Document {
  if (texts.size === 0) return doc;
  const at = positions(ix.doc);
  const preamble = new Set(ix.doc.preamble.map((p) => p.id));
  const paths = [...texts.keys()].map((id) => ({ id, path: pathTo(ix, at, preamble, id) }));
  return produce(doc, (d) => {
    for (const { id, path } of paths) {
      let node = d as unknown as Record<string | number, unknown>;
      for (const step of path) node = node[step] as Record<string | number, unknown>;
      node.text = texts.get(id);
    }
  });
}
