import { CN_NUMERAL_CHARS } from '@amend/model';
import { diffArrays } from 'diff';
import { alignUnits, type Region } from './bounded.ts';
import { slide, type Part } from './slide.ts';
import { tokenize } from './tokens.ts';
import { alignLines } from './line-align.ts';

/** A piece of a redline: kept, struck (old text only) or inserted (new text only). */
export interface Chunk {
  type: 'equal' | 'del' | 'ins';
  text: string;
}

/** Equal runs this short between two changes are folded into the change around them. */
const MAX_ABSORBED = 2;
/** Punctuation and line breaks separate clauses: a change on each side of one reads as two changes. */
const BOUNDARY = /[\p{P}\s]/u;

/**
 * Word-level diff of two texts. Lines found unchanged in both are matched
 * first; between them, tokens from `tokenize` are aligned with
 * `diffArrays`, then cleaned up so a reader sees phrases, not letters: a lone
 * insertion or deletion is slid to punctuation when it can be (`slide`);
 * adjacent deletions and insertions are grouped into one deletion followed by
 * one insertion, and a tiny equal run between two changes (≤ 2 characters, no
 * punctuation) joins them. Concatenating the `equal` and `del` chunks gives
 * `a`; the `equal` and `ins` chunks give `b`. The work grows linearly with
 * the texts: long changed stretches are aligned by sentence and clause first
 * and words are compared only within small aligned pieces (`alignUnits`).
 */
export function wordDiff(a: string, b: string): Chunk[] {
  if (!a.includes('\n') && !b.includes('\n')) return diffText(a, b);
  // Lines both texts keep whole anchor the diff, so a paragraph written in
  // before an old one reads as inserted whole instead of lending the old one
  // its first words. Each line keeps its line break, so the sides join back.
  const lines = (t: string) => t.split(/(?<=\n)/);
  // Bounded like every alignment here: past the cap, the texts share no lines worth anchoring on.
  const parts = diffArrays(lines(a), lines(b), { maxEditLength: LINE_EDITS });
  if (!parts?.some((p) => !p.added && !p.removed)) return diffText(a, b);
  const out: Chunk[] = [];
  let del = '';
  let ins = '';
  const flush = (): void => {
    for (const c of changedLines(del, ins)) c.type === 'equal' ? pushEqual(out, c.text) : out.push(c);
    del = ins = '';
  };
  for (const p of parts) {
    if (p.removed) del += p.value.join('');
    else if (p.added) ins += p.value.join('');
    else {
      flush();
      pushEqual(out, p.value.join(''));
    }
  }
  flush();
  return out;
}

/**
 * The lines between two unchanged ones. When lines were added or removed
 * there, old and new lines are paired by likeness first (alignLines): a pair
 * is diffed word by word, a line without a partner is deleted or inserted
 * whole, its label with it.
 */
function changedLines(a: string, b: string): Chunk[] {
  const la = a.split(/(?<=\n)/).filter(Boolean);
  const lb = b.split(/(?<=\n)/).filter(Boolean);
  if (la.length === lb.length || la.length === 0 || lb.length === 0) return diffText(a, b);
  const out: Chunk[] = [];
  for (const step of alignLines(la, lb)) {
    if ('pair' in step) out.push(...diffText(la[step.pair[0]], lb[step.pair[1]]));
    else if ('del' in step) out.push({ type: 'del', text: la[step.del] });
    else out.push({ type: 'ins', text: lb[step.ins] });
  }
  return out;
}

function diffText(a: string, b: string): Chunk[] {
  // Segmenting is the costly step, and an amended article usually changes in
  // one clause: the clauses both texts share at either end are kept whole.
  const [head, tail] = sharedClauses(a, b);
  const chunks = diffMiddle(a.slice(head, a.length - tail), b.slice(head, b.length - tail));
  const out: Chunk[] = [];
  pushEqual(out, a.slice(0, head));
  for (const c of chunks) {
    if (c.type === 'equal') pushEqual(out, c.text);
    else out.push(c);
  }
  pushEqual(out, a.slice(a.length - tail));
  return out;
}

/** Clause ends: the shared edges are cut back to these so no word is split. */
const CLAUSE_END = /[。；，：！？;,:\n]/;

/**
 * Lengths of the common prefix and suffix of two texts, cut back past one
 * more clause end than needed, so the change keeps a clause of context on
 * each side for `slide` to move within.
 */
