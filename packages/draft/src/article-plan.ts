import type { Address, Article, Item, Paragraph } from '@amend/model';
import type { Clause } from './instructions.ts';
import { externalAt, hunks, referencesOnly } from './hunks.ts';
import { articleKey, itemKey, paragraphKey, unitsOf, type UnitEntry } from './outline.ts';
import { align } from './pairing.ts';
import { choosePhrases, type MarkedHunk, type PhraseKind } from './phrase.ts';

/**
 * How one article that is in both versions is amended. Coarser at each level,
 * so that a check that finds the result wrong can fall back:
 *   0  phrases for small changes, renumbered references left to the engine;
 *   1  phrases, renumbered references stated too;
 *   2  every changed 款, 项 or 目 restated whole;
 *   3  the whole article restated.
 * A large change goes to 2 or 3 by itself, as a drafter would restate it.
 */
export type Level = 0 | 1 | 2 | 3;

/** A phrase edit with the place it is made in (for grouping across articles). */
export interface ScopedEdit {
  scope: Address;
  kind: PhraseKind;
  from: string;
  to: string;
  /** A renumbered reference stated (第十二条 → 第十一条), which the engine would make by itself. */
  reference?: true;
}

export interface PairPlan {
  edits: ScopedEdit[];
  clauses: Clause[];
  /** Restated whole (level 3 or a large change). */
  whole: boolean;
}

/** Share of an article's words changed above which it is restated whole. */
const RESTATE_ARTICLE = 0.55;
/** Share of a 款's words changed above which it is restated whole. */
const RESTATE_UNIT = 0.5;
/** More separate changes than this in one unit read better restated. */
const MAX_HUNKS = 4;

type Unit = UnitEntry;

