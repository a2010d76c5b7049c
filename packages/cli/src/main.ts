import { readFileSync } from 'node:fs';
import { Command, CommanderError, Help, Option } from 'commander';
import { EXIT, processIo, type Io } from './exit.ts';
import { pickLang } from './lang.ts';
import { inLang, say } from './words.ts';
import { commanderZh, helpZh } from './commander-zh.ts';
import { commands } from './command-modules.ts';

/** The version in package.json (one level above both src/ and dist/). */
function version(): string {
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/**
 * Run the CLI; returns the exit code instead of exiting, so tests can call it.
 * The language (of diagnostics, of the command's own words and of its help)
 * is `--lang zh|en`, else the locale in `env` (see lang.ts).
 */
export async function main(
  argv: string[],
  io: Io = processIo,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<number> {
  const lang = pickLang(argv.slice(2), env);
  io = { ...io, lang };
  const t = (en: string, zh: string) => inLang(lang, en, zh);
  let code: number = EXIT.ok;
  const done = (c: number) => {
    code = c;
  };
  /** -o/--out, or the older --output; both at once is a usage error. */
  const out = <T extends { out?: string; output?: string }>(command: string, opts: T): T | undefined => {
    if (opts.output !== undefined && opts.out !== undefined && opts.output !== opts.out) {
      io.err(say(io, 'out-twice', { command }) + '\n');
      done(EXIT.usage);
      return undefined;
    }
    const { output, ...rest } = opts;
    return { ...rest, out: opts.out ?? output } as T;
  };
  const outOption = (en: string, zh: string) => new Option('-o, --out <path>', t(en, zh));
  const legacyOutput = () => new Option('--output <path>').hideHelp();
  const program = new Command('amend')
    .description(
      t(
        'Apply Chinese amendment decisions (修改决定, 修正案) to rule texts',
        '把修改决定、修正案适用于规章文本：合成修改后文本、对照表和报告',
      ),
    )
    .version(version(), '-V, --version', t('print the version', '显示版本号'))
    .helpOption('-h, --help', t('show help', '显示帮助'))
    .helpCommand('help [command]', t('show help for a command', '显示某个命令的帮助'))
    .addOption(
      new Option(
        '--lang <lang>',
        t('language of messages and help (default: from LANG/LC_ALL)', '提示与帮助的语言（默认按 LANG/LC_ALL）'),
      ).choices(['zh', 'en']),
    )
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: (text, write) => write(lang === 'zh' ? commanderZh(text) : text) })
    .configureHelp(lang === 'zh' ? { formatHelp: (cmd, helper) => helpZh(Help.prototype.formatHelp.call(helper, cmd, helper)) } : {})
    .showHelpAfterError(t('(add --help for the usage)', '（加 --help 查看用法）'));

  program
    .command('parse')
    .description(t('parse a rule, plan or notice into its document tree', '解析规章、规划或通知，得出其结构'))
    .argument('<file>')
    .addOption(new Option('--format <format>', t('output format', '输出格式')).choices(['json', 'text', 'outline']).default('outline'))
    .action(async (file, opts) => done((await commands.parse()).parseCommand(file, opts, io)));

  program
    .command('split')
    .description(t('split a gazette issue into its documents', '把一期公报拆分为各个文件'))
    .argument('<gazette>')
    .addOption(outOption('folder to write the documents to', '写入各文件的文件夹').makeOptionMandatory())
    .action(async (file, opts) => done((await commands.split()).splitCommand(file, opts, io)));

  program
    .command('decision')
    .description(t('parse a decision and print its operations', '解析修改决定，列出其中的修改指令'))
    .argument('<file>')
    .addOption(new Option('--format <format>', t('output format', '输出格式')).choices(['json', 'text']).default('text'))
    .action(async (file, opts) => done((await commands.decision()).decisionCommand(file, opts, io)));

  program
    .command('apply')
    .description(
      t(
        'apply a decision to a rule (or to a corpus of rules) and print the consolidated text',
        '把决定适用于一部规章（或一个规章文件夹），输出修改后文本',
      ),
    )
    .addOption(new Option('--rule <file>', t('the rule to amend', '要修改的规章')).conflicts('corpus'))
    .option(
      '--corpus <dir>',
      t('a folder of rules, one file each, matched to the decision by title', '规章文件夹，每部规章一个文件，按标题与决定对应'),
    )
    .requiredOption('--decision <file>', t('the amendment decision', '修改决定'))
    .addOption(
      new Option(
        '--title <name>',
        t(
          "which of the decision's rules the --rule file is (default: its own title)",
          '--rule 文件是决定所修改的哪一部规章（默认按其自身标题）',
        ),
      ).conflicts('corpus'),
    )
    .addOption(
      outOption(
        'with --rule: the file to write (atomically) instead of stdout; with --corpus: the folder for the rules and the version store',
        '与 --rule 同用：写入的文件（原子写入），不给则输出到标准输出；与 --corpus 同用：写入规章和版本库的文件夹',
      ),
    )
    .addOption(legacyOutput())
    .addOption(
      new Option('--format <format>', t('output format', '输出格式'))
        .choices(['text', 'md', 'html', 'docx', 'json', 'akn'])
        .default('text'),
    )
    .addOption(
      new Option(
        '--report <file>',
        t('write the reports (operations, cross-references, warnings) as JSON', '以 JSON 写出报告（操作、引用、警告）'),
      ).conflicts('corpus'),
    )
    .option(
      '--track-changes',
      t(
        'with --format docx: the amendment as Word revisions (accept all: the new text; reject all: the old)',
        '与 --format docx 同用：以 Word 修订写出修改（全部接受为修改后文本，全部拒绝为原文）',
      ),
    )
    .option(
      '--author <name>',
      t('with --track-changes: whom the revisions are by (default: amend)', '与 --track-changes 同用：修订的作者（默认 amend）'),
    )
    .option(
      '--map <file>',
      t(
        'the map (amend map --format json) of a rule whose citations the decision says follow its new numbering',
        '决定要求按新序号调整引用的那部规章的对应表（amend map --format json）',
      ),
    )
    .option('-v, --verbose', t('also print informational notes', '同时显示提示信息'))
    .action(async (opts) => {
      const o = out('apply', opts);
      if (o) done(await (await commands.apply()).applyCommand(o, io));
    });

  program
    .command('check')
    .description(
      t(
        'dry run: every error and warning of applying a decision, exit 1 on errors',
        '试运行：列出适用决定时的全部错误和警告，有错误时退出码为 1',
      ),
    )
    .requiredOption('--rule <file>', t('the rule to amend', '要修改的规章'))
    .requiredOption('--decision <file>', t('the amendment decision', '修改决定'))
    .option('--title <name>', t("which of the decision's rules the --rule file is", '--rule 文件是决定所修改的哪一部规章'))
    .option('-v, --verbose', t('also print informational notes', '同时显示提示信息'))
    .action(async (opts) => done((await commands.check()).checkCommand(opts, io)));

  program
    .command('xref')
    .description(
      t(
        'list the internal cross-references of a rule (with --decision: before and after it)',
        '列出规章的内部引用（给出 --decision 时，对照修改前后）',
      ),
    )
    .argument('<file>')
    .option('--decision <file>', t('show each reference before and after this decision', '对照该决定适用前后的每一处引用'))
    .option('--title <name>', t("which of the decision's rules the file is", '该文件是决定所修改的哪一部规章'))
    .addOption(new Option('--format <format>', t('output format', '输出格式')).choices(['text', 'json']).default('text'))
    .addOption(
      new Option(
        '--external',
        t('list its citations of other rules (公司法第一百八十三条) instead', '改为列出其对其他规章的引用（如“公司法第一百八十三条”）'),
      ).conflicts('decision'),
    )
    .option(
      '--corpus <dir>',
      t('with --external: resolve the names cited against the rules in this folder', '与 --external 同用：按此文件夹中的规章识别所引规章'),
    )
    .action(async (file, opts) => done((await commands.xref()).xrefCommand(file, opts, io)));

  program
    .command('map')
    .description(
      t(
        "the old→new map of a rule's articles, 款 and 项: two versions aligned, or a decision applied",
        '规章条、款、项的新旧对应表：比对两个版本，或适用修改决定',
      ),
    )
    .argument('<old>', t('the rule before the amendment', '修改前的规章'))
    .argument('[new]', t('the rule after it (or give --decision)', '修改后的规章（或给出 --decision）'))
    .option('--decision <file>', t('the decision that amends <old>', '修改 <old> 的决定'))
    .option(
      '--title <name>',
      t("which of the decision's rules <old> is (default: its own title)", '<old> 是决定所修改的哪一部规章（默认按其自身标题）'),
    )
    .addOption(new Option('--format <format>', t('output format', '输出格式')).choices(['text', 'json']).default('text'))
    .addOption(outOption('the file to write (atomically) instead of stdout', '写入的文件（原子写入），不给则输出到标准输出'))
    .addOption(legacyOutput())
    .action(async (a, b, opts) => {
      const o = out('map', opts);
      if (o) done((await commands.map()).mapCommand(a, b, o, io));
    });

  program
    .command('impact')
    .description(
      t(
        'every document of a corpus citing a provision an amendment renumbers, deletes or rewrites',
        '找出规章库中引用了被修改决定改号、删除或改写的条文的全部文件',
      ),
    )
    .requiredOption('--corpus <dir>', t('the folder of rules to search (subfolders included)', '要查找的规章文件夹（含子文件夹）'))
    .option(
      '--decision <file>',
      t('the amendment: a decision, applied to the rule it names in the corpus', '修改：一个修改决定，适用于规章库中它所修改的规章'),
    )
    .option('--title <name>', t("with --decision: only this one of the decision's rules", '与 --decision 同用：只看决定所修改的这一部规章'))
    .option('--from <old>', t('the amendment: the rule before…', '修改：修改前的规章……'))
    .option('--to <new>', t('…and after it', '……和修改后的规章'))
    .option('--law <title>', t('the amendment: the two newest versions of this rule in the corpus', '修改：规章库中该规章最新的两个版本'))
    .option('--map <file>', t('the amendment: a map written by amend map --format json', '修改：amend map --format json 写出的对应表'))
    .option(
      '--conform',
      t(
        'draft the decision that updates the citations of every citing document instead of the report',
        '改为起草一个修改决定，调整各引用文件中的引用序号',
      ),
    )
    .addOption(new Option('--format <format>', t('output format', '输出格式')).choices(['text', 'json', 'html']).default('text'))
    .addOption(outOption('the file to write (atomically) instead of stdout', '写入的文件（原子写入），不给则输出到标准输出'))
    .addOption(legacyOutput())
    .action(async (opts) => {
      const o = out('impact', opts);
      if (o) done((await commands.impact()).impactCommand(o, io));
    });

  program
    .command('diff')
    .description(t('compare two versions of a rule, aligning articles by number and content', '比较规章的两个版本，按序号和内容对齐各条'))
    .argument('<old>')
    .argument('<new>')
    .addOption(
      new Option(
        '--format <format>',
        t('text: article by article; unified: a line diff for git', 'text：逐条对照；unified：供 git 使用的逐行差异'),
      )
        .choices(['text', 'unified', 'html', 'md', 'docx'])
        .default('text'),
    )
    .addOption(outOption('the file to write', '写入的文件'))
    .addOption(legacyOutput())
    .option(
      '--track-changes',
      t(
        'with --format docx: the new version with Word revisions from the old (else the 对照表)',
        '与 --format docx 同用：写出带 Word 修订的新版本（不给则为对照表）',
      ),
    )
    .option(
      '--author <name>',
      t('with --track-changes: whom the revisions are by (default: amend)', '与 --track-changes 同用：修订的作者（默认 amend）'),
    )
    .action(async (a, b, opts) => {
      const o = out('diff', opts);
      if (o) done(await (await commands.diff()).diffCommand(a, b, o, io));
    });

  program
    .command('table')
    .description(t('修改前后对照表: the old/new comparison table of a decision applied to a rule', '修改前后对照表'))
    .addOption(new Option('--rule <file>', t('the rule to amend', '要修改的规章')).conflicts('corpus'))
    .option(
      '--corpus <dir>',
      t('a folder of rules: one table per amended rule and an index page', '规章文件夹：每部被修改的规章一张表，另加索引页'),
    )
    .requiredOption('--decision <file>', t('the amendment decision', '修改决定'))
    .addOption(
      new Option('--title <name>', t("which of the decision's rules the --rule file is", '--rule 文件是决定所修改的哪一部规章')).conflicts(
        'corpus',
      ),
    )
    .addOption(new Option('--format <format>', t('output format', '输出格式')).choices(['html', 'md', 'docx']).default('html'))
    .option('--omit-renumbered', t('leave out articles whose only change is their number', '略去只调整了序号的条文'))
    .addOption(outOption('file (or, with --corpus, folder) to write', '写入的文件（与 --corpus 同用时为文件夹）'))
    .addOption(legacyOutput())
    .action(async (opts) => {
      const o = out('table', opts);
      if (o) done(await (await commands.table()).tableCommand(o, io));
    });

  program
    .command('draft')
    .description(
      t(
        'write the decision that turns OLD into NEW, checked by applying it (or one decision for two folders of rules)',
        '由原文本和新文本拟出修改决定，并经适用核对（或为两个规章文件夹拟出一个决定）',
      ),
    )
    .argument('[old]', t('the rule as it stands', '现行规章'))
    .argument('[new]', t('the rule as it should read', '修改后应有的文本'))
    .option(
      '--title <name>',
      t("the rule's name as the decision cites it (default: the title of OLD)", '决定中引用的规章名称（默认：OLD 的标题）'),
    )
    .addOption(
      new Option('--style <style>', t('how the decision is framed and worded', '决定的格式和措辞'))
        .choices(['national', 'local', 'court'])
        .default('local'),
    )
    .option('--corpus-from <dir>', t('a folder of rules as they stand', '现行规章文件夹'))
    .option(
      '--corpus-to <dir>',
      t('the same rules as they should read (a rule missing here is repealed)', '修改后的规章文件夹（其中缺少的规章即予废止）'),
    )
    .addOption(outOption('the file to write (atomically) instead of stdout', '写入的文件（原子写入），不给则输出到标准输出'))
    .addOption(legacyOutput())
    .option('-v, --verbose', t('also print informational notes', '同时显示提示信息'))
    .action(async (a, b, opts) => {
      const o = out('draft', opts);
      if (o) done((await commands.draft()).draftCommand(a, b, o, io));
    });

  const storeOption = [
    '--store <dir>',
    t('the folder given to apply --corpus --out (or the store repository itself)', '给 apply --corpus --out 的文件夹（或版本库本身）'),
  ] as const;
  program
    .command('show')
    .description(
      t(
        'print a rule as in force on a date, from the version store written by apply --corpus',
        '从 apply --corpus 写出的版本库中，显示规章在某日施行的文本',
      ),
    )
    .argument('<title>')
    .requiredOption(...storeOption)
    .option('--at <date>', t('YYYY-MM-DD (default: the latest version)', 'YYYY-MM-DD（默认：最新版本）'))
    .action(async (title, opts) => done(await (await commands.show()).showCommand(title, opts, io)));

  program
    .command('log')
    .description(
      t(
        'the versions of a rule in the store, oldest first, with the decisions that made them',
        '版本库中某部规章的各个版本（由旧到新）及产生它们的决定',
      ),
    )
    .argument('<title>')
    .requiredOption(...storeOption)
    .addOption(new Option('--format <format>').choices(['text', 'json']).default('text'))
    .action(async (title, opts) => done(await (await commands.log()).logCommand(title, opts, io)));

  program
    .command('blame')
    .description(t('for each article of a rule, the decision and items that last changed it', '规章每一条最后由哪个决定的哪些事项修改'))
    .argument('<title>')
    .requiredOption(...storeOption)
    .addOption(new Option('--format <format>').choices(['text', 'json']).default('text'))
    .action(async (title, opts) => done(await (await commands.log()).blameCommand(title, opts, io)));

  program
    .command('store')
    .description(t('version store maintenance', '版本库维护'))
    .command('migrate')
    .description(
      t(
        'convert a folder store of an earlier release (folders with index.json) into a git store',
        '把早期版本的文件夹版本库（含 index.json）转换为 git 版本库',
      ),
    )
    .argument('<dir>', 'the folder given to apply --corpus --out, or its store folder')
    .action(async (dir) => done(await (await commands.migrate()).migrateCommand(dir, io)));

  program
    .command('serve')
    .description(t("the drafter's preview: a local web page that consolidates while you type", '起草预览：在本机网页中边输入边合成'))
    .option(
      '--corpus <dir>',
      t('your folder of rules (default: the bundled decree 119 example)', '你的规章文件夹（默认：自带的第119号令示例）'),
    )
    .option('--port <n>', t('port to listen on (0 picks a free one)', '监听端口（0 表示任选空闲端口）'), '4173')
    .option('--host <address>', t('address to listen on (default 127.0.0.1, loopback only)', '监听地址（默认 127.0.0.1，仅本机）'))
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
