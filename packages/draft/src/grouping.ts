import type { Address } from '@amend/model';
import { sameArticleNumber } from '@amend/model';
import type { ScopedEdit } from './article-plan.ts';
import type { Clause, DraftItem } from './instructions.ts';

/**
 * The same change in several articles is one item, as a drafter writes it
 * (when that spares items, or lists three articles or more):
 * 将第四条、第七条、第九条中的“法制工作机构”修改为“司法行政部门”. Made
 * everywhere the words occur (and in three articles or more), it is
 * 将本办法中的“A”修改为“B”, said last. Changes made in the same places are
 * said together: 将第十七条、第二十二条中的“A”修改为“B”，“C”修改为“D”.
 */

export interface GroupInput {
  /** The article's position in the new text (its owner key). */
  j: number;
  at: number;
  edits: ScopedEdit[];
  /** It has other changes of its own (a 款 restated, a 项 added), so it keeps an item anyway. */
  busy: boolean;
}

export interface GroupOptions {
  /** Articles whose changes are never grouped (a check found them wrong). */
  solo: ReadonlySet<number>;
  /** The grammar has a word for the whole rule (本办法, 本条例, …). */
  wholeRule: boolean;
  /** Where each phrase occurs in the old text: the address of every unit holding it (undefined: outside the articles). */
  occurrences: (phrase: string) => (Address | undefined)[];
}

export interface Grouped {
  items: DraftItem[];
  /** What is left for each article's own item. */
  kept: Map<number, ScopedEdit[]>;
}

export function editKey(e: ScopedEdit): string {
  return `${e.kind}\u0000${e.from}\u0000${e.to}`;
}

export function groupEdits(inputs: GroupInput[], opts: GroupOptions): Grouped {
  const byKey = new Map<string, { input: GroupInput; edit: ScopedEdit }[]>();
  for (const input of inputs) {
    if (opts.solo.has(input.j)) continue;
    for (const edit of input.edits) {
      // Words at the end of a 款 are said place by place (在…末尾增加 names one place).
      if (edit.kind === 'end') continue;
      const k = editKey(edit);
      byKey.set(k, [...(byKey.get(k) ?? []), { input, edit }]);
    }
  }
  const taken = new Set<ScopedEdit>();
  const groups: { key: string; scope: Address[]; edit: ScopedEdit; at: number; owners: number[] }[] = [];
  for (const [key, list] of byKey) {
    const articles = new Set(list.map((x) => x.input.j));
    // Worth an item of its own when it spares two articles an item, or names three or more.
    const spared = new Set(list.filter((x) => !x.input.busy && x.input.edits.every((e) => editKey(e) === key)).map((x) => x.input.j));
    if (articles.size < 3 && spared.size < 2) continue;
    list.sort((x, y) => x.input.at - y.input.at);
    let scope = list.map((x) => x.edit.scope);
    let at = list[0].input.at;
    const edit = list[0].edit;
    if (articles.size >= 3 && opts.wholeRule && everywhere(edit.from, scope, opts)) {
      scope = [];
      at = Number.MAX_SAFE_INTEGER;
    }
    for (const x of list) taken.add(x.edit);
    groups.push({ key, scope, edit, at, owners: [...articles] });
  }
  // Changes made in exactly the same places are one clause.
  const items: DraftItem[] = [];
  const byPlaces = new Map<string, DraftItem>();
  for (const g of groups) {
    const places = JSON.stringify(g.scope);
    const owner = `group:${g.owners.join(',')}`;
    const existing = byPlaces.get(places);
    const clause = existing?.clauses[0];
    if (existing && clause?.kind === 'phrases') {
      clause.edits.push(asListed(g.edit, g.scope));
      continue;
    }
    const item: DraftItem = {
      at: g.at,
      owner,
      clauses: [{ kind: 'phrases', scope: g.scope, edits: [asListed(g.edit, g.scope)] } as Clause],
    };
    byPlaces.set(places, item);
    items.push(item);
  }
  const kept = new Map<number, ScopedEdit[]>();
  for (const input of inputs)
    kept.set(
      input.j,
      input.edits.filter((e) => !taken.has(e)),
    );
  return { items, kept };
}

/**
 * 在…中的“A”后增加“B” names one place; for several, the words are restated:
 * 将第四条、第九条中的“A”修改为“AB”, which the engine applies alike.
 */
function asListed(e: ScopedEdit, scope: Address[]): { kind: ScopedEdit['kind']; from: string; to: string } {
  if (scope.length === 1) return { kind: e.kind, from: e.from, to: e.to };
  if (e.kind === 'after') return { kind: 'replace', from: e.from, to: e.from + e.to };
  if (e.kind === 'before') return { kind: 'replace', from: e.from, to: e.to + e.from };
  return { kind: e.kind, from: e.from, to: e.to };
}

/** Every occurrence of the phrase in the old text lies in one of the places. */
function everywhere(phrase: string, scope: Address[], opts: GroupOptions): boolean {
  return opts.occurrences(phrase).every((at) => at !== undefined && scope.some((s) => within(at, s)));
}

function within(at: Address, s: Address): boolean {
  if (!at.article || !s.article || !sameArticleNumber(at.article, s.article)) return false;
  if (s.paragraph !== undefined && s.paragraph !== at.paragraph) return false;
  if (s.item !== undefined && s.item !== at.item) return false;
  if (s.subitem !== undefined && s.subitem !== at.subitem) return false;
  return true;
}
