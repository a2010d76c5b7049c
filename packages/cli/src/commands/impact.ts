import {
  CAUSE,
  Corpus,
  conformDecision,
  conformDocument,
  impactOf,
  impactText,
  mapFromConsolidation,
  mapFromVersions,
  type ConformDraft,
  type CorpusEntry,
} from '@amend/cite';
import { applyAmendment } from '@amend/engine';
import type { Document, ImpactReport, VersionMap } from '@amend/model';
import { diagnostic, idLabel } from '@amend/model';
import { impactHtml } from '@amend/render';
import { EXIT, Reporter, type Io } from '../context.ts';
import { readCorpusFolder } from '../corpus-folder.ts';
import { writeAtomic } from '../io.ts';
import { decisionInfo, escalateUnapplied, readDecision } from '@amend/pipeline';
import { say } from '../words.ts';
import { readRule } from './map.ts';
import { readMap } from '../citation-statement.ts';

export interface ImpactOptions {
  corpus: string;
  decision?: string;
  title?: string;
  from?: string;
  to?: string;
  law?: string;
  map?: string;
  /** Draft the decision that conforms every citing document instead of the report. */
  conform?: boolean;
  format: 'text' | 'json' | 'html';
  out?: string;
}

/** What an amendment is known by: the map, and both versions when there are. */
export interface Amendment {
  map: VersionMap;
  before?: Document;
  after?: Document;
}

/**
 * `amend impact --corpus DIR (--decision FILE | --from OLD --to NEW | --law
 * TITLE | --map FILE)`: every document of the corpus citing a provision the
 * amendment renumbers, deletes or rewrites.
 */
export function impactCommand(opts: ImpactOptions, io: Io): number {
  const given = [opts.decision, opts.from ?? opts.to, opts.law, opts.map].filter((x) => x !== undefined).length;
  if (given !== 1 || (opts.from === undefined) !== (opts.to === undefined)) {
    io.err(say(io, 'impact-usage') + '\n');
    return EXIT.usage;
  }
  const reporter = new Reporter(io);
  const files = readCorpusFolder(opts.corpus, reporter);
  if (!files) return reporter.finish(reporter.failureCode);
  const corpus = new Corpus(files);
  const amendments = amendmentsOf(opts, corpus, reporter);
  if (!amendments || reporter.errors > 0) return reporter.finish(reporter.failureCode);
  const reports = amendments.map((a) => impactOf(corpus, a));
  if (opts.format === 'html' && reports.length !== 1) {
    io.err(say(io, 'impact-html-one', { count: reports.length }) + '\n');
    return reporter.finish(EXIT.usage);
  }
  const lang = io.lang ?? 'en';
  const text = opts.conform
    ? reports.map((r) => conforming(r, corpus, reporter)).join('\n')
    : opts.format === 'json'
      ? JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2) + '\n'
      : opts.format === 'html'
        ? impactHtml(reports[0], lang)
        : reports.map((r) => impactText(r, lang)).join('\n');
  if (opts.out) {
    const inputs = [
      opts.corpus,
      ...[opts.decision, opts.from, opts.to, opts.map].filter((x): x is string => x !== undefined),
      ...files.map((f) => f.file),
    ];
    reporter.add(writeAtomic(opts.out, text, inputs));
    return reporter.finish(reporter.errors > 0 ? EXIT.io : EXIT.ok);
  }
  io.out(text);
  return reporter.finish(EXIT.ok);
}

/**
 * The decision that conforms every document citing the old numbering; what
 * it leaves for a person is reported where it stands, and documents older
 * than the old version are left out (their numbers may be older still).
 */
function conforming(report: ImpactReport, corpus: Corpus, reporter: Reporter): string {
  const drafts: ConformDraft[] = [];
  for (const d of report.documents) {
    if (d.version === 'earlier') {
      reporter.add([
        diagnostic(
          'cite/earlier-version',
          { title: d.title, date: d.date ?? '', from: report.from.date ?? '' },
          d.file ? { file: d.file } : {},
        ),
      ]);
      continue;
    }
    const entry = corpus.entries.find((e) => e.file === d.file);
    if (!entry) continue;
    const draft = conformDocument(entry.doc, d);
    for (const s of draft.skipped) {
      const c = s.impact.citation;
      const where = { ...(d.file ? { file: d.file } : {}), ...(c.span ? { span: c.span } : {}) };
      reporter.add([diagnostic('cite/citation-left', { text: c.text, where: idLabel(c.where), reason: CAUSE[s.cause] }, where)]);
    }
    drafts.push(draft);
  }
  return conformDecision(report, drafts);
}

