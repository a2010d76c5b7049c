import { findAll, fold, longerWord, type Folded } from '@amend/engine';
import { tokenize } from '@amend/render';
import type { Hunk } from './hunks.ts';

/**
 * Quoting the words that change, the way a drafter does: the changed words
 * themselves when they are whole words found once, else with neighbouring
 * words added one at a time until the quotation is found only where it is
 * meant — in the article, or failing that in its 款/项/目. The engine changes
 * every occurrence of a quoted phrase in its scope (with layout folded), so a
 * quotation found elsewhere too is acceptable only when the same change is
 * made there as well. Changes whose quotations would touch or overlap are
 * quoted as one.
 */

export interface TextUnit {
  text: string;
  /** Indices of the units in this unit's own scope (a 款 holds its 项 and 目). */
  scope: number[];
}

/** A change of one unit; `auto` when it is a renumbered reference the engine rewrites itself. */
export interface MarkedHunk extends Hunk {
  auto: boolean;
}

/** `end`: words added at the very end of a 款/项/目 (在第三条第二款末尾增加“…”). */
export type PhraseKind = 'replace' | 'delete' | 'after' | 'before' | 'end';

export interface PhraseEdit {
  unit: number;
  scope: 'article' | 'unit';
  kind: PhraseKind;
  /** The quoted old words, or the anchor for an insertion. */
  from: string;
  /** The new words; empty for a deletion. */
  to: string;
  /** The quoted stretch of the unit's old text. */
  start: number;
  end: number;
}

export interface PhraseChoice {
  edits: PhraseEdit[];
  /** Units no phrase could express; they are restated whole. */
  failed: Set<number>;
}

const MAX_PHRASE = 48;
const PUNCT = /[\p{P}\s]/u;

interface Region {
  unit: number;
  kind: PhraseKind;
  start: number;
  end: number;
  /** The hunks it expresses (consecutive, of one unit). */
  parts: MarkedHunk[];
}

export function choosePhrases(units: TextUnit[], changes: Map<number, MarkedHunk[]>): PhraseChoice {
  const folded = new Map<number, Folded>();
  const foldedOf = (u: number): Folded => {
    let f = folded.get(u);
    if (!f) folded.set(u, (f = fold(units[u].text)));
    return f;
  };
  const all = units.map((_, i) => i);
  const failed = new Set<number>();
  // Several units may need their hunks merged and their phrases chosen again; each pass settles one unit.
  const groups = new Map<number, MarkedHunk[][]>();
  for (const [u, hs] of changes) {
    const real = hs.filter((h) => !h.auto);
    if (real.length)
      groups.set(
        u,
        real.map((h) => [h]),
      );
  }
  const edits: PhraseEdit[] = [];
  for (let pass = 0; pass < 64; pass++) {
    const regions = new Map<number, Region[]>();
    for (const [u, gs] of groups) {
      if (failed.has(u)) continue;
      const rs = gs.map((parts) => normalize(units, minimal(units[u].text, u, parts, changes.get(u)!), changes.get(u)!));
      if (rs.every((r) => r !== undefined)) regions.set(u, rs as Region[]);
      else failed.add(u);
    }
    const signature = (r: Region): string => `${r.kind}\u0000${phraseOf(units, r)}\u0000${toOf(units, r, changes)}`;
    const bySignature = new Map<string, Region[]>();
    for (const rs of regions.values()) for (const r of rs) bySignature.set(signature(r), [...(bySignature.get(signature(r)) ?? []), r]);
    edits.length = 0;
    let merged = false;
    for (const [u, rs] of regions) {
      const chosen: PhraseEdit[] = [];
      let bad = false;
      for (const r0 of rs) {
        const twins = bySignature.get(signature(r0)) ?? [r0];
        const found = extendUntilUnique(units, r0, twins, all, foldedOf, changes.get(u)!);
        if (!found) {
          bad = true;
          break;
        }
        chosen.push(found);
      }
      if (bad) {
        failed.add(u);
        continue;
      }
      // Quotations that touch or overlap are one change: merge their hunks and choose again.
      chosen.sort((x, y) => x.start - y.start);
      const gs = groups.get(u)!;
      for (let k = 1; k < chosen.length; k++) {
        if (chosen[k].start <= chosen[k - 1].end) {
          const a = gs.findIndex((g) => g.some((h) => inside(h, chosen[k - 1])));
          const b = gs.findIndex((g) => g.some((h) => inside(h, chosen[k])));
          if (a >= 0 && b >= 0 && a !== b) {
            const [lo, hi] = a < b ? [a, b] : [b, a];
            gs.splice(lo, hi - lo + 1, gs.slice(lo, hi + 1).flat());
            merged = true;
            break;
          }
        }
      }
      if (!merged) edits.push(...chosen);
      else break;
    }
    if (!merged) return { edits: dedupe(edits), failed };
  }
  return { edits: dedupe(edits), failed: new Set(groups.keys()) };
}

