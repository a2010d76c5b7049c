import type { Article, CitationImpact, Document, DocumentImpact, ImpactReport } from '@amend/model';
import { articleLabel } from '@amend/model';
import { walk } from '@amend/document';

/**
 * Conforming decisions: for every document whose citations an amendment
 * breaks, the decision items that write them anew, in the forms the decision
 * grammar reads (将第十条中的“公司法第一百八十三条”修改为“公司法第二百三十二条”),
 * so that `amend apply` applies them like any decision. A citation is left to
 * a person, with the reason, when its new place is not one number (split,
 * a broken range, not in the old version) or its words cannot be quoted
 * without also changing words that must stay.
 */

export interface ConformSkip {
  impact: CitationImpact;
  cause: 'deleted' | 'split' | 'range-broken' | 'not-in-old' | 'not-unique' | 'outside-articles' | 'line-break';
}

export interface ConformDraft {
  title: string;
  file?: string;
  /** Items in the order of the document: 将第十条中的“A”修改为“B”，“C”修改为“D” (without a label or final mark). */
  items: string[];
  /** How many citations the items rewrite. */
  rewritten: number;
  skipped: ConformSkip[];
}

/** Why a citation is left for a person, in the words a diagnostic gives (model/messages/terms.ts has their Chinese). */
export const CAUSE: Record<ConformSkip['cause'], string> = {
  deleted: 'the article was deleted',
  split: 'the article was split',
  'range-broken': 'the range is no longer one run',
  'not-in-old': 'the old version has no such provision',
  'not-unique': 'its words also occur where they must not change',
  'outside-articles': 'it is neither in an article nor in the 引言',
  'line-break': 'a line break cuts through it',
};

/** Where a unit of text is: the article holding it, or the 引言. */
type Place = { kind: 'article'; article: Article } | { kind: 'preamble' };

function placesOf(doc: Document): { place: Map<string, Place>; texts: Map<Place, string[]> } {
  const place = new Map<string, Place>();
  const texts = new Map<Place, string[]>();
  const preamble: Place = { kind: 'preamble' };
  for (const p of doc.preamble) place.set(p.id, preamble);
  walk(doc, (n) => {
    if (n.kind !== 'article') return undefined;
    const here: Place = { kind: 'article', article: n };
    walk(n, (u) => {
      if (u.kind === 'paragraph' || u.kind === 'item' || u.kind === 'subitem') {
        place.set(u.id, here);
        texts.set(here, [...(texts.get(here) ?? []), u.text]);
      }
      return undefined;
    });
    return false;
  });
  texts.set(
    preamble,
    doc.preamble.map((p) => p.text),
  );
  return { place, texts };
}

/** The draft for one document of an impact report. */
export function conformDocument(doc: Document, impact: DocumentImpact): ConformDraft {
  const draft: ConformDraft = { title: impact.title, ...(impact.file ? { file: impact.file } : {}), items: [], rewritten: 0, skipped: [] };
  const { place, texts } = placesOf(doc);
  const byPlace = new Map<Place, CitationImpact[]>();
  for (const c of impact.citations) {
    if (c.status === 'unchanged' || c.status === 'text-changed') continue;
    const why = skipCause(c);
    if (why) {
      draft.skipped.push({ impact: c, cause: why });
      continue;
    }
    const at = place.get(c.citation.where);
    if (!at) {
      draft.skipped.push({ impact: c, cause: 'outside-articles' });
      continue;
    }
    byPlace.set(at, [...(byPlace.get(at) ?? []), c]);
  }
  for (const [at, list] of byPlace) {
    const pairs = quotable(list, texts.get(at) ?? [], draft.skipped);
    if (pairs.length === 0) continue;
    const target = at.kind === 'preamble' ? '引言' : articleLabel(at.article.num);
    draft.items.push(`将${target}中的${pairs.map(([a, b]) => `“${a}”修改为“${b}”`).join('，')}`);
    draft.rewritten += list.filter((c) => !draft.skipped.some((s) => s.impact === c)).length;
  }
  return draft;
}

/** Why a citation cannot simply be written anew, if it cannot. */
export function skipCause(c: CitationImpact): ConformSkip['cause'] | undefined {
  // A quoted phrase cannot hold a line break: the words are in two units.
  if (c.citation.runsOn && (c.status === 'renumbered' || c.status === 'deleted')) return 'line-break';
  if (c.status === 'deleted' || c.newText === undefined) {
    const review = c.targets.find((t) => t.review === 'not-in-old' || t.review === 'range-broken');
    return review?.review === 'not-in-old' ? 'not-in-old' : review ? 'range-broken' : 'deleted';
  }
  for (const t of c.targets) {
    if (t.review === 'split' || t.review === 'range-broken' || t.review === 'not-in-old') return t.review;
  }
  return undefined;
}

