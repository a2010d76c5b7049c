import type {
  Article,
  ArticleChange,
  ArticleChangeStatus,
  ArticleNumber,
  Consolidation,
  Document,
  MapRow,
  MapVersion,
  Provision,
  ProvisionLink,
  VersionMap,
} from '@amend/model';
import { sameArticleNumber } from '@amend/model';
import { articlesOf } from '@amend/render';
import { alignVersions, bodyOf, type AlignedRow } from './align-versions.ts';
import { linkProvisions, NewUnits } from './provision-links.ts';

/**
 * The old→new map of a rule: article rows (from the engine's mapping when a
 * decision is applied, else from aligning two versions), each with the 款
 * and 项 of its old articles linked to where they went.
 */

export function mapFromVersions(before: Document, after: Document, from: MapVersion = {}, to: MapVersion = {}): VersionMap {
  const everywhere = new NewUnits(articlesOf(after));
  const rows = alignVersions(before, after).map((r) => rowOf(r, everywhere));
  markMoved(rows);
  return { law: after.title || before.title, from: version(before, from), to: version(after, to), basis: 'alignment', rows };
}

export function mapFromConsolidation(c: Consolidation, decision: string, from: MapVersion = {}, to: MapVersion = {}): VersionMap {
  const everywhere = new NewUnits(articlesOf(c.after));
  const oldById = new Map(articlesOf(c.before).map((a) => [a.id, a]));
  const newById = new Map(articlesOf(c.after).map((a) => [a.id, a]));
  const rows = c.changes.map((change): MapRow => {
    const before = change.before.map((x) => oldById.get(x.id)).filter((a): a is Article => a !== undefined);
    const after = change.after.map((x) => newById.get(x.id)).filter((a): a is Article => a !== undefined);
    return { ...change, confidence: 1, moved: false, provisions: linkProvisions(before, after, everywhere) };
  });
  markMoved(rows);
  return { law: c.before.title, from: version(c.before, from), to: version(c.after, to), basis: 'decision', decision, rows };
}

function version(doc: Document, given: MapVersion): MapVersion {
  const date = given.date ?? doc.meta.version;
  return { ...(date ? { date } : {}), ...(given.file ? { file: given.file } : {}) };
}

function rowOf(r: AlignedRow, everywhere: NewUnits): MapRow {
  const before = r.before.map((e) => e.article);
  const after = r.after.map((e) => e.article);
  const change: ArticleChange = {
    status: statusOf(before, after),
    before: before.map(ref),
    after: after.map(ref),
    textChanged: before.map(bodyOf).join('') !== after.map(bodyOf).join(''),
    items: [],
  };
  return {
    ...change,
    confidence: Math.round(r.confidence * 100) / 100,
    moved: false,
    provisions: linkProvisions(before, after, everywhere),
  };
}

const ref = (a: Article) => ({ id: a.id, num: a.num });

function statusOf(before: Article[], after: Article[]): ArticleChangeStatus {
  if (after.length === 0) return 'deleted';
  if (before.length === 0) return 'inserted';
  if (before.length > 1) return 'merged';
  if (after.length > 1) return 'split';
  if (!sameArticleNumber(before[0].num, after[0].num)) return 'renumbered';
  return bodyOf(before[0]) !== bodyOf(after[0]) ? 'modified' : 'unchanged';
}

/**
 * Moved: the rows outside the longest run of rows that keep their order
 * (old and new numbers both increasing). Of an article moved up past five
 * others, the one article is the one that moved, not the five.
 */
function markMoved(rows: MapRow[]): void {
  const key = (n: ArticleNumber) => n.n + (n.sub ?? 0) / 1000;
  const paired = rows
    .filter((r) => r.before.length > 0 && r.after.length > 0)
    .map((r) => ({ r, i: key(r.before[0].num), j: key(r.after[0].num) }))
    .sort((a, b) => a.i - b.i);
  // Longest increasing run in j (patience sorting).
  const tails: number[] = [];
  const back: number[] = [];
  paired.forEach((p, k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (paired[tails[mid]].j < p.j) lo = mid + 1;
      else hi = mid;
    }
    back[k] = lo > 0 ? tails[lo - 1] : -1;
    tails[lo] = k;
  });
  const kept = new Set<number>();
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = back[k]) kept.add(k);
  paired.forEach((p, k) => {
    p.r.moved = !kept.has(k);
  });
}

