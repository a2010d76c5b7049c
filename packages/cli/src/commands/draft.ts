import { parseRule } from '@amend/document';
import { draftCorpus, draftDecision, type DraftStyle, type RuleFile } from '@amend/draft';
import { diagnostic } from '@amend/model';
import { EXIT, Reporter, type Io } from '../context.ts';
import { say } from '../words.ts';
import { writeAtomic } from '../io.ts';
import { listRuleFiles } from './apply.ts';

export interface DraftCommandOptions {
  title?: string;
  style: DraftStyle;
  out?: string;
  corpusFrom?: string;
  corpusTo?: string;
  verbose?: boolean;
}

/**
 * `amend draft OLD NEW`: the decision that turns OLD into NEW, checked by
 * applying it. A decision that does not give NEW exactly is an error and
 * nothing is written: a drafter must not take it for the real thing.
 */
export function draftCommand(oldFile: string | undefined, newFile: string | undefined, opts: DraftCommandOptions, io: Io): number {
  if (opts.corpusFrom || opts.corpusTo) {
    if (!opts.corpusFrom || !opts.corpusTo || oldFile || newFile) {
      io.err(say(io, 'draft-usage', {}) + '\n');
      return EXIT.usage;
    }
    return draftFolders(opts.corpusFrom, opts.corpusTo, opts, io);
  }
  if (!oldFile || !newFile) {
    io.err(say(io, 'draft-usage', {}) + '\n');
    return EXIT.usage;
  }
  const reporter = new Reporter(io);
  const a = reporter.read(oldFile);
  const b = reporter.read(newFile);
  if (!a || !b) return reporter.finish(EXIT.io);
  const old = parseRule(a.text, { file: oldFile });
  const neu = parseRule(b.text, { file: newFile });
  reporter.add([...old.diagnostics, ...neu.diagnostics]);
  if (reporter.errors > 0) return reporter.finish(EXIT.inputErrors, opts.verbose);
  const result = draftDecision(old.value, neu.value, { style: opts.style, title: opts.title });
  reporter.add(result.diagnostics.map((d) => ({ ...d, file: d.file ?? newFile })));
  // Nothing to amend: a decision without items is no decision (amend apply would refuse it), so none is written.
  if (result.value.items === 0) return reporter.finish(EXIT.inputErrors, opts.verbose);
  return finish(result.value.text, result.value.exact, [oldFile, newFile], opts, reporter, io);
}

function draftFolders(from: string, to: string, opts: DraftCommandOptions, io: Io): number {
  const reporter = new Reporter(io);
  const read = (dir: string): RuleFile[] | undefined => {
    const paths = listRuleFiles(dir);
    if (typeof paths === 'string') {
      reporter.add([diagnostic(paths, { path: dir }, { file: dir })]);
      return undefined;
    }
    const out: RuleFile[] = [];
    for (const path of paths) {
      const source = reporter.read(path);
      if (!source) continue;
      const parsed = parseRule(source.text, { file: path });
      reporter.add(parsed.diagnostics);
      out.push({ file: path, doc: parsed.value });
    }
    return out;
  };
  const olds = read(from);
  const news = read(to);
  if (!olds || !news || reporter.errors > 0) return reporter.finish(reporter.failureCode, opts.verbose);
  const result = draftCorpus(olds, news, opts.style);
  reporter.add(result.diagnostics);
  const inputs = [...olds, ...news].map((r) => r.file);
  return finish(result.value.text, result.value.exact, inputs, opts, reporter, io);
}

function finish(text: string, exact: boolean, inputs: string[], opts: DraftCommandOptions, reporter: Reporter, io: Io): number {
  if (!exact || reporter.errors > 0) return reporter.finish(EXIT.inputErrors, opts.verbose);
  if (opts.out) {
    reporter.add(writeAtomic(opts.out, text, inputs));
    if (reporter.errors > 0) return reporter.finish(EXIT.io);
  } else {
    io.out(text);
  }
  return reporter.finish(EXIT.ok, opts.verbose);
}
