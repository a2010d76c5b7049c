import { join } from 'node:path';
import type { Consolidation } from '@amend/model';
import { comparisonDocx, comparisonHtml, comparisonMd, comparisonTitle, escapeHtml, escapeMd } from '@amend/render';
import { EXIT, Reporter, type Io } from '../context.ts';
import { writeAllAtomic } from '../io.ts';
import { consolidateFolder } from './apply.ts';

type TableFormat = 'html' | 'md' | 'docx';

interface TableOptions {
  rule?: string;
  corpus?: string;
  decision: string;
  title?: string;
  format: TableFormat;
  output?: string;
  omitRenumbered?: boolean;
}

/** 修改前后对照表 of one rule, or with --corpus one per amended rule plus an index page. */
export async function tableCommand(opts: TableOptions, io: Io): Promise<number> {
  const reporter = new Reporter(io);
  const results: Consolidation[] = [];
  const inputs = [opts.decision];
  let decision: string | undefined;
  if (opts.corpus) {
    if (!opts.output) {
      io.err('amend table --corpus: give -o DIR\n');
      return EXIT.usage;
    }
    const folder = consolidateFolder(opts.corpus, opts.decision, reporter);
    if (!folder) return reporter.finish(reporter.failureCode);
    results.push(...folder.results.values());
    decision = folder.decision.title;
    inputs.push(...folder.paths);
  } else {
    if (!opts.rule) {
      io.err('amend table: give --rule FILE (or --corpus DIR)\n');
      return EXIT.usage;
    }
    const result = reporter.amendFiles(opts.rule, opts.decision, opts.title);
    if (!result) return reporter.finish(EXIT.io);
    if (reporter.errors > 0 || !result.value) return reporter.finish(EXIT.inputErrors);
    results.push(result.value);
    inputs.push(opts.rule);
  }

  const files: { path: string; data: string | Uint8Array }[] = [];
  for (const c of results) {
    const options = { omitRenumbered: opts.omitRenumbered === true };
    const data = opts.format === 'docx' ? await comparisonDocx(c, options) : opts.format === 'md' ? comparisonMd(c, options) : comparisonHtml(c, options);
    const path = opts.corpus ? join(opts.output!, `${c.before.title}.${opts.format}`) : opts.output;
    if (path) files.push({ path, data });
    else if (typeof data === 'string') io.out(data);
    else {
      io.err('amend table: --format docx needs -o FILE\n');
      return EXIT.usage;
    }
  }
  if (opts.corpus) files.push({ path: join(opts.output!, `index.${opts.format === 'md' ? 'md' : 'html'}`), data: indexPage(results, opts.format, decision) });
  reporter.add(writeAllAtomic(files, inputs));
  return reporter.finish(reporter.errors > 0 ? EXIT.io : EXIT.ok);
}

/** What a 对照表 holds: changes of words (including insertions, deletions, merges) and moves of number only. */
function counts(c: Consolidation): string {
  const changed = c.changes.filter((x) => x.status !== 'unchanged' && x.textChanged).length;
  const moved = c.changes.filter((x) => x.status === 'renumbered' && !x.textChanged).length;
  return `${changed} 处修改${moved ? `，${moved} 条仅调整序号` : ''}`;
}

const INDEX_CSS = `
body { font-family: "FangSong", "仿宋", "STFangsong", serif; font-size: 14pt; line-height: 1.8; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #111; }
h1 { font-family: "SimSun", "宋体", "STSong", serif; font-size: 22pt; text-align: center; margin: 0.6em 0 0.2em; }
p.decision { text-align: center; margin: 0 0 1.2em; }
.count { color: #555; font-size: 12pt; margin-left: 0.5em; }
`.trim();

/** The index of a corpus run: one link per rule, in the decision's order, with what changed in it. */
function indexPage(results: Consolidation[], format: TableFormat, decision?: string): string {
  const file = (c: Consolidation) => encodeURI(`${c.before.title}.${format}`);
  if (format === 'md') {
    const lines = results.map((c, k) => `${k + 1}. [${escapeMd(comparisonTitle(c))}](${file(c)})（${counts(c)}）`);
    return ['# 修改前后对照表', '', ...(decision ? [escapeMd(decision), ''] : []), ...lines, ''].join('\n');
  }
  const items = results.map(
    (c) => `<li><a href="${escapeHtml(file(c))}">${escapeHtml(comparisonTitle(c))}</a><span class="count">${counts(c)}</span></li>`,
  );
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>修改前后对照表</title>',
    `<style>\n${INDEX_CSS}\n</style>`,
    '</head>',
    '<body>',
    '<h1>修改前后对照表</h1>',
    ...(decision ? [`<p class="decision">${escapeHtml(decision)}</p>`] : []),
    '<ol>',
    ...items,
    '</ol>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
