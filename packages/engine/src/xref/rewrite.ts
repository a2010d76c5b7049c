import type { Diagnostic, Document, MessageId, Node, ReferenceReport, ReferenceStatus, Span } from '@amend/model';
import { assertNever, diagnostic } from '@amend/model';
import { handleLabel } from '../locate.ts';
import { newSegs, originalRange, originalSegs, type Seg } from '../segments.ts';
import { indexTree, type TreeIndex } from '../tree-index.ts';
import type { Fate } from '../apply-state.ts';
import { fateOf, followAtom, newNode, type FollowInput, type Gone, type Outcome } from './follow.ts';
import { rangeRun, resolveMatch, type ResolvedAtom } from './ref-targets.ts';
import { scanReferences, type Atom, type RefMatch } from './scan.ts';
import { withUnitTexts } from './units.ts';

/**
 * Cross-references after a decision is applied. Only text carried over from
 * the original is rewritten to the new numbering: text the decision wrote is
 * already in the new numbering (decree 119 rule 三 rewrites “第二十六条” to
 * “第二十七条” itself). References to other laws never change. Each atom
 * is followed to where its target is now (follow.ts); a list or range with
 * any target gone is left exactly as written and reported with what became
 * of the target; a range that now covers a node it did not is reported; a
 * 前款 that now points elsewhere is reported relative-shifted.
 */

export interface RewriteInput {
  before: TreeIndex;
  /** The new version, numbered and with its final ids. */
  after: Document;
  /** Final id → handle used during application (original id, or `+n`). */
  handleOf: Map<string, string>;
  /** Handle → final id. */
  newIdOf: Map<string, string>;
  /** Provenance of the units whose text the decision changed, by handle. */
  texts: Map<string, Seg[]>;
  /** What became of the nodes the decision removed, by handle. */
  fates: Map<string, Fate>;
  file?: string;
  /** The rule's file: reports about its references point there. */
  ruleFile?: string;
}

export interface RewriteResult {
  doc: Document;
  references: ReferenceReport[];
  diagnostics: Diagnostic[];
}

