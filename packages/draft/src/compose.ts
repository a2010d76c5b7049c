import type { Address, Article, Diagnostic, Document, Node } from '@amend/model';
import { addressLabel, diagnostic, sameArticleNumber } from '@amend/model';
import { serialize } from '@amend/document';
import { findAll, fold } from '@amend/engine';
import { articleLines, planPair, type Level, type ScopedEdit } from './article-plan.ts';
import type { StyleRules } from './decision-style.ts';
import { groupEdits } from './grouping.ts';
import type { Clause, DraftItem } from './instructions.ts';
import { paragraphKey, unitsOf, type HeadingEntry, type Outline } from './outline.ts';
import { bigrams } from '@amend/render';
import { headingAddress, type Skeleton } from './structure.ts';

/**
 * The items of one rule's amendment, from the pairing of its two versions:
 * the title and 引言, headings renamed, added or deleted, every article
 * amended, added or deleted, and the same change in several articles
 * gathered into one item. Items are ordered as the new text reads.
 */

/** What a check of earlier drafts has taught about this rule. */
export interface Tuning {
  /** NEW article index → how coarsely it is amended. */
  levels: Map<number, Level>;
  /** NEW article indexes whose changes are said in their own item only. */
  solo: Set<number>;
}

export interface Composed {
  items: DraftItem[];
  /** Articles change their numbers (the closing clause says so). */
  renumbered: boolean;
  problems: Diagnostic[];
}

export interface Versions {
  old: Document;
  neu: Document;
  o: Outline;
  n: Outline;
  sk: Skeleton;
}

const STEP = 10;

