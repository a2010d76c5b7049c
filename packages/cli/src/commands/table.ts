import { join } from 'node:path';
import type { Consolidation } from '@amend/model';
import { comparisonDocx, comparisonHtml, comparisonMd, comparisonTitle, escapeHtml } from '@amend/render';
import { EXIT, Reporter, type Io } from '../context.ts';
import { writeAllAtomic } from '../io.ts';
import { amend } from '../pipeline.ts';
import { consolidateFolder } from './apply.ts';

type TableFormat = 'html' | 'md' | 'docx';

interface TableOptions {
  rule?: string;
  corpus?: string;
  decision: string;
  title?: string;
  format: TableFormat;
  output?: string;
}

/** 修改前后对照表 of one rule, or with --corpus one per amended rule plus an index page. */
export async function tableCommand(opts: TableOptions, io: Io): Promise<number> {
  const reporter = new Reporter(io);
  const results: Consolidation[] = [];
  const inputs = [opts.decision];
  if (opts.corpus) {
    if (!opts.output) {
      io.err('amend table --corpus: give -o DIR\n');
      return EXIT.usage;
    }
    const folder = consolidateFolder(opts.corpus, opts.decision, reporter);
    if (!folder) return reporter.finish(reporter.failureCode);
    results.push(...folder.results.values());
    inputs.push(...folder.paths);
  } else {
    if (!opts.rule) {
      io.err('amend table: give --rule FILE (or --corpus DIR)\n');
      return EXIT.usage;
    }
    const rule = reporter.read(opts.rule);
    const decision = reporter.read(opts.decision);
    if (!rule || !decision) return reporter.finish(EXIT.io);
    const result = amend(rule, decision, opts.title);
    reporter.add(result.diagnostics);
    if (reporter.errors > 0 || !result.value) return reporter.finish(EXIT.inputErrors);
    results.push(result.value);
    inputs.push(opts.rule);
  }

  const files: { path: string; data: string | Uint8Array }[] = [];
  for (const c of results) {
    const data = opts.format === 'docx' ? await comparisonDocx(c) : opts.format === 'md' ? comparisonMd(c) : comparisonHtml(c);
    const path = opts.corpus ? join(opts.output!, `${c.before.title}.${opts.format}`) : opts.output;
    if (path) files.push({ path, data });
    else if (typeof data === 'string') io.out(data);
    else {
      io.err('amend table: --format docx needs -o FILE\n');
      return EXIT.usage;
    }
  }
  if (opts.corpus) files.push({ path: join(opts.output!, `index.${opts.format === 'md' ? 'md' : 'html'}`), data: indexPage(results, opts.format) });
  reporter.add(writeAllAtomic(files, inputs));
  return reporter.finish(reporter.errors > 0 ? EXIT.io : EXIT.ok);
}

/** The index of a corpus run: one link per rule with the number of changed articles. */
function indexPage(results: Consolidation[], format: TableFormat): string {
  const changed = (c: Consolidation) => c.changes.filter((x) => x.status !== 'unchanged').length;
  if (format === 'md') {
    return ['# 修改前后对照表', '', ...results.map((c) => `- [${comparisonTitle(c)}](${encodeURI(`${c.before.title}.${format}`)}) — ${changed(c)} 条`), ''].join('\n');
  }
  const items = results
    .map((c) => `<li><a href="${escapeHtml(encodeURI(`${c.before.title}.${format}`))}">${escapeHtml(comparisonTitle(c))}</a> — ${changed(c)} 条</li>`)
    .join('\n');
  return `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>修改前后对照表</title></head>\n<body><h1>修改前后对照表</h1>\n<ul>\n${items}\n</ul></body></html>\n`;
}