export function rewriteReferences(input: RewriteInput): RewriteResult {
  const { before, after, handleOf } = input;
  const afterIx = indexTree(after);
  const follow: FollowInput = { before, after: afterIx, handleOf, newIdOf: input.newIdOf, fates: input.fates };
  const origCache = new Map<string, { match: RefMatch; atoms: ResolvedAtom[] }[]>();
  const origRefs = (unit: string) => {
    let refs = origCache.get(unit);
    if (!refs) {
      const node = before.byId.get(unit);
      const text = node && 'text' in node ? node.text : '';
      const place = before.place.get(unit) ?? {};
      refs = scanReferences(text).map((match) => ({ match, atoms: resolveMatch(before, match, place) }));
      // Units are visited in order and each draws on one or a few original units: a short memory
      // serves them all, where keeping every unit's references would hold the whole rule's at once.
      if (origCache.size >= 16) origCache.delete(origCache.keys().next().value!);
      origCache.set(unit, refs);
    }
    return refs;
  };
  const references: ReferenceReport[] = [];
  const diagnostics: Diagnostic[] = [];
  const newTexts = new Map<Node, string>();
  const runs = new RunPositions(afterIx);

  for (const u of afterIx.units) {
    const handle = handleOf.get(u.id) ?? u.id;
    const segs = segsFor(input, handle, u.text);
    // A unit carried over whole: its references are those of the original, already read.
    const whole = isWholeOriginal(input, segs) ? origRefs(segs[0].unit!) : undefined;
    const matches = whole ? whole.map((r) => r.match) : scanReferences(u.text);
    if (matches.length === 0) continue;
    const here = afterIx.place.get(u.id) ?? {};
    // Named only when a message needs it.
    const where = () => handleLabel(afterIx, u.id);
    const edits: { start: number; end: number; text: string }[] = [];
    matches.forEach((m, mi) => {
      if (m.external) {
        references.push({ text: m.text, where: u.id, oldTarget: [], status: 'external' });
        return;
      }
      let freshAtoms: ResolvedAtom[] | undefined;
      const fresh = () => (freshAtoms ??= resolveMatch(afterIx, m, here));
      const origAtoms = m.atoms.map((atom) => (whole ? whole[mi].atoms[m.atoms.indexOf(atom)] : originalAtom(segs, atom, origRefs)));
      const outcomes = m.atoms.map((atom, i) => (origAtoms[i] ? followAtom(follow, u.id, u.text, atom, origAtoms[i]!) : undefined));
      const oldTarget = origAtoms.flatMap((o) => o?.ids ?? []);
      const newTarget = outcomes.flatMap((o, i) => (o ? o.newIds : fresh()[i].ids));
      const gone = outcomes.flatMap((o) => o?.gone ?? []);
      // A range that lost an article inside it is as broken as one that lost an end.
      const grown: string[] = [];
      m.atoms.forEach((atom, i) => {
        const from = origAtoms[i - 1];
        if (!atom.rangeFromPrevious || !from || !origAtoms[i] || !outcomes[i - 1] || !outcomes[i]) return;
        for (const id of from.interior) if (!newNode(follow, id)) gone.push({ id, fate: fateOf(follow, id) });
        grown.push(...runs.added(follow, from, outcomes[i - 1]!, outcomes[i]!));
      });
      const broken = outcomes.some((o) => o?.broken);
      const shifted = outcomes.find((o) => o?.shifted)?.shifted;
      const fromOriginal = outcomes.filter((o) => o !== undefined).length;
      // Anything gone: the whole reference is left exactly as written.
      let rewritten = m.text;
      if (gone.length === 0) {
        for (let i = m.atoms.length - 1; i >= 0; i--) {
          const atom = m.atoms[i];
          const o = outcomes[i];
          if (!o || o.text === u.text.slice(atom.start, atom.end)) continue;
          edits.push({ start: atom.start, end: atom.end, text: o.text });
          rewritten = rewritten.slice(0, atom.start - m.start) + o.text + rewritten.slice(atom.end - m.start);
        }
      }
      const status: ReferenceStatus =
        gone.length > 0 || broken
          ? 'dangling'
          : shifted
            ? 'relative-shifted'
            : fromOriginal < m.atoms.length
              ? 'rewritten-by-decision'
              : rewritten !== m.text
                ? 'auto-renumbered'
                : 'unchanged';
      const report: ReferenceReport = { text: m.text, where: u.id, oldTarget, status };
      if (status !== 'dangling') {
        report.newText = rewritten;
        report.newTarget = newTarget;
      }
      references.push(report);
      // The reference's own characters in the original unit, when they were carried over.
      const spot = () => (whole ? { unit: segs[0].unit!, start: m.start, end: m.end } : originalRange(segs, m.start, m.end));
      const warn = (id: MessageId, data: Record<string, string>) =>
        diagnostics.push(diagnostic(id, { reference: m.text, where: where(), ...data }, inRule(input, u.id, spot())));
      const was = (id: string) => handleLabel(before, id);
      const is = (id: string) => handleLabel(afterIx, id);
      for (const g of uniqueGone(gone)) {
        const target = was(g.id);
        const fate = g.fate;
        switch (fate.how) {
          case 'deleted':
            warn('engine/dangling-reference', { target });
            break;
          case 'merged': {
            const into = newNode(follow, fate.into);
            warn('engine/reference-to-merged', { target, into: into ? is(into.id) : was(fate.into) });
            break;
          }
          case 'rewritten':
          case 'split':
            warn('engine/reference-to-rewritten', { target });
            break;
          default:
            assertNever(fate, 'fate');
        }
      }
      if (gone.length > 0) return;
      for (const o of outcomes) {
        if (o?.moved) warn('engine/reference-follows-move', { newText: rewritten, target: was(o.moved.id), now: is(o.moved.now) });
        if (o?.strayed) warn('engine/reference-to-moved', { target: was(o.strayed.id), now: is(o.strayed.now) });
      }
      if (grown.length > 0) warn('engine/range-grows', { newText: rewritten, added: grown.map(is).join('、') });
      if (shifted) {
        const now = shifted.now.map(is).join('、');
        // A 前款 with no 款 left before it says so, rather than pointing to “—”.
        if (now) warn('engine/shifted-relative-reference', { was: shifted.was.map(was).join('、') || '—', now });
        else warn('engine/relative-reference-lost', { was: shifted.was.map(was).join('、') || '—' });
      }
    });
    if (edits.length > 0) newTexts.set(u, applyEdits(u.text, edits));
  }
  const doc = withUnitTexts(after, newTexts);
  return { doc, references, diagnostics };
}

