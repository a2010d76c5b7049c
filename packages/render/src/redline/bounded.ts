/**
 * Bounded alignment for the word diff. Myers' algorithm costs the length
 * times the number of edits, which is quadratic for an article replaced
 * whole or a phrase renamed in every sentence. So the word diff never runs
 * on more than a small piece: two texts are aligned sentence by sentence,
 * then clause by clause, then in windows of fixed size, each alignment capped
 * in edits; only pieces of at most SMALL characters are diffed word by word.
 * When a capped alignment gives up, the pieces are paired by a greedy walk
 * that looks a few pieces ahead for a similar one. Texts that are not alike at all are
 * replaced whole at once, never diffed word by word.
 */
import { diffArrays } from 'diff';
import { bigrams, dice, type Bigrams } from '../compare/similarity.ts';
import type { Chunk } from './word-diff.ts';

export type Region = { kind: 'equal'; text: string } | { kind: 'words'; chunks: Chunk[] } | { kind: 'replaced'; del: string; ins: string };

/** Both sides together up to this many characters are diffed word by word. */
const SMALL = 2000;
/** Edits allowed when aligning sentences, clauses or windows. */
const UNIT_EDITS = 200;
/** Below this Dice similarity two pieces are unrelated: replaced whole. */
const SIMILAR = 0.5;
/** How far the greedy pairing looks ahead for a similar piece. */
const LOOK_AHEAD = 4;
/** Window size of the last level: two windows fit in SMALL. */
const WINDOW = SMALL / 2;

const SENTENCE = /(?<=[。；！？;!?\n])/u;
const CLAUSE = /(?<=[，、：,:])/u;
const LEVELS: ((text: string) => string[])[] = [
  (t) => t.split(SENTENCE),
  (t) => t.split(CLAUSE),
  (t) => Array.from({ length: Math.ceil(t.length / WINDOW) }, (_, k) => t.slice(k * WINDOW, (k + 1) * WINDOW)),
];

/** `words` diffs two short pieces, or gives up (undefined) when they differ too much. */
export type WordDiff = (a: string, b: string) => Chunk[] | undefined;

export function alignUnits(a: string, b: string, words: WordDiff): Region[] {
  const out: Region[] = [];
  align(a, b, 0, words, out);
  return out;
}

function align(a: string, b: string, level: number, words: WordDiff, out: Region[]): void {
  if (a === b) {
    if (a) out.push({ kind: 'equal', text: a });
    return;
  }
  if (!a || !b) return void out.push({ kind: 'replaced', del: a, ins: b });
  if (a.length + b.length <= SMALL) {
    const chunks = words(a, b);
    return void out.push(chunks ? { kind: 'words', chunks } : { kind: 'replaced', del: a, ins: b });
  }
  if (level >= LEVELS.length || dice(bigrams(a), bigrams(b)) < SIMILAR) return void out.push({ kind: 'replaced', del: a, ins: b });
  const ua = LEVELS[level](a).filter((u) => u !== '');
  const ub = LEVELS[level](b).filter((u) => u !== '');
  if (ua.length === 1 && ub.length === 1) return align(a, b, level + 1, words, out);
  const parts = diffArrays(ua, ub, { maxEditLength: UNIT_EDITS }) ?? [
    { removed: true, added: false, value: ua, count: ua.length },
    { removed: false, added: true, value: ub, count: ub.length },
  ];
  let del: string[] = [];
  let ins: string[] = [];
  const flush = () => {
    if (del.length || ins.length) pair(del, ins, level, words, out);
    del = [];
    ins = [];
  };
  for (const p of parts) {
    if (p.removed) del.push(...p.value);
    else if (p.added) ins.push(...p.value);
    else {
      flush();
      out.push({ kind: 'equal', text: p.value.join('') });
    }
  }
  flush();
}

/**
 * A changed run of pieces: each old piece is matched with a similar new one,
 * looking a few pieces ahead on either side for one inserted or deleted;
 * otherwise the two at hand are compared as they stand. Linear: each step compares at most
 * 2 × LOOK_AHEAD + 1 pairs.
 */
function pair(del: string[], ins: string[], level: number, words: WordDiff, out: Region[]): void {
  if (del.length === 1 && ins.length === 1) return align(del[0], ins[0], level + 1, words, out);
  const grams = new Map<string, Bigrams>();
  const similar = (x: string, y: string): boolean => {
    const g = (s: string) => grams.get(s) ?? grams.set(s, bigrams(s)).get(s)!;
    return dice(g(x), g(y)) >= SIMILAR;
  };
  let i = 0;
  let j = 0;
  while (i < del.length && j < ins.length) {
    if (similar(del[i], ins[j])) {
      align(del[i++], ins[j++], level + 1, words, out);
      continue;
    }
    let moved = false;
    for (let k = 1; k <= LOOK_AHEAD && !moved; k++) {
      if (j + k < ins.length && similar(del[i], ins[j + k])) {
        out.push({ kind: 'replaced', del: '', ins: ins.slice(j, j + k).join('') });
        j += k;
        moved = true;
      } else if (i + k < del.length && similar(del[i + k], ins[j])) {
        out.push({ kind: 'replaced', del: del.slice(i, i + k).join(''), ins: '' });
        i += k;
        moved = true;
      }
    }
    // No better partner near: compare the two as they stand (word by word if short, else replaced whole).
    if (!moved) align(del[i++], ins[j++], level + 1, words, out);
  }
  const rest = { del: del.slice(i).join(''), ins: ins.slice(j).join('') };
  if (rest.del || rest.ins) out.push({ kind: 'replaced', ...rest });
}
