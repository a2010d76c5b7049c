import { diagnostic } from '@amend/model';
import { blame, ruleFile } from '@amend/store';
import { EXIT, Reporter, type Io } from '../context.ts';
import { findStore, readable, ruleVersions } from '../store-folder.ts';

/** `amend log TITLE`: the versions of a rule, oldest first, with the decisions that made them. */
export async function logCommand(title: string, opts: { store: string; format?: 'text' | 'json' }, io: Io): Promise<number> {
  const reporter = new Reporter(io);
  const found = await ruleVersions(title, opts.store, reporter);
  if (typeof found === 'number') return reporter.finish(found);
  const { list } = found;
  if (opts.format === 'json') {
    io.out(
      JSON.stringify(
        list.map((v) => ({
          commit: v.commit,
          date: v.date,
          repealed: !v.blob,
          subject: v.subject,
          decision: v.decision ?? null,
          body: v.body,
        })),
        null,
        2,
      ) + '\n',
    );
    return reporter.finish(EXIT.ok);
  }
  for (const v of list) {
    const what = v.blob ? '' : '  [废止 repealed]';
    io.out(`${v.commit.slice(0, 10)}  ${v.date.padEnd(10)}  ${v.subject}${what}\n`);
    for (const line of v.body.filter((l) => l.includes(`《${title}》`))) io.out(`${' '.repeat(24)}${line}\n`);
  }
  return reporter.finish(EXIT.ok);
}

/** `amend blame TITLE`: for each article of the latest version, the decision and items that last changed it. */
export async function blameCommand(title: string, opts: { store: string; format?: 'text' | 'json' }, io: Io): Promise<number> {
  const reporter = new Reporter(io);
  const found = findStore(opts.store);
  reporter.add(found.diagnostics);
  if (!found.store || !(await readable(found.store, reporter))) return reporter.finish(EXIT.io);
  const result = await blame(found.store, ruleFile(title));
  if (!result) {
    reporter.add([diagnostic('store/no-rule', { title, path: found.store })]);
    return reporter.finish(EXIT.inputErrors);
  }
  if (!result.latest.blob) {
    const decision = result.latest.decision ?? result.latest.subject;
    reporter.add([
      result.latest.date === 'undated'
        ? diagnostic('store/repealed-undated', { title, decision })
        : diagnostic('store/repealed', { title, date: result.latest.date, decision }),
    ]);
    return reporter.finish(EXIT.inputErrors);
  }
  if (opts.format === 'json') {
    const rows = result.entries.map((e) => ({
      article: e.article,
      commit: e.version.commit,
      date: e.version.date,
      decision: e.version.decision ?? null,
      subject: e.version.subject,
      items: e.items,
    }));
    io.out(JSON.stringify(rows, null, 2) + '\n');
    return reporter.finish(EXIT.ok);
  }
  const width = Math.max(...result.entries.map((e) => e.article.length));
  for (const e of result.entries) {
    const who = e.version.decision ? `${e.version.decision}${e.items.length ? ` ${e.items.join('、')}` : ''}` : e.version.subject;
    io.out(`${e.article.padEnd(width, '　')}  ${e.version.commit.slice(0, 10)}  ${e.version.date.padEnd(10)}  ${who}\n`);
  }
  return reporter.finish(EXIT.ok);
}
