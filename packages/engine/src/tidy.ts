import { removeRange, segsText, type Seg } from './segments.ts';

/**
 * What a deletion leaves behind: 删去“规章” from “法律、法规、规章和本办法”
 * leaves “法规、和”; 删去“情节严重的” from “处分；情节严重的，依法” leaves “；，”.
 * A careful drafter would not print that, so the punctuation orphaned at the
 * place of a deletion is removed (and reported). Only the characters on either
 * side of a deletion are looked at: irregularities elsewhere in the rule are
 * the rule's own and stay.
 */

/** Clause punctuation, weakest first: where two meet, the stronger stays. */
const STRENGTH: Record<string, number> = { '、': 1, '，': 2, '；': 3, '：': 3, '。': 4 };
const OPENERS = new Set(['（', '(', '“', '《', '〈', '【', '[']);
const CLOSERS = new Set(['）', ')', '”', '》', '〉', '】', ']']);
/** Brackets that enclose words: a pair left with nothing inside goes. */
const PAIRS: Record<string, string> = { '（': '）', '(': ')', '【': '】', '[': ']' };
/** Conjunctions a list separator cannot stand before: “法规、和本办法” → “法规和本办法”. */
const CONJUNCTIONS = ['以及', '或者', '和', '或', '及', '与', '等'];

export interface Tidied {
  segs: Seg[];
  /** The characters removed, in order. */
  removed: string;
}

/** Tidy the punctuation around each junction (an offset in the text where something was deleted). */
export function tidyJunctions(segs: Seg[], junctions: number[]): Tidied {
  let cur = segs;
  let removed = '';
  // Right to left, so that earlier junction offsets stay valid.
  for (const j of [...new Set(junctions)].sort((a, b) => b - a)) {
    let at = j;
    // 删去“以下简称…” from “（以下简称…）” leaves “（）”: the empty brackets go too.
    const around = segsText(cur);
    if (PAIRS[around[at - 1]] !== undefined && PAIRS[around[at - 1]] === around[at]) {
      removed = around.slice(at - 1, at + 1) + removed;
      cur = removeRange(cur, at - 1, at + 1);
      at--;
    }
    for (;;) {
      const text = segsText(cur);
      const drop = orphanAt(text, at);
      if (drop === undefined) break;
      removed = text[drop] + removed;
      cur = removeRange(cur, drop, drop + 1);
      if (drop < at) at--;
    }
  }
  return { segs: cur, removed };
}

/** The offset of one punctuation mark orphaned at junction `j`, if any. */
function orphanAt(text: string, j: number): number | undefined {
  const left = text[j - 1];
  const right = text[j];
  const ls = left !== undefined ? STRENGTH[left] : undefined;
  const rs = right !== undefined ? STRENGTH[right] : undefined;
  // 、、 / ，； / ；。: keep the stronger (the right one when equal).
  if (ls !== undefined && rs !== undefined) return ls > rs ? j : j - 1;
  // A leading separator: at the start of the text or right after an opening bracket.
  if (rs !== undefined && rs < 4 && (left === undefined || OPENERS.has(left))) return j;
  // A trailing separator before a closing bracket.
  if (ls !== undefined && ls < 4 && right !== undefined && CLOSERS.has(right)) return j - 1;
  // A separator left at the very end: “…、” / “…，”.
  if ((left === '、' || left === '，') && right === undefined) return j - 1;
  if (left === '、' && CONJUNCTIONS.some((c) => text.startsWith(c, j))) return j - 1;
  if (right === '、' && CONJUNCTIONS.some((c) => text.slice(0, j).endsWith(c))) return j;
  return undefined;
}
