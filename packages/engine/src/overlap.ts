import { handleLabel } from './locate.ts';
import type { Resolved } from './targets.ts';
import { ancestors, type TreeIndex } from './tree-index.ts';
import { report, type Work } from './apply-state.ts';

/**
 * Operations that replace or remove a node as a whole (修改为, 删去, 合并,
 * 单列) against those that change text inside it. Rule 五 of decree 119
 * changes a phrase in 第二十五条 in item （七） and replaces the whole
 * article in item （十二）: both name the original article, and the wider
 * one wins. Two wide operations on the same node (or one inside the other)
 * cannot both be carried out and are an error.
 */

export interface Wide {
  r: Resolved;
  label: string;
  /** The node's words are replaced or removed (a merge or split without new text keeps them). */
  replacesText: boolean;
}

export function wideOperations(ix: TreeIndex, resolved: Resolved[], sink: Pick<Work, 'diagnostics' | 'file'>): Map<string, Wide> {
  const wide = new Map<string, Wide>();
  for (const r of resolved) {
    const kind = r.ctx.op.kind;
    if (kind !== 'replaceNode' && kind !== 'deleteNode' && kind !== 'merge' && kind !== 'split') continue;
    // A sentence replaced or deleted is a text edit of its 款: conflicts show where the edits meet.
    if (r.ranges) continue;
    r.targets.forEach((h, i) => {
      const clash = [h, ...ancestors(ix, h)].map((a) => wide.get(a)).find((x) => x !== undefined) ?? below(ix, wide, h);
      if (clash) {
        report(
          sink,
          'engine/conflicting-operations',
          {
            first: clash.r.ctx.op.item,
            second: r.ctx.op.item,
            what: 'replace or remove',
            target: r.labels[i] ?? handleLabel(ix, h),
          },
          r.ctx,
        );
        r.ok = false;
        return;
      }
      const keepsWords = (kind === 'merge' || kind === 'split') && !r.ctx.op.content;
      wide.set(h, { r, label: r.labels[i] ?? handleLabel(ix, h), replacesText: !keepsWords });
    });
  }
  return wide;
}

/** A wide operation already registered on a node under `h`. */
function below(ix: TreeIndex, wide: Map<string, Wide>, h: string): Wide | undefined {
  for (const [k, v] of wide) if (ancestors(ix, k).includes(h)) return v;
  return undefined;
}

/** The wide operation that replaces or removes a unit's words, if any. */
/**
 * A change inside a node that a wider operation replaces is left to the
 * wider one and reported; true when that is so.
 */
export function yieldsToWider(w: Work, wide: Map<string, Wide>, unit: string, ctx: Resolved['ctx']): boolean {
  const cover = coveredBy(w.ix, wide, unit);
  if (cover) report(w, 'engine/overlapping-operations', { target: cover.label, first: ctx.op.item, second: cover.r.ctx.op.item }, ctx);
  return cover !== undefined;
}

export function coveredBy(ix: TreeIndex, wide: Map<string, Wide>, unit: string): Wide | undefined {
  if (wide.size === 0) return undefined;
  for (const h of [unit, ...ancestors(ix, unit)]) {
    const w = wide.get(h);
    if (w?.replacesText) return w;
  }
  return undefined;
}