export function compose(v: Versions, tuning: Tuning, rules: StyleRules, wholeRule: string | undefined): Composed {
  const { old, neu, o, n, sk } = v;
  const items: DraftItem[] = [];
  const problems: Diagnostic[] = [];
  let renumbered = false;
  if (old.title !== neu.title) {
    items.push({
      at: -2 * STEP,
      owner: 'title',
      clauses: [{ kind: 'rename', level: 'title', target: { special: 'title' }, title: neu.title }],
    });
  }
  if (old.preamble.map(paragraphKey).join('\n') !== neu.preamble.map(paragraphKey).join('\n')) {
    if (neu.preamble.length)
      items.push({
        at: -STEP,
        owner: 'preamble',
        clauses: [{ kind: 'preamble', lines: neu.preamble.flatMap((p) => paragraphKey(p).split('\n')) }],
      });
    else problems.push(diagnostic('draft/preamble-removed'));
  }
  if (o.strays.join('\n') !== n.strays.join('\n')) problems.push(diagnostic('draft/outside-articles'));

  // Where each new article stands, and where a removed one stood (just before the next kept one).
  const firstUnder = (h: HeadingEntry, list: Outline['articles']): number => {
    const k = list.findIndex((a) => a.container && (a.container === h || a.container.parents.includes(h)));
    return k < 0 ? list.length : k;
  };
  const nextKept = new Array<number>(o.articles.length).fill(n.articles.length);
  const newOf = new Map<number, number>();
  sk.articles.forEach((i, j) => i >= 0 && newOf.set(i, j));
  for (let i = o.articles.length - 1, next = n.articles.length; i >= 0; i--) {
    nextKept[i] = newOf.get(i) ?? next;
    if (newOf.has(i)) next = newOf.get(i)!;
  }
  const oldAt = (i: number): number => nextKept[i] * STEP + 2;

  // Headings.
  const coveredNew = new Set<number>();
  const coveredOld = new Set<number>();
  const pairedOld = new Set(sk.headings.filter((i) => i >= 0));
  n.headings.forEach((h, j) => {
    const i = sk.headings[j];
    const at = firstUnder(h, n.articles) * STEP + 1;
    if (i >= 0) {
      const oh = o.headings[i];
      if (oh.node.title !== h.node.title) {
        if (oh.node.num === 0) problems.push(diagnostic('draft/unnumbered-heading', { title: oh.node.title }));
        else
          items.push({
            at,
            owner: `heading:${j}`,
            clauses: [{ kind: 'rename', level: h.node.kind, target: headingAddress(oh), title: h.node.title }],
          });
      }
      return;
    }
    const parent = h.parents[h.parents.length - 1];
    if (parent && sk.headings[parent.index] < 0) return; // inside a heading that is added whole
    n.articles.forEach((a, k) => {
      if (a.container && (a.container === h || a.container.parents.includes(h))) coveredNew.add(k);
    });
    const as: Address =
      h.node.kind === 'part' ? { part: h.node.num } : h.node.kind === 'chapter' ? { chapter: h.node.num } : { section: h.node.num };
    const parentAddr = parent ? headingAddress(o.headings[sk.headings[parent.index]]) : undefined;
    items.push({
      at,
      owner: `heading:${j}`,
      clauses: [{ kind: 'insertHeading', level: h.node.kind, parent: parentAddr, as, lines: headingLines(h.node) }],
    });
    renumbered = true;
  });
  o.headings.forEach((h, i) => {
    if (pairedOld.has(i)) return;
    const parent = h.parents[h.parents.length - 1];
    if (parent && !pairedOld.has(parent.index)) return; // deleted with its parent
    o.articles.forEach((a, k) => {
      if (a.container && (a.container === h || a.container.parents.includes(h))) coveredOld.add(k);
    });
    const k = firstUnder(h, o.articles);
    items.push({
      at: k < o.articles.length ? oldAt(k) : n.articles.length * STEP,
      owner: `oldheading:${i}`,
      clauses: [{ kind: 'delete', targets: [headingAddress(h)] }],
    });
    renumbered = true;
  });

  // Articles kept: their changes, the same change in several of them gathered.
  const plans = new Map<number, { clauses: Clause[]; edits: ScopedEdit[]; renumber?: Clause; whole: boolean }>();
  sk.articles.forEach((i, j) => {
    if (i < 0) return;
    const oa = o.articles[i].node;
    const na = n.articles[j].node;
    if (!sameArticleNumber(oa.num, na.num)) renumbered = true;
    const plan = planPair(oa, na, tuning.levels.get(j) ?? 0, rules.statesReferences);
    if (!plan.clauses.length && !plan.edits.length) return;
    const renumber: Clause | undefined =
      rules.statesRenumbering && !sameArticleNumber(oa.num, na.num)
        ? { kind: 'renumber', target: { article: oa.num }, to: { article: na.num } }
        : undefined;
    plans.set(j, { ...plan, renumber });
  });
  const mergedAway = mergeNeighbours(v, plans, newOf, coveredOld);
  const grouped = groupEdits(
    [...plans].map(([j, p]) => ({ j, at: j * STEP + 5, edits: p.edits, busy: p.clauses.length > 0 })),
    { solo: tuning.solo, occurrences: occurrencesIn(old, o), wholeRule: wholeRule !== undefined },
  );
  items.push(...grouped.items);
  // Parts of articles deleted and nothing else changed there: said with the deleted articles (删去第七条、第十四条第五项).
  const deletedParts: Address[] = [];
  for (const [j, p] of plans) {
    const edits = grouped.kept.get(j) ?? [];
    const level = tuning.levels.get(j) ?? 0;
    // Only renumbered references left, which the engine makes itself: no item of its own.
    if (level === 0 && !p.clauses.length && edits.every((e) => e.reference)) continue;
    if (level === 0 && !edits.length && p.clauses.every((c) => c.kind === 'delete')) {
      for (const c of p.clauses) if (c.kind === 'delete') deletedParts.push(...c.targets);
      continue;
    }
    const clauses = [...(p.renumber ? [p.renumber] : []), ...phraseClauses(edits), ...p.clauses];
    if (clauses.length > (p.renumber ? 1 : 0)) items.push({ at: j * STEP + 5, owner: `art:${j}`, clauses });
  }

  // Articles added and deleted.
  addArticles(v, coveredNew, items, () => (renumbered = true));
  const gone = o.articles.filter((_, i) => !coveredOld.has(i) && !newOf.has(i) && !mergedAway.has(i));
  if (gone.length) renumbered = true;
  const targets: { at: number; addr: Address }[] = [
    ...gone.map((a) => ({ at: oldAt(a.index), addr: { article: a.node.num } as Address })),
    ...deletedParts.map((addr) => ({ at: oldAt(o.articles.findIndex((a) => sameArticleNumber(a.node.num, addr.article!))), addr })),
  ].sort((x, y) => x.at - y.at || placeOrder(x.addr, y.addr));
  if (targets.length)
    items.push({ at: targets[0].at, owner: 'deleted', clauses: [{ kind: 'delete', targets: targets.map((t) => t.addr) }] });
  items.sort((x, y) => x.at - y.at);
  return { items, renumbered, problems };
}

