import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { diagnostic } from '@amend/model';
import { isCalendarDate } from '@amend/store';
import { EXIT, Reporter, type Io } from '../context.ts';
import { readIndex, ruleFolder, versionAt } from '../store.ts';

/** The text of a rule as in force on a day, from the store apply --corpus keeps. */
export function showCommand(title: string, opts: { store: string; at?: string }, io: Io): number {
  const reporter = new Reporter(io);
  const store = join(opts.store, 'store');
  if (opts.at !== undefined && !isCalendarDate(opts.at)) {
    io.err(`amend show: --at expects a calendar day as YYYY-MM-DD, got “${opts.at}”\n`);
    return EXIT.usage;
  }
  if (!existsSync(store)) {
    reporter.add([diagnostic('io/not-found', { path: store }, { file: store })]);
    return reporter.finish(EXIT.io);
  }
  const { index, diagnostics } = readIndex(store, title);
  reporter.add(diagnostics);
  if (diagnostics.length) return reporter.finish(EXIT.io);
  if (!index) {
    io.err(`amend show: no rule titled “${title}” in ${store}\n`);
    return EXIT.inputErrors;
  }
  const version = versionAt(index, opts.at);
  if (!version) {
    io.err(`amend show: “${title}” was not yet in force on ${opts.at}\n`);
    return EXIT.inputErrors;
  }
  if (version.repealed) {
    io.err(`amend show: “${title}” was repealed on ${version.date} by ${version.source}\n`);
    return EXIT.inputErrors;
  }
  const text = reporter.read(join(ruleFolder(store, title), version.file));
  if (!text) return reporter.finish(EXIT.io);
  io.out(text.text);
  return reporter.finish(EXIT.ok);
}
