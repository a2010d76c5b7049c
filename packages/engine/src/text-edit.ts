import { handleLabel } from './locate.ts';
import { describeDifference, findFolded, fold, foldString, longerWord, selectLongest, type Folded, type Hit } from './match.ts';
import { coveredBy, type Wide } from './overlap.ts';
import type { Resolved } from './targets.ts';
import { concatSegs, newSegs, originalSegs, segsText, sliceSegs, type Seg } from './segments.ts';
import { tidyJunctions } from './tidy.ts';
import { DOC, TITLE, headingOf, unitText, unitsUnder, type TreeIndex } from './tree-index.ts';
import { nodeOf, report, touch, type TextEdit, type Work } from './apply-state.ts';

/**
 * The shared core of replaceText and deleteText. All phrases of one
 * operation are located in the ORIGINAL text at once (the longest wins where
 * they overlap), then recorded as edits of the original units; the edits of
 * all operations are carried out together by `commitTextEdits`.
 *
 * Checks, per operation: every phrase must occur in at least one scope, and
 * every scope must contain at least one phrase (with one phrase and several
 * articles, each article must contain it). A phrase changed more than once in
 * a scope, or inside a longer name, is changed and reported.
 */

interface Pair {
  from: string;
  to: string;
  /** insertText beside a phrase: the phrase stays and `to` goes after or before it. */
  keep?: 'after' | 'before';
  /**
   * 第一处“A”: only that occurrence (1-based, counted in each scope's original text in reading order);
   * `last`: the last one (最后面的“A”).
   */
  occurrence?: number | 'last';
}

interface Candidate extends Hit {
  pair: number;
}

/**
 * 第十一条及其后条文: the text units of the article and of every article after
 * it, to the end of the rule (headings between them are no 条文); `after`
 * leaves out the article's own.
 */
function unitsOnward(ix: TreeIndex, article: string, onward: 'from' | 'after'): string[] {
  const own = unitsUnder(ix, article);
  const all = unitsUnder(ix, DOC).filter((u) => u !== TITLE && headingOf(u) === undefined);
  const first = all.indexOf(own[0]);
  if (first < 0) return [];
  return all.slice(onward === 'after' ? first + own.length : first);
}

/** How often a phrase occurs in a scope's units (inside `range` when the scope is a sentence). */
function countIn(
  w: Work,
  units: string[],
  needle: ReturnType<typeof foldString>,
  range: { start: number; end: number } | undefined,
): number {
  let n = 0;
  for (const unit of units)
    for (const h of findFolded(foldedUnit(w, unit), needle)) if (!range || (h.start >= range.start && h.end <= range.end)) n++;
  return n;
}

function foldedUnit(w: Work, unit: string): Folded {
  let f = w.folded.get(unit);
  if (!f) w.folded.set(unit, (f = fold(unitText(w.ix, unit))));
  return f;
}

