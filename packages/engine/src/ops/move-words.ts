import type { InsertTextOp } from '@amend/model';
import { findFolded, fold, foldString, type Hit } from '../match.ts';
import { yieldsToWider, type Wide } from '../overlap.ts';
import type { Resolved } from '../targets.ts';
import { recordEdit } from '../text-edit.ts';
import { unitText, unitsUnder } from '../tree-index.ts';
import { report, type Work } from '../apply-state.ts';

/**
 * 将第五十条中的“玩忽职守”调整到“滥用职权”之后 (insertText `moved`): the words
 * leave their place and go beside the other words, in the first unit of each
 * scope holding both (located in the original text). The text between the
 * two is read as list marks at its ends and what lies between them: the
 * members change places, the marks keep theirs, so the joining word stays
 * before the last member — 甲、乙和丙 with 甲 after 丙 is 乙、丙和甲, with 丙
 * before 甲 is 丙、甲和乙; two words with nothing between them (玩忽职守滥用职权)
 * simply swap.
 */
export function applyMoveWords(w: Work, r: Resolved, op: InsertTextOp, wide: Map<string, Wide>): void {
  const position = op.position;
  if (typeof position !== 'object') return;
  const after = 'after' in position;
  const anchor = after ? position.after : position.before;
  const moved = foldString(op.text);
  const beside = foldString(anchor);
  let done = false;
  let sawMoved = false;
  let sawAnchor = false;
  for (const scope of r.targets) {
    for (const unit of unitsUnder(w.ix, scope)) {
      const text = unitText(w.ix, unit);
      const hay = fold(text);
      const words = findFolded(hay, moved);
      const marks = findFolded(hay, beside);
      sawMoved ||= words.length > 0;
      sawAnchor ||= marks.length > 0;
      const pair = nearest(words, marks);
      if (!pair) continue;
      done = true;
      // A unit another item replaces whole: that item's words stand (reported there).
      if (yieldsToWider(w, wide, unit, r.ctx)) break;
      for (const edit of rearrange(text, pair[0], pair[1], after)) recordEdit(w, unit, { ...edit, phrase: op.text, ctx: r.ctx });
      break;
    }
  }
  if (done) return;
  // Both words must stand in one place; say which one is missing, or that they are apart.
  const missing = !sawMoved ? op.text : !sawAnchor ? anchor : `${op.text}”与“${anchor}`;
  report(w, 'engine/phrase-not-found', { phrase: missing, target: r.labels.join('、') }, r.ctx);
  r.ok = false;
}

/** The occurrence of the moved words closest to an occurrence of the anchor (first such pair), never overlapping it. */
function nearest(words: Hit[], marks: Hit[]): [Hit, Hit] | undefined {
  let best: [Hit, Hit] | undefined;
  let gap = Infinity;
  for (const a of words) {
    for (const b of marks) {
      if (a.start < b.end && b.start < a.end) continue;
      const d = a.start < b.start ? b.start - a.end : a.start - b.end;
      if (d < gap) [best, gap] = [[a, b], d];
    }
  }
  return best;
}

/** Marks that join the members of a list, longest first. */
const MARK = ['以及', '或者', '、', '和', '及', '或', '与'];

function leadingMark(s: string): string {
  return MARK.find((m) => s.startsWith(m)) ?? '';
}

function trailingMark(s: string): string {
  return MARK.find((m) => s.endsWith(m)) ?? '';
}

interface Edit {
  start: number;
  end: number;
  to: string;
}

/**
 * The edits moving `a` (the moved words) beside `b` (`after` or before it)
 * in `text`. Between them lie a mark after the first word (s1), what lies
 * between (core) and a mark before the last word (s2); the members change
 * places, the marks keep theirs:
 *
 * | old | moved | new |
 * | --- | --- | --- |
 * | A s1 core s2 B | A after B | core s1 B s2 A |
 * | A s1 core s2 B | A before B | core s1 A s2 B |
 * | B s1 core s2 A | A after B | B s1 A s2 core |
 * | B s1 core s2 A | A before B | A s1 B s2 core |
 *
 * (with nothing between them: A s1 B ↔ B s1 A). The other words are never
 * rewritten — only the moved words, the marks and insertions beside the
 * other words — so a change another item makes to them still composes.
 */
export function rearrange(text: string, a: Hit, b: Hit, after: boolean): Edit[] {
  const first = a.start < b.start ? a : b;
  const last = first === a ? b : a;
  const mid = text.slice(first.end, last.start);
  const s1 = leadingMark(mid);
  const rest = mid.slice(s1.length);
  const s2 = rest.length > trailingMark(rest).length ? trailingMark(rest) : '';
  const core = rest.length - s2.length > 0;
  const A = text.slice(a.start, a.end);
  // Where the mark before the last word stands, and an edit giving it the first mark's place.
  const s2At = last.start - s2.length;
  const swapMarks = (at: number, from: string, to: string): Edit[] => (from === to ? [] : [{ start: at, end: at + from.length, to }]);
  if (first === a) {
    // A s1 core s2 B: A and its mark leave.
    const leave: Edit = { start: a.start, end: a.end + s1.length, to: '' };
    if (!after) return core ? [leave, { start: s2At, end: s2At, to: s1 + A }] : [];
    if (!core) return [leave, { start: b.end, end: b.end, to: s1 + A }];
    return [leave, ...swapMarks(s2At, s2, s1), { start: b.end, end: b.end, to: s2 + A }];
  }
  // B s1 core s2 A: A and the mark before it leave.
  const leave: Edit = { start: a.start - (core ? s2.length : s1.length), end: a.end, to: '' };
  if (after) return core ? [{ start: b.end + s1.length, end: b.end + s1.length, to: A + s2 }, leave] : [];
  if (!core) return [{ start: b.start, end: b.start, to: A + s1 }, leave];
  return [{ start: b.start, end: b.start, to: A + s1 }, ...swapMarks(b.end, s1, s2), leave];
}