function inside(h: Hunk, e: PhraseEdit): boolean {
  return h.start >= e.start && h.end <= e.end;
}

/** The same change found in several places of one scope is one edit. */
function dedupe(edits: PhraseEdit[]): PhraseEdit[] {
  const seen = new Set<string>();
  return edits.filter((e) => {
    const key = `${e.scope === 'unit' ? e.unit : 'a'}\u0000${e.kind}\u0000${e.from}\u0000${e.to}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The smallest sensible quotation for a run of hunks. */
function minimal(text: string, unit: number, parts: MarkedHunk[], all: MarkedHunk[]): Region {
  const start = parts[0].start;
  const end = parts[parts.length - 1].end;
  if (start < end || parts.length > 1) {
    const kind = parts.every((p) => p.text === '') && start < end ? 'delete' : 'replace';
    return covering({ unit, kind, start, end, parts }, all);
  }
  // An insertion: a whole sentence after the last one is added at the end; otherwise the word
  // before it is the anchor, or the word after it when punctuation comes before.
  const added = parts[0].text;
  if (start === text.length && FINAL.test(text.slice(-1)) && FINAL.test(added.slice(-1))) return { unit, kind: 'end', start, end, parts };
  // Words put in front of a name (住房城乡 + 建设主管部门): the name is restated, as a drafter quotes it.
  const name = NAME_AHEAD.exec(text.slice(start, start + 12));
  if (name && !PUNCT.test(added.slice(-1))) return covering({ unit, kind: 'replace', start, end: start + name[0].length, parts }, all);
  const wordBefore = start > 0 && !PUNCT.test(text[start - 1]);
  const wordAfter = start < text.length && !PUNCT.test(text[start]);
  if ((!wordBefore && wordAfter) || start === 0) return { unit, kind: 'before', start, end: nextBoundary(text, start), parts };
  return { unit, kind: 'after', start: previousBoundary(text, start), end: start, parts };
}

const FINAL = /[。；！？]/;
/** A name of a body or office starting here: words without function characters, then a head noun. */
const NAME_AHEAD = /^[^\p{P}\s的和或与及对向由在应并将把被从按依为是等其]{0,8}?(?:委员会|办公室|机构|机关|部门|单位)/u;

/** A quotation never cuts a renumbered reference in two. */
function covering(r: Region, all: MarkedHunk[]): Region {
  let { start, end } = r;
  for (let again = true; again;) {
    again = false;
    for (const h of all) {
      if (!h.auto) continue;
      if (h.start < end && h.end > start && (h.start < start || h.end > end)) {
        start = Math.min(start, h.start);
        end = Math.max(end, h.end);
        again = true;
      }
    }
  }
  return { ...r, start, end };
}

/** The region made quotable: readable, its quotation marks paired, a name not cut; undefined when it cannot be. */
function normalize(units: TextUnit[], r0: Region, hunksHere: MarkedHunk[]): Region | undefined {
  if (r0.kind === 'end') return r0;
  const text = units[r0.unit].text;
  const here = new Map([[r0.unit, hunksHere]]);
  let r = r0;
  // Added words with a quotation mark of their own cannot stand beside an anchor: the anchor is restated with them.
  if ((r.kind === 'after' || r.kind === 'before') && !balanced(toOf(units, r, here))) r = { ...r, kind: 'replace' };
  while (!fits(units, r, here)) {
    const next = r.kind === 'replace' || r.kind === 'delete' ? growBoth(text, r) : grow(text, r, true)?.region;
    if (!next) return undefined;
    r = covering(next, hunksHere);
  }
  return covering(wholeName(text, r), hunksHere);
}

/**
 * A quotation a reader can follow (two words at least) and one the decision
 * can quote (its own “” and 《》 paired), for the old words and the new.
 */
function fits(units: TextUnit[], r: Region, here: Map<number, MarkedHunk[]>): boolean {
  const phrase = phraseOf(units, r);
  return (r.kind === 'end' || readable(phrase)) && balanced(phrase) && balanced(toOf(units, r, here));
}

function extendUntilUnique(
  units: TextUnit[],
  r0: Region,
  twins: Region[],
  all: number[],
  foldedOf: (u: number) => Folded,
  hunksHere: MarkedHunk[],
): PhraseEdit | undefined {
  const text = units[r0.unit].text;
  const here = new Map([[r0.unit, hunksHere]]);
  const edit = (r: Region, scope: 'article' | 'unit'): PhraseEdit => ({
    unit: r.unit,
    scope,
    kind: r.kind,
    from: phraseOf(units, r),
    to: toOf(units, r, here),
    start: r.start,
    end: r.end,
  });
  if (r0.kind === 'end') return edit(r0, units.length === 1 ? 'article' : 'unit');
  let r = r0;
  let right = true;
  for (let step = 0; step < 40; step++) {
    const phrase = phraseOf(units, r);
    if (phrase.length > MAX_PHRASE) return undefined;
    // The same change made at every place the words occur is one edit (the engine changes them all).
    const onlyHere = (scope: number[]): boolean => acceptable(scope, phrase, r, r === r0 ? twins : [r], foldedOf);
    if (onlyHere(all)) return edit(r, 'article');
    if (onlyHere(units[r.unit].scope)) return edit(r, 'unit');
    let next = grow(text, r, right);
    while (next && !fits(units, next.region, here)) next = grow(text, next.region, next.right);
    if (!next) return undefined;
    r = covering(next.region, hunksHere);
    right = next.right;
  }
  return undefined;
}

/**
 * A quotation that ends inside the name of a body (“公安消防” of
 * “公安消防机构”) is grown to the whole name, as a drafter quotes it and as
 * the engine expects (it warns about a phrase inside a longer word).
 */
function wholeName(text: string, r: Region): Region {
  if (r.kind !== 'replace' && r.kind !== 'delete') return r;
  if (PUNCT.test(text[r.end - 1] ?? '')) return r;
  const word = longerWord(text, { start: r.start, end: r.end });
  let end = r.end;
  if (word) {
    const at = text.indexOf(word, Math.max(0, r.start - 2));
    if (at >= 0) end = at + word.length;
  }
  // The rest of the name up to its head noun: “国土” + “资源主管部门”, “公安消防” + “机构”.
  const rest = NAME_AHEAD.exec(text.slice(end, end + 12));
  if (rest) end += rest[0].length;
  return end > r.end ? { ...r, kind: 'replace', end } : r;
}

/** A quotation grown by a word on each side (as far as the unit goes). */
function growBoth(text: string, r: Region): Region | undefined {
  if (r.start === 0 && r.end === text.length) return undefined;
  return {
    ...r,
    kind: 'replace',
    start: r.start > 0 ? previousBoundary(text, r.start) : 0,
    end: r.end < text.length ? nextBoundary(text, r.end) : text.length,
  };
}

/** An anchor grown to the left, or a quotation grown on alternate sides; undefined at the ends of the unit. */
function grow(text: string, r: Region, right: boolean): { region: Region; right: boolean } | undefined {
  if (r.kind === 'after') return r.start > 0 ? { region: { ...r, start: previousBoundary(text, r.start) }, right } : undefined;
  if (r.kind === 'before') return r.end < text.length ? { region: { ...r, end: nextBoundary(text, r.end) }, right } : undefined;
  const canRight = r.end < text.length;
  const canLeft = r.start > 0;
  if (!canRight && !canLeft) return undefined;
  const goRight = right ? canRight : !canLeft;
  // A quotation that grows is no longer a plain deletion: the kept words are restated.
  const kind: PhraseKind = 'replace';
  const region = goRight ? { ...r, kind, end: nextBoundary(text, r.end) } : { ...r, kind, start: previousBoundary(text, r.start) };
  return { region, right: !goRight };
}

/** Every occurrence of the phrase in the scope is one of the places this very change is made. */
function acceptable(scope: number[], phrase: string, r: Region, twins: Region[], foldedOf: (u: number) => Folded): boolean {
  let hits = 0;
  for (const u of scope) {
    for (const h of findAll(foldedOf(u), phrase)) {
      hits++;
      if (!twins.some((t) => t.unit === u && t.start === h.start && t.end === h.end)) return false;
    }
  }
  return hits > 0 && twins.some((t) => t.unit === r.unit && t.start === r.start);
}

/** A quotation a reader can follow: at least two characters that are not punctuation. */
function readable(phrase: string): boolean {
  let n = 0;
  for (const c of phrase) if (!PUNCT.test(c) && ++n >= 2) return true;
  return false;
}

export function phraseOf(units: TextUnit[], r: { unit: number; start: number; end: number }): string {
  return units[r.unit].text.slice(r.start, r.end);
}

/** The new words for a region: the old stretch with every hunk inside it (renumbered references too) as it now reads. */
function toOf(units: TextUnit[], r: Region, changes: Map<number, MarkedHunk[]>): string {
  if (r.kind === 'after' || r.kind === 'before' || r.kind === 'end') return r.parts.map((p) => p.text).join('');
  const text = units[r.unit].text;
  let out = '';
  let at = r.start;
  for (const h of changes.get(r.unit) ?? []) {
    if (h.start < at || h.end > r.end) continue;
    // An insertion at the very edge belongs to this quotation only if it is one of its changes.
    if (h.start === h.end && (h.start === r.start || h.start === r.end) && !r.parts.includes(h)) continue;
    out += text.slice(at, h.start) + h.text;
    at = h.end;
  }
  return out + text.slice(at, r.end);
}

const tokenCache = new Map<string, number[]>();

/** Token starts of a text (words from Intl.Segmenter, references whole), and its end. */
function boundaries(text: string): number[] {
  let b = tokenCache.get(text);
  if (!b) {
    if (tokenCache.size > 4000) tokenCache.clear();
    b = [0];
    let at = 0;
    for (const t of tokenize(text)) b.push((at += t.length));
    tokenCache.set(text, b);
  }
  return b;
}

function nextBoundary(text: string, x: number): number {
  for (const b of boundaries(text)) if (b > x) return b;
  return text.length;
}

function previousBoundary(text: string, x: number): number {
  let best = 0;
  for (const b of boundaries(text)) if (b < x) best = b;
  return best;
}

/** Quotation marks and book-title marks paired, so that the words can be quoted inside “…”. */
function balanced(s: string): boolean {
  let quotes = 0;
  let titles = 0;
  for (const c of s) {
    if (c === '“') quotes++;
    else if (c === '”' && --quotes < 0) return false;
    else if (c === '《') titles++;
    else if (c === '》' && --titles < 0) return false;
    else if (c === '‘' || c === '’' || c === '"') return false;
  }
  return quotes === 0 && titles === 0;
}