export function locatePhrases(w: Work, r: Resolved, pairs: Pair[], wide: Map<string, Wide>): void {
  const { ctx } = r;
  const foundIn = pairs.map(() => 0);
  const fuzzy = pairs.map(() => new Set<string>());
  const notFoundScopes: string[] = [];
  const warned = new Set<string>();
  const needles = pairs.map((p) => foldString(p.from));
  // 除本条外: the units of the places left out are no part of any scope.
  const excluded = r.except?.length ? new Set(r.except.flatMap((h) => unitsUnder(w.ix, h))) : undefined;
  r.targets.forEach((scope, si) => {
    const scopeLabel = r.labels[si];
    // A sentence scope (第二款第一句中的“A”) is a range of the 款's own text, not of its 项.
    const range = r.ranges?.[si];
    const onward = r.onward?.[si];
    const all = range ? [scope] : onward ? unitsOnward(w.ix, scope, onward) : unitsUnder(w.ix, scope);
    const units = excluded ? all.filter((u) => !excluded.has(u)) : all;
    const covers = units.map((u) => coveredBy(w.ix, wide, u));
    const allCovered = units.length > 0 && covers.every((c) => c !== undefined);
    let anyHere = false;
    const seen = pairs.map(() => 0);
    const nth = pairs.map((p, pi) => (p.occurrence === 'last' ? countIn(w, units, needles[pi], range) : p.occurrence));
    units.forEach((unit, ui) => {
      const text = unitText(w.ix, unit);
      const hay = foldedUnit(w, unit);
      const candidates: Candidate[] = [];
      needles.forEach((needle, pi) => {
        for (const h of findFolded(hay, needle)) {
          if (range && (h.start < range.start || h.end > range.end)) continue;
          seen[pi]++;
          if (nth[pi] === undefined || seen[pi] === nth[pi]) candidates.push({ ...h, pair: pi });
        }
      });
      if (candidates.length > 0) anyHere = true;
      for (const c of candidates) foundIn[c.pair]++;
      const cover = covers[ui];
      if (cover) {
        const key = `${cover.r.ctx.seq}:${cover.label}`;
        if ((candidates.length > 0 || allCovered) && !warned.has(key)) {
          warned.add(key);
          report(w, 'engine/overlapping-operations', { target: cover.label, first: ctx.op.item, second: cover.r.ctx.op.item }, ctx);
        }
        return;
      }
      for (const c of selectLongest(candidates)) {
        const p = pairs[c.pair];
        const raw = text.slice(c.start, c.end);
        for (const what of describeDifference(raw, p.from)) fuzzy[c.pair].add(what);
        const word = unit === TITLE || headingOf(unit) !== undefined ? undefined : longerWord(text, c);
        // Beside a phrase the edit replaces nothing: the phrase keeps its original characters.
        const start = p.keep === 'after' ? c.end : c.start;
        const end = p.keep ? start : c.end;
        // Counted, and a longer word around it reported, once the edits of all items are composed:
        // an occurrence inside another item's longer phrase is not changed.
        recordEdit(w, unit, { start, end, to: p.to, phrase: p.from, ctx, tally: { scope: scopeLabel, pair: c.pair, word } });
      }
    });
    if (!anyHere && !allCovered) notFoundScopes.push(scopeLabel);
    pairs.forEach((p, pi) => {
      const n = nth[pi];
      if (n === undefined || seen[pi] === 0 || seen[pi] >= n) return;
      report(w, 'engine/occurrence-not-found', { phrase: p.from, count: seen[pi], nth: n, target: scopeLabel }, ctx);
      r.ok = false;
      foundIn[pi] = -1;
    });
  });
  const allLabels = r.labels.join('、');
  // Words for every rule of the decision: a rule without the phrase has nothing to change.
  const everyRule = ctx.op.decisionWide === true;
  pairs.forEach((p, pi) => {
    if (foundIn[pi] < 0) return;
    if (foundIn[pi] === 0) {
      if (everyRule) return;
      report(w, 'engine/phrase-not-found', { phrase: p.from, target: allLabels }, ctx);
      r.ok = false;
    } else if (fuzzy[pi].size > 0) {
      report(w, 'engine/phrase-fuzzy-match', { phrase: p.from, target: allLabels, what: [...fuzzy[pi]].join(', ') }, ctx);
    }
  });
  // A scope holding none of the phrases, when the phrases themselves were found elsewhere.
  if (!everyRule && pairs.every((_, pi) => foundIn[pi] > 0)) {
    for (const label of notFoundScopes) {
      report(w, 'engine/phrase-not-found', { phrase: pairs.map((p) => p.from).join('”、“'), target: label }, ctx);
      r.ok = false;
    }
  }
}

/** Record an edit of an original unit, to be carried out with all others by `commitTextEdits`. */
export function recordEdit(w: Work, unit: string, edit: TextEdit): void {
  const list = w.edits.get(unit);
  if (list) list.push(edit);
  else w.edits.set(unit, [edit]);
  if (unit !== TITLE) touch(w, unit, edit.ctx);
}

/**
 * Which of the edits of one unit are carried out. All are located in the
 * original text, so they compose the way the drafter meant: where one
 * edit's span lies inside another's, the longer, more specific one governs
 * there (the shorter still applies at its other occurrences) — the rule used
 * among the phrases of one operation; the same span given the same text twice
 * is one edit. Only a true contradiction is an error: the same span given
 * two different texts, spans that cross, or words added inside words another
 * item replaces.
 */
