import { parseRule } from '@amend/document';
import { mapFromConsolidation, mapFromVersions, mapText, versionDate } from '@amend/cite';
import type { Document, VersionMap } from '@amend/model';
import { diagnostic } from '@amend/model';
import { amendFiles } from '../amend-files.ts';
import { EXIT, Reporter, type Io } from '../context.ts';
import { writeAtomic } from '../io.ts';
import { say } from '../words.ts';

export interface MapOptions {
  decision?: string;
  title?: string;
  format: 'text' | 'json';
  out?: string;
}

/** `amend map OLD NEW` or `amend map OLD --decision FILE`: the old→new map of a rule. */
export function mapCommand(oldFile: string, newFile: string | undefined, opts: MapOptions, io: Io): number {
  if ((newFile === undefined) === (opts.decision === undefined)) {
    io.err(say(io, 'map-usage') + '\n');
    return EXIT.usage;
  }
  const reporter = new Reporter(io);
  const map = opts.decision ? mapOfDecision(oldFile, opts.decision, opts.title, reporter) : mapOfVersions(oldFile, newFile!, reporter);
  if (!map) return reporter.finish(reporter.failureCode);
  const text = opts.format === 'json' ? JSON.stringify(map, null, 2) + '\n' : mapText(map, io.lang ?? 'en');
  if (opts.out) {
    reporter.add(writeAtomic(opts.out, text, [oldFile, ...(newFile ? [newFile] : []), ...(opts.decision ? [opts.decision] : [])]));
    return reporter.finish(reporter.errors > 0 ? EXIT.io : EXIT.ok);
  }
  io.out(text);
  return reporter.finish(EXIT.ok);
}

/** Read and parse a rule file; undefined (with the reasons reported) when it cannot be used. */
export function readRule(path: string, reporter: Reporter): Document | undefined {
  const source = reporter.read(path);
  if (!source) return undefined;
  const parsed = parseRule(source.text, { file: path });
  reporter.add(parsed.diagnostics);
  return parsed.diagnostics.some((d) => d.severity === 'error') ? undefined : parsed.value;
}

export function mapOfVersions(oldFile: string, newFile: string, reporter: Reporter): VersionMap | undefined {
  const before = readRule(oldFile, reporter);
  const after = readRule(newFile, reporter);
  if (!before || !after) return undefined;
  if (before.title !== after.title)
    reporter.add([diagnostic('cite/different-rules', { old: before.title, new: after.title }, { file: newFile })]);
  return mapFromVersions(before, after, dated(before, oldFile), dated(after, newFile));
}

function dated(doc: Document, file: string): { date?: string; file: string } {
  const date = versionDate(doc);
  return date ? { date, file } : { file };
}

export function mapOfDecision(
  oldFile: string,
  decisionFile: string,
  title: string | undefined,
  reporter: Reporter,
): VersionMap | undefined {
  const result = amendFiles(reporter, oldFile, decisionFile, title);
  if (!result?.value || reporter.errors > 0) return undefined;
  const c = result.value;
  const decision = result.decision;
  const date = decision?.meta.effective?.date ?? decision?.meta.promulgated ?? decision?.meta.adopted;
  return mapFromConsolidation(
    c,
    decision?.title ?? decisionFile,
    dated(c.before, oldFile),
    date ? { date, file: decisionFile } : { file: decisionFile },
  );
}
