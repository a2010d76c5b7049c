import type { Address, Operation, RuleAmendment } from '@amend/model';
import { assertNever, squeezeSpaces } from '@amend/model';
import { replyRange, resolveAddress, type Resolution } from './locate.ts';
import { leadUnit, sentenceRange, sentenceUnit, type Range } from './sentences.ts';
import { unitText, type TreeIndex } from './tree-index.ts';
import { report, type OpCtx, type Work } from './apply-state.ts';

/**
 * Every number in a decision refers to the original rule, so every address is
 * resolved against the original before anything changes. A failure is an
 * error naming the item, its span and the place looked for; resolution goes
 * on so that all failures are reported at once.
 */

export interface Resolved {
  ctx: OpCtx;
  /** A text operation's scopes, a merge's targets, the single target or source otherwise. */
  targets: string[];
  /** Labels of `targets`, as the decision names them (第十二条第一款). */
  labels: string[];
  /**
   * Where an address names a sentence (Address.sentence): its range in the
   * original text of the unit in `targets` at the same index.
   */
  ranges?: (Range | undefined)[];
  /** 除本条外: places a text change leaves out (ReplaceTextOp.except, likewise for deleteText and insertText). */
  except?: string[];
  /** Where a text change's scope runs on to the end of the rule (Address.onward), at the same index as `targets`. */
  onward?: ('from' | 'after' | undefined)[];
  parent?: string;
  after?: string;
  before?: string;
  ok: boolean;
}

/** Operations of an amendment in decision order, with their context. */
export function contexts(amendment: RuleAmendment, decision: string): OpCtx[] {
  const out: OpCtx[] = [];
  for (const item of amendment.items) {
    item.operations.forEach((op, index) => {
      out.push({ op, index, seq: out.length, origin: { decision, item: op.item || item.path, op: index, span: op.span } });
    });
  }
  return out;
}

function mainAddresses(op: Operation): Address[] {
  switch (op.kind) {
    case 'replaceText':
    case 'deleteText':
    case 'insertText':
      // No scope named (将本办法中的“A”修改为“B”): the whole rule.
      return op.scope.length ? op.scope : [{}];
    case 'merge':
      return op.targets;
    case 'split':
    case 'move':
      return [op.source];
    case 'insertNode':
      return [];
    case 'replaceNode':
    case 'deleteNode':
    case 'renumber':
    case 'renameHeading':
      return [op.target];
    default:
      return assertNever(op, 'operation kind');
  }
}

export function resolveOp(ix: TreeIndex, ctx: OpCtx, sink: Pick<Work, 'diagnostics' | 'file'>): Resolved {
  const r: Resolved = { ctx, targets: [], labels: [], ok: true };
  // 章名 is the place of a text change (a unit of its own); anything else on a heading's words is not expressible.
  const textChange = ctx.op.kind === 'replaceText' || ctx.op.kind === 'deleteText' || ctx.op.kind === 'insertText';
  const anchors = ctx.op.kind === 'insertNode' ? [ctx.op.parent, ctx.op.after, ctx.op.before] : [];
  if (!textChange && [...mainAddresses(ctx.op), ...anchors].some((a) => a?.special === 'heading')) {
    report(sink, 'engine/unsupported-operation', { what: 'a heading (章名) as the place of anything but a text change' }, ctx);
    r.ok = false;
    return r;
  }
  const resolved = (a: Address): Resolution => {
    const res = resolveAddress(ix, a);
    if (!res.ok) {
      report(sink, 'engine/target-not-found', { target: res.label }, ctx);
      r.ok = false;
    }
    return res;
  };
  const one = (a: Address): string | undefined => {
    const res = resolved(a);
    return res.ok ? res.handle : undefined;
  };
  for (const a of mainAddresses(ctx.op)) {
    const res = resolved(a);
    if (!res.ok) continue;
    const { handle: h, label } = res;
    if (ctx.op.kind === 'replaceNode' && ctx.op.leadIn) {
      // 条首部分: the whole of the 款's own words, a range like a sentence's.
      const unit = leadUnit(ix, h);
      if (unit === undefined) {
        report(sink, 'engine/content-mismatch', { target: label, found: '条首部分', expected: 'a 款 with 项' }, ctx);
        r.ok = false;
        continue;
      }
      r.ranges = [{ start: 0, end: unitText(ix, unit).length }];
      r.targets.push(unit);
      r.labels.push(`${label}条首部分`);
      continue;
    }
    const reply = a.special === 'body' || a.special === 'answer' ? replyRange(ix, a.special) : undefined;
    if (!reply && (a.special === 'body' || a.special === 'answer') && !textChange && ctx.op.kind !== 'replaceNode') {
      // 删去答复内容 in a reply with points: its first point stands for the part only to be restated.
      report(sink, 'engine/unsupported-operation', { what: `anything but a restatement of ${label} in a reply with points` }, ctx);
      r.ok = false;
      continue;
    }
    if (textChange && (a.special === 'body' || a.special === 'answer') && (reply ? reply.to - reply.from > 1 : true)) {
      // 正文中的“A” over several paragraphs: no one unit holds them (a restatement replaces them all).
      report(sink, 'engine/unsupported-operation', { what: `a text change in ${label} of several paragraphs` }, ctx);
      r.ok = false;
      continue;
    }
    if (a.onward) {
      if (!textChange) {
        report(
          sink,
          'engine/unsupported-operation',
          { what: 'a place running on to the end of the rule (及其后各条) for anything but a text change' },
          ctx,
        );
        r.ok = false;
        continue;
      }
      (r.onward ??= [])[r.targets.length] = a.onward;
    }
    if (a.sentence === undefined) {
      r.targets.push(h);
      r.labels.push(label);
      continue;
    }
    const unit = sentenceUnit(ix, h);
    const range = unit === undefined ? undefined : sentenceRange(ix, unit, a.sentence);
    if (unit === undefined || range === undefined) {
      report(sink, 'engine/target-not-found', { target: label }, ctx);
      r.ok = false;
      continue;
    }
    (r.ranges ??= [])[r.targets.length] = range;
    r.targets.push(unit);
    r.labels.push(label);
  }
  if ((ctx.op.kind === 'replaceText' || ctx.op.kind === 'deleteText' || ctx.op.kind === 'insertText') && ctx.op.except) {
    r.except = [];
    for (const a of ctx.op.except) {
      const h = one(a);
      if (h !== undefined) r.except.push(h);
    }
  }
  if (ctx.op.kind === 'insertNode') {
    if (ctx.op.into !== undefined) r.parent = titled(ix, ctx.op.into, ctx, sink, r);
    if (ctx.op.parent) r.parent = one(ctx.op.parent);
    if (ctx.op.after) r.after = one(ctx.op.after);
    if (ctx.op.before) r.before = one(ctx.op.before);
  }
  return r;
}

/** 在附则中新增一条: the one part, chapter or section of that title. */
function titled(ix: TreeIndex, title: string, ctx: OpCtx, sink: Pick<Work, 'diagnostics' | 'file'>, r: Resolved): string | undefined {
  const named = [...ix.parts, ...ix.chapters, ...ix.sections].filter((d) => squeezeSpaces(d.title) === title);
  if (named.length === 1) return named[0].id;
  report(sink, 'engine/target-not-found', { target: `“${title}”` }, ctx);
  r.ok = false;
  return undefined;
}