function sharedClauses(a: string, b: string): [number, number] {
  const max = Math.min(a.length, b.length);
  let head = 0;
  while (head < max && a.charCodeAt(head) === b.charCodeAt(head)) head++;
  if (head === a.length && head === b.length) return [head, 0];
  for (let ends = 0; head > 0; head--) {
    if (CLAUSE_END.test(a[head - 1]) && ++ends === 2) break;
  }
  let tail = 0;
  while (tail < max - head && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
  for (let ends = 0; tail > 0; tail--) {
    if (CLAUSE_END.test(a[a.length - tail]) && ++ends === 2) break;
  }
  return [head, tail];
}

/** Edits allowed when aligning lines; more means the texts share no lines worth anchoring on. */
const LINE_EDITS = 200;

/**
 * The changed middle: aligned sentence by sentence, then clause by clause,
 * and word by word only within small aligned pieces (see `alignUnits`), so
 * the work grows with the length of the text, not its square.
 */
function diffMiddle(a: string, b: string): Chunk[] {
  if (a === b) return a ? [{ type: 'equal', text: a }] : [];
  const out: Chunk[] = [];
  // Pieces replaced whole one after another read as one struck passage and one inserted passage.
  let del = '';
  let ins = '';
  for (const r of alignUnits(a, b, tokenDiff)) {
    if (r.kind === 'replaced') {
      del += r.del;
      ins += r.ins;
      continue;
    }
    pushRegion(out, { kind: 'replaced', del, ins });
    del = ins = '';
    pushRegion(out, r);
  }
  pushRegion(out, { kind: 'replaced', del, ins });
  return out;
}

function pushRegion(out: Chunk[], r: Region): void {
  if (r.kind === 'equal') return pushEqual(out, r.text);
  if (r.kind === 'words') {
    for (const c of r.chunks) c.type === 'equal' ? pushEqual(out, c.text) : out.push(c);
    return;
  }
  if (r.del) out.push({ type: 'del', text: r.del });
  if (r.ins) out.push({ type: 'ins', text: r.ins });
}

/** Edits allowed in one word-level alignment; past it the piece is shown as replaced whole. */
const WORD_EDITS = 300;

/** Word-level diff of two short pieces, or undefined when they differ in more than WORD_EDITS words. */
function tokenDiff(a: string, b: string): Chunk[] | undefined {
  const aligned = diffArrays(tokenize(a), tokenize(b), { maxEditLength: WORD_EDITS });
  if (!aligned) return undefined;
  const parts = slide(aligned.map((c): Part => ({ kind: c.added ? 'ins' : c.removed ? 'del' : 'equal', tokens: c.value }))).filter(
    (part) => part.tokens.length > 0,
  );
  const out: Chunk[] = [];
  let del = '';
  let ins = '';
  const flush = (): void => {
    if (del) out.push({ type: 'del', text: del });
    if (ins) out.push({ type: 'ins', text: ins });
    del = '';
    ins = '';
  };
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const text = part.tokens.join('');
    if (part.kind === 'del') del += text;
    else if (part.kind === 'ins') ins += text;
    else if ((del || ins) && i + 1 < parts.length && absorbable(text)) {
      del += text;
      ins += text;
    } else {
      flush();
      pushEqual(out, text);
    }
  }
  flush();
  return out;
}

/**
 * A lone reference between two changes is folded in as well: in
 * 第十条、第十一条 → 第十一条、第十二条 the shared 第十一条 names two different
 * articles, and leaving it unmarked would say that reference stayed.
 */
const REFERENCE = new RegExp(`^第[${CN_NUMERAL_CHARS}0-9]+[编章节条款项目](?:之[${CN_NUMERAL_CHARS}0-9]+)?$`, 'u');

function absorbable(text: string): boolean {
  return ([...text].length <= MAX_ABSORBED && !BOUNDARY.test(text)) || REFERENCE.test(text);
}

function pushEqual(out: Chunk[], text: string): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.type === 'equal') last.text += text;
  else out.push({ type: 'equal', text });
}

/** The old text (`side` 'before') or the new text ('after') a list of chunks was made from. */
export function sideText(chunks: readonly Chunk[], side: 'before' | 'after'): string {
  const skip = side === 'before' ? 'ins' : 'del';
  return chunks
    .filter((c) => c.type !== skip)
    .map((c) => c.text)
    .join('');
}

/** Split chunks at line breaks: one list per line, line breaks dropped. */
export function chunkLines(chunks: readonly Chunk[]): Chunk[][] {
  const lines: Chunk[][] = [[]];
  for (const c of chunks) {
    c.text.split('\n').forEach((piece, k) => {
      if (k > 0) lines.push([]);
      if (piece) lines[lines.length - 1].push({ type: c.type, text: piece });
    });
  }
  return lines;
}