function composeEdits(w: Work, unit: string, edits: TextEdit[]): TextEdit[] {
  // By place; an insertion (no characters replaced) before a change starting there; the longer first.
  edits.sort((a, b) => a.start - b.start || Number(a.end > a.start) - Number(b.end > b.start) || b.end - a.end || a.ctx.seq - b.ctx.seq);
  const kept: TextEdit[] = [];
  for (const e of edits) {
    const prev = kept[kept.length - 1];
    if (!prev || e.start >= prev.end) {
      kept.push(e);
      continue;
    }
    if (prev.ctx.seq === e.ctx.seq) continue;
    const same = e.start === prev.start && e.end === prev.end;
    const inside = e.end <= prev.end && e.end > e.start;
    if (same && e.to === prev.to) continue;
    const target = handleLabel(w.ix, unit);
    if (!same && inside) {
      if (prev.range)
        report(w, 'engine/overlapping-operations', { target: prev.phrase, first: e.ctx.op.item, second: prev.ctx.op.item }, e.ctx);
      else
        report(
          w,
          'engine/phrase-composed',
          { inner: e.phrase, outer: prev.phrase, target, first: e.ctx.op.item, second: prev.ctx.op.item },
          e.ctx,
        );
      continue;
    }
    report(
      w,
      'engine/conflicting-operations',
      { first: prev.ctx.op.item, second: e.ctx.op.item, what: `change “${e.phrase}” in`, target },
      e.ctx,
    );
  }
  return kept;
}

/** Carry out the recorded edits, unit by unit, keeping per-character provenance and tidying after deletions. */
export function commitTextEdits(w: Work): void {
  const tallies = new Map<string, { edit: TextEdit; count: number }>();
  const words = new Set<string>();
  for (const [unit, edits] of w.edits) {
    const kept = composeEdits(w, unit, edits);
    for (const e of kept) {
      if (!e.tally) continue;
      const word = e.tally.word;
      if (word !== undefined && !words.has(`${e.ctx.seq}|${e.tally.pair}|${word}`)) {
        words.add(`${e.ctx.seq}|${e.tally.pair}|${word}`);
        report(w, 'engine/phrase-inside-word', { phrase: e.phrase, target: e.tally.scope, word }, e.ctx);
      }
      const key = `${e.ctx.seq}|${e.tally.pair}|${e.tally.scope}`;
      const t = tallies.get(key);
      if (t) t.count++;
      else tallies.set(key, { edit: e, count: 1 });
    }
    const original = unitText(w.ix, unit);
    let segs: Seg[] = [];
    const base = originalSegs(unit, original);
    const junctions: number[] = [];
    let pos = 0;
    for (const e of kept) {
      segs = concatSegs(segs, sliceSegs(base, pos, e.start));
      if (e.to) segs = concatSegs(segs, newSegs(e.to));
      else junctions.push(segsText(segs).length);
      pos = e.end;
    }
    segs = concatSegs(segs, sliceSegs(base, pos, original.length));
    const tidied = tidyJunctions(segs, junctions);
    if (tidied.removed) {
      report(
        w,
        'engine/tidied-punctuation',
        { target: handleLabel(w.ix, unit), removed: tidied.removed },
        (kept.find((e) => !e.to) ?? kept[0]).ctx,
      );
    }
    const text = segsText(tidied.segs);
    if (unit === TITLE) {
      w.doc.title = text;
      continue;
    }
    const division = headingOf(unit);
    if (division !== undefined) {
      const d = nodeOf(w, division);
      if (d && (d.kind === 'part' || d.kind === 'chapter' || d.kind === 'section')) d.title = text;
      continue;
    }
    const node = nodeOf(w, unit);
    if (node && (node.kind === 'paragraph' || node.kind === 'item' || node.kind === 'subitem')) {
      node.text = text;
      w.texts.set(unit, tidied.segs);
    }
  }
  // A phrase changed more than once in one place: a drafter checks that every occurrence was meant.
  for (const { edit, count } of tallies.values()) {
    if (count > 1) report(w, 'engine/phrase-ambiguous', { phrase: edit.phrase, count, target: edit.tally!.scope }, edit.ctx);
  }
}
