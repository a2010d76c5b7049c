import type { Document, Node } from '@amend/model';
import { rebuildTree } from '../rebuild.ts';

/**
 * A new version with the text of the given 款/项/目 replaced; only their
 * paths are copied. Units are keyed by the node itself, not by id: a rule
 * that numbers two chapters alike gives two nodes the same id, and a lookup
 * by id would write into the wrong one (or fail).
 */
export function withUnitTexts(doc: Document, texts: Map<Node, string>): Document {
  if (texts.size === 0) return doc;
  return rebuildTree(doc, (n) => {
    const text = texts.get(n);
    return text !== undefined ? ({ text } as Partial<Node>) : undefined;
  });
}
