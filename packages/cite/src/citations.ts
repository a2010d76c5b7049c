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
  for (const unit of textUnits(doc)) {
    if (opts.focus && !mayCite(unit.text, opts.focus, ctx)) {
      skim(unit.text, ctx);
      continue;
    }
    const found = scanCitations(unit.text, ctx);
    if (found.length === 0) continue;
    const base = lines && opts.source !== undefined ? unitOffset(unit, opts.source) : undefined;
    for (const c of found) {
      const citation: Citation = { ...c, where: unit.id };
      if (lines && base !== undefined) citation.span = lines.span(base + c.start, base + c.end);
      out.push(citation);
    }
  }
  return out;
}

/** Where a unit's text starts in its source: its words are a verbatim slice of the lines it came from. */
function unitOffset(unit: TextUnit, source: string): number | undefined {
  if (!unit.pos) return undefined;
  const at = source.slice(unit.pos.start.offset, unit.pos.end.offset).indexOf(unit.text);
  return at < 0 ? undefined : unit.pos.start.offset + at;
}
