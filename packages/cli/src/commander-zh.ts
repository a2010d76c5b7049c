/**
 * Commander prints its own errors and help headings in English; a user who
 * asked for Chinese gets them in Chinese (option and command names as typed).
 */

/** Commander's own errors in Chinese (the option and command names stay as typed). */
export function commanderZh(text: string): string {
  const rules: [RegExp, string][] = [
    [/^error: unknown option '(.+?)'/m, "错误：未知选项 '$1'"],
    [/^error: unknown command '(.+?)'/m, "错误：未知命令 '$1'"],
    [/^error: required option '(.+?)' not specified/m, "错误：缺少必需的选项 '$1'"],
    [/^error: missing required argument '(.+?)'/m, "错误：缺少必需的参数 '$1'"],
    [/^error: option '(.+?)' argument missing/m, "错误：选项 '$1' 缺少取值"],
    [/^error: option '(.+?)' argument '(.+?)' is invalid\. Allowed choices are (.+?)\./m, "错误：选项 '$1' 的取值 '$2' 无效，可选：$3。"],
    [/^error: option '(.+?)' cannot be used with option '(.+?)'/m, "错误：选项 '$1' 不能与 '$2' 同时使用"],
    [
      /^error: too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\./m,
      '错误：参数过多（应为 $2 个，实为 $3 个）。',
    ],
    [/\(Did you mean (.+?)\?\)/, '（是否想用 $1？）'],
  ];
  return rules.reduce((s, [re, zh]) => s.replace(re, zh), text);
}

/** Commander's help headings in Chinese. */
export function helpZh(text: string): string {
  return text
    .replace(/^Usage:/m, '用法：')
    .replace(/^Arguments:$/m, '参数：')
    .replace(/^Options:$/m, '选项：')
    .replace(/^Commands:$/m, '命令：')
    .replace(/\(default: ([^)]*)\)/g, '（默认：$1）')
    .replace(/\(choices: ([^)]*)\)/g, '（可选：$1）')
    .replace(/, default: /g, '，默认：')
    .replace(/\[options\]/g, '[选项]')
    .replace(/\[command\]/g, '[命令]');
}
