import { parseRule } from '@amend/document';
import { comparisonDocx, comparisonHtml, comparisonMd, comparisonPlain, diffDocuments, trackedDocx, unifiedDiff } from '@amend/render';
import { EXIT, Reporter, type Io } from '../context.ts';
import { writeAtomic } from '../io.ts';
import { say } from '../words.ts';
import { trackUsage } from './track-usage.ts';

export interface DiffOptions {
  format: 'text' | 'unified' | 'html' | 'md' | 'docx';
  out?: string;
  trackChanges?: boolean;
  author?: string;
}

/**
 * Two versions of a rule without a decision: articles aligned by number and
 * content. As docx, the 对照表, or with --track-changes the new version whose
 * Word revisions lead from the old one (dated the new version's day, when
 * its file or header gives one).
 */
export async function diffCommand(oldFile: string, newFile: string, opts: DiffOptions, io: Io): Promise<number> {
  if (opts.format === 'docx' && !opts.out) {
    io.err(say(io, 'docx-needs-out', { command: 'diff' }) + '\n');
    return EXIT.usage;
  }
  if (!trackUsage(opts, io, 'diff')) return EXIT.usage;
  const reporter = new Reporter(io);
  const a = reporter.read(oldFile);
  const b = reporter.read(newFile);
  if (!a || !b) return reporter.finish(EXIT.io);
  const before = parseRule(a.text, { file: oldFile });
  const after = parseRule(b.text, { file: newFile });
  reporter.add([...before.diagnostics, ...after.diagnostics]);
  if (reporter.errors > 0) return reporter.finish(EXIT.inputErrors);
  let data: string | Uint8Array;
  if (opts.format === 'unified') {
    data = unifiedDiff(before.value, after.value, { oldName: oldFile, newName: newFile });
  } else {
    const comparison = { before: before.value, after: after.value, changes: diffDocuments(before.value, after.value) };
    const date = after.value.meta.promulgated ?? after.value.meta.version;
    if (opts.format === 'html') data = comparisonHtml(comparison);
    else if (opts.format === 'md') data = comparisonMd(comparison);
    else if (opts.format === 'text') data = comparisonPlain(comparison);
    else if (opts.trackChanges)
      data = await trackedDocx(comparison, { ...(opts.author !== undefined ? { author: opts.author } : {}), ...(date ? { date } : {}) });
    else data = await comparisonDocx(comparison);
  }
  if (opts.out) {
    reporter.add(writeAtomic(opts.out, data, [oldFile, newFile]));
    return reporter.finish(reporter.errors > 0 ? EXIT.io : EXIT.ok);
  }
  io.out(typeof data === 'string' ? data : '');
  return reporter.finish(EXIT.ok);
}
