import { EXIT, Reporter, type Io } from '../context.ts';
import { amendFiles } from '../amend-files.ts';

/** A dry run for drafters: every error and warning, nothing written. */
export function checkCommand(opts: { rule: string; decision: string; title?: string; verbose?: boolean }, io: Io): number {
  const reporter = new Reporter(io);
  const result = amendFiles(reporter, opts.rule, opts.decision, opts.title);
  if (!result) return reporter.finish(EXIT.io);
  const c = result.value;
  if (c) io.out(`${c.before.title}: ${c.applied.length} operation(s), ${c.changes.filter((x) => x.status !== 'unchanged').length} article(s) changed\n`);
  return reporter.finish(reporter.errors > 0 ? EXIT.inputErrors : EXIT.ok, opts.verbose);
}
