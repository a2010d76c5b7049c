import type { Document, Node } from '@amend/model';

/**
 * A new version of a tree with some nodes changed, made without drafting:
 * `patch` is called for every node in document order (the node, then its
 * 题注, 引言 and children) and returns the fields that change, or nothing.
 * Unchanged subtrees are the very objects of the old version; every object
 * made here is frozen like immer's. Used where a change reaches most of a
 * large rule at once (ids after a renumbering, references rewritten), where
 * an immer draft of every node would cost far more than the change.
 */
export function rebuildTree(doc: Document, patch: (n: Node) => Partial<Node> | undefined): Document {
  const walk = (n: Node): Node => {
    const own = patch(n);
    let lists: Partial<Record<(typeof LISTS)[number], readonly Node[]>> | undefined;
    for (const key of LISTS) {
      const list = (n as unknown as Record<string, unknown>)[key];
      if (!Array.isArray(list)) continue;
      let copy: Node[] | undefined;
      for (let i = 0; i < list.length; i++) {
        const c = list[i] as Node;
        const r = walk(c);
        if (r !== c) (copy ??= list.slice())[i] = r;
      }
      if (copy) (lists ??= {})[key] = Object.freeze(copy);
    }
    if (own === undefined && lists === undefined) return n;
    return Object.freeze({ ...n, ...own, ...lists }) as Node;
  };
  return walk(doc) as Document;
}

const LISTS = ['notes', 'preamble', 'children'] as const;
