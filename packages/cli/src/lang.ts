import type { Lang } from '@amend/model';

/**
 * The language the command speaks: `--lang zh|en` when given, else the
 * locale (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them): a
 * Chinese locale (zh_CN.UTF-8, zh_TW, zh) gives Chinese, anything else,
 * or none, English.
 */
export function pickLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v === 'zh' || v === 'en') return v;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh\b|^zh[_-]/i.test(locale) ? 'zh' : 'en';
}
