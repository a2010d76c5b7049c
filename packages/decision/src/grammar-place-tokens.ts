import { createToken, Lexer } from 'chevrotain';
import { NUMERAL_CHARS } from '@amend/model';
import { OPEN, scanQuote } from './quotation.ts';

/**
 * Tokens of amendment instructions, first part (instruction-tokens.ts has the
 * rest and the order they are tried in): the categories, white space,
 * quotations, and the words that name what an instruction acts on — laws,
 * the whole rule, ordinal references (第X条) and counts (一条). Created
 * before the verbs and function words, as chevrotain numbers token types in
 * the order they are made.
 */

/** A run of numerals; NQ also one in brackets, as 项 and 目 are numbered (第（一）项). */
export const N = `[${NUMERAL_CHARS}]+`;
const NQ = `(?:${N}|[（(]${N}[）)])`;
export const re = (s: string) => new RegExp(s);
// Compared by code: text[i] of a CJK character allocates a string.
const OPEN_CODE = OPEN.charCodeAt(0);

/** A token whose LABEL (what error messages list as expected) is its pattern when that is a plain word. */
export const t = (name: string, pattern: RegExp | string, label?: string, extra: Partial<Parameters<typeof createToken>[0]> = {}) =>
  createToken({ name, pattern, label: label ?? (typeof pattern === 'string' ? pattern : name), ...extra });

/** Categories: one CONSUME accepts any member, which keeps the grammar's alternatives few. */
const category = (name: string, label: string) => createToken({ name, pattern: Lexer.NA, label });
export const Sep = category('Sep', '，');
export const Side = category('Side', '后');
export const Join = category('Join', '、');
export const Within = category('Within', '中的');
/** 中的 or a bare 的 before a quotation: 将第三条的“A”修改为“B”. */
export const Poss = category('Poss', '中的');
export const Edge = category('Edge', '末尾');
export const Becomes = category('Becomes', '改为');
export const HeadingWord = category('HeadingWord', '章名');
export const RefTok = category('RefTok', '第X条');
export const CountTok = category('CountTok', '一条');
export const Manner = category('Manner', '相应');

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[\s\u3000]+/, group: Lexer.SKIPPED, line_breaks: true });

/** A quoted phrase or payload, possibly over several lines (see quote.ts). */
export const Quoted = createToken({
  name: 'Quoted',
  label: '“…”',
  line_breaks: true,
  start_chars_hint: [OPEN],
  pattern: {
    exec: (text: string, offset: number) => {
      if (text.charCodeAt(offset) !== OPEN_CODE) return null;
      const scan = scanQuote(text, offset);
      const end = scan.closed ? scan.end : recoveredEnd(text, offset, scan.end);
      const match = [text.slice(offset, end ?? scan.end)] as [string] & { payload?: { closed: boolean; recovered: boolean } };
      // Only a quotation that never closes carries a payload: the lexer reports it. The others stay plain tokens.
      if (!scan.closed) match.payload = { closed: false, recovered: end !== undefined };
      return match;
    },
  },
});
/**
 * An unclosed quotation whose text holds ；followed by the start of another
 * instruction (；第十七条中的“…” / ；将… / ；删去…) was meant to close before that
 * ；: the one reading that leaves the rest of the item an instruction.
 */
function recoveredEnd(text: string, from: number, to: number): number | undefined {
  const m = /[；;](?=(?:将|删去|删除|在|增加|第[零〇一二两三四五六七八九十百千0-9]+[条款项]))/.exec(text.slice(from, to));
  return m ? from + m.index : undefined;
}

/** “第八条”: an article number quoted in 条文顺序 adjustments; also a phrase. */
export const QuotedRef = t('QuotedRef', re(`“第${N}[条條](?:之${N})?”`), '“第X条”', { categories: [Quoted] });

export const LawPrefix = createToken({ name: 'LawPrefix', pattern: Lexer.NA, label: '《…》' });
export const BookTitle = t('BookTitle', /《[^》\n]*》/, '《…》', { categories: [LawPrefix] });
export const LawName = t('LawName', /刑法|宪法/, '刑法', { categories: [LawPrefix] });
/**
 * The whole rule: 本办法, 全文, 相关条文, 其他条文 (将其他条文中的“A”修改为“B”: the places the decision restates keep
 * their new words), 条款中涉及 (将条款中涉及“A”的表述统一修改为“B”),
 * 本条例其他各条款, 有关条款; 条例/办法 right before a reference (删除条例第七条, 条例原第五条) or 中 (条例中的“A”)
 * is the rule itself.
 */
