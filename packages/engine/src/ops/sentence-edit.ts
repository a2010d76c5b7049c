import type { DeleteNodeOp, ReplaceNodeOp } from '@amend/model';
import { describeFragment } from '../new-nodes.ts';
import { yieldsToWider, type Wide } from '../overlap.ts';
import type { Resolved } from '../targets.ts';
import { recordEdit } from '../text-edit.ts';
import { unitText } from '../tree-index.ts';
import { report, type Work } from '../apply-state.ts';

/**
 * 删去第十条第二款第二句; 将第十条第一款第二句修改为：“…”; 第五条条首部分修改为：
 * “…”. The sentence (or the 款's words before its 项) is a range of the 款's
 * original text (resolved with the address), so the change is a text edit
 * like a phrase's: carried out with the other text changes, the rest of the
 * 款 (its 项) keeping its provenance.
 */
export function applySentenceEdit(w: Work, r: Resolved, op: ReplaceNodeOp | DeleteNodeOp, wide: Map<string, Wide>): void {
  const unit = r.targets[0];
  const range = r.ranges?.[0];
  if (unit === undefined || range === undefined) return;
  let to = '';
  if (op.kind === 'replaceNode') {
    to = op.content.text.trim();
    // One sentence is replaced by words, not by 款 or 项 of their own.
    if (!to || /\n/.test(to)) {
      report(w, 'engine/content-mismatch', { target: r.labels[0], found: describeFragment(op.content), expected: 'one sentence' }, r.ctx);
      r.ok = false;
      return;
    }
  }
  if (yieldsToWider(w, wide, unit, r.ctx)) return;
  // A lead-in's final ： (before its 项) stays when the new words end without a mark.
  const text = unitText(w.ix, unit);
  const keepsMark =
    op.kind === 'replaceNode' && op.leadIn && /[：:]$/.test(text.slice(range.start, range.end)) && !/[。；：:！？]$/.test(to);
  const end = keepsMark ? range.end - 1 : range.end;
  recordEdit(w, unit, { start: range.start, end, to, phrase: r.labels[0], range: true, ctx: r.ctx });
}
