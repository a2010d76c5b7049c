import type { RenumberOp } from '@amend/model';
import { checkNumber } from '../numbering.ts';
import type { Resolved } from '../targets.ts';
import { nodeOf, touch, type Work } from '../apply-state.ts';

/**
 * 第八条改为第九条 changes nothing by itself: the numbering follows from the
 * structural edits. The statement is checked against the computed numbering;
 * a disagreement is an error naming both (the decision or the rule is wrong).
 */
export function applyRenumber(w: Work, r: Resolved, op: RenumberOp): void {
  if (nodeOf(w, r.targets[0])) touch(w, r.targets[0], r.ctx);
  if (!checkNumber(w, r.targets[0], r.labels[0], op.to, r.ctx)) r.ok = false;
}
