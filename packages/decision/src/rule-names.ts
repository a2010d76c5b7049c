/**
 * Which rule a decision, or one of its instructions, amends: from the title
 * of a 修正案, the preamble's 对《…》作如下修改, the 《…》 of the title; and
 * whether a 《…》 an instruction writes is the rule being amended under a
 * short name (《条例》, 《解释》) rather than another rule.
 */

/** The rule a single-rule decision amends. */
export function amendedTitle(title: string, preamble: string): string {
  const amendment = /^(.+?)修正案/.exec(title);
  if (amendment) return amendment[1];
  const inPreamble = /对《([^》]+)》(?:（[^）]*）)?作(?:如下|出|以下)?(?:补充)?修改/.exec(preamble);
  if (inPreamble) return inPreamble[1];
  // One rule named in the title; several (《A》、《B》, 《A》等三部) name no single one.
  const named = [...title.matchAll(/《([^》]+)》/g)];
  if (named.length === 1 && !/》等/.test(title)) return named[0][1];
  return '';
}

const GENERIC = /^(?:本)?(?:条例|办法|规定|细则|规则|解释|决定|法|章程|守则|规程|实施细则|实施办法|若干规定|暂行规定|暂行办法|暂行条例)$/;

/** 《条例》 for 《某某市某某条例》: a generic name, or the title itself. */
export function isShortName(law: string, title: string): boolean {
  return law === title || GENERIC.test(law);
}
