import type { ReplaceTextOp } from '@amend/model';
import type { Wide } from '../overlap.ts';
import type { Resolved } from '../resolve.ts';
import { locatePhrases } from '../text-edit.ts';
import type { Work } from '../work.ts';

/**
 * 将第五条中的“A”修改为“B”，“C”修改为“D”: every occurrence in every named
 * scope, all pairs located in the original text at once.
 */
export function applyReplaceText(w: Work, r: Resolved, op: ReplaceTextOp, wide: Map<string, Wide>): void {
  locatePhrases(w, r, op.pairs, wide);
}
