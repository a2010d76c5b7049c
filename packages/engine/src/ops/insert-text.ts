import type { InsertTextOp } from '@amend/model';
import { handleLabel } from '../locate.ts';
import { yieldsToWider, type Wide } from '../overlap.ts';
import type { Resolved } from '../targets.ts';
import { locatePhrases, recordEdit } from '../text-edit.ts';
import { unitText, unitsUnder } from '../tree-index.ts';
import { report, type Work } from '../apply-state.ts';
import { applyMoveWords } from './move-words.ts';

/**
 * 在第五条第二款末尾增加“…”; 第一条第二款开始部分增加规定：“…”; 在第五条中的
 * “A”后增加“B”. Text is added to the original words, which keep their
 * provenance (a reference in them is still renumbered). Beside a phrase, the
 * phrase is located like a replacement's (every occurrence, the same checks);
 * at an edge, the unit is the first (start) or last (end) text unit of each
 * named place in reading order — for an article with items, the end is the
 * end of its last 项. All edits are located in the original text and carried
 * out with the other text changes.
 */
export function applyInsertText(w: Work, r: Resolved, op: InsertTextOp, wide: Map<string, Wide>): void {
  const { position } = op;
  if (!op.text) {
    report(w, 'engine/content-mismatch', { target: r.labels.join('、'), found: 'empty text', expected: 'text to add' }, r.ctx);
    r.ok = false;
    return;
  }
  if (op.moved) return applyMoveWords(w, r, op, wide);
  if (typeof position === 'object') {
    const keep = 'after' in position ? 'after' : 'before';
    const from = 'after' in position ? position.after : position.before;
    locatePhrases(w, r, [{ from, to: op.text, keep }], wide);
    return;
  }
  r.targets.forEach((scope, i) => {
    const range = r.ranges?.[i];
    const units = range ? [scope] : unitsUnder(w.ix, scope);
    const unit = position === 'start' ? units[0] : units[units.length - 1];
    if (unit === undefined) {
      report(w, 'engine/content-mismatch', { target: r.labels[i], found: 'text to add', expected: 'a place without text' }, r.ctx);
      r.ok = false;
      return;
    }
    if (yieldsToWider(w, wide, unit, r.ctx)) return;
    // Before or after a sentence (第一句后增加一句): the edge of its range, joined like a unit's edge.
    const text = unitText(w.ix, unit);
    const from = range?.start ?? 0;
    const edit = edgeEdit(range ? text.slice(range.start, range.end) : text, op.text, position);
    const place = range ? r.labels[i] : handleLabel(w.ix, unit);
    recordEdit(w, unit, {
      start: edit.start + from,
      end: edit.end + from,
      to: edit.to,
      phrase: `${place}${position === 'start' ? '开始' : '末尾'}`,
      ctx: r.ctx,
    });
  });
}

/** Marks that end a sentence or a unit (a 项 ends in ；, a lead-in in ：). */
const FINAL = '。；：！？';
/** Marks a continuation starts with: ，但是…除外. */
const JOINING = '，；、：';

/**
 * Where added text joins a unit. At the start it goes first, as written. At
 * the end, a unit ending in a final mark (。；：) keeps that mark last:
 *
 * | added | result |
 * | --- | --- |
 * | a sentence with its own mark: 但是法律另有规定的除外。 | after the unit: …罚款。但是法律另有规定的除外。 |
 * | a continuation: ，但是法律另有规定的除外 | before the mark: …罚款，但是法律另有规定的除外。 |
 * | words: 和其他事项 (to （三）登记、备案；) | before the mark: （三）登记、备案和其他事项； |
 * | a continuation with its own mark: ；情节严重的，处五千元罚款。 | in place of the mark |
 */
export function edgeEdit(unit: string, add: string, position: 'start' | 'end'): { start: number; end: number; to: string } {
  if (position === 'start') return { start: 0, end: 0, to: add };
  const n = unit.length;
  const last = unit[n - 1];
  if (last === undefined || !FINAL.includes(last)) return { start: n, end: n, to: add };
  const closes = FINAL.includes(add[add.length - 1] ?? '');
  const continues = JOINING.includes(add[0] ?? '');
  if (continues && closes) return { start: n - 1, end: n, to: add };
  if (continues || !closes) return { start: n - 1, end: n - 1, to: add };
  return { start: n, end: n, to: add };
}
