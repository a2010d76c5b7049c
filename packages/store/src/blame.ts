/**
 * For each article of a rule's latest version, the version (decision) and
 * the items that last changed its words — what a reviewer asks first. The
 * Amend-Changes trailer of each commit says which items changed which
 * articles and what each article was numbered before, so an article that was
 * only renumbered keeps the decision that last changed its words. A version
 * without that record (a rule's first text, a migrated store) is compared
 * article by article with the version before it.
 */
import { parseRule, walk } from '@amend/document';
import { articleLabel } from '@amend/model';
import { versions, versionText, type Version } from './history.ts';

export interface BlameEntry {
  /** 第三条 in the latest version. */
  article: string;
  version: Version;
  /** The items of that version's decision that changed it (empty: it came with that version's text, or only its references were renumbered). */
  items: string[];
}

/** Undefined when the file was never in the store; empty when its last version deleted it. */
export async function blame(storeDir: string, file: string): Promise<{ entries: BlameEntry[]; latest: Version } | undefined> {
  const list = await versions(storeDir, file);
  if (!list?.length) return undefined;
  let state = new Map<string, { version: Version; items: string[]; body: string }>();
  for (const v of list) {
    if (!v.blob) {
      state = new Map();
      continue;
    }
    const next = new Map<string, { version: Version; items: string[]; body: string }>();
    for (const [label, body] of articlesOf(await versionText(storeDir, v.blob))) {
      const change = v.provenance?.[label];
      const from = change ? change.from : label;
      const old = from === null ? undefined : state.get(from);
      const changed = change ? change.changed : !v.provenance && old?.body !== body;
      next.set(label, changed || !old ? { version: v, items: change?.items ?? [], body } : { ...old, body });
    }
    state = next;
  }
  return { entries: [...state].map(([article, s]) => ({ article, version: s.version, items: s.items })), latest: list[list.length - 1] };
}

/** Articles of a canonical text, in order: label → its words. */
function articlesOf(text: string): [string, string][] {
  const out: [string, string][] = [];
  walk(parseRule(text).value, (n) => {
    if (n.kind !== 'article') return;
    out.push([articleLabel(n.num), n.pos ? text.slice(n.pos.start.offset, n.pos.end.offset).replace(/^第[^条]*条[　\s]*/u, '') : '']);
    return false;
  });
  return out;
}
