import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseRule } from '@amend/document';
import type { Consolidation, Decision } from '@amend/model';
import { diagnostic } from '@amend/model';
import { amendCorpus } from '@amend/pipeline';
import { Corpus, impactOf, mapFromConsolidation } from '@amend/cite';
import { impactHtml, render, renderDocx, trackedDocx, type TrackOptions } from '@amend/render';
import { fileStem, record } from '@amend/store';
import { EXIT, Reporter, type Io } from '../context.ts';
import { trackUsage } from './track-usage.ts';
import { amendFiles } from '../amend-files.ts';
import { say } from '../words.ts';
import { followCitations, readMap } from '../citation-statement.ts';
import { writeAllAtomic } from '../io.ts';
import { findStore, readable } from '../store-folder.ts';
import { storeCommits, versionDate } from '../versions.ts';

export type OutputFormat = 'text' | 'md' | 'html' | 'docx' | 'json' | 'akn';

export interface ApplyOptions {
  rule?: string;
  corpus?: string;
  decision: string;
  title?: string;
  /** With --rule, the file for the consolidated rule (stdout without it); with --corpus, the folder. */
  out?: string;
  format: OutputFormat;
  report?: string;
  /** The map of a rule whose citations the decision says follow its new numbering (amend map --format json). */
  map?: string;
  verbose?: boolean;
  /** With --format docx: the amendment as Word tracked changes. */
  trackChanges?: boolean;
  author?: string;
}

export async function applyCommand(opts: ApplyOptions, io: Io): Promise<number> {
  if (opts.corpus) return applyCorpus(opts, io);
  const reporter = new Reporter(io);
  if (!opts.rule) {
    io.err(say(io, 'need-rule', { command: 'apply' }) + '\n');
    return EXIT.usage;
  }
  // Checked before anything is written, so that a usage error leaves no --report behind.
  if (opts.format === 'docx' && !opts.out) {
    io.err(say(io, 'docx-needs-out', { command: 'apply' }) + '\n');
    return EXIT.usage;
  }
  if (!trackUsage(opts, io, 'apply')) return EXIT.usage;
  const result = amendFiles(reporter, opts.rule, opts.decision, opts.title);
  if (!result) return reporter.finish(EXIT.io);
  // All-or-nothing: with any error, nothing is written.
  if (reporter.errors > 0 || !result.value) return reporter.finish(EXIT.inputErrors, opts.verbose);
  const given = opts.map ? readMap(opts.map, reporter) : undefined;
  if (reporter.errors > 0) return reporter.finish(reporter.failureCode, opts.verbose);
  const c = followCitations(result.decision, result.value, { map: given, decisionFile: opts.decision, ruleFile: opts.rule }, reporter);
  const data = await output(c, opts.format, trackOptions(opts, result.decision));
  const inputs = [opts.rule, opts.decision, ...(opts.map ? [opts.map] : [])];
  const files: { path: string; data: string | Uint8Array }[] = [];
  if (opts.out) files.push({ path: opts.out, data });
  if (opts.report) files.push({ path: opts.report, data: JSON.stringify(reportOf(c), null, 2) + '\n' });
  reporter.add(writeAllAtomic(files, inputs));
  if (reporter.errors > 0) return reporter.finish(EXIT.io);
  if (!opts.out) io.out(typeof data === 'string' ? data : '');
  return reporter.finish(EXIT.ok, opts.verbose);
}

const EXTENSION: Record<OutputFormat, string> = { text: 'txt', md: 'md', html: 'html', docx: 'docx', json: 'json', akn: 'xml' };

/** The revisions are the decision's: by --author (default amend), dated the day it was promulgated. */
function trackOptions(opts: ApplyOptions, decision: Decision | undefined): TrackOptions | undefined {
  if (!opts.trackChanges) return undefined;
  const date = decision?.meta.promulgated ?? decision?.meta.effective?.date;
  return { ...(opts.author !== undefined ? { author: opts.author } : {}), ...(date ? { date } : {}) };
}

export async function output(c: Consolidation, format: OutputFormat, track?: TrackOptions): Promise<string | Uint8Array> {
  if (format === 'docx') return track ? trackedDocx(c, track) : renderDocx(c.after);
  if (format === 'akn') return render(c.after, 'akn', c);
  return render(c.after, format);
}

/** The reports of one application, as written by --report. */
export function reportOf(c: Consolidation) {
  return {
    rule: c.before.title,
    applied: c.applied,
    changes: c.changes,
    references: c.references,
    diagnostics: c.diagnostics,
  };
}

