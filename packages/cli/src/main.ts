import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { EXIT, processIo, type Io } from './exit.ts';

/**
 * Each command's module is loaded when that command runs, so that
 * `amend --version` and `amend --help` start without loading the grammar,
 * the engine or the renderers.
 */
const commands = {
  parse: () => import('./commands/parse.ts'),
  split: () => import('./commands/split.ts'),
  decision: () => import('./commands/decision.ts'),
  apply: () => import('./commands/apply.ts'),
  check: () => import('./commands/check.ts'),
  xref: () => import('./commands/xref.ts'),
  diff: () => import('./commands/diff.ts'),
  table: () => import('./commands/table.ts'),
  show: () => import('./commands/show.ts'),
  log: () => import('./commands/log.ts'),
  migrate: () => import('./commands/migrate.ts'),
  serve: () => import('./commands/serve.ts'),
};

/** The version in package.json (one level above both src/ and dist/). */
function version(): string {
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** Run the CLI; returns the exit code instead of exiting, so tests can call it. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let code: number = EXIT.ok;
  const done = (c: number) => {
    code = c;
  };
  const program = new Command('amend')
    .description('Apply Chinese amendment decisions (修改决定, 修正案) to rule texts')
    .version(version())
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError();

  program
    .command('parse')
    .description('parse a rule, plan or notice into its document tree')
    .argument('<file>')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'text', 'outline']).default('outline'))
    .action(async (file, opts) => done((await commands.parse()).parseCommand(file, opts, io)));

  program
    .command('split')
    .description('split a gazette issue into its documents')
    .argument('<gazette>')
    .requiredOption('--out <dir>', 'folder to write the documents to')
    .action(async (file, opts) => done((await commands.split()).splitCommand(file, opts, io)));

  program
    .command('decision')
    .description('parse a decision and print its operations')
    .argument('<file>')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'text']).default('text'))
    .action(async (file, opts) => done((await commands.decision()).decisionCommand(file, opts, io)));

  program
    .command('apply')
    .description('apply a decision to a rule (or to a corpus of rules) and print the consolidated text')
    .option('--rule <file>', 'the rule to amend')
    .option('--corpus <dir>', 'a folder of rules, one file each, matched to the decision by title')
    .requiredOption('--decision <file>', 'the amendment decision')
    .option('--title <name>', 'which of the decision\'s rules the --rule file is (default: its own title)')
    .option('-o, --output <file>', 'write the consolidated rule here (atomically) instead of stdout')
    .option('--out <dir>', 'with --corpus: folder for the consolidated rules and the version store')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'md', 'html', 'docx', 'json', 'akn']).default('text'))
    .option('--report <file>', 'write the reports (operations, cross-references, warnings) as JSON')
    .option('-v, --verbose', 'also print informational notes')
    .action(async (opts) => done(await (await commands.apply()).applyCommand(opts, io)));

  program
    .command('check')
    .description('dry run: every error and warning of applying a decision, exit 1 on errors')
    .requiredOption('--rule <file>')
    .requiredOption('--decision <file>')
    .option('--title <name>')
    .option('-v, --verbose', 'also print informational notes')
    .action(async (opts) => done((await commands.check()).checkCommand(opts, io)));

  program
    .command('xref')
    .description('list the internal cross-references of a rule')
    .argument('<file>')
    .addOption(new Option('--format <format>').choices(['text', 'json']).default('text'))
    .action(async (file, opts) => done((await commands.xref()).xrefCommand(file, opts, io)));

  program
    .command('diff')
    .description('compare two versions of a rule, aligning articles by number and content')
    .argument('<old>')
    .argument('<new>')
    .addOption(new Option('--format <format>').choices(['unified', 'html', 'md']).default('unified'))
    .option('-o, --output <file>')
    .action(async (a, b, opts) => done((await commands.diff()).diffCommand(a, b, opts, io)));

  program
    .command('table')
    .description('修改前后对照表: the old/new comparison table of a decision applied to a rule')
    .option('--rule <file>')
    .option('--corpus <dir>')
    .requiredOption('--decision <file>')
    .option('--title <name>')
    .addOption(new Option('--format <format>').choices(['html', 'md', 'docx']).default('html'))
    .option('--omit-renumbered', 'leave out articles whose only change is their number')
    .option('-o, --output <path>', 'file (or, with --corpus, folder) to write')
    .action(async (opts) => done(await (await commands.table()).tableCommand(opts, io)));

  const storeOption = ['--store <dir>', 'the folder given to apply --corpus --out (or the store repository itself)'] as const;
  program
    .command('show')
    .description('print a rule as in force on a date, from the version store written by apply --corpus')
    .argument('<title>')
    .requiredOption(...storeOption)
    .option('--at <date>', 'YYYY-MM-DD (default: the latest version)')
    .action(async (title, opts) => done(await (await commands.show()).showCommand(title, opts, io)));

  program
    .command('log')
    .description('the versions of a rule in the store, oldest first, with the decisions that made them')
    .argument('<title>')
    .requiredOption(...storeOption)
    .addOption(new Option('--format <format>').choices(['text', 'json']).default('text'))
    .action(async (title, opts) => done(await (await commands.log()).logCommand(title, opts, io)));

  program
    .command('blame')
    .description('for each article of a rule, the decision and items that last changed it')
    .argument('<title>')
    .requiredOption(...storeOption)
    .addOption(new Option('--format <format>').choices(['text', 'json']).default('text'))
    .action(async (title, opts) => done(await (await commands.log()).blameCommand(title, opts, io)));

  program
    .command('store')
    .description('version store maintenance')
    .command('migrate')
    .description('convert a folder store of an earlier release (folders with index.json) into a git store')
    .argument('<dir>', 'the folder given to apply --corpus --out, or its store folder')
    .action(async (dir) => done(await (await commands.migrate()).migrateCommand(dir, io)));

  program
    .command('serve')
    .description('the drafter\'s preview: a local web page that consolidates while you type')
    .option('--corpus <dir>', 'a folder of rules to choose from (default: the bundled decree 119 example)')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '4173')
    .option('--host <address>', 'address to listen on (default 127.0.0.1, loopback only)')
    .action(async (opts) => done(await (await commands.serve()).serveCommand(opts, io)));

  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    throw e;
  }
  return code;
}
