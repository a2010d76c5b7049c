import { assignIds } from '@amend/document';
import type { Document, Node } from '@amend/model';
import { produce } from 'immer';

/**
 * Final ids for the edited tree. `assignIds` works in place, so it runs on a
 * skeleton (kinds, numbers, ids and children only) rather than on a draft of
 * the whole rule; only the nodes whose id changes are then drafted, and the
 * rest of the tree stays shared with the original. The same walk gives the
 * map between the handles used while editing and the final ids.
 */

type Step = 'notes' | 'preamble' | 'children';

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
  const collect = (s: Skeleton): void => {
    handles.push(s.id);
    for (const list of [s.notes, s.preamble, s.children]) for (const c of list ?? []) collect(c);
  };
  collect(skel);
  assignIds(skel as unknown as Document);
  const handleOf = new Map<string, string>();
  const newIdOf = new Map<string, string>();
  const changed: { path: (Step | number)[]; id: string }[] = [];
  let k = 0;
  const compare = (s: Skeleton, path: (Step | number)[]): void => {
    const handle = handles[k++];
    handleOf.set(s.id, handle);
    newIdOf.set(handle, s.id);
    if (s.id !== handle) changed.push({ path, id: s.id });
    for (const step of ['notes', 'preamble', 'children'] as const) {
      s[step]?.forEach((c, i) => compare(c, [...path, step, i]));
    }
  };
  compare(skel, []);
  if (changed.length === 0) return { doc: edited, handleOf, newIdOf };
  const doc = produce(edited, (d) => {
    for (const { path, id } of changed) {
      let node = d as unknown as Record<string | number, unknown>;
      for (const step of path) node = node[step] as Record<string | number, unknown>;
      node.id = id;
    }
  });
  return { doc, handleOf, newIdOf };
}