/**
 * The old and new words of one place's citations, each quoted so that the
 * engine changes exactly those citations: a phrase found more often than it
 * is cited (inside a citation of the earlier text, say) is lengthened by the
 * words after it, while that tells the citations apart; otherwise skipped.
 */
function quotable(list: CitationImpact[], texts: readonly string[], skipped: ConformSkip[]): [string, string][] {
  const pairs = new Map<string, { to: string; cites: CitationImpact[] }>();
  for (const c of list) {
    const p = pairs.get(c.citation.text);
    if (p && p.to !== c.newText) {
      skipped.push({ impact: c, cause: 'not-unique' });
      continue;
    }
    pairs.set(c.citation.text, { to: c.newText!, cites: [...(p?.cites ?? []), c] });
  }
  const longer = (phrase: string) => [...pairs.keys()].filter((k) => k !== phrase && k.includes(phrase));
  const out: [string, string][] = [];
  for (const [from, { to, cites }] of pairs) {
    if (occurrences(texts, from, longer(from)) === cites.length) {
      out.push([from, to]);
      continue;
    }
    const extended = lengthen(from, cites, texts, longer(from));
    if (extended) out.push([from + extended, to + extended]);
    else for (const c of cites) skipped.push({ impact: c, cause: 'not-unique' });
  }
  return out;
}

/** How often a phrase occurs, not counting its occurrences inside longer phrases quoted beside it (the longer one governs there). */
function occurrences(texts: readonly string[], phrase: string, longer: readonly string[]): number {
  let n = 0;
  for (const t of texts) {
    const covered: [number, number][] = [];
    for (const l of longer) for (let i = t.indexOf(l); i >= 0; i = t.indexOf(l, i + 1)) covered.push([i, i + l.length]);
    for (let i = t.indexOf(phrase); i >= 0; i = t.indexOf(phrase, i + phrase.length)) {
      if (!covered.some(([a, b]) => i >= a && i + phrase.length <= b)) n++;
    }
  }
  return n;
}

/** The shortest words after every citation, the same after each, that make the phrase occur only there. */
function lengthen(from: string, cites: CitationImpact[], texts: readonly string[], longer: readonly string[]): string | undefined {
  for (let k = 1; k <= 8; k++) {
    const tails = new Set(cites.map((c) => c.context.slice(c.citation.end, c.citation.end + k)));
    if (tails.size !== 1) return undefined;
    const [tail] = tails;
    if (tail.length < k || /[“”]/.test(tail)) return undefined;
    if (occurrences(texts, from + tail, longer) === cites.length) return tail;
  }
  return undefined;
}

/**
 * The drafts as one decision the parser reads: for one document
 * 关于修改《X》的决定 with items 一、二、…; for several, a heading
 * 一、修改《X》 per document and items 1. 2. under it (the court style).
 */
export function conformDecision(report: ImpactReport, drafts: readonly ConformDraft[]): string {
  const kept = drafts.filter((d) => d.items.length > 0);
  if (kept.length === 0) return '';
  const law = `《${inner(report.law)}》`;
  const why = `根据${law}${report.to.date ? `（${cnDate(report.to.date)}）` : ''}条文序号的调整，`;
  if (kept.length === 1) {
    const d = kept[0];
    return [
      `关于修改《${inner(d.title)}》的决定`,
      '',
      `${why}对《${inner(d.title)}》引用${law}的条文序号作如下修改：`,
      '',
      ...d.items.map((item, k) => `${cnLabel(k + 1)}、${item}。`),
      '',
    ].join('\n');
  }
  const lines = [
    `关于修改《${inner(kept[0].title)}》等${kept.length}件文件引用${law}条文序号的决定`,
    '',
    `${why}对下列文件引用${law}的条文序号作如下修改：`,
    '',
  ];
  kept.forEach((d, k) => {
    lines.push(`${cnLabel(k + 1)}、修改《${inner(d.title)}》`);
    d.items.forEach((item, j) => lines.push(`${j + 1}.${item}。`));
    lines.push('');
  });
  return lines.join('\n');
}

/** A title inside book-title marks: its own marks become 〈〉. */
function inner(title: string): string {
  return title.replace(/《/g, '〈').replace(/》/g, '〉');
}

function cnLabel(n: number): string {
  return articleLabel({ n }).slice(1, -1);
}

function cnDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
