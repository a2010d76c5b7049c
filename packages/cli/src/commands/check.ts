import { EXIT, Reporter, type Io } from '../context.ts';
import { amendFiles } from '../amend-files.ts';
import { say } from '../words.ts';

/** A dry run for drafters: every error and warning, nothing written. */
export function checkCommand(opts: { rule: string; decision: string; title?: string; verbose?: boolean }, io: Io): number {
  const reporter = new Reporter(io);
  const result = amendFiles(reporter, opts.rule, opts.decision, opts.title);
  if (!result) return reporter.finish(EXIT.io);
  const c = result.value;
  const changed = c?.changes.filter((x) => x.status !== 'unchanged').length;
  if (c) io.out(say(io, 'check-summary', { title: c.before.title, operations: c.applied.length, changed: changed ?? 0 }) + '\n');
  return reporter.finish(reporter.errors > 0 ? EXIT.inputErrors : EXIT.ok, opts.verbose);
}
