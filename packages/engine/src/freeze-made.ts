import type { Document } from '@amend/model';
import type { TreeIndex } from './tree-index.ts';

/**
 * Freezes what one application made, and only that. Immer's auto-freeze
 * walks the whole result, every untouched node of the rule included, on
 * every application; here a value that is the original's own — the very node
 * of the rule with that id, or the same value in the same field of the node
 * it was copied from — is left as the caller gave it, so the walk follows
 * only the paths an edit copied and the nodes a decision created. The input
 * is never changed either way: edits happen on immer drafts.
 */
export function freezeMade(doc: Document, ix: TreeIndex): void {
  walk(doc, ix.doc, ix);
}

function walk(value: unknown, old: unknown, ix: TreeIndex): void {
  if (value === old || typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  const was = old !== null && typeof old === 'object' ? (old as Record<string, unknown>) : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) walk(value[i], counterpart(value[i], was?.[i], ix), ix);
    return;
  }
  for (const key of Object.keys(value)) walk((value as Record<string, unknown>)[key], was?.[key], ix);
}

/** A node's original is the node with its id (nodes move between lists); any other value's, the one in its place. */
function counterpart(value: unknown, inPlace: unknown, ix: TreeIndex): unknown {
  const id = value !== null && typeof value === 'object' && 'kind' in value && 'id' in value ? (value as { id: unknown }).id : undefined;
  return typeof id === 'string' ? ix.byId.get(id) : inPlace;
}
