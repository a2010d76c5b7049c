import type { DeleteTextOp } from '@amend/model';
import type { Wide } from '../overlap.ts';
import type { Resolved } from '../targets.ts';
import { locatePhrases } from '../text-edit.ts';
import type { Work } from '../apply-state.ts';

/**
 * 删去第三条第一款中的“规章”、“通报批评”: a replacement by nothing; the
 * punctuation a deletion orphans is tidied when the edits are committed.
 */
export function applyDeleteText(w: Work, r: Resolved, op: DeleteTextOp, wide: Map<string, Wide>): void {
  locatePhrases(w, r, op.phrases.map((from) => ({ from, to: '' })), wide);
}
