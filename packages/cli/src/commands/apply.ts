import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseRule, serialize } from '@amend/document';
import type { Consolidation, Document } from '@amend/model';
import { diagnostic } from '@amend/model';
import { amendCorpus } from '@amend/pipeline';
import { render, renderDocx } from '@amend/render';
import { fileStem } from '@amend/store';
import { EXIT, Reporter, type Io } from '../context.ts';
import { amendFiles } from '../amend-files.ts';
import { writeAllAtomic } from '../io.ts';
import { readIndex, ruleFolder, withVersion } from '../store.ts';

export type OutputFormat = 'text' | 'md' | 'html' | 'docx' | 'json' | 'akn';

export interface ApplyOptions {
  rule?: string;
  corpus?: string;
  decision: string;
  title?: string;
  output?: string;
  out?: string;
  format: OutputFormat;
  report?: string;
  verbose?: boolean;
}

export async function applyCommand(opts: ApplyOptions, io: Io): Promise<number> {
  if (opts.corpus) return applyCorpus(opts, io);
  const reporter = new Reporter(io);
  if (!opts.rule) {
    io.err('amend apply: give --rule FILE (or --corpus DIR)\n');
    return EXIT.usage;
  }
  // Checked before anything is written, so that a usage error leaves no --report behind.
  if (opts.format === 'docx' && !opts.output) {
    io.err('amend apply: --format docx needs -o FILE\n');
    return EXIT.usage;
  }
  const result = amendFiles(reporter, opts.rule, opts.decision, opts.title);
  if (!result) return reporter.finish(EXIT.io);
  // All-or-nothing: with any error, nothing is written.
  if (reporter.errors > 0 || !result.value) return reporter.finish(EXIT.inputErrors, opts.verbose);
  const c = result.value;
  const data = await output(c, opts.format);
  const inputs = [opts.rule, opts.decision];
  const files: { path: string; data: string | Uint8Array }[] = [];
  if (opts.output) files.push({ path: opts.output, data });
  if (opts.report) files.push({ path: opts.report, data: JSON.stringify(reportOf(c), null, 2) + '\n' });
  reporter.add(writeAllAtomic(files, inputs));
  if (reporter.errors > 0) return reporter.finish(EXIT.io);
  if (!opts.output) io.out(typeof data === 'string' ? data : '');
  return reporter.finish(EXIT.ok, opts.verbose);
}

const EXTENSION: Record<OutputFormat, string> = { text: 'txt', md: 'md', html: 'html', docx: 'docx', json: 'json', akn: 'xml' };

export async function output(c: Consolidation, format: OutputFormat): Promise<string | Uint8Array> {
  if (format === 'docx') return renderDocx(c.after);
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
    io.err('amend apply --corpus: give --out DIR\n');
    return EXIT.usage;
  }
  const folder = consolidateFolder(opts.corpus!, opts.decision, reporter);
  if (!folder) return reporter.finish(reporter.failureCode, opts.verbose);
  const { decision, results, repealed, paths } = folder;

  const out: { path: string; data: string | Uint8Array }[] = [];
  const store = join(opts.out, 'store');
  const date = decision.meta.effective?.date ?? decision.meta.promulgated ?? '0000-00-00';
  const addVersion = (doc: Document, version: Document, source: string, when: string, repealed = false) => {
    const folder = ruleFolder(store, doc.title);
    const read = readIndex(store, doc.title);
    reporter.add(read.diagnostics);
    let index = read.index;
    const originalDate = doc.meta.promulgated ?? firstDate(doc) ?? '0000-00-00';
    if (!index?.versions.length) {
      index = withVersion(index, doc.title, { date: originalDate, file: `${originalDate}.txt`, source: 'original' });
      out.push({ path: join(folder, `${originalDate}.txt`), data: serialize(doc) });
    }
    index = withVersion(index, doc.title, { date: when, file: `${when}.txt`, source, ...(repealed ? { repealed } : {}) });
    out.push({ path: join(folder, `${when}.txt`), data: serialize(version) });
    out.push({ path: join(folder, 'index.json'), data: JSON.stringify(index, null, 2) + '\n' });
  };
  const source = decision.meta.docNumber ?? decision.title;
  for (const [title, c] of results) {
    // A title is not a path: a slash in it must not reach outside --out.
    const name = fileStem(title);
    out.push({ path: join(opts.out, `${name}.${EXTENSION[opts.format]}`), data: await output(c, opts.format) });
    out.push({ path: join(opts.out, 'reports', `${name}.json`), data: JSON.stringify(reportOf(c), null, 2) + '\n' });
    addVersion(c.before, c.after, source, date);
  }
  for (const doc of repealed) addVersion(doc, doc, source, date, true);
  // A store that cannot be read is not written over.
  if (reporter.errors > 0) return reporter.finish(EXIT.io);
  reporter.add(writeAllAtomic(out, [...paths, opts.decision]));
  if (reporter.errors > 0) return reporter.finish(EXIT.io);
  io.out(`${results.size} rule(s) amended, ${repealed.length} repealed; written to ${opts.out}\n`);
  for (const [title] of results) io.out(`  amended  ${title}\n`);
  for (const doc of repealed) io.out(`  repealed ${doc.title}\n`);
  return reporter.finish(EXIT.ok, opts.verbose);
}

function listRuleFiles(dir: string): string[] | 'io/not-found' | 'io/not-a-folder' {
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

/** The first date in the 题注, as YYYY-MM-DD: the rule's promulgation. */
function firstDate(doc: Document): string | undefined {
  for (const note of doc.notes) {
    const m = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(note.text);
    if (m) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  }
  return undefined;
}