export const WholeRule = t(
  'WholeRule',
  /本(?:法|办法|规定|条例|细则|解释|决定)(?:其他各条款|其他条款|各条款)?|全文|(?:相关|有关)(?:条文|条款)|(?:其他|其余|其它)(?:各)?条文(?=中)|条款中涉及|(?:条例|办法|细则)(?:各条文|各条款)?(?=原?第|中)|上述[^“”，。；]{0,10}?(?:法规|规章|条例|办法|规定|解释|法律)(?:的?名称和内容|的?条文|各条文)?(?=中)/,
  '本办法',
);
/**
 * 除本条外，其他条文中的“A”均修改为“B”: the whole rule but the article the
 * item names (the one it just restated); read as the whole rule, the
 * exception carried on the place (TargetItem.exceptThis).
 */
export const ExceptThis = t(
  'ExceptThis',
  /除(?:本条|该条|此条)(?:以)?外[，,]?(?:其他|其余|其它)(?:各)?(?:条文|条款|各条)/,
  '除本条外，其他条文',
  { categories: [WholeRule] },
);

/** 第五十三条以后各条序号依次提前 / 其余各项顺延: the numbering follows (no operation). */
export const OrderFollows = t(
  'OrderFollows',
  re(`(?:第${N}条)?(?:以后|之后)?各条(?:序号|顺序)?依次(?:提前|顺延|后移|前移)|其余各[条款项](?:依次)?(?:顺延|提前)`),
  '各条序号依次提前',
);
/**
 * 第十一条及其后条文 / 第十一条以后各条 / 第十一条至最后一条 / 其后各条: a place that
 * runs on to the end of the rule (及其后, 至最后一条: with the article named).
 */
export const Onward = t(
  'Onward',
  /及其后(?:的)?(?:各条文|各条款|各条|条文|条款)|(?:以后|之后|其后)(?:的)?(?:各条文|各条款|各条|条文|条款)|至(?:最后一条|末条)/,
  '及其后各条',
);
/** 第二、三、四、六项 / 第二十九、第三十三条 / 第（二）、（六）项: a list whose unit is written once, at its end. */
export const ElidedRefs = t(
  'ElidedRefs',
  re(`第${N}(?:、第?${N})+(?:条|款|项|目|章|节)|第[（(]${N}[）)](?:、第?[（(]${N}[）)])+[项目]`),
  '第X、Y项',
  { categories: [RefTok] },
);
/** 前三项 / 前两款: the first N of the unit, as 第一、二、三项 would name them. */
export const LeadingRefs = t('LeadingRefs', re(`前${N}(?:项|款)`), '前X项', { categories: [RefTok] });
/** 第八条（原第七条）: the number a provision had before an earlier renumbering, noted beside it. */
export const OrigNote = t('OrigNote', re(`[（(]原(?:第${NQ}[编章节条條款项目](?:之${N})?)+[）)]`), '（原第X条）');
/** 第一处“计划生育”: one occurrence of the quoted words. */
export const Occurrence = t('Occurrence', re(`第${N}处`), '第一处');

// Ordinal references: 第X条 … (numbers in the original numbering).
export const ArticleRef = t('ArticleRef', re(`第${N}[条條](?:之${N})?`), '第X条', { categories: [RefTok] });
export const ParagraphRef = t('ParagraphRef', re(`第${N}款`), '第X款', { categories: [RefTok] });
export const ItemRef = t('ItemRef', re(`第${NQ}项`), '第X项', { categories: [RefTok] });
export const SubitemRef = t('SubitemRef', re(`第${NQ}目`), '第X目', { categories: [RefTok] });
export const SectionRef = t('SectionRef', re(`第${N}节`), '第X节', { categories: [RefTok] });
export const ChapterRef = t('ChapterRef', re(`第${N}章`), '第X章', { categories: [RefTok] });
export const PartRef = t('PartRef', re(`第${N}编`), '第X编', { categories: [RefTok] });
export const NaturalParaRef = t('NaturalParaRef', re(`第${N}自然段`), '第X自然段', { categories: [RefTok] });
export const DivisionRef = t('DivisionRef', re(`第${N}部分`), '第X部分', { categories: [RefTok] });
export const SentenceRef = t('SentenceRef', re(`第${N}句|[前后]${N}句|最后一句`), '第X句');
export const DuanRef = t('DuanRef', re(`第${N}段`), '第X段', { categories: [RefTok] });

// Counts: 一条, 两款, 五条 … (what 增加 adds). A bare 十一条 is also read as an article.
export const CountArticle = t('CountArticle', re(`${N}[条條]`), '一条', { categories: [RefTok, CountTok] });
export const CountParagraph = t('CountParagraph', re(`${N}款`), '一款', { categories: [CountTok] });
export const CountItem = t('CountItem', re(`${N}项`), '一项', { categories: [CountTok] });
export const CountSubitem = t('CountSubitem', re(`${N}目`), '一目', { categories: [CountTok] });
export const CountSection = t('CountSection', re(`${N}节`), '一节', { categories: [CountTok] });
export const CountChapter = t('CountChapter', re(`${N}章`), '一章', { categories: [CountTok] });
export const CountPart = t('CountPart', re(`${N}编`), '一编', { categories: [CountTok] });
export const CountSentence = t('CountSentence', re(`${N}句话?`), '一句');
