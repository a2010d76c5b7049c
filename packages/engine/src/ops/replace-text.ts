import type { ReplaceTextOp } from '@amend/model';
import type { Wide } from '../overlap.ts';
import type { Resolved } from '../targets.ts';
import { locatePhrases } from '../text-edit.ts';
import { report, type Work } from '../work.ts';

/**
 * 将第五条中的“A”修改为“B”，“C”修改为“D”: every occurrence in every named
 * scope, all pairs located in the original text at once. A new phrase that
 * runs over several lines cannot stand inside one 款: the rule would gain a
 * line (perhaps one that reads as a new article) the decision never wrote.
 */
export function applyReplaceText(w: Work, r: Resolved, op: ReplaceTextOp, wide: Map<string, Wide>): void {
  const broken = op.pairs.find((p) => /[\r\n]/.test(p.to));
  if (broken) {
    const found = `“${broken.to.replace(/\r?\n|\r/g, '⏎')}” over several lines`;
    report(w, 'engine/content-mismatch', { target: r.labels.join('、'), found, expected: 'a phrase inside one line' }, r.ctx);
    r.ok = false;
    return;
  }
  locatePhrases(w, r, op.pairs, wide);
}
