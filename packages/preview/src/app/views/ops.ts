import { describeOperation } from '@amend/decision';
import type { Diagnostic, Operation, RuleAmendment } from '@amend/model';
import { el } from '../dom.ts';

/** The operations of the selected rule's amendment, one clickable line each. */

export interface OpEntry {
  op: Operation;
  element: HTMLLIElement;
}

export function renderOps(
  container: HTMLElement,
  amendment: RuleAmendment | undefined,
  diagnostics: readonly Diagnostic[],
  onPick: (op: Operation) => void,
): OpEntry[] {
  if (!amendment) {
    container.replaceChildren(el('li', { class: 'empty' }, '决定中没有修改规章的事项。'));
    return [];
  }
  const errors = diagnostics.filter((d) => d.severity === 'error' && d.span);
  const entries: OpEntry[] = [];
  for (const item of amendment.items) {
    for (const op of item.operations) {
      const failed = errors.some((d) => d.span!.start.offset < op.span.end.offset && d.span!.end.offset > op.span.start.offset);
      const li = el(
        'li',
        { class: failed ? 'failed' : undefined },
        el('span', { class: 'item' }, item.label),
        el('span', {}, describeOperation(op)),
      );
      li.addEventListener('click', () => onPick(op));
      entries.push({ op, element: li });
    }
  }
  container.replaceChildren(
    ...(entries.length ? entries.map((e) => e.element) : [el('li', { class: 'empty' }, '这一项没有可识别的修改指令。')]),
  );
  return entries;
}
