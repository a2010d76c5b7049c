import type { Address, Article, InsertNodeOp, Node } from '@amend/model';
import { addressLabel } from '@amend/model';
import { asDivisions, created, describeFragment, type Division } from '../new-nodes.ts';
import type { Resolved } from '../targets.ts';
import { DOC } from '../tree-index.ts';
import { nodeOf, placeBeside, report, type Work } from '../apply-state.ts';

/**
 * 增加一章，作为第四章：“第四章　…”“第二十条　…”; 在第一章后增加一章; 增加一节，
 * 作为第三章第二节. The new division, with its articles (and sections), goes
 * beside its anchor or where the new numbering makes it the announced one
 * among its siblings (in the chapter or part named, else at the top level);
 * the divisions and articles after it move down when the numbering is
 * recomputed. The numbers the decision writes — the division's and those of
 * its articles — are checked against that numbering like any announced
 * number.
 */
export function insertDivision(w: Work, r: Resolved, op: InsertNodeOp, level: Division['kind']): void {
  const num = op.as[level];
  const divisions = asDivisions(op.content, level, num ?? 0);
  const fail = (id: 'engine/content-mismatch' | 'engine/no-container', expected: string): void => {
    if (id === 'engine/no-container') report(w, id, { what: addressLabel(op.as) }, r.ctx);
    else report(w, id, { target: addressLabel(op.as), found: describeFragment(op.content), expected }, r.ctx);
    r.ok = false;
  };
  if (!divisions) return fail('engine/content-mismatch', `a new ${level} with its heading`);
  // Numbered as announced (the numbering is recomputed, but an unnumbered heading would stay so).
  const nodes = divisions.map((d, k) => ({ ...created(w, d, r.ctx), ...(num !== undefined ? { num: num + k } : {}) }));
  const anchor = r.after ?? r.before;
  if (anchor === undefined && num === undefined) return fail('engine/no-container', '');
  const container = r.parent ?? DOC;
  if (anchor === undefined && container !== DOC && !['part', 'chapter'].includes(nodeOf(w, container)?.kind ?? '')) {
    return fail('engine/content-mismatch', `a ${level} inside ${addressLabel(op.parent ?? {})}`);
  }
  if (op.holds) {
    // 包括第一条至第七条: the heading alone, put around articles once they are numbered.
    const from = op.holds.from.article;
    const to = op.holds.to.article;
    if (nodes.length !== 1 || !from || !to || num === undefined)
      return fail('engine/content-mismatch', `one ${level} heading around articles`);
    w.placements.push({ node: nodes[0], level, at: num, holds: { from, to }, ctx: r.ctx });
  } else if (anchor !== undefined) {
    if (nodeOf(w, anchor)?.kind !== level)
      return fail('engine/content-mismatch', `a ${level} beside ${addressLabel((op.after ?? op.before)!)}`);
    placeBeside(w, anchor, nodes, r.after !== undefined ? 'after' : 'before');
  } else {
    nodes.forEach((n, k) => w.placements.push({ node: n, level, container, at: num! + k, ctx: r.ctx }));
  }
  w.dirty.headings = true;
  nodes.forEach((n, k) => {
    if (num !== undefined) w.announced.push({ handle: n.id, as: { [level]: num + k } as Address, ctx: r.ctx });
    for (const a of articlesUnder(n)) {
      w.dirty.articles = true;
      w.touched.set(a.id, new Set([r.ctx.op.item]));
      // The articles' own numbers, as the decision writes them in the new numbering.
      if (a.num.n > 0) w.announced.push({ handle: a.id, as: { article: a.num }, ctx: r.ctx });
    }
  });
}

function articlesUnder(n: Node): Article[] {
  if (n.kind === 'article') return [n];
  if (n.kind === 'part' || n.kind === 'chapter' || n.kind === 'section') return (n.children as Node[]).flatMap(articlesUnder);
  return [];
}