export function planPair(old: Article, neu: Article, level: Level, stateReferences: boolean): PairPlan {
  const whole = (): PairPlan => ({
    edits: [],
    clauses: [{ kind: 'replace', target: { article: old.num }, lines: articleLines(neu) }],
    whole: true,
  });
  if (level >= 3) return whole();
  // The same words: nothing to say (a renumbered reference is the engine's; if it comes out wrong, level 3 restates).
  if (articleKey(old) === articleKey(neu)) return { edits: [], clauses: [], whole: false };
  const num = old.num;
  const paraPartner = align(old.children.map(paragraphKey), neu.children.map(paragraphKey), { min: 0.3, fill: true });
  const units: Unit[] = unitsOf(old);
  const changes = new Map<number, MarkedHunk[]>();
  const clauses: Clause[] = [];
  const restated = new Set<string>();
  /** The old 款 (index) each clause about a 款 or its 项 concerns: restating the 款 settles them. */
  const paraOf = new Map<Clause, number>();
  const inPara = (para: number, c: Clause): Clause => {
    paraOf.set(c, para);
    return c;
  };
  /** The new 项 each kept old 项 became, by `${old 款 index}:${old 项 number}`. */
  const itemMap = new Map<string, Item>();
  const matchedOld = new Set(paraPartner.filter((i) => i >= 0));
  let changed = 0;
  const total = weight(old.children.map(paragraphKey).join('')) + weight(neu.children.map(paragraphKey).join(''));

  const unitOf = (pi: number, item?: number, sub?: number): number =>
    units.findIndex((u) => u.para === pi && u.item === item && (sub === undefined ? u.addr.subitem === undefined : u.addr.subitem === sub));

  const mark = (u: number, oldText: string, newText: string): void => {
    const hs = hunks(oldText, newText).map((h) => ({
      ...h,
      auto: level === 0 && referencesOnly(oldText.slice(h.start, h.end), h.text) && !externalAt(oldText, h.start),
    }));
    if (hs.length) changes.set(u, closeUp(oldText, hs));
  };

  paraPartner.forEach((oi, ni) => {
    if (oi < 0) return;
    const po = old.children[oi];
    const pn = neu.children[ni];
    if (paragraphKey(po) === paragraphKey(pn)) return;
    mark(unitOf(oi), po.text, pn.text);
    const sameShape = po.children.length === pn.children.length && po.children.every((it, k) => sameItemShape(it, pn.children[k]));
    if (sameShape) {
      po.children.forEach((it, k) => itemChanges(it, pn.children[k], oi));
      return;
    }
    if (level >= 2) return restate(unitOf(oi), paragraphLines(pn));
    const itemPartner = align(po.children.map(itemKey), pn.children.map(itemKey), { min: 0.3, fill: true });
    const kept = new Set(itemPartner.filter((i) => i >= 0));
    const gone = po.children.filter((_, k) => !kept.has(k)).map((it) => units[unitOf(oi, it.num)].addr);
    if (gone.length) clauses.push(inPara(oi, { kind: 'delete', targets: gone }));
    itemPartner.forEach((k, nk) => {
      const itn = pn.children[nk];
      if (k >= 0 && sameItemShape(po.children[k], itn)) itemChanges(po.children[k], itn, oi);
      else if (k >= 0) {
        itemMap.set(`${oi}:${po.children[k].num}`, itn);
        restate(unitOf(oi, po.children[k].num), itemLines(itn));
      } else {
        clauses.push(
          inPara(oi, { kind: 'insert', level: 'item', parent: itemParent(old, oi), as: { item: nk + 1 }, lines: itemLines(itn) }),
        );
        changed += weight(itemKey(itn));
      }
    });
  });

  function itemChanges(io: Item, inew: Item, oi: number): void {
    const u = unitOf(oi, io.num);
    itemMap.set(`${oi}:${io.num}`, inew);
    if (itemKey(io) === itemKey(inew)) return;
    mark(u, io.text, inew.text);
    io.children.forEach((s, k) => mark(unitOf(oi, io.num, s.num), s.text, inew.children[k].text));
  }

  function restate(u: number, lines: string[]): void {
    const unit = units[u];
    const key = unit.owner === 'item' ? `i${unit.para}:${unit.item}` : `p${unit.para}`;
    if (restated.has(key)) return;
    restated.add(key);
    changed += weight(lines.join(''));
    const target = unit.owner === 'item' ? itemAddress(unit.addr) : { article: num, paragraph: unit.para + 1 };
    clauses.push(inPara(unit.para, { kind: 'replace', target, lines }));
  }

  const deleted = old.children.map((_, oi) => oi).filter((oi) => !matchedOld.has(oi));
  if (deleted.length) {
    clauses.push({ kind: 'delete', targets: deleted.map((oi) => ({ article: num, paragraph: oi + 1 })) });
    for (const oi of deleted) changed += weight(paragraphKey(old.children[oi]));
  }
  paraPartner.forEach((oi, ni) => {
    if (oi >= 0) return;
    clauses.push({
      kind: 'insert',
      level: 'paragraph',
      parent: { article: num },
      as: { paragraph: ni + 1 },
      lines: paragraphLines(neu.children[ni]),
    });
    changed += weight(paragraphKey(neu.children[ni]));
  });

  // A style that states renumbered references states them in an article it amends anyway (decree 119);
  // an article whose only change is a renumbered reference is left to the engine and the closing clause.
  if (stateReferences && (clauses.length > 0 || [...changes.values()].some((hs) => hs.some((h) => !h.auto)))) {
    for (const hs of changes.values()) for (const h of hs) h.auto = false;
  }
  // Units changed too much, or all of them at level 2, are restated; the rest are quoted phrases.
  const newOf = (u: Unit): string => {
    if (u.owner === 'paragraph') return neu.children[paraPartner.indexOf(u.para)]?.text ?? '';
    const it = itemMap.get(`${u.para}:${u.item}`);
    return !it ? '' : u.addr.subitem === undefined ? it.text : (it.children[u.addr.subitem - 1]?.text ?? '');
  };
  for (const [u, hs] of changes) {
    const real = hs.filter((h) => !h.auto);
    const oldLen = weight(units[u].text);
    const newLen = weight(newOf(units[u]));
    const share = real.reduce((s, h) => s + (h.end - h.start) + h.text.length, 0) / Math.max(1, oldLen + newLen);
    if (level >= 2 || real.length > MAX_HUNKS || share > RESTATE_UNIT) restateUnit(u);
  }
  const phraseUnits = new Map([...changes].filter(([u]) => !isRestated(u)));
  const choice = choosePhrases(units, phraseUnits);
  for (const u of choice.failed) restateUnit(u);
  const edits: ScopedEdit[] = [];
  for (const e of choice.edits) {
    if (isRestated(e.unit)) continue;
    changed += weight(e.from) + weight(e.to);
    const edit: ScopedEdit = { scope: e.scope === 'article' ? { article: num } : units[e.unit].addr, kind: e.kind, from: e.from, to: e.to };
    if (e.kind === 'replace' && referencesOnly(e.from, e.to) && !externalAt(units[e.unit].text, e.start)) edit.reference = true;
    edits.push(edit);
  }
  if (changed / Math.max(1, total) > RESTATE_ARTICLE || (neu.children.length === 1 && restated.has('p0'))) return whole();
  return { edits, clauses: order(clauses), whole: false };

  function isRestated(u: number): boolean {
    const unit = units[u];
    return restated.has(`p${unit.para}`) || (unit.item !== undefined && restated.has(`i${unit.para}:${unit.item}`));
  }

  function restateUnit(u: number): void {
    const unit = units[u];
    const ni = paraPartner.indexOf(unit.para);
    const pn = neu.children[ni];
    const itn = unit.owner === 'item' ? itemMap.get(`${unit.para}:${unit.item}`) : undefined;
    if (itn) return restate(unitOf(unit.para, unit.item), itemLines(itn));
    // A lead-in, or a 项 whose 款 changed shape: the 款 is restated with its 项, which settles them.
    clauses.splice(0, clauses.length, ...clauses.filter((c) => paraOf.get(c) !== unit.para));
    restate(unitOf(unit.para), paragraphLines(pn));
  }
}

