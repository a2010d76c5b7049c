import type { Document, Node } from '@amend/model';
import { produce } from 'immer';

type Step = 'preamble' | 'children' | number;

/**
 * A new version with the text of the given 款/项/目 replaced; only their
 * paths are drafted. Units are keyed by the node itself, not by id: a rule
 * that numbers two chapters alike gives two nodes the same id, and a lookup
 * by id would write into the wrong one (or fail).
 */
export function withUnitTexts(doc: Document, texts: Map<Node, string>): Document {
  if (texts.size === 0) return doc;
  const paths: { path: Step[]; text: string }[] = [];
  // One walk finds every path (a search per unit would be quadratic in the rule's size).
  const visit = (nodes: readonly Node[], path: Step[]): void => {
    nodes.forEach((n, i) => {
      const here = [...path, i];
      const text = texts.get(n);
      if (text !== undefined) paths.push({ path: here, text });
      if ('children' in n) visit(n.children as Node[], [...here, 'children']);
    });
  };
  visit(doc.preamble, ['preamble']);
  visit(doc.children, ['children']);
  return produce(doc, (d) => {
    for (const { path, text } of paths) {
      let node = d as unknown as Record<string | number, unknown>;
      for (const step of path) node = node[step] as Record<string | number, unknown>;
      node.text = text;
    }
  });
}