function amendmentsOf(opts: ImpactOptions, corpus: Corpus, reporter: Reporter): Amendment[] | undefined {
  if (opts.from && opts.to) {
    const before = readRule(opts.from, reporter);
    const after = readRule(opts.to, reporter);
    if (!before || !after) return undefined;
    if (before.title !== after.title)
      reporter.add([diagnostic('cite/different-rules', { old: before.title, new: after.title }, { file: opts.to })]);
    return [
      { map: mapFromVersions(before, after, versionOf(corpus, before, opts.from), versionOf(corpus, after, opts.to)), before, after },
    ];
  }
  if (opts.law) {
    const versions = corpus.versionsOf(opts.law);
    if (versions.length < 2) {
      const title = versions[0]?.title ?? opts.law;
      reporter.add([diagnostic(versions.length ? 'cite/one-version' : 'cite/rule-not-in-corpus', { title, count: versions.length })]);
      return undefined;
    }
    return [lastTwo(versions)];
  }
  if (opts.map) {
    const map = readMap(opts.map, reporter);
    if (!map) return undefined;
    const versions = corpus.versionsOf(map.law);
    const at = (date?: string) => versions.find((v) => v.date !== undefined && v.date === date)?.doc;
    return [{ map, before: at(map.from.date), after: at(map.to.date) }];
  }
  return fromDecision(opts.decision!, opts.title, corpus, reporter);
}

function versionOf(corpus: Corpus, doc: Document, file: string): { date?: string; file: string } {
  const entry = corpus.entries.find((e) => e.file === file);
  const date = entry?.date ?? doc.meta.version;
  return date ? { date, file } : { file };
}

/** The two newest versions of a rule in the corpus, aligned. */
export function lastTwo(versions: readonly CorpusEntry[]): Amendment {
  const [a, b] = versions.slice(-2);
  const pin = (e: CorpusEntry) => (e.date ? { date: e.date, file: e.file } : { file: e.file });
  return { map: mapFromVersions(a.doc, b.doc, pin(a), pin(b)), before: a.doc, after: b.doc };
}

/** Apply a decision to the rules of the corpus it amends (each in the version it finds, the newest before the decision). */
export function fromDecision(file: string, title: string | undefined, corpus: Corpus, reporter: Reporter): Amendment[] | undefined {
  const source = reporter.read(file);
  if (!source) return undefined;
  const decision = readDecision(source);
  reporter.add(escalateUnapplied(decision.diagnostics, decision.value));
  if (reporter.errors > 0) return undefined;
  const d = decision.value;
  const date = d.meta.effective?.date ?? d.meta.promulgated ?? d.meta.adopted;
  const out: Amendment[] = [];
  for (const amendment of d.amendments) {
    if (title !== undefined && amendment.title !== title) continue;
    const versions = corpus.versionsOf(amendment.title).filter((v) => !date || !v.date || v.date < date);
    const rule = versions[versions.length - 1];
    if (!rule) {
      reporter.add([diagnostic('engine/rule-not-found', { title: amendment.title }, { file, span: amendment.span })]);
      continue;
    }
    const c = applyAmendment(rule.doc, amendment, { decision: decisionInfo(d, file), ruleFile: rule.file });
    reporter.add(c.diagnostics);
    if (c.diagnostics.some((x) => x.severity === 'error')) continue;
    const from = rule.date ? { date: rule.date, file: rule.file } : { file: rule.file };
    out.push({ map: mapFromConsolidation(c, d.title, from, date ? { date, file } : { file }), before: c.before, after: c.after });
  }
  if (out.length === 0 && reporter.errors === 0)
    reporter.add([diagnostic('engine/rule-not-amended', { title: title ?? d.title }, { file })]);
  return out;
}
