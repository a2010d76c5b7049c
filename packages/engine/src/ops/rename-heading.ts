import type { RenameHeadingOp } from '@amend/model';
import type { Resolved } from '../targets.ts';
import { TITLE } from '../tree-index.ts';
import { nodeOf, report, type Work } from '../apply-state.ts';

/** 将第三章章名修改为“…”; 将名称修改为“…”. */
export function applyRenameHeading(w: Work, r: Resolved, op: RenameHeadingOp): void {
  const handle = r.targets[0];
  if (handle === TITLE) {
    w.doc.title = op.title;
    return;
  }
  const node = nodeOf(w, handle);
  if (node && (node.kind === 'chapter' || node.kind === 'section' || node.kind === 'part')) {
    node.title = op.title;
    return;
  }
  report(w, 'engine/content-mismatch', { target: r.labels[0], found: 'a heading', expected: 'a node without a heading' }, r.ctx);
  r.ok = false;
}
