import type { Document, Node } from '@amend/model';

/** Set the text of the 款/项/目 whose ids are keys of `texts`, inside a draft. */
export function setUnitTexts(doc: Document, texts: Map<string, string>): void {
  let left = texts.size;
  const visit = (nodes: Node[]): void => {
    for (const n of nodes) {
      if (left === 0) return;
      if ((n.kind === 'paragraph' || n.kind === 'item' || n.kind === 'subitem') && texts.has(n.id)) {
        n.text = texts.get(n.id)!;
        left--;
      }
      if ('children' in n) visit(n.children as Node[]);
    }
  };
  visit(doc.preamble);
  visit(doc.children);
}