/**
 * An amended article whose deleted neighbours' words went into it
 * (most of their character pairs are in the new text) was merged with them:
 * 将第十八条、第十九条、第二十条合并为第十八条，修改为：“…”. Returns the old
 * articles merged away.
 */
function mergeNeighbours(
  v: Versions,
  plans: Map<number, { clauses: Clause[]; edits: ScopedEdit[]; whole: boolean; renumber?: Clause }>,
  newOf: Map<number, number>,
  covered: Set<number>,
): Set<number> {
  const away = new Set<number>();
  const { o, n, sk } = v;
  for (const [j, p] of plans) {
    const i = sk.articles[j];
    const grams = bigrams(n.articles[j].key).counts;
    const share = (k: number): number => {
      const g = bigrams(o.articles[k].key).counts;
      let hit = 0;
      for (const x of g.keys()) if (grams.has(x)) hit++;
      return g.size ? hit / g.size : 0;
    };
    // The merged article stands where the first of them stood and keeps its kind of number (a 之一 stays one).
    const sub = !n.articles[j].node.num.sub;
    const free = (k: number): boolean =>
      k >= 0 &&
      k < o.articles.length &&
      !newOf.has(k) &&
      !covered.has(k) &&
      !away.has(k) &&
      o.articles[k].container === o.articles[i].container &&
      !o.articles[k].node.num.sub === sub &&
      share(k) >= MERGED;
    let lo = i;
    let hi = i;
    while (free(lo - 1)) lo--;
    while (free(hi + 1)) hi++;
    if (lo === i && hi === i) continue;
    for (let k = lo; k <= hi; k++) if (k !== i) away.add(k);
    const targets = o.articles.slice(lo, hi + 1).map((a): Address => ({ article: a.node.num }));
    p.clauses = [{ kind: 'merge', targets, as: { article: n.articles[j].node.num }, lines: articleLines(n.articles[j].node) }];
    p.edits = [];
    p.renumber = undefined;
  }
  return away;
}

/** Share of a deleted article's character pairs found in the article it is merged into, at least. */
const MERGED = 0.5;

/** Parts of one article in the order of its text. */
function placeOrder(a: Address, b: Address): number {
  return (a.paragraph ?? 0) - (b.paragraph ?? 0) || (a.item ?? 0) - (b.item ?? 0) || (a.subitem ?? 0) - (b.subitem ?? 0);
}

/** Edits of one article as clauses, one per place, in the order first met. */
function phraseClauses(edits: ScopedEdit[]): Clause[] {
  const byPlace = new Map<string, Extract<Clause, { kind: 'phrases' }>>();
  for (const e of edits) {
    const key = addressLabel(e.scope);
    let c = byPlace.get(key);
    if (!c) byPlace.set(key, (c = { kind: 'phrases', scope: [e.scope], edits: [] }));
    c.edits.push({ kind: e.kind, from: e.from, to: e.to });
  }
  return [...byPlace.values()];
}

/**
 * New articles: 增加一条，作为第N条 goes after the article before it; the
 * first of its chapter is put in that chapter (在第三章中增加一条); a run of
 * 之一 articles after an old article is one insertion after it.
 */
