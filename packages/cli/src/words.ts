import type { Lang } from '@amend/model';
import type { Io } from './exit.ts';

/**
 * The command line's own words, in English and Chinese with the same
 * `{placeholders}` (tests/cli-lang.test.ts checks them). Diagnostics come
 * from the message catalogue in @amend/model; these are the rest: usage
 * errors, summaries, what was written where.
 */
export const WORDS = {
  summary: { en: '{errors} error(s), {warnings} warning(s)', zh: '{errors} 个错误，{warnings} 个警告' },
  expected: { en: 'expected: {what}', zh: '应为：{what}' },
  'need-rule': {
    en: 'amend {command}: give --rule FILE (or --corpus DIR)',
    zh: 'amend {command}：请用 --rule 给出规章文件（或用 --corpus 给出文件夹）',
  },
  'need-out': { en: 'amend {command} --corpus: give -o DIR', zh: 'amend {command} --corpus：请用 -o 给出输出文件夹' },
  'docx-needs-out': { en: 'amend {command}: --format docx needs -o FILE', zh: 'amend {command}：--format docx 需要用 -o 给出输出文件' },
  'track-needs-docx': {
    en: 'amend {command}: --track-changes needs --format docx',
    zh: 'amend {command}：--track-changes 需要与 --format docx 同用',
  },
  'author-needs-track': {
    en: 'amend {command}: --author goes with --track-changes',
    zh: 'amend {command}：--author 需要与 --track-changes 同用',
  },
  'draft-usage': {
    en: 'amend draft: give OLD NEW, or --corpus-from DIR --corpus-to DIR',
    zh: 'amend draft：请给出 OLD NEW（原文本、新文本），或用 --corpus-from DIR --corpus-to DIR 给出两个文件夹',
  },
  'out-twice': {
    en: 'amend {command}: -o/--out and --output name the same thing; give one',
    zh: 'amend {command}：-o/--out 与 --output 是同一个选项，请只给一个',
  },
  'corpus-done': {
    en: '{amended} rule(s) amended, {repealed} repealed; written to {dir}',
    zh: '已修改 {amended} 部规章，废止 {repealed} 部；已写入 {dir}',
  },
  'corpus-amended': { en: '  amended  {title}', zh: '  已修改  {title}' },
  'corpus-repealed': { en: '  repealed {title}', zh: '  已废止  {title}' },
  'check-summary': {
    en: '{title}: {operations} operation(s), {changed} article(s) changed',
    zh: '{title}：{operations} 项操作，{changed} 条有变化',
  },
  'show-bad-date': {
    en: 'amend show: --at expects a calendar day as YYYY-MM-DD, got “{at}”',
    zh: 'amend show：--at 应为 YYYY-MM-DD 格式的日期，而不是“{at}”',
  },
  'serve-bad-port': {
    en: 'amend serve: --port must be a number from 0 to 65535, not “{port}”',
    zh: 'amend serve：--port 应为 0 到 65535 之间的数字，而不是“{port}”',
  },
  'serve-not-built': {
    en: 'amend serve: the preview page is not built (no {dir}); run `pnpm build` in the repository',
    zh: 'amend serve：预览页面尚未构建（没有 {dir}）；请在代码仓库中运行 `pnpm build`',
  },
  'serve-cannot-listen': {
    en: 'amend serve: cannot listen on {host}:{port}: {reason}',
    zh: 'amend serve：无法在 {host}:{port} 监听：{reason}',
  },
  'serve-started': {
    en: 'amend preview at {url} (corpus: {corpus}); Ctrl+C to stop',
    zh: 'amend 预览：{url}（规章库：{corpus}）；按 Ctrl+C 停止',
  },
  'serve-example': { en: 'the bundled decree 119 example', zh: '自带的第119号令示例' },
  'serve-exposed': {
    en: 'warning: listening on {host}: other machines on the network can open the preview and read the corpus',
    zh: '警告：正在 {host} 上监听，网络上的其他机器可以打开预览并读取规章库',
  },
  'xref-header': {
    en: 'place\treference\tpoints to\tafter\tpoints to\twhat became of it',
    zh: '位置\t引用\t指向\t修改后\t指向\t处理',
  },
  'xref-none': { en: 'no internal cross-references', zh: '没有内部引用' },
  'map-usage': {
    en: 'amend map: give the new version (amend map OLD NEW) or a decision (amend map OLD --decision FILE)',
    zh: 'amend map：请给出新版本（amend map 旧版本 新版本）或修改决定（amend map 旧版本 --decision 文件）',
  },
  'impact-usage': {
    en: 'amend impact: give one of --decision FILE, --from OLD --to NEW, --law TITLE or --map FILE',
    zh: 'amend impact：请给出 --decision 文件、--from 旧版本 --to 新版本、--law 规章标题、--map 对应表 之一',
  },
  'impact-html-one': {
    en: 'amend impact: the decision amends {count} rules; choose one with --title for an HTML report',
    zh: 'amend impact：该决定修改了 {count} 部规章；HTML 报告请用 --title 选定其中一部',
  },
} as const satisfies Record<string, { en: string; zh: string }>;

export type WordId = keyof typeof WORDS;

/** A text of the command line in the language of `io`, placeholders filled. */
export function say(io: Pick<Io, 'lang'>, id: WordId, data: Record<string, string | number> = {}): string {
  return WORDS[id][io.lang ?? 'en'].replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

/** Pick the English or the Chinese. */
export function inLang(lang: Lang | undefined, en: string, zh: string): string {
  return lang === 'zh' ? zh : en;
}
