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
  // 最前面的“…” is the first occurrence of the words in the place, 最后面的“…” the last.
  const occurrence = op.edge === 'start' ? 1 : op.edge === 'end' ? ('last' as const) : undefined;
  locatePhrases(
    w,
    r,
    op.phrases.map((from) => (occurrence ? { from, to: '', occurrence } : { from, to: '' })),
    wide,
  );
}