function addArticles(v: Versions, covered: Set<number>, items: DraftItem[], renumbering: () => void): void {
  const { o, n, sk } = v;
  const isNew = (j: number): boolean => j >= 0 && j < n.articles.length && sk.articles[j] < 0 && !covered.has(j);
  const oldOf = (j: number) => (j >= 0 && j < n.articles.length && sk.articles[j] >= 0 ? o.articles[sk.articles[j]] : undefined);
  for (let j = 0; j < n.articles.length; j++) {
    if (!isNew(j)) continue;
    const a = n.articles[j];
    const prev = n.articles[j - 1];
    const prevOld = oldOf(j - 1);
    const insert = (extra: Partial<Extract<Clause, { kind: 'insert' }>>, lines = articleLines(a.node)): void => {
      items.push({
        at: j * STEP + 5,
        owner: `new:${j}`,
        clauses: [{ kind: 'insert', level: 'article', as: { article: a.node.num }, lines, ...extra }],
      });
    };
    if (a.node.num.sub && prevOld) {
      // 在第X条后增加N条，作为第X条之一、…
      let end = j;
      while (isNew(end + 1) && n.articles[end + 1].node.num.sub) end++;
      const run = n.articles.slice(j, end + 1);
      const lines = run.length === 1 ? articleLines(a.node) : run.flatMap((x) => labelledLines(x.node));
      insert({ after: { article: prevOld.node.num }, more: run.slice(1).map((x): Address => ({ article: x.node.num })) }, lines);
      j = end;
      continue;
    }
    renumbering();
    // New articles with a new 之一 among them, or one right before a kept 之一: placed by number they
    // would follow the 之一 of the article before them, so each is placed before the old article they
    // precede — 在第三条之一前增加一条，作为第三条.
    let end = j;
    while (isNew(end + 1)) end++;
    const nextOld = oldOf(end + 1);
    const subInRun = n.articles.slice(j, end + 1).some((x) => x.node.num.sub);
    if (subInRun || nextOld?.node.num.sub) {
      if (nextOld && a.container === n.articles[end + 1].container) {
        for (let k = j; k <= end; k++) {
          const x = n.articles[k];
          items.push({
            at: k * STEP + 5,
            owner: `new:${k}`,
            clauses: [
              {
                kind: 'insert',
                level: 'article',
                before: { article: nextOld.node.num },
                as: { article: x.node.num },
                lines: articleLines(x.node),
              },
            ],
          });
        }
        j = end;
        continue;
      }
      // The 之一 after it stands under the next heading: placed after the article before it instead.
      if (prevOld && prev.container === a.container && end === j) {
        insert({ after: { article: prevOld.node.num } });
        continue;
      }
    }
    const first = a.container && (!prev || prev.container !== a.container);
    const container = first && a.container ? sk.headings[a.container.index] : -1;
    insert({ parent: container >= 0 ? headingAddress(o.headings[container]) : undefined });
  }
}

/** An article as printed, its number first: 第十条之一　…. */
function labelledLines(a: Article): string[] {
  return bodyLines(a);
}

/** A heading with everything under it, as printed (第三章　…, 第十条　…). */
function headingLines(h: Node): string[] {
  return bodyLines(h);
}

function bodyLines(node: Node): string[] {
  const doc = {
    kind: 'document',
    id: '',
    type: 'rule',
    title: '',
    notes: [],
    toc: [],
    preamble: [],
    children: [node],
    meta: {},
  } as Document;
  return serialize(doc)
    .split('\n')
    .filter((l) => l !== '');
}

/** Where each phrase occurs in the old text: the unit address of every hit (undefined in the 引言). */
function occurrencesIn(old: Document, o: Outline): (phrase: string) => (Address | undefined)[] {
  const preamble = old.preamble.flatMap((p) => [p.text, ...p.children.flatMap((i) => [i.text, ...i.children.map((x) => x.text)])]);
  let units: { addr: Address | undefined; folded: ReturnType<typeof fold> }[] | undefined;
  const cache = new Map<string, (Address | undefined)[]>();
  return (phrase) => {
    let hits = cache.get(phrase);
    if (!hits) {
      // Folding the whole rule is done once, and only when a change is made in three articles or more.
      units ??= [
        ...preamble.map((t) => ({ addr: undefined, folded: fold(t) })),
        ...o.articles.flatMap((a) => unitsOf(a.node).map((u) => ({ addr: u.addr as Address | undefined, folded: fold(u.text) }))),
      ];
      hits = [];
      for (const u of units) for (const _ of findAll(u.folded, phrase)) hits.push(u.addr);
      cache.set(phrase, hits);
    }
    return hits;
  };
}