/** Read a folder of rules and a decision, and consolidate every rule the decision names. */
export function consolidateFolder(corpus: string, decisionPath: string, reporter: Reporter) {
  const paths = listRuleFiles(corpus);
  if (typeof paths === 'string') {
    reporter.add([diagnostic(paths, { path: corpus }, { file: corpus })]);
    return undefined;
  }
  const decisionSource = reporter.read(decisionPath);
  if (!decisionSource) return undefined;
  const rules = paths.flatMap((path) => {
    const source = reporter.read(path);
    return source ? [{ source, result: parseRule(source.text, { file: path }) }] : [];
  });
  const result = amendCorpus(rules, decisionSource);
  reporter.add(result.diagnostics);
  if (reporter.errors > 0) return undefined;
  return { paths, decision: result.decision, results: result.results, repealed: result.repealed };
}

/** Corpus mode: every rule in a folder, one decision; consolidated texts, reports and a version store. */
async function applyCorpus(opts: ApplyOptions, io: Io): Promise<number> {
  const reporter = new Reporter(io);
  if (!opts.out) {
    io.err(say(io, 'need-out', { command: 'apply' }) + '\n');
    return EXIT.usage;
  }
  if (!trackUsage(opts, io, 'apply')) return EXIT.usage;
  const folder = consolidateFolder(opts.corpus!, opts.decision, reporter);
  if (!folder) return reporter.finish(reporter.failureCode, opts.verbose);
  const { decision, repealed, paths } = folder;
  const given = opts.map ? readMap(opts.map, reporter) : undefined;
  if (reporter.errors > 0) return reporter.finish(reporter.failureCode, opts.verbose);
  // The folder's texts, for the citations of other rules: the statement that they follow, and the impact reports.
  const corpus = new Corpus(
    paths.flatMap((file) => {
      const text = reporter.sources.get(file);
      return text === undefined ? [] : [{ file, text }];
    }),
  );
  const fileOf = (title: string) => corpus.entries.find((e) => e.title === title);
  const results = new Map(
    [...folder.results].map(([title, c]) => [
      title,
      followCitations(decision, c, { map: given, corpus, decisionFile: opts.decision, ruleFile: fileOf(title)?.file }, reporter),
    ]),
  );

  const found = findStore(opts.out, true);
  reporter.add(found.diagnostics);
  if (!found.store || !(await readable(found.store, reporter))) return reporter.finish(EXIT.io, opts.verbose);
  const date = versionDate(decision.meta);
  if (date === 'undated') reporter.add([diagnostic('store/undated', {}, { file: opts.decision })]);

  const out: { path: string; data: string | Uint8Array }[] = [];
  for (const [title, c] of results) {
    // A title is not a path: a slash in it must not reach outside --out.
    const name = fileStem(title);
    out.push({
      path: join(opts.out, `${name}.${EXTENSION[opts.format]}`),
      data: await output(c, opts.format, trackOptions(opts, decision)),
    });
    out.push({ path: join(opts.out, 'reports', `${name}.json`), data: JSON.stringify(reportOf(c), null, 2) + '\n' });
    // Who in the folder cites the rule, and what the decision does to those citations (the page in Chinese, whatever the locale: outputs do not depend on it).
    const rule = fileOf(c.before.title);
    const from = rule?.date ? { date: rule.date, file: rule.file } : rule ? { file: rule.file } : {};
    const map = mapFromConsolidation(c, decision.title, from, date === 'undated' ? { file: opts.decision } : { date, file: opts.decision });
    const impact = impactOf(corpus, { map, before: c.before, after: c.after });
    out.push({ path: join(opts.out, 'reports', `${name}.impact.json`), data: JSON.stringify(impact, null, 2) + '\n' });
    out.push({ path: join(opts.out, 'reports', `${name}.impact.html`), data: impactHtml(impact) });
  }
  reporter.add(writeAllAtomic(out, [...paths, opts.decision, ...(opts.map ? [opts.map] : [])]));
  if (reporter.errors > 0) return reporter.finish(EXIT.io);
  try {
    await record(found.store, (files) => storeCommits(files, decision, date, [...results.values()], repealed));
  } catch (e) {
    reporter.add([diagnostic('store/write-failed', { path: found.store, reason: (e as Error).message }, { file: found.store })]);
    return reporter.finish(EXIT.io);
  }
  io.out(say(io, 'corpus-done', { amended: results.size, repealed: repealed.length, dir: opts.out }) + '\n');
  for (const [title] of results) io.out(say(io, 'corpus-amended', { title }) + '\n');
  for (const doc of repealed) io.out(say(io, 'corpus-repealed', { title: doc.title }) + '\n');
  return reporter.finish(EXIT.ok, opts.verbose);
}

export function listRuleFiles(dir: string): string[] | 'io/not-found' | 'io/not-a-folder' {
  try {
    if (!statSync(dir).isDirectory()) return 'io/not-a-folder';
  } catch {
    return 'io/not-found';
  }
  return readdirSync(dir)
    .filter((f) => /\.(txt|md|docx|docm|dotx|dotm)$/i.test(f) && !f.startsWith('.'))
    .sort()
    .map((f) => join(dir, f));
}