/** Lookups into a map by old article and old provision. */
export class MapIndex {
  private readonly rows = new Map<string, MapRow>();
  private readonly links = new Map<string, ProvisionLink>();
  /** 项 number → the 款 of the old article that holds it (for 第三条第二项, no 款 written). */
  private readonly itemParagraph = new Map<string, number>();

  constructor(readonly map: VersionMap) {
    for (const r of map.rows) {
      for (const b of r.before) this.rows.set(articleKey(b.num), r);
      for (const l of r.provisions) {
        this.links.set(provisionKey(l.before), l);
        const k = `${articleKey(l.before.article)}/${l.before.item}`;
        if (l.before.item !== undefined && !this.itemParagraph.has(k)) this.itemParagraph.set(k, l.before.paragraph!);
      }
    }
  }

  /** The links of an old article's 款 (not its 项). */
  paragraphs(article: ArticleNumber): ProvisionLink[] {
    return this.row(article)?.provisions.filter((l) => l.before.item === undefined && sameArticleNumber(l.before.article, article)) ?? [];
  }

  row(article: ArticleNumber): MapRow | undefined {
    return this.rows.get(articleKey(article));
  }

  /** The link of a 款 or 项; undefined for a whole article or one the old version lacks. */
  link(p: Provision): ProvisionLink | undefined {
    if (p.paragraph === undefined && p.item === undefined) return undefined;
    let q = p;
    if (p.paragraph === undefined) {
      const para = this.itemParagraph.get(`${articleKey(p.article)}/${p.item}`);
      if (para === undefined) return undefined;
      q = { ...p, paragraph: para };
    }
    // A 目 goes where its 项 went.
    return this.links.get(provisionKey({ article: q.article, paragraph: q.paragraph, item: q.item }));
  }
}

export function articleKey(n: ArticleNumber): string {
  return n.sub ? `${n.n}_${n.sub}` : String(n.n);
}

function provisionKey(p: Provision): string {
  return `${articleKey(p.article)}/${p.paragraph ?? ''}/${p.item ?? ''}`;
}

/** A map read back from its JSON (`amend map --format json`): the map, or why it is not one. */
export function mapFromJson(value: unknown): VersionMap | string {
  const m = value as Partial<VersionMap> | null;
  if (typeof m !== 'object' || m === null || Array.isArray(m)) return 'not a JSON object';
  if (typeof m.law !== 'string' || m.law === '') return 'no "law" (the rule\'s title)';
  if (!Array.isArray(m.rows)) return 'no "rows"';
  const isNum = (n: unknown) => typeof n === 'object' && n !== null && Number.isInteger((n as ArticleNumber).n);
  const isRefs = (x: unknown) => Array.isArray(x) && x.every((r) => isNum((r as { num?: unknown })?.num));
  const isProvision = (p: unknown) => typeof p === 'object' && p !== null && isNum((p as Provision).article);
  for (const [k, r] of m.rows.entries()) {
    if (!isRefs(r?.before) || !isRefs(r?.after)) return `row ${k + 1}: "before" and "after" must list articles ({ "num": { "n": … } })`;
    const links = r.provisions ?? [];
    if (!Array.isArray(links) || !links.every((l) => isProvision(l?.before) && Array.isArray(l?.after) && l.after.every(isProvision))) {
      return `row ${k + 1}: "provisions" must link provisions ({ "before": { "article": … }, "after": [ … ] })`;
    }
  }
  const rows: MapRow[] = m.rows.map((r) => ({
    status: r.status ?? 'unchanged',
    before: r.before,
    after: r.after,
    textChanged: r.textChanged ?? false,
    items: r.items ?? [],
    confidence: typeof r.confidence === 'number' ? r.confidence : 1,
    moved: r.moved ?? false,
    provisions: (r.provisions ?? []).map((l) => ({
      ...l,
      confidence: typeof l.confidence === 'number' ? l.confidence : 1,
      textChanged: l.textChanged ?? false,
    })),
  }));
  return {
    law: m.law,
    from: m.from ?? {},
    to: m.to ?? {},
    basis: m.basis === 'decision' ? 'decision' : 'alignment',
    ...(m.decision ? { decision: m.decision } : {}),
    rows,
  };
}
