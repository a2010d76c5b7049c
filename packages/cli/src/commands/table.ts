import { join } from 'node:path';
import type { Consolidation } from '@amend/model';
import { comparisonDocx, comparisonHtml, comparisonIndex, comparisonMd } from '@amend/render';
import { fileStem } from '@amend/store';
import { EXIT, Reporter, type Io } from '../context.ts';
import { amendFiles } from '../amend-files.ts';
import { say } from '../words.ts';
import { writeAllAtomic } from '../io.ts';
import { consolidateFolder } from './apply.ts';

type TableFormat = 'html' | 'md' | 'docx';

interface TableOptions {
  rule?: string;
  corpus?: string;
  decision: string;
  title?: string;
  format: TableFormat;
  /** The file, or with --corpus the folder, to write. */
  out?: string;
  omitRenumbered?: boolean;
}

/** 修改前后对照表 of one rule, or with --corpus one per amended rule plus an index page. */
export async function tableCommand(opts: TableOptions, io: Io): Promise<number> {
  const reporter = new Reporter(io);
  const results: Consolidation[] = [];
  const inputs = [opts.decision];
  let decision: string | undefined;
  if (opts.corpus) {
    if (!opts.out) {
      io.err(say(io, 'need-out', { command: 'table' }) + '\n');
      return EXIT.usage;
    }
    const folder = consolidateFolder(opts.corpus, opts.decision, reporter);
    if (!folder) return reporter.finish(reporter.failureCode);
    results.push(...folder.results.values());
    decision = folder.decision.title;
    inputs.push(...folder.paths);
  } else {
    if (!opts.rule) {
      io.err(say(io, 'need-rule', { command: 'table' }) + '\n');
      return EXIT.usage;
    }
    const result = amendFiles(reporter, opts.rule, opts.decision, opts.title);
    if (!result) return reporter.finish(EXIT.io);
    if (reporter.errors > 0 || !result.value) return reporter.finish(EXIT.inputErrors);
    results.push(result.value);
    inputs.push(opts.rule);
  }

  const files: { path: string; data: string | Uint8Array }[] = [];
  for (const c of results) {
    const options = { omitRenumbered: opts.omitRenumbered === true };
    const data =
      opts.format === 'docx'
        ? await comparisonDocx(c, options)
        : opts.format === 'md'
          ? comparisonMd(c, options)
          : comparisonHtml(c, options);
    const path = opts.corpus ? join(opts.out!, `${fileStem(c.before.title)}.${opts.format}`) : opts.out;
    if (path) files.push({ path, data });
    else if (typeof data === 'string') io.out(data);
    else {
      io.err(say(io, 'docx-needs-out', { command: 'table' }) + '\n');
      return EXIT.usage;
    }
  }
  if (opts.corpus)
    files.push({
      path: join(opts.out!, `index.${opts.format === 'md' ? 'md' : 'html'}`),
      data: comparisonIndex(results, opts.format === 'md' ? 'md' : 'html', (c) => `${fileStem(c.before.title)}.${opts.format}`, decision),
    });
  reporter.add(writeAllAtomic(files, inputs));
  return reporter.finish(reporter.errors > 0 ? EXIT.io : EXIT.ok);
}
