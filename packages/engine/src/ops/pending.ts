import type { Address, Operation } from '@amend/model';

/**
 * What the decision reader can express but the engine does not apply yet.
 * Such an operation is reported and stops the rule's consolidation, instead
 * of being applied in a way that would give a wrong text.
 */
export function pendingFeature(op: Operation): string | undefined {
  // 章名 as the place of a text change is a unit of its own; anything else on a heading is not.
  if (op.kind !== 'replaceText' && op.kind !== 'deleteText' && op.kind !== 'insertText' && addressesOf(op).some((a) => a.special === 'heading')) {
    return 'a heading (章名) as the place of anything but a text change';
  }
  return undefined;
}

function addressesOf(op: Operation): Address[] {
  switch (op.kind) {
    case 'replaceText':
    case 'deleteText':
    case 'insertText':
      return op.scope;
    case 'merge':
      return op.targets;
    case 'split':
    case 'move':
      return [op.source];
    case 'insertNode':
      return [op.parent, op.after, op.before].filter((a): a is Address => a !== undefined);
    default:
      return [op.target];
  }
}
