import { assignIds } from '@amend/document';
import type { AppliedOperation, Consolidation, Diagnostic, Document, Node, RuleAmendment } from '@amend/model';
import { hasErrors } from '@amend/model';
import { Immer, produce } from 'immer';
import { computeChanges } from './changes.ts';
import { punctuateLists } from './enumeration.ts';
import { finalIds, freezeDeep } from './final-ids.ts';
import { addAmendmentNote, type DecisionInfo } from './notes.ts';
import { applyOperation, phaseOf, phaseRank } from './ops/dispatch.ts';
import { wideOperations } from './overlap.ts';
import { placeAll } from './place.ts';
import { moveRestated } from './reorder.ts';
import { checkAnnounced, renumber } from './numbering.ts';
import { contexts, resolveOp, type Resolved } from './targets.ts';
import { commitTextEdits } from './text-edit.ts';
import { DOC, PREAMBLE, TITLE, headingOf, indexTree } from './tree-index.ts';
import { originalSlots, type Work } from './apply-state.ts';
import { rewriteReferences } from './xref/rewrite.ts';
import { tocAfter } from './toc.ts';

/** Results are frozen by `finalIds`, which freezes only what the application made, not the whole rule. */
const engineImmer = new Immer({ autoFreeze: false });

/**
 * One rule, one decision's instructions for it → the consolidated rule.
 *
 *   resolve every address against the ORIGINAL rule
 *   → edit by identity in one immer draft (text, replacements, inserts,
 *     deletions, placements by announced number)
 *   → renumber once and check the decision's own numbers
 *   → recompute ids, rewrite the references carried over from the original
 *   → the 题注 note and the old→new mapping.
 *
 * All or nothing: with any error the result's `after` is the rule unchanged
 * and the diagnostics name every failure.
 */
export function applyAmendment(
  rule: Document,
  amendment: RuleAmendment,
  opts: { decision: DecisionInfo; ruleFile?: string },
): Consolidation {
  const first = indexTree(rule);
  // Results share every untouched node with the input: freezing the input (once; a frozen rule is passed
  // over at its root) keeps a write into a result from reaching the input or another version.
  freezeDeep(rule);
  const before = first.clash ? withUniqueIds(rule) : rule;
  freezeDeep(before);
  const ix = before === rule ? first : indexTree(before);
  const diagnostics: Diagnostic[] = [];
  const sink = { diagnostics, file: opts.decision.file };
  const resolved = contexts(amendment, opts.decision.title).map((c) => resolveOp(ix, c, sink));
  const wide = wideOperations(
    ix,
    resolved.filter((r) => r.ok),
    sink,
  );
  const order = resolved.filter((r) => r.ok).sort((a, b) => phaseRank(a.ctx.op) - phaseRank(b.ctx.op) || a.ctx.seq - b.ctx.seq);
  const restated = restatements(order);
  const rebased = rebasedSubs(order);
  const movedTo = itemMoves(order);

  let work: Work | undefined;
  const edited = engineImmer.produce(before, (draft) => {
    const w = startWork(ix, draft as Document, sink);
    if (rebased.size) w.rebased = rebased;
    if (movedTo.size) w.movedTo = movedTo;
    work = w;
    let committed = false;
    let settled = false;
    for (const r of order) {
      const phase = phaseOf(r.ctx.op);
      if (phase !== 'text' && !committed) {
        commitTextEdits(w);
        committed = true;
      }
      if (phase === 'settled' && !settled) {
        settle(w, restated);
        settled = true;
      }
      applyOperation(w, r, wide);
    }
    if (!committed) commitTextEdits(w);
    if (!settled) settle(w, restated);
    checkAnnounced(w);
    addAmendmentNote(draft as Document, opts.decision, (text) => ({ kind: 'note', id: '', text }));
  });
  const applied = resolved.map(appliedOf);
  if (hasErrors(diagnostics) || !work) {
    return { before, after: before, changes: [], references: [], applied, diagnostics };
  }
  const { doc: numbered, handleOf, newIdOf } = finalIds(edited, ix);
  const xref = rewriteReferences({
    before: ix,
    after: numbered,
    handleOf,
    newIdOf,
    texts: work.texts,
    fates: work.fates,
    file: opts.decision.file,
    ruleFile: opts.ruleFile,
  });
  // The 目录 lists the headings as they now stand.
  const toc = tocAfter(before, xref.doc);
  const after = toc === xref.doc.toc ? xref.doc : Object.freeze({ ...xref.doc, toc: Object.freeze(toc) as string[] });
  const changes = computeChanges({
    before: ix,
    after,
    handleOf,
    merged: work.merged,
    splitFrom: work.splitFrom,
    touched: work.touched,
  });
  return { before, after, changes, references: xref.references, applied, diagnostics: [...diagnostics, ...xref.diagnostics] };
}

