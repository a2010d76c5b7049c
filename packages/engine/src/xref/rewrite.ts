import type { Diagnostic, Document, Node, ReferenceReport, ReferenceStatus, Span } from '@amend/model';
import { diagnostic } from '@amend/model';
import { handleLabel } from '../locate.ts';
import { newSegs, originalRange, originalSegs, type Seg } from '../segments.ts';
import { indexTree, type TreeIndex } from '../tree-index.ts';
import { resolveMatch, type ResolvedAtom } from './ref-targets.ts';
import { componentText, scanReferences, type Atom, type RefMatch } from './scan.ts';
import { withUnitTexts } from './units.ts';

/**
 * Cross-references after a decision is applied. Only text carried over from
 * the original is rewritten to the new numbering: text the decision wrote is
 * already in the new numbering (decree 119 rule 三 rewrites “第二十六条” to
 * “第二十七条” itself). References to other laws never change. A reference
 * to a deleted node is left as written and reported dangling; a 前款 that
 * now points elsewhere is reported relative-shifted.
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
  file?: string;
  /** The rule's file: reports about its references point there. */
  ruleFile?: string;
}

export interface RewriteResult {
  doc: Document;
  references: ReferenceReport[];
  diagnostics: Diagnostic[];
}

interface Outcome {
  text: string;
  /** The original already lacked the target: nothing to rewrite, nothing the decision caused. */
  broken: boolean;
  dangling: string[];
  shifted: boolean;
  newIds: string[];
}

