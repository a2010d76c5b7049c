import type { Citation, Document, Node } from '@amend/model';
import { LineIndex } from '@amend/model';
import { walk } from '@amend/document';
import { LawIndex } from './law-names.ts';
import { mayCite, ScanContext, scanCitations, skim } from './citation-scan.ts';

/**
 * The citations of other rules in a document, unit by unit (each 款's own
 * words, each 项, 目, and the points of a plan), in reading order so that an
 * alias defined early and 该法 read as the text means them. The title and the
 * 题注 cite nothing: they name the rule and its history.
 */

/** A node whose own words are scanned. */
export type TextUnit = Extract<Node, { text: string }> & { kind: 'paragraph' | 'item' | 'subitem' | 'point' };

export function textUnits(doc: Document): TextUnit[] {
  const out: TextUnit[] = [];
  walk(doc, (n) => {
    if (n.kind === 'note') return false;
    if (n.kind === 'paragraph' || n.kind === 'item' || n.kind === 'subitem' || n.kind === 'point') out.push(n);
    return undefined;
  });
  return out;
}

export interface FindOptions {
  /** The corpus's titles, to resolve names written without marks. */
  index?: LawIndex;
  /** The text the document was parsed from, to give each citation its span. */
  source?: string;
  /**
   * Only citations of a rule whose name holds one of these pieces matter
   * (公司法, 诉讼法): units without them, an alias or 该 are only skimmed
   * for the names they define.
   */
  focus?: readonly string[];
}

export function findCitations(doc: Document, opts: FindOptions = {}): Citation[] {
  const ctx = new ScanContext(opts.index ?? new LawIndex());
  const lines = opts.source !== undefined ? new LineIndex(opts.source) : undefined;
  const out: Citation[] = [];
  for (const run of brokenRuns(textUnits(doc))) {
    const text = run.map((u) => u.text).join('');
    if (opts.focus && !mayCite(text, opts.focus, ctx)) {
      skim(text, ctx);
      continue;
    }
    const found = scanCitations(text, ctx);
    if (found.length === 0) continue;
    // Where each unit's words start in the joined text, and in the source.
    const at: number[] = [];
    run.reduce((n, u) => (at.push(n), n + u.text.length), 0);
    const base = run.map((u) => (lines && opts.source !== undefined ? unitOffset(u, opts.source) : undefined));
    const unitAt = (offset: number, end = false) => {
      let k = run.length - 1;
      while (k > 0 && (end ? at[k] >= offset : at[k] > offset)) k--;
      return k;
    };
    for (const c of found) {
      const first = unitAt(c.start);
      const last = unitAt(c.end, true);
      const shift = (x: number) => x - at[first];
      const citation: Citation = {
        ...c,
        start: shift(c.start),
        end: shift(c.end),
        targets: c.targets.map((t) => ({ ...t, start: shift(t.start), end: shift(t.end) })),
        where: run[first].id,
      };
      if (last > first) citation.runsOn = run.slice(first + 1, last + 1).map((u) => u.id);
      const from = base[first];
      const to = base[last];
      if (lines && from !== undefined && to !== undefined) citation.span = lines.span(from + c.start - at[first], to + c.end - at[last]);
      out.push(citation);
    }
  }
  return out;
}

/** A unit that stops in mid-sentence: no closing mark at its end (a line broken inside a sentence). */
const OPEN_END = /[\u4e00-\u9fff《》〈〉、]$/;

/**
 * Units read together: a unit that stops in mid-sentence runs on into the
 * next unit of the same article (a line broken by the gazette or by OCR).
 */
function brokenRuns(units: TextUnit[]): TextUnit[][] {
  const runs: TextUnit[][] = [];
  let prev: TextUnit | undefined;
  for (const u of units) {
    if (
      prev &&
      runs.length > 0 &&
      OPEN_END.test(prev.text) &&
      articleOf(prev.id) !== undefined &&
      articleOf(prev.id) === articleOf(u.id) &&
      /^[\u4e00-\u9fff》〉]/.test(u.text)
    )
      runs[runs.length - 1].push(u);
    else runs.push([u]);
    prev = u;
  }
  return runs;
}

/** art_12__para_2 → art_12; the 引言 and notes have no article. */
function articleOf(id: string): string | undefined {
  return /^(art_[^_]+(?:_[^_]+)*?)__/.exec(id)?.[1];
}

/** Where a unit's text starts in its source: its words are a verbatim slice of the lines it came from. */
function unitOffset(unit: TextUnit, source: string): number | undefined {
  if (!unit.pos) return undefined;
  const at = source.slice(unit.pos.start.offset, unit.pos.end.offset).indexOf(unit.text);
  return at < 0 ? undefined : unit.pos.start.offset + at;
}
