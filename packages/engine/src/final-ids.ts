import { assignIds } from '@amend/document';
import type { Document, Node } from '@amend/model';
import type { TreeIndex } from './tree-index.ts';

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
  /** The id while editing (the original id, or `+n`); `id` becomes the final one. */
  handle: string;
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
  const s: Skeleton = { kind: n.kind, id: n.id, handle: n.id };
  if ('num' in n) s.num = n.num;
  if (n.kind === 'document') {
    s.notes = n.notes.map(skeleton);
    s.preamble = n.preamble.map(skeleton);
  }
  if ('children' in n) s.children = (n.children as Node[]).map(skeleton);
  return s;
}

const LISTS = ['notes', 'preamble', 'children'] as const;

/**
 * Final ids, and the freezing of what the application made: the walk visits
 * every node anyway, so it freezes each node that is not the original's own
 * (with its lists and the values of its other fields that are not the
 * original's) — never the original's objects, which are left as the caller
 * gave them, and never the whole rule, as immer's auto-freeze would.
 */
export function finalIds(edited: Document, ix: TreeIndex): FinalIds {
  const skel = skeleton(edited);
  assignIds(skel as unknown as Document);
  const handleOf = new Map<string, string>();
  const newIdOf = new Map<string, string>();
  // The tree and its skeleton side by side: the skeleton holds both ids of every node.
  const walk = (n: Node, s: Skeleton): Node => {
    handleOf.set(s.id, s.handle);
    newIdOf.set(s.handle, s.id);
    // The index holds every node but the document and its 题注.
    const original =
      n.kind === 'document' ? ix.doc : n.kind === 'note' ? ix.doc.notes.find((x) => x.id === s.handle) : ix.byId.get(s.handle);
    const made = original !== n;
    if (made) freezeFields(n, original);
    let lists: Partial<Record<(typeof LISTS)[number], readonly Node[]>> | undefined;
    for (const key of LISTS) {
      const parts = s[key];
      if (parts === undefined) continue;
      const list = (n as unknown as Record<string, Node[]>)[key];
      let copy: Node[] | undefined;
      for (let i = 0; i < list.length; i++) {
        const r = walk(list[i], parts[i]);
        if (r !== list[i]) (copy ??= list.slice())[i] = r;
      }
      if (copy) (lists ??= {})[key] = Object.freeze(copy);
      else if (made && list !== (original as unknown as Record<string, unknown> | undefined)?.[key]) Object.freeze(list);
    }
    if (s.id === n.id && lists === undefined) return made ? Object.freeze(n) : n;
    return Object.freeze(s.id === n.id ? { ...n, ...lists } : { ...n, id: s.id, ...lists }) as Node;
  };
  return { doc: walk(edited, skel) as Document, handleOf, newIdOf };
}

/** The values of a made node's fields other than its lists, where they are not the original's. */
function freezeFields(n: Node, original: Node | undefined): void {
  const was = original as unknown as Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(n)) {
    if (typeof value === 'object' && value !== null && value !== was?.[key] && !(LISTS as readonly string[]).includes(key))
      freezeDeep(value);
  }
}

/** Freezes a value and everything under it, down to what is frozen already. */
export function freezeDeep(value: object): void {
  if (Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value)) if (typeof v === 'object' && v !== null) freezeDeep(v);
}
