import { assignIds } from '@amend/document';
import type { Document, Node } from '@amend/model';
import { rebuildTree } from './rebuild.ts';

/**
 * Final ids for the edited tree. `assignIds` works in place, so it runs on a
 * skeleton (kinds, numbers, ids and children only) rather than on a draft of
 * the whole rule; only the nodes whose id changes are then copied (an
 * insertion near the top renumbers, and so renames, most of a large rule),
 * and the rest of the tree stays shared with the original. The same walk
 * gives the map between the handles used while editing and the final ids.
 */

interface Skeleton {
  kind: Node['kind'];
  id: string;
  num?: unknown;
  notes?: Skeleton[];
  preamble?: Skeleton[];
  children?: Skeleton[];
}

export interface FinalIds {
  doc: Document;
  /** Final id → handle. */
  handleOf: Map<string, string>;
  /** Handle → final id. */
  newIdOf: Map<string, string>;
}

function skeleton(n: Node): Skeleton {
  const s: Skeleton = { kind: n.kind, id: n.id };
  if ('num' in n) s.num = n.num;
  if (n.kind === 'document') {
    s.notes = n.notes.map(skeleton);
    s.preamble = n.preamble.map(skeleton);
  }
  if ('children' in n) s.children = (n.children as Node[]).map(skeleton);
  return s;
}

export function finalIds(edited: Document): FinalIds {
  const skel = skeleton(edited);
  const handles: string[] = [];
  const collect = (s: Skeleton, into: string[]): void => {
    into.push(s.id);
    for (const list of [s.notes, s.preamble, s.children]) for (const c of list ?? []) collect(c, into);
  };
  collect(skel, handles);
  assignIds(skel as unknown as Document);
  const ids: string[] = [];
  collect(skel, ids);
  const handleOf = new Map<string, string>();
  const newIdOf = new Map<string, string>();
  let k = 0;
  // The same document order as the skeleton's: node, 题注, 引言, children.
  const doc = rebuildTree(edited, (n) => {
    const handle = handles[k];
    const id = ids[k++];
    handleOf.set(id, handle);
    newIdOf.set(handle, id);
    return id !== n.id ? { id } : undefined;
  });
  return { doc, handleOf, newIdOf };
}
