import type { ClosingKind } from '@amend/model';
import { isTrimSpace } from './trim-space.ts';

/**
 * Closing clauses, recognised by what they say rather than by one fixed
 * wording: that the decision takes effect (本决定自…起施行, 报…批准后公布施行),
 * that the rules are published again (…重新公布), that the numbering follows
 * the changes (条文顺序作相应调整, 条序…作了相应调整, 各条序号依次提前,
 * 其他条文序号作相应调整), that wording was adjusted (对个别文字作了修改,
 * 对部分条文作文字技术处理, 对相关部门名称作出修改, 对附件…进行相应调整), or that other rules' citations follow the new
 * numbering (条文中引用《X》相应条文序号…作相应调整, 援引 too). A sentence that
 * quotes words to change (“…”) or names a provision to act on is an
 * instruction, never a closing clause.
 */

const LABEL = /^(?:[零〇一二两三四五六七八九十百千万]+、|[（(][零〇一二两三四五六七八九十百千万]+[）)]|[0-9]+[.．、])\s*/;

/**
 * What every kind below needs, in one pattern for the many sentences that are none: an ending in 施行/生效/执行/实施
 * (effect) or 重新公布/发布/印发 (republication), or a word of adjusting (调整, 修改, 处理, 规范, 修正, 依次).
 */
const MAY_CLOSE = /(?:施行|生效|执行|实施)$|重新(?:公布|发布|印发)$|调整|修改|处理|规范|修正|依次/;

/**
 * One scan for the many sentences that are none (payload lines above all): quoted words make an instruction,
 * and a clause of adjusting holds one of these words; the endings MAY_CLOSE also accepts are read by code.
 */
const QUOTE_OR_ADJUSTING = /[“”]|调整|修改|处理|规范|修正|依次/;
/** The words of adjusting alone, for a sentence known to hold no quotation mark. */
const ADJUSTING = /调整|修改|处理|规范|修正|依次/;
/** Words one of which the citations, renumber and adjust clauses below need. */
const NAMES_WHAT = /引用|援引|序号|顺序|条序|次序|章节|条、款、项|文字|表述|用语|标点|部门名称|机构名称|附件/;
/** Second characters of the endings MAY_CLOSE accepts: 施行 执行 生效 实施 公布 发布 印发. */
const ENDING_LAST = new Set([0x884c /* 行 */, 0x6548 /* 效 */, 0x65bd /* 施 */, 0x5e03 /* 布 */, 0x53d1 /* 发 */]);

/**
 * What a paragraph or sentence that closes the decision says, or undefined for anything else. `unquoted`: the
 * caller knows the sentence holds no quotation mark (the framing does, from the marks of the decision).
 */
