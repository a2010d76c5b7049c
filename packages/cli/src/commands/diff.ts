import { parseRule } from '@amend/document';
import { comparisonHtml, comparisonMd, comparisonPlain, diffDocuments, unifiedDiff } from '@amend/render';
import { EXIT, Reporter, type Io } from '../context.ts';
import { writeAtomic } from '../io.ts';

/** Two versions of a rule without a decision: articles aligned by number and content. */
export function diffCommand(oldFile: string, newFile: string, opts: { format: 'text' | 'unified' | 'html' | 'md'; out?: string }, io: Io): number {
  const reporter = new Reporter(io);
  const a = reporter.read(oldFile);
  const b = reporter.read(newFile);
  if (!a || !b) return reporter.finish(EXIT.io);
  const before = parseRule(a.text, { file: oldFile });
  const after = parseRule(b.text, { file: newFile });
  reporter.add([...before.diagnostics, ...after.diagnostics]);
  if (reporter.errors > 0) return reporter.finish(EXIT.inputErrors);
  let text: string;
  if (opts.format === 'unified') {
    text = unifiedDiff(before.value, after.value, { oldName: oldFile, newName: newFile });
  } else {
    const comparison = { before: before.value, after: after.value, changes: diffDocuments(before.value, after.value) };
    text = opts.format === 'html' ? comparisonHtml(comparison) : opts.format === 'md' ? comparisonMd(comparison) : comparisonPlain(comparison);
  }
  if (opts.out) {
    reporter.add(writeAtomic(opts.out, text, [oldFile, newFile]));
    return reporter.finish(reporter.errors > 0 ? EXIT.io : EXIT.ok);
  }
  io.out(text);
  return reporter.finish(EXIT.ok);
}
