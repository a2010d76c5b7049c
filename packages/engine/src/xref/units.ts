import type { Document, Node } from '@amend/model';
import { produce } from 'immer';
import { DOC, type TreeIndex } from '../tree-index.ts';

type Step = 'preamble' | 'children' | number;

/** The steps from the document to a node, found through the index (no drafting). */
function pathTo(ix: TreeIndex, id: string): Step[] {
  const steps: Step[] = [];
  for (let cur = id, parent = ix.parentOf.get(cur); parent !== undefined; cur = parent, parent = ix.parentOf.get(cur)) {
    if (parent === DOC) {
      const inPreamble = ix.doc.preamble.findIndex((p) => p.id === cur);
      steps.unshift(inPreamble >= 0 ? 'preamble' : 'children', inPreamble >= 0 ? inPreamble : ix.doc.children.findIndex((c) => c.id === cur));
      break;
    }
    const p = ix.byId.get(parent) as Node & { children: Node[] };
    steps.unshift('children', p.children.findIndex((c) => c.id === cur));
  }
  return steps;
}

/** A new version with the text of the 款/项/目 whose ids are keys of `texts` replaced; only their paths are drafted. */
export function withUnitTexts(doc: Document, ix: TreeIndex, texts: Map<string, string>): Document {
  if (texts.size === 0) return doc;
  const paths = [...texts.keys()].map((id) => ({ id, path: pathTo(ix, id) }));
  return produce(doc, (d) => {
    for (const { id, path } of paths) {
      let node = d as unknown as Record<string | number, unknown>;
      for (const step of path) node = node[step] as Record<string | number, unknown>;
      node.text = texts.get(id);
    }
  });
}
