import type { CitationImpact, Decision, Document, Span, VersionMap } from '@amend/model';
import { produce } from 'immer';
import { walk } from '@amend/document';
import { findCitations, textUnits } from './citations.ts';
import { citationImpact } from './citation-impact.ts';
import { skipCause, type ConformSkip } from './conform.ts';
import { isHistorical, LawIndex, ruleMatcher } from './law-names.ts';
import { MapIndex } from './version-map.ts';

/**
 * A decision's statement 条文中引用《X》相应条文序号根据修改后的《X》作相应调整,
 * carried out on the rule it amends once X's map is known: every citation of
 * X the rule kept from before is written in X's new numbering, as far as the
 * map gives one new place. Words the decision wrote itself (nodes it made)
 * already follow the new numbering and are left alone, and so are citations
 * that name an earlier text on purpose.
 */

/** What the statement says: the rule whose citations follow its new numbering, and where it says so. */
export interface AdjustStatement {
  law: string;
  text: string;
  span?: Span;
}

/** A rule's name in the statement: a title, or a name without marks. */
const NAME = '《(?:[^《》]|《[^《》]*》)+》|[\\u4e00-\\u9fff]{2,30}?(?:法典|法|条例|规定|办法|细则|规则|解释)';
/**
 * 条文中引用《X》相应条文序号根据修改后的《X》作相应调整, in its wordings: 援引 or
 * 引用, 条文序号 or 条款序号, 作相应调整 or 相应调整, and several rules at once
 * (引用《X》《Y》的条文序号, 引用的《X》及《Y》的条文序号).
 */
const STATEMENT = new RegExp(
  `(?:引用|援引)的?((?:${NAME})(?:(?:、|和|及|以及|与)?(?:${NAME}))*)的?(?:相关|相应|有关)?的?(?:条文|条款|条)的?序号[^。；]*?(?:作|做|进行)?(?:相应|对应)的?(?:调整|修改)`,
);
const NAMES = new RegExp(NAME, 'g');

/**
 * The statements of a decision that adjust the citations of another rule:
 * its closing clauses (kind `citations`), and, where a reading left one
 * inside the last item, that item's words.
 */
export function adjustStatements(decision: Decision): AdjustStatement[] {
  const out: AdjustStatement[] = [];
  const places = [
    ...decision.closing.map((c) => ({ text: c.text, span: c.span })),
    ...decision.amendments.flatMap((a) => a.items.map((i) => ({ text: i.text, span: i.span }))),
  ];
  for (const { text, span } of places) {
    const m = STATEMENT.exec(text);
    if (!m || out.some((s) => s.text === m[0])) continue;
    for (const name of m[1].match(NAMES) ?? []) out.push({ law: name.replace(/^《|》$/g, ''), text: m[0], span });
  }
  return out;
}

export interface AdjustedCitation {
  impact: CitationImpact;
  /** Its words were rewritten. */
  applied: boolean;
  /** Why not, when it was not (and its new place is not simply the old one). */
  cause?: ConformSkip['cause'];
}

export function adjustCitations(
  doc: Document,
  map: VersionMap,
  index: LawIndex = new LawIndex([{ title: map.law }]),
): { doc: Document; citations: AdjustedCitation[] } {
  const cites = ruleMatcher(index, map.law);
  const ix = new MapIndex(map);
  const units = new Map(textUnits(doc).map((u) => [u.id, u]));
  const out: AdjustedCitation[] = [];
  const edits = new Map<string, { start: number; end: number; text: string }[]>();
  for (const c of findCitations(doc, { index })) {
    if (!cites(c) || isHistorical(c.law.qualifier)) continue;
    const unit = units.get(c.where)!;
    // Made by the decision: already in the new numbering.
    if (unit.origin) continue;
    const impact = citationImpact(c, ix, unit.text);
    if (impact.status === 'unchanged' || impact.status === 'text-changed') {
      out.push({ impact, applied: false });
      continue;
    }
    const cause = skipCause(impact);
    if (cause || impact.newText === undefined) {
      out.push({ impact, applied: false, cause: cause ?? 'deleted' });
      continue;
    }
    edits.set(c.where, [...(edits.get(c.where) ?? []), { start: c.start, end: c.end, text: impact.newText }]);
    out.push({ impact, applied: true });
  }
  if (edits.size === 0) return { doc, citations: out };
  const adjusted = produce(doc, (draft) => {
    walk(draft as Document, (n) => {
      const list = 'text' in n && n.kind !== 'note' ? edits.get(n.id) : undefined;
      if (!list) return undefined;
      let text = (n as { text: string }).text;
      for (const e of [...list].sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
      (n as { text: string }).text = text;
      return undefined;
    });
  });
  return { doc: adjusted, citations: out };
}