/** One report per target, in order. */
function uniqueGone(gone: Gone[]): Gone[] {
  const seen = new Set<string>();
  return gone.filter((g) => !seen.has(g.id) && seen.add(g.id));
}

/**
 * Positions of nodes in the runs a range covers (articles through the rule,
 * divisions among their siblings) in the new rule, computed once per run.
 */
class RunPositions {
  private readonly positions = new Map<readonly Node[], Map<string, number>>();
  constructor(private readonly ix: TreeIndex) {}

  /** The nodes now inside a range that were not inside it before: what an insertion added to it. */
  added(follow: FollowInput, from: ResolvedAtom, a: Outcome, b: Outcome): string[] {
    const first = a.newIds[0] !== undefined ? this.ix.byId.get(a.newIds[0]) : undefined;
    const last = b.newIds[b.newIds.length - 1] !== undefined ? this.ix.byId.get(b.newIds[b.newIds.length - 1]) : undefined;
    if (!first || !last) return [];
    const run = rangeRun(this.ix, first);
    if (!run) return [];
    let pos = this.positions.get(run);
    if (!pos) this.positions.set(run, (pos = new Map(run.map((n, i) => [n.id, i]))));
    const i = pos.get(first.id);
    const j = pos.get(last.id);
    if (i === undefined || j === undefined || j <= i + 1) return [];
    const before = new Set(from.interior);
    return run
      .slice(i + 1, j)
      .filter((n) => !before.has(follow.handleOf.get(n.id) ?? n.id))
      .map((n) => n.id);
  }
}

/** One run that is the entire text of one original unit. */
function isWholeOriginal(input: RewriteInput, segs: Seg[]): boolean {
  if (segs.length !== 1 || segs[0].unit === undefined || segs[0].start !== 0) return false;
  const orig = input.before.byId.get(segs[0].unit);
  return !!orig && 'text' in orig && orig.text.length === segs[0].text.length;
}

/**
 * Where in the rule file a reference stands: its own characters when they
 * came from one source line, else the original paragraph the unit came from.
 */
function inRule(input: RewriteInput, unitId: string, spot?: { unit: string; start: number; end: number }): { file?: string; span?: Span } {
  if (input.ruleFile === undefined) return fileOf(input);
  const exact = spot && sourceSpan(input.before, spot);
  if (exact) return { file: input.ruleFile, span: exact };
  const pos = input.before.byId.get(input.handleOf.get(unitId) ?? unitId)?.pos;
  return pos ? { file: input.ruleFile, span: pos } : { file: input.ruleFile };
}

/**
 * A range of an original unit's text as a span of the rule's source. A unit
 * read from one source line is its label (第三条　, nothing for a later 款)
 * followed by its text, so the range sits at the same distance from the
 * line's end. A unit joined from several lines gets no exact span.
 */
function sourceSpan(ix: TreeIndex, spot: { unit: string; start: number; end: number }): Span | undefined {
  const node = ix.byId.get(spot.unit);
  const pos = node?.pos;
  if (!node || !pos || !('text' in node) || pos.start.line !== pos.end.line) return undefined;
  const label = pos.end.offset - pos.start.offset - node.text.length;
  if (label < 0) return undefined;
  const at = (k: number) => ({ line: pos.start.line, column: pos.start.column + label + k, offset: pos.start.offset + label + k });
  return { start: at(spot.start), end: at(spot.end) };
}

function fileOf(input: RewriteInput): { file?: string } {
  return input.file !== undefined ? { file: input.file } : {};
}

function segsFor(input: RewriteInput, handle: string, text: string): Seg[] {
  const recorded = input.texts.get(handle);
  if (recorded) return recorded;
  const orig = input.before.byId.get(handle);
  return orig && 'text' in orig && orig.text === text ? originalSegs(handle, text) : newSegs(text);
}

/** The original atom this atom is a carried-over copy of, when its characters are all original. */
function originalAtom(
  segs: Seg[],
  atom: Atom,
  origRefs: (unit: string) => { match: RefMatch; atoms: ResolvedAtom[] }[],
): ResolvedAtom | undefined {
  const range = originalRange(segs, atom.start, atom.end);
  if (!range) return undefined;
  for (const ref of origRefs(range.unit)) {
    for (const a of ref.atoms) if (a.atom.start === range.start && a.atom.end === range.end) return a;
  }
  return undefined;
}

function applyEdits(text: string, edits: { start: number; end: number; text: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
