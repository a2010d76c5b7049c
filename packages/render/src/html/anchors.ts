import type { Node } from '@amend/model';
import { articleAnchor } from '../text.ts';

/**
 * HTML anchors: articles get the short `art_8` (article numbers are unique in
 * a rule, so links survive a chapter being inserted); headings their eId
 * (`chp_2`). A defective source can repeat a number, so every anchor is made
 * unique within the page by a suffix.
 */
export class Anchors {
  private readonly used = new Set<string>();
  private readonly given = new Map<Node, string>();

  /** The node's anchor; asking again for the same node gives the same anchor. */
  for(node: Node): string {
    const known = this.given.get(node);
    if (known !== undefined) return known;
    const base = node.kind === 'article' ? articleAnchor(node) : node.id || node.kind;
    let id = base;
    for (let k = 2; this.used.has(id); k++) id = `${base}_${k}`;
    this.used.add(id);
    this.given.set(node, id);
    return id;
  }
}
