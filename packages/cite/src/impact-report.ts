import type { CitedVersion, Document, DocumentImpact, ImpactReport, Provision, VersionMap } from '@amend/model';
import { articleLabel } from '@amend/model';
import { isoDate } from '@amend/model';
import { articleBody as articleWords, articlesOf } from '@amend/render';
import { findCitations, textUnits } from './citations.ts';
import { MapIndex } from './version-map.ts';
import { isHistorical, ruleMatcher, titleKeys, type Work } from './law-names.ts';
import { citationImpact } from './citation-impact.ts';
import type { Corpus, CorpusEntry } from './corpus-texts.ts';

/**
 * What an amendment of one rule does to every document of a corpus that
 * cites it. Each document is read against the text of the rule in force when
 * it was written: one dated on or after the new version already uses the new
 * numbers; one dated before the old version may use older numbers still (it
 * is listed, and marked, with the date of the text then in force); amending
 * instruments are history and are left out.
 */

/** 修正案, 关于修改…的决定, 关于废止…的决定: instruments, not rules that cite. */
const INSTRUMENT = /修正案(?:（[^）]*）)?$|(?:修改|废止)[^，。]*的决定$/;

export interface ImpactInput {
  map: VersionMap;
  /** Both versions, when known: their articles' words go into the report. */
  before?: Document;
  after?: Document;
}

export function impactOf(corpus: Corpus, input: ImpactInput): ImpactReport {
  const { map } = input;
  const work = corpus.index.lookup(map.law) ?? { title: map.law, versions: [{ title: map.law }] };
  const keys = new Set(work.versions.flatMap((v) => titleKeys(v.title)));
  const cites = ruleMatcher(corpus.index, map.law);
  const ix = new MapIndex(map);
  const amended = amendmentDates(input.before);
  const report: ImpactReport = {
    law: map.law,
    from: map.from,
    to: map.to,
    basis: map.basis,
    ...(map.decision ? { decision: map.decision } : {}),
    documents: [],
    unaffected: [],
    current: [],
    historical: 0,
    instruments: [],
    articles: { before: {}, after: {} },
  };
  const focus = focusOf(keys);
  for (const entry of candidates(corpus, work, focus)) {
    const citations = findCitations(entry.doc, { index: corpus.index, source: entry.text, focus }).filter(cites);
    if (citations.length === 0) continue;
    const where = { title: entry.title, file: entry.file };
    if (INSTRUMENT.test(entry.title)) {
      report.instruments.push(where);
      continue;
    }
    const version = versionOf(entry.date, map);
    if (version === 'current') {
      report.current.push({ ...where, ...(entry.date ? { date: entry.date } : {}), citations: citations.length });
      continue;
    }
    const live = citations.filter((c) => !isHistorical(c.law.qualifier));
    report.historical += citations.length - live.length;
    const units = new Map(textUnits(entry.doc).map((u) => [u.id, u.text]));
    const impacts = live.map((c) =>
      citationImpact(c, ix, [c.where, ...(c.runsOn ?? [])].map((id) => units.get(id) ?? '').join('') || c.text),
    );
    if (impacts.every((i) => i.status === 'unchanged')) {
      report.unaffected.push({ ...where, citations: impacts.length });
      continue;
    }
    const doc: DocumentImpact = { ...where, version, citations: impacts };
    if (entry.date) doc.date = entry.date;
    const inForce = version === 'earlier' && entry.date ? amended.filter((d) => d <= entry.date!).pop() : undefined;
    if (inForce) doc.inForce = inForce;
    report.documents.push(doc);
  }
  addWords(report, input);
  return report;
}

/** The pieces every writing of the rule's name holds, a shortened one (调解仲裁法) included: its last three characters. */
function focusOf(keys: ReadonlySet<string>): string[] {
  return [...new Set([...keys].map((k) => k.slice(-3)))];
}

/**
 * The documents that may cite the rule: they name it, and somewhere write a
 * piece of its name (or a title's closing mark) right before an article, or
 * define an alias, or say 该法. The rest only mention it and are not parsed.
 */
function candidates(corpus: Corpus, work: Work, focus: readonly string[]): CorpusEntry[] {
  const named =
    corpus.index.lookup(work.title) === work
      ? corpus.candidates(work)
      : corpus.entries.filter((e) => titleKeys(work.title).some((k) => e.text.includes(k)));
  const pieces = focus.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  // A line may break inside a citation (公司法第一百 / 八十三条).
  const cites = new RegExp(
    `(?:${pieces}|[》〉])\\r?\\n?(?:[（(][^（）()]{0,40}[）)])?\\r?\\n?第[零〇一二三四五六七八九十百千0-9０-９\\r\\n]+条|该(?:法|条例|办法|规定|细则|决定|规则|解释|公约|条约|协定)\\r?\\n?第|以下简称|以下称|下称|简称`,
  );
  return named.filter((e) => cites.test(e.text));
}

/** Which numbering a document dated `date` uses. */
function versionOf(date: string | undefined, map: VersionMap): CitedVersion | 'current' {
  if (!date) return 'undated';
  if (map.to.date && date >= map.to.date) return 'current';
  if (map.from.date && date < map.from.date) return 'earlier';
  return 'old';
}

/** The dates of a rule's texts: adoption and each amendment its 题注 lists. */
function amendmentDates(doc: Document | undefined): string[] {
  const dates = new Set<string>();
  for (const n of doc?.notes ?? []) {
    for (const m of n.text.matchAll(/[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日/g)) {
      const d = isoDate(m[0]);
      if (d) dates.add(d);
    }
  }
  return [...dates].sort();
}

/** The words of every article the report names, old and new. */
function addWords(report: ImpactReport, input: ImpactInput): void {
  const wanted = { before: new Set<string>(), after: new Set<string>() };
  const add = (set: Set<string>, p: Provision) => set.add(articleLabel(p.article));
  for (const d of report.documents) {
    for (const c of d.citations) {
      for (const t of c.targets) {
        add(wanted.before, t.before);
        if (t.through) add(wanted.before, t.through);
        for (const a of t.after) add(wanted.after, a);
      }
    }
  }
  for (const side of ['before', 'after'] as const) {
    const doc = input[side];
    if (!doc) continue;
    for (const a of articlesOf(doc)) {
      const label = articleLabel(a.num);
      if (wanted[side].has(label)) report.articles[side][label] = articleWords(a);
    }
  }
}