export function rewriteReferences(input: RewriteInput): RewriteResult {
  const { before, after, handleOf } = input;
  const afterIx = indexTree(after);
  const origCache = new Map<string, { match: RefMatch; atoms: ResolvedAtom[] }[]>();
  const origRefs = (unit: string) => {
    let refs = origCache.get(unit);
    if (!refs) {
      const node = before.byId.get(unit);
      const text = node && 'text' in node ? node.text : '';
      const place = before.place.get(unit) ?? {};
      refs = scanReferences(text).map((match) => ({ match, atoms: resolveMatch(before, match, place) }));
      origCache.set(unit, refs);
    }
    return refs;
  };
  const references: ReferenceReport[] = [];
  const diagnostics: Diagnostic[] = [];
  const newTexts = new Map<Node, string>();

  for (const u of afterIx.units) {
    const handle = handleOf.get(u.id) ?? u.id;
    const segs = segsFor(input, handle, u.text);
    // A unit carried over whole: its references are those of the original, already read.
    const whole = isWholeOriginal(input, segs) ? origRefs(segs[0].unit!) : undefined;
    const matches = whole ? whole.map((r) => r.match) : scanReferences(u.text);
    if (matches.length === 0) continue;
    const here = afterIx.place.get(u.id) ?? {};
    const edits: { start: number; end: number; text: string }[] = [];
    matches.forEach((m, mi) => {
      if (m.external) {
        references.push({ text: m.text, where: u.id, oldTarget: [], status: 'external' });
        return;
      }
      let freshAtoms: ResolvedAtom[] | undefined;
      const fresh = () => (freshAtoms ??= resolveMatch(afterIx, m, here));
      const oldTarget: string[] = [];
      const newTarget: string[] = [];
      const dangling: string[] = [];
      let broken = false;
      let shifted = false;
      let fromOriginal = 0;
      let rewritten = m.text;
      // Right to left, so that offsets inside `rewritten` stay valid.
      for (let i = m.atoms.length - 1; i >= 0; i--) {
        const atom = m.atoms[i];
        const orig = whole ? whole[mi].atoms[i] : originalAtom(segs, atom, origRefs);
        if (!orig) {
          newTarget.unshift(...fresh()[i].ids);
          continue;
        }
        fromOriginal++;
        oldTarget.unshift(...orig.ids);
        const o = outcome(input, afterIx, u.id, u.text, atom, orig);
        dangling.push(...o.dangling);
        broken ||= o.broken;
        shifted ||= o.shifted;
        newTarget.unshift(...o.newIds);
        if (o.text !== u.text.slice(atom.start, atom.end) && o.dangling.length === 0) {
          edits.push({ start: atom.start, end: atom.end, text: o.text });
          rewritten = rewritten.slice(0, atom.start - m.start) + o.text + rewritten.slice(atom.end - m.start);
        }
      }
      const status: ReferenceStatus =
        dangling.length > 0 || broken ? 'dangling'
        : shifted ? 'relative-shifted'
        : fromOriginal < m.atoms.length ? 'rewritten-by-decision'
        : rewritten !== m.text ? 'auto-renumbered'
        : 'unchanged';
      const report: ReferenceReport = { text: m.text, where: u.id, oldTarget, status };
      if (status !== 'dangling') {
        report.newText = rewritten;
        report.newTarget = newTarget;
      }
      references.push(report);
      const where = handleLabel(afterIx, u.id);
      // The reference's own characters in the original unit, when they were carried over.
      const spot = () => (whole ? { unit: segs[0].unit!, start: m.start, end: m.end } : originalRange(segs, m.start, m.end));
      for (const t of dangling) {
        diagnostics.push(diagnostic('engine/dangling-reference', { reference: m.text, where, target: t }, inRule(input, u.id, spot())));
      }
      if (shifted && dangling.length === 0) {
        diagnostics.push(diagnostic('engine/shifted-relative-reference', { reference: m.text, where }, inRule(input, u.id, spot())));
      }
    });
    if (edits.length > 0) newTexts.set(u, applyEdits(u.text, edits));
  }
  const doc = withUnitTexts(after, newTexts);
  return { doc, references, diagnostics };
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

/** The atom's text in the new numbering, and what became of its targets. */
function outcome(input: RewriteInput, afterIx: TreeIndex, unitId: string, text: string, atom: Atom, orig: ResolvedAtom): Outcome {
  const { before, newIdOf, handleOf } = input;
  const out: Outcome = { text: '', broken: false, dangling: [], shifted: false, newIds: [] };
  const newNode = (origId: string) => {
    const id = newIdOf.get(origId);
    return id !== undefined ? afterIx.byId.get(id) : undefined;
  };
  const here = afterIx.place.get(unitId) ?? {};
  // A target the original already lacked is left alone: the decision did not cause it.
  if (orig.missing && atom.rel !== 'prev-paragraph') {
    out.text = text.slice(atom.start, atom.end);
    out.broken = true;
    return out;
  }
  switch (atom.rel) {
    case 'prev-paragraph': {
      const k = atom.count ?? 1;
      const idx = here.paragraphIndex ?? 0;
      const now = here.article && idx - k >= 1 ? here.article.children.slice(idx - 1 - k, idx - 1) : [];
      const nowHandles = now.map((p) => handleOf.get(p.id));
      out.shifted = orig.missing || nowHandles.length !== orig.relIds.length || nowHandles.some((h, i) => h !== orig.relIds[i]);
      if (atom.parts.length === 0) out.newIds.push(...now.map((p) => p.id));
      break;
    }
    case 'prev-article': {
      const i = here.article ? afterIx.articles.indexOf(here.article) : -1;
      const prev = i > 0 ? afterIx.articles[i - 1] : undefined;
      out.shifted = !prev || handleOf.get(prev.id) !== orig.chain.article?.id;
      if (prev && atom.parts.length === 0) out.newIds.push(prev.id);
      break;
    }
    case 'this-article':
    case 'this-paragraph':
    case 'this-item':
    case 'prev-item':
      if (atom.parts.length > 0) break;
      for (const id of orig.ids) {
        const n = newNode(id);
        if (n) out.newIds.push(n.id);
      }
      break;
    case undefined:
      break;
  }
  let parts = '';
  let expectedArticle = orig.chain.implicitArticle ? here.article?.id : undefined;
  atom.parts.forEach((part, i) => {
    const origNode = orig.partNodes[i];
    const node = origNode ? newNode(origNode.id) : undefined;
    if (!origNode || !node) {
      if (origNode) out.dangling.push(handleLabel(before, origNode.id));
      parts += text.slice(part.start, part.end);
      return;
    }
    switch (node.kind) {
      case 'article':
        expectedArticle = node.id;
        parts += componentText('article', node.num.n, node.num.sub, part.digits);
        return;
      case 'paragraph': {
        const place = afterIx.place.get(node.id);
        // A 款 that left the article the reference names is as good as gone from it.
        if (!place?.article || (expectedArticle !== undefined && place.article.id !== expectedArticle)) {
          out.dangling.push(handleLabel(before, origNode.id));
          parts += text.slice(part.start, part.end);
          return;
        }
        parts += componentText('paragraph', place.paragraphIndex ?? part.n, undefined, part.digits);
        return;
      }
      case 'item':
      case 'subitem':
        parts += componentText(part.level, node.num, undefined, part.digits);
        return;
      default:
        parts += text.slice(part.start, part.end);
    }
  });
  // A gone component makes the whole atom dangle: report what it pointed to.
  if (out.dangling.length > 0) out.dangling = orig.ids.map((id) => handleLabel(before, id));
  if (atom.parts.length > 0 && out.dangling.length === 0) {
    for (const id of orig.ids) {
      const n = newNode(id);
      if (n) out.newIds.push(n.id);
    }
  }
  const head = atom.parts.length > 0 ? text.slice(atom.start, atom.parts[0].start) : text.slice(atom.start, atom.end);
  out.text = head + parts;
  return out;
}

function applyEdits(text: string, edits: { start: number; end: number; text: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