export function closingKind(sentence: string, unquoted = false): ClosingKind | undefined {
  if (unquoted) {
    // Without a mark, the same questions as below: an ending of effect or republication, else words of adjusting
    // that say what they adjust.
    if (!mayEndClosing(sentence) && (!ADJUSTING.test(sentence) || !NAMES_WHAT.test(sentence))) return undefined;
  } else {
    const at = sentence.search(QUOTE_OR_ADJUSTING);
    if (at < 0 ? !mayEndClosing(sentence) : isQuote(sentence.charCodeAt(at))) return undefined;
    // Quoted words make an instruction (将第五条修改为：“…): none comes before `at`.
    if (at >= 0 && (sentence.indexOf('“', at) >= 0 || sentence.indexOf('”', at) >= 0)) return undefined;
    // A clause of adjusting says what it adjusts (numbering, wording, citations); one of effect or republication ends so.
    if (!mayEndClosing(sentence) && !NAMES_WHAT.test(sentence)) return undefined;
  }
  const t = sentence
    .replace(LABEL, '')
    .replace(/[。；;]$/, '')
    .trim();
  if (!t || !MAY_CLOSE.test(t)) return undefined;
  // Each kind is asked only when its ending or words are there: most sentences here say 修改 and are none.
  if (EFFECT_ENDINGS.some((e) => t.endsWith(e)) && isEffective(t)) return 'effective';
  if (REPUBLISH_ENDINGS.some((e) => t.endsWith(e)) && /(根据|按照|依照)本(?:决定|修正案)|作相应修[改正]|修改后|修正后|批准后/.test(t))
    return 'republish';
  if (/(?:引用|援引).*(序号|条文)/.test(t) && /(作相应调整|相应调整|作相应修改)/.test(t)) return 'citations';
  const numbering = /(序号|顺序|条序|次序|章节|条、款、项|条款顺序)/.test(t);
  // 同时，对附件10…的样式…进行相应调整: the annexes follow the changes (said, not given), no instruction either;
  // 对附件2进行修改，修改后的附件2… changes an annex itself: not a closing clause.
  const wording = /(文字|表述|用语|标点|文字技术|部门名称|机构名称)/.test(t) || (t.includes('附件') && /相应地?的?(调整|修改)/.test(t));
  if (!numbering && !wording) return undefined;
  const adjusted =
    /(作出|做出|作|做|进行)了?(?:相应|必要)?的?(调整|修改|处理|规范|修正)|相应(调整|修改)|依次(提前|顺延|后移|前移|递进|类推)|作文字技术处理/.test(
      t,
    );
  if (!adjusted) return undefined;
  // An instruction to act on named provisions is no closing clause (将第三条改为第四条).
  if (/^(?:将|把|删去|删除|增加|在)/.test(t) && !/^将.{0,24}?(条文|条款)?(顺序|序号)/.test(t)) return undefined;
  if (numbering && !wording) return 'renumber';
  return 'adjust';
}

/** What every effective clause below ends in. */
const EFFECT_ENDINGS = ['施行', '生效', '执行', '实施'];
const REPUBLISH_ENDINGS = ['重新公布', '重新发布', '重新印发'];

function isQuote(c: number): boolean {
  return c === 0x201c || c === 0x201d;
}

/** 本决定自…起施行 / 自公布之日起施行 / 本决定报…批准后，由…公布施行 / …起废止. */
function isEffective(t: string): boolean {
  const body = t.replace(/^(?:本(?:决定|修正案|规定|办法|解释|条例))/, '');
  if (/^自.{0,40}?(起|之日)(施行|生效|执行|实施)$/.test(body)) return true;
  if (/^[^，。]{0,40}(批准|通过)后[，,]?[^，。]{0,40}公布施行$/.test(body)) return true;
  if (/^(?:本决定)?(?:于|自).{0,30}?起(施行|生效)$/.test(body)) return true;
  // 本决定报请省人大常委会批准后实施 (an autonomous prefecture's decision, in force once approved)
  if (/^报(?:请|经)?[^，。“”]{0,30}批准后(?:施行|生效|实施|执行)$/.test(body)) return true;
  // 本决定经省人民代表大会常务委员会批准后，由自治县人民代表大会常务委员会公布，自公布之日起施行
  if (
    /^(?:经|报(?:请|经)?)[^，。“”]{0,40}批准后[，,](?:由[^，。“”]{0,40}公布[，,])?自[^，。“”]{0,40}(?:起|之日起)(?:施行|生效|实施|执行)$/.test(
      body,
    )
  )
    return true;
  // 本决定自公布后生效
  if (/^自?(?:公布|发布)之?后(?:施行|实施|生效|执行)$/.test(body)) return true;
  return false;
}

/**
 * Whether the sentence, its final 。；; and spaces aside, ends in a character an ending of MAY_CLOSE ends in
 * (a cheap superset: the patterns decide).
 */
function mayEndClosing(sentence: string): boolean {
  let end = sentence.length;
  while (end > 0 && isTrimSpace(sentence.charCodeAt(end - 1))) end--;
  const c = sentence.charCodeAt(end - 1);
  if (c === 0x3002 || c === 0xff1b || c === 59) end--;
  while (end > 0 && isTrimSpace(sentence.charCodeAt(end - 1))) end--;
  return ENDING_LAST.has(sentence.charCodeAt(end - 1));
}
