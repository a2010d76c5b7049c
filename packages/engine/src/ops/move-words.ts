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
 * simply swap. The edit spans both words: it replaces them and what lies
 * between as one change.
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
      const edit = rearrange(text, pair[0], pair[1], after);
      if (edit) recordEdit(w, unit, { ...edit, phrase: op.text, ctx: r.ctx });
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

/**
 * The edit moving `a` (the moved words) beside `b` (`after` or before it) in
 * `text`: the stretch from the first of them to the end of the last, written
 * again with the members in their new order and the marks where they were.
 */
export function rearrange(text: string, a: Hit, b: Hit, after: boolean): { start: number; end: number; to: string } | undefined {
  const first = a.start < b.start ? a : b;
  const last = first === a ? b : a;
  const mid = text.slice(first.end, last.start);
  const lead = leadingMark(mid);
  const rest = mid.slice(lead.length);
  const tail = rest.length > trailingMark(rest).length ? trailingMark(rest) : '';
  const core = rest.slice(0, rest.length - tail.length);
  const A = text.slice(a.start, a.end);
  const B = text.slice(b.start, b.end);
  // The members in their old order: the first word, what lies between (when anything does), the last word.
  const old = core ? [first, core, last] : [first, last];
  const word = (m: Hit | string): string => (typeof m === 'string' ? m : m === a ? A : B);
  const others = old.filter((m) => m !== a);
  const at = others.indexOf(b) + (after ? 1 : 0);
  const members = [...others.slice(0, at), a, ...others.slice(at)].map(word);
  const marks = core ? [lead, tail] : [lead];
  const to = members.reduce((s, m, i) => (i === 0 ? m : s + marks[i - 1] + m), '');
  const from = text.slice(first.start, last.end);
  return to === from ? undefined : { start: first.start, end: last.end, to };
}
