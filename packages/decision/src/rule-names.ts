/**
 * Which rule a decision, or one of its instructions, amends: from the title
 * of a 修正案, the preamble's 对《…》作如下修改, the 《…》 of the title; and
 * whether a 《…》 an instruction writes is the rule being amended under a
 * short name (《条例》, 《解释》) rather than another rule.
 */

/**
 * What follows 对《…》 when it names the rule amended: its decree in brackets, full-width or ASCII
 * (（交通运输部令2012年第2号）, (司法部令第111号)), 的部分内容 (a decision amending part of a 名录), then 作如下修改.
 */
const AMENDED_AFTER = /^(?:[（(][^）)]*[）)])?(?:的部分(?:内容|条款))?\s*作(?:如下|出|以下)?(?:补充)?修改/;

/** The rule a single-rule decision amends. */
export function amendedTitle(title: string, preamble: string): string {
  const amendment = /^(.+?)修正案/.exec(title);
  if (amendment) return amendment[1];
  for (const t of bookTitles(preamble)) {
    if (preamble[t.start - 1] === '对' && AMENDED_AFTER.test(preamble.slice(t.end + 1))) return t.name;
  }
  // One rule named in the title; several (《A》、《B》, 《A》等三部) name no single one.
  const named = bookTitles(title);
  if (named.length === 1 && !/》等/.test(title)) return named[0].name;
  return '';
}

/**
 * The outermost 《…》 of a text, brackets nested inside kept in the name:
 * 《中国人民解放军实施《中华人民共和国药品管理法》办法》 is one rule, whether
 * the inner title is written 〈〉 as the conventions ask or 《》 as some texts do.
 */
export function bookTitles(text: string): { name: string; start: number; end: number }[] {
  const out: { name: string; start: number; end: number }[] = [];
  for (let i = text.indexOf('《'); i >= 0; i = text.indexOf('《', i + 1)) {
    const close = matching(text, i, '《', '》');
    if (close < 0) break;
    out.push({ name: text.slice(i + 1, close), start: i, end: close });
    i = close;
  }
  return out;
}

/** The bracket that closes the one opened at `from` (nesting counted), or -1. */
export function matching(text: string, from: number, open: string, close: string): number {
  // The brackets found by search, in the order they come: the words between are not walked.
  let depth = 0;
  let o = text.indexOf(open, from);
  let c = text.indexOf(close, from);
  while (c >= 0) {
    if (o >= 0 && o < c) {
      depth++;
      o = text.indexOf(open, o + 1);
    } else {
      if (--depth === 0) return c;
      c = text.indexOf(close, c + 1);
    }
  }
  return -1;
}

const GENERIC = /^(?:本)?(?:条例|办法|规定|细则|规则|解释|决定|法|章程|守则|规程|实施细则|实施办法|若干规定|暂行规定|暂行办法|暂行条例)$/;

/** 《条例》 for 《某某市某某条例》: a generic name, or the title itself. */
export function isShortName(law: string, title: string): boolean {
  return law === title || GENERIC.test(law);
}
