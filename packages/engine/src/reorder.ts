import type { Article, RenumberOp } from '@amend/model';
import { articleLabel, sameArticleNumber } from '@amend/model';
import { placeAll } from './place.ts';
import type { Resolved } from './targets.ts';
import { detach, nodeOf, report, type Placement, type Work } from './apply-state.ts';

/**
 * 将第十三条改为第十条，修改为：“…” — a decision that restates articles under
 * new numbers reorders them: the published text puts each where its new
 * number says (乌海, 宁夏 组成人员守则: “条文顺序作相应调整”). When the other
 * changes alone do not give a restated article the number the decision
 * states, it is moved there, exactly as an article announced by its number
 * is placed: every such article and every new article placed by its number
 * is pinned to its number, and the other articles fill the places between in
 * their original order. Each move is reported. A bare statement
 * (第八条改为第九条, with no new text) moves nothing: a disagreement there is
 * the error it always was.
 */
export function moveRestated(w: Work, restated: Resolved[], placed: Placement[]): void {
  const moves = restated.flatMap((r) => {
    const to = (r.ctx.op as RenumberOp).to.article;
    const node = nodeOf(w, r.targets[0]);
    if (node?.kind !== 'article' || !to || to.sub || node.num.sub || sameArticleNumber(node.num, to)) return [];
    return [{ r, node, to: to.n, computed: articleLabel(node.num) }];
  });
  if (moves.length === 0) return;
  const pins: Placement[] = [
    ...placed.filter((p) => p.level === 'article' && !(p.node as Article).num.sub && w.slot.has(p.node.id)),
    ...moves.map((m): Placement => ({ node: m.node, level: 'article', at: m.to, ctx: m.r.ctx })),
  ];
  for (const p of pins) detach(w, p.node.id);
  w.dirty.articles = true;
  w.placements = pins;
  placeAll(w);
  for (const m of moves) {
    w.touched.set(m.node.id, new Set([...(w.touched.get(m.node.id) ?? []), m.r.ctx.op.item]));
    report(
      w,
      'engine/restated-article-moved',
      { stated: m.r.labels[0], statedNew: articleLabel({ n: m.to }), computedNew: m.computed },
      m.r.ctx,
    );
  }
}
