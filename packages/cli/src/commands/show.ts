import { diagnostic } from '@amend/model';
import { inForce, isCalendarDate, versionText } from '@amend/store';
import { EXIT, Reporter, type Io } from '../context.ts';
import { ruleVersions } from '../store-folder.ts';
import { say } from '../words.ts';

/** The text of a rule as in force on a day, from the store apply --corpus keeps. */
export async function showCommand(title: string, opts: { store: string; at?: string }, io: Io): Promise<number> {
  const reporter = new Reporter(io);
  if (opts.at !== undefined && !isCalendarDate(opts.at)) {
    io.err(say(io, 'show-bad-date', { at: opts.at }) + '\n');
    return EXIT.usage;
  }
  const found = await ruleVersions(title, opts.store, reporter);
  if (typeof found === 'number') return reporter.finish(found);
  const { store, list } = found;
  const { version, undatedAfter } = inForce(list, opts.at);
  if (!version) {
    reporter.add([diagnostic('store/not-yet-in-force', { title, date: opts.at! })]);
    return reporter.finish(EXIT.inputErrors);
  }
  if (undatedAfter) {
    reporter.add([
      diagnostic('store/undated-version', {
        title,
        decision: undatedAfter.decision ?? undatedAfter.subject,
        date: opts.at!,
        shown: version.date,
      }),
    ]);
  } else if (version.date === 'undated') {
    reporter.add([diagnostic('store/latest-undated', { title, decision: version.decision ?? version.subject })]);
  }
  if (!version.blob) {
    const decision = version.decision ?? version.subject;
    reporter.add([
      version.date === 'undated'
        ? diagnostic('store/repealed-undated', { title, decision })
        : diagnostic('store/repealed', { title, date: version.date, decision }),
    ]);
    return reporter.finish(EXIT.inputErrors);
  }
  io.out(await versionText(store, version.blob));
  return reporter.finish(EXIT.ok, true);
}
