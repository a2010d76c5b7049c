import type { Operation } from '@amend/model';
import { assertNever } from '@amend/model';
import type { Wide } from '../overlap.ts';
import type { Resolved } from '../resolve.ts';
import type { Work } from '../work.ts';
import { applyDeleteNode } from './delete-node.ts';
import { applyDeleteText } from './delete-text.ts';
import { applyInsertNode } from './insert-node.ts';
import { applyInsertText } from './insert-text.ts';
import { applyMerge } from './merge.ts';
import { applyRenameHeading } from './rename-heading.ts';
import { applyRenumber } from './renumber.ts';
import { applyReplaceNode } from './replace-node.ts';
import { applyReplaceText } from './replace-text.ts';
import { applySentenceEdit } from './sentence.ts';
import { applySplit } from './split.ts';

/**
 * When each kind runs. Everything is resolved against the original first;
 * then: text changes are located (phase 1) and committed together, nodes are
 * replaced in place (2), anchored inserts go in while their anchors still
 * stand (3), deletions, merges and splits follow (4), nodes placed by their
 * announced number go in once the rest is settled, the numbering is
 * recomputed, and the decision's own renumbering statements are checked (5).
 */
export function phaseOf(op: Operation): number {
  // A sentence replaced or deleted is a text change of its 款.
  if (onSentence(op)) return 1;
  const kind = op.kind;
  switch (kind) {
    case 'replaceText':
    case 'deleteText':
    case 'insertText':
      return 1;
    case 'replaceNode':
    case 'renameHeading':
      return 2;
    case 'insertNode':
      return 3;
    case 'deleteNode':
    case 'merge':
    case 'split':
      return 4;
    case 'renumber':
      return 5;
    default:
      return assertNever(kind, 'operation kind');
  }
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
    case 'renumber':
      return applyRenumber(w, r, op);
    default:
      return assertNever(op, 'operation');
  }
}

/** A sentence, or a lead-in before 项 (条首部分): a range of one unit's text. */
function onSentence(op: Operation): boolean {
  return (op.kind === 'replaceNode' && op.leadIn === true) || ((op.kind === 'replaceNode' || op.kind === 'deleteNode') && op.target.sentence !== undefined);
}