/**
 * After every structural edit: nodes placed by their announced number, the
 * numbering recomputed, articles the decision restates under a new number
 * moved there, and the punctuation of edited lists checked.
 */
function settle(w: Work, restated: Resolved[]): void {
  const placed = placeAll(w);
  renumber(w);
  moveRestated(w, restated, placed);
  punctuateLists(w);
}

/** 将第十三条改为第十条，修改为：… — renumbering statements of articles the same item restates whole. */
function restatements(order: Resolved[]): Resolved[] {
  const replaced = new Set(
    order
      .filter((r) => r.ctx.op.kind === 'replaceNode' && r.ctx.op.level === 'article' && !r.ranges)
      .map((r) => `${r.ctx.op.item}|${r.targets[0]}`),
  );
  return order.filter(
    (r) => r.ctx.op.kind === 'renumber' && r.ctx.op.level === 'article' && replaced.has(`${r.ctx.op.item}|${r.targets[0]}`),
  );
}

/**
 * 将第二条之一改为第四条之一: a 之 article the decision puts under another
 * article. A 之 article follows the article it is numbered after; this one no
 * longer follows 第二条, so articles announced as 第三条 and 第四条 go before it.
 */
function rebasedSubs(order: Resolved[]): Set<string> {
  const out = new Set<string>();
  for (const r of order) {
    const op = r.ctx.op;
    if (op.kind !== 'renumber' || op.level !== 'article' || !op.target.article?.sub || !op.to.article?.sub) continue;
    if (op.to.article.n !== op.target.article.n && r.targets[0] !== undefined) out.add(r.targets[0]);
  }
  return out;
}

/** 第二项修改为：“（一）…”，并调整为第一项: the number each 项 or 目 a move places (in its own container or another). */
function itemMoves(order: Resolved[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of order) {
    const op = r.ctx.op;
    if (op.kind !== 'move' || r.targets[0] === undefined) continue;
    const at = op.level === 'item' ? op.to.item : op.level === 'subitem' ? op.to.subitem : undefined;
    if (at !== undefined) out.set(`${op.item}|${r.targets[0]}`, at);
  }
  return out;
}

function startWork(ix: Work['ix'], doc: Document, sink: { diagnostics: Diagnostic[]; file?: string }): Work {
  const w: Work = {
    ix,
    doc,
    nodes: new Map([[DOC, doc as Node]]),
    slot: originalSlots(ix),
    texts: new Map(),
    edits: new Map(),
    placements: [],
    announced: [],
    dirty: { articles: false, headings: false, items: new Map(), subitems: new Map() },
    touched: new Map(),
    merged: new Map(),
    splitFrom: new Map(),
    fates: new Map(),
    folded: new Map(),
    diagnostics: sink.diagnostics,
    file: sink.file,
    counter: 0,
  };
  return w;
}

function appliedOf(r: Resolved): AppliedOperation {
  const pseudo: Record<string, string> = { [DOC]: 'doc', [TITLE]: 'title', [PREAMBLE]: 'preamble' };
  return { item: r.ctx.op.item, kind: r.ctx.op.kind, targets: r.targets.map((t) => pseudo[t] ?? headingOf(t) ?? t), span: r.ctx.op.span };
}

/**
 * Handles are ids, so every node needs one that no other node has. A parser
 * may leave duplicates (an article number printed twice); those get a suffix.
 */
function withUniqueIds(rule: Document): Document {
  const again = new Set<string>();
  return produce(rule, (d) => {
    assignIds(d as Document);
    const fix = (nodes: Node[]): void => {
      for (const n of nodes) {
        let id = n.id || n.kind;
        for (let k = 2; again.has(id); k++) id = `${n.id || n.kind}~${k}`;
        if (id !== n.id) n.id = id;
        again.add(id);
        if ('children' in n) fix(n.children as Node[]);
      }
    };
    fix(d.preamble as Node[]);
    fix(d.children as Node[]);
  });
}