/** Changes this close together, with no clause end between, are quoted as one stretch. */
const CLOSE = 4;

/**
 * Changes interleaved with a few kept words (城市（县城）总体规划、土地利用总体规划 →
 * 市、县国土空间总体规划) read as one change: a drafter quotes the whole stretch.
 */
function closeUp(text: string, hs: MarkedHunk[]): MarkedHunk[] {
  const out: MarkedHunk[] = [];
  for (const h of hs) {
    const last = out[out.length - 1];
    const gap = last ? text.slice(last.end, h.start) : '';
    if (last && !last.auto && !h.auto && gap.length <= CLOSE && !/[。；：]/.test(gap)) {
      out[out.length - 1] = { start: last.start, end: h.end, text: last.text + gap + h.text, auto: false };
    } else out.push({ ...h });
  }
  return out;
}

/** Where a new 项 goes: 第三条 when it has one 款, or one 款 holding 项 (the engine finds it), else 第三条第二款. */
function itemParent(a: Article, oi: number): Address {
  const holders = a.children.filter((p) => p.children.length > 0);
  const only = a.children.length === 1 || (holders.length === 1 && holders[0] === a.children[oi]);
  return only ? { article: a.num } : { article: a.num, paragraph: oi + 1 };
}

/** Replacements first, then deletions and insertions, each in the order of the text. */
function order(clauses: Clause[]): Clause[] {
  const rank = (c: Clause): number => (c.kind === 'replace' ? 0 : c.kind === 'delete' ? 1 : 2);
  return clauses
    .map((c, i) => ({ c, i }))
    .sort((x, y) => rank(x.c) - rank(y.c) || x.i - y.i)
    .map((x) => x.c);
}

function itemAddress(a: Address): Address {
  const { subitem: _, ...rest } = a;
  return rest;
}

function sameItemShape(a: Item, b: Item): boolean {
  return (
    a.children.length === b.children.length &&
    bracket(a.label) === bracket(b.label) &&
    a.children.every((s, k) => bracket(s.label) === bracket(b.children[k].label))
  );
}

/** A label's style without its number: （一） and （二） alike, (一) different. */
function bracket(label: string): string {
  return label.replace(/[零〇一二两三四五六七八九十百0-9０-９]+/g, '#');
}

/** Characters that carry words (punctuation and spaces count for nothing). */
function weight(s: string): number {
  return s.replace(WORDLESS, '').length;
}

const WORDLESS = /[\p{P}\s]/gu;

export function articleLines(a: Article): string[] {
  return a.children.flatMap(paragraphLines);
}

export function paragraphLines(p: Paragraph): string[] {
  return paragraphKey(p).split('\n');
}

export function itemLines(i: Item): string[] {
  return itemKey(i).split('\n');
}
