import type { Operation } from '@amend/model';
import { assertNever } from '@amend/model';
import type { Wide } from '../overlap.ts';
import type { Resolved } from '../targets.ts';
import type { Work } from '../apply-state.ts';
import { applyDeleteNode } from './delete-node.ts';
import { applyDeleteText } from './delete-text.ts';
import { applyInsertNode } from './insert-node.ts';
import { applyInsertText } from './insert-text.ts';
import { applyMerge } from './merge.ts';
import { applyMove } from './move.ts';
import { applyRenameHeading } from './rename-heading.ts';
import { applyRenumber } from './renumber-statement.ts';
import { applyReplaceNode } from './replace-node.ts';
import { applyReplaceText, restatesWhole } from './replace-text.ts';
import { applySentenceEdit } from './sentence-edit.ts';
import { applySplit } from './split-off.ts';

/**
 * When each kind runs, in this order. Everything is resolved against the
 * original first; then: text changes are located and committed together
 * (`text`), nodes are replaced in place (`replace`), anchored inserts go in
 * while their anchors still stand (`anchored`), deletions, merges, splits
 * and moves follow (`remove`); nodes placed by their announced number go in
 * once the rest is settled, the numbering is recomputed, and the decision's
 * own renumbering statements are checked (`settled`).
 */
export const PHASES = ['text', 'replace', 'anchored', 'remove', 'settled'] as const;
export type Phase = (typeof PHASES)[number];

export function phaseOf(op: Operation): Phase {
  // A sentence replaced or deleted is a text change of its 款.
  if (onSentence(op)) return 'text';
  // Old words quoted over several lines: the whole place restated.
  if (restatesWhole(op)) return 'replace';
  const kind = op.kind;
  switch (kind) {
    case 'replaceText':
    case 'deleteText':
    case 'insertText':
      return 'text';
    case 'replaceNode':
    case 'renameHeading':
      return 'replace';
    case 'insertNode':
      return 'anchored';
    case 'deleteNode':
    case 'merge':
    case 'split':
    case 'move':
      return 'remove';
    case 'renumber':
      return 'settled';
    default:
      return assertNever(kind, 'operation kind');
  }
}

/** Position of a phase in `PHASES`, for ordering. */
export function phaseRank(op: Operation): number {
  return PHASES.indexOf(phaseOf(op));
}

export function applyOperation(w: Work, r: Resolved, wide: Map<string, Wide>): void {
  const op = r.ctx.op;
  switch (op.kind) {
    case 'replaceText':
      return applyReplaceText(w, r, op, wide);
    case 'deleteText':
      return applyDeleteText(w, r, op, wide);
    case 'insertText':
      return applyInsertText(w, r, op, wide);
    case 'replaceNode':
      return onSentence(op) ? applySentenceEdit(w, r, op, wide) : applyReplaceNode(w, r, op);
    case 'renameHeading':
      return applyRenameHeading(w, r, op);
    case 'insertNode':
      return applyInsertNode(w, r, op);
    case 'deleteNode':
      return onSentence(op) ? applySentenceEdit(w, r, op, wide) : applyDeleteNode(w, r, op);
    case 'merge':
      return applyMerge(w, r, op);
    case 'split':
      return applySplit(w, r, op);
    case 'move':
      return applyMove(w, r, op);
    case 'renumber':
      return applyRenumber(w, r, op);
    default:
      return assertNever(op, 'operation');
  }
}

/** A sentence, or a lead-in before 项 (条首部分): a range of one unit's text. */
function onSentence(op: Operation): boolean {
  return (
    (op.kind === 'replaceNode' && op.leadIn === true) ||
    ((op.kind === 'replaceNode' || op.kind === 'deleteNode') && op.target.sentence !== undefined)
  );
}
