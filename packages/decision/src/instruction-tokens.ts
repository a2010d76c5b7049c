import { createToken, type TokenType } from 'chevrotain';
import {
  ArticleRef,
  BookTitle,
  ChapterRef,
  CountArticle,
  CountChapter,
  CountItem,
  CountParagraph,
  CountPart,
  CountSection,
  CountSentence,
  CountSubitem,
  DivisionRef,
  DuanRef,
  ElidedRefs,
  ExceptThis,
  ItemRef,
  LawName,
  LawPrefix,
  LeadingRefs,
  N,
  NaturalParaRef,
  Occurrence,
  OrderFollows,
  OrigNote,
  Onward,
  ParagraphRef,
  PartRef,
  Quoted,
  QuotedRef,
  re,
  SectionRef,
  SentenceRef,
  SubitemRef,
  t,
  WhiteSpace,
  WholeRule,
  Becomes,
  CountTok,
  Edge,
  HeadingWord,
  Join,
  Manner,
  Poss,
  RefTok,
  Sep,
  Side,
  Within,
} from './grammar-place-tokens.ts';

export * from './grammar-place-tokens.ts';

/**
 * Tokens of amendment instructions. Order matters: chevrotain takes the first
 * pattern that matches, so longer keywords come before their prefixes
 * (修改为 before 改为, 中的 before 中, 之后 before 后). LABELs are what error
 * messages list as expected. The categories, quotations and the words naming
 * places are in grammar-place-tokens.ts; the verbs and function words, and
 * the order all are tried in, here.
 */

// Compared by code: text[i] of a CJK character allocates a string.
const CLOSE_CODE = '”'.charCodeAt(0);

/** 条文顺序 / 条款顺序 (…后，条款顺序作相应调整) / 条文的顺序 / 其他条文顺序 (并将其他条文顺序作相应的调整). */
export const ArticleOrder = t('ArticleOrder', /(?:其他|其余)?(?:条文顺序|条款顺序|条文的顺序)/, '条文顺序');
/** 作相应调整 / 作相应的调整规范 (adjusted to the standard form: the same statement). */
export const AdjustAccordingly = t('AdjustAccordingly', /作相应(?:的)?(?:调整|修改)(?:和修改|规范)?/, '作相应调整');
export const Amended = t('Amended', '修改后');
/** 分为两款 / 拆分为两条: a provision divided. */
export const SplitInto = t('SplitInto', /拆分为|拆分成|分解为|分解成|分为|分成|分作/, '分为');
/** 分三款表述为：“…”“…”“…” — the text of an insertion, in so many 款. */
export const InParts = t('InParts', re(`分${N}[款项条]表述为`), '分三款表述为');
export const ContentIs = t('ContentIs', /内容(?:如下|为|是)|表述为|规定为/, '内容为');
export const Modify = t('Modify', /修改为|修改成|替换为|替换成|更改为|变更为/, '修改为');
/** 进行修改 / 作修改: said of a provision whose new text follows or which moves (…，作为第五条). */
export const DoModify = t('DoModify', /进行修改|作出修改|作修改/, '进行修改');
/** 改为; 改 right before a number (将第二十二条改第二十四条), 顺延为 (原第九项顺延为第十一项) and 变为 (原第二款变为第三款) say the same. */
export const ChangeTo = t('ChangeTo', re(`改为|改成|顺延为|变为|改(?=第${N}[条款项目章节])`), '改为', { categories: [Becomes] });
/** 调整作为第二款 says 调整为. */
export const AdjustTo = t('AdjustTo', /调整为|调整作为/, '调整为', { categories: [Becomes] });
export const MoveTo = t('MoveTo', /移作|移为|移至|移到/, '移作', { categories: [Becomes] });
/** 将“玩忽职守”调整到“滥用职权”之后: words moved among the words of their place (移至 too). */
export const MoveToward = t('MoveToward', /调整到|调整至|调到|挪到|挪至|移动到/, '调整到');
export const As = t('As', '作为', undefined, { categories: [Becomes] });
export const Respectively = t('Respectively', '分别');
export const Accordingly = t('Accordingly', /相应地|相应|按顺序|依次/, '相应', { categories: [Manner] });
/** 统一修改为, 一律修改为: how, not what. */
export const Uniformly = t('Uniformly', /统一|一律|均|全部/, '统一', { categories: [Manner] });
export const MergeInto = t('MergeInto', '并入', '并入');
/** 合并 / 合并为 / 合并成 / 合并表述 (将第一条与第二条合并表述，第一条修改为：“…”: merged, then the article restated). */
export const Merge = t('Merge', /合并为|合并成|合并表述|合并/, '合并');
/** 单列一条 / 单作一条: a provision made an article of its own. */
export const SplitOut = t('SplitOut', /单列|单作/, '单列');
export const Delete = t('Delete', /(?:予以)?(?:删去|删除)/, '删去');
/** 在“A”前加“B” / 在条文最后加“…”: 加 right before the added words says 增加. */
export const Add = t('Add', /增加|增写|新增|增设|增补|补充|加(?=“)/, '增加');
/** 增加一款内容作为第三款 / 将第十四条第三款内容修改为: a word that names nothing. */
export const ContentWord = t('ContentWord', '内容', '内容');
/**
 * Words right after a closing quotation that say what the quoted words are:
 * “A”“B”等表述 / “规划和自然资源”部门表述 / “A”的表述 / “A”的内容 / “及”字 /
 * “擅自”二字 / “A”字样 / “A”的规定 (调整作为第二款) / “环境保护”部门 (the word 部门 belongs to the phrase).
 */
const EXPRESSION =
  /^(?:(?:等|的|部门)?表述|的内容|的规定(?!的)|(?:[一二两三四五六七八九十百]+个?)?字样?|部门(?=修改|改为|替换|更改|变更|[，、。；,;]|$))/;
export const Expression = createToken({
  name: 'Expression',
  label: '表述',
  start_chars_hint: [...'等的部表字一二两三四五六七八九十'],
  line_breaks: false,
  pattern: {
    exec: (text: string, offset: number) => {
      if (text.charCodeAt(offset - 1) !== CLOSE_CODE) return null;
      const m = EXPRESSION.exec(text.slice(offset, offset + 8));
      return m ? ([m[0]] as [string]) : null;
    },
  },
});
/** 删除第四十八条之规定: the provision itself; 删除第二款的内容 (at the end of the clause) says the same. */
export const OfRule = t('OfRule', /之规定|的内容(?![^，。；,;])/, '之规定');
/**
 * 将第五十四条改为第六十六条，列入本章: the article goes into the heading this item adds (or that of the
 * article it is put beside); 列入第三章: into the heading named.
 */
export const IntoThis = t('IntoThis', /(?:列入|纳入|归入)(?:本(?:章|节|编)|(?:第[一二三四五六七八九十百零〇]+[编章节])+)/, '列入本章');
/** 包括第一条至第七条: the articles a new chapter holds. */
export const Including = t('Including', /包括|包含/, '包括');
export const Provision = t('Provision', '规定');
/** 即：“…” — the text of an insertion (甘肃 style: 增加一项作为第六项，即：). */
export const Namely = t('Namely', '即');
export const Jiang = t('Jiang', /将|把/, '将');
export const Dui = t('Dui', '对', '对');
export const Zai = t('Zai', '在');
/** 本条所有的“A” / 第五条中所有的“A”: every occurrence, as 中的 already means. */
export const InOf = t('InOf', /中所有的|所有的|中的|末尾的|开头的/, '中的', { categories: [Within, Poss] });
/** 规定的“…” reads like 中的“…”; it must lex before 规定. */
export const ProvisionOf = t('ProvisionOf', '规定的', '规定的', { categories: [Within, InOf, Poss] });
export const In = t('In', '中', '中', { categories: [Within] });
export const Qi = t('Qi', '其', '其');
export const After = t('After', /之后|以后|后面|后/, '后', { categories: [Side] });
export const Before = t('Before', /之前|以前|前面|前/, '前', { categories: [Side] });
export const Lead = t('Lead', /条首部分|款首部分/, '条首部分');
export const Begin = t('Begin', /最前面|开始部分|开头部分|起始部分|开头|句首/, '开始部分', { categories: [Edge] });
/** 在条文最后加“…”: the end of the article named before. */
export const End = t('End', /条文最后|条文末尾|最后面|最末尾|末尾|结尾|最后|句尾|句末/, '末尾', { categories: [Edge] });
export const HeadingName = t('HeadingName', /章节名称|章名|节名|编名/, '章名', { categories: [HeadingWord] });
export const TitleWord = t('TitleWord', '标题', undefined, { categories: [HeadingWord] });
/** 第二章名称修改为：“…”: 名称 right after 章/节/编 is the heading's title, not the rule's. */
export const HeadingNameAfterRef = createToken({
  name: 'HeadingNameAfterRef',
  label: '章名',
  start_chars_hint: ['名'],
  line_breaks: false,
  categories: [HeadingWord],
  pattern: {
    exec: (text: string, offset: number) => {
      const before = text.charCodeAt(offset - 1);
      // 章 节 编
      if (before !== 0x7ae0 && before !== 0x8282 && before !== 0x7f16) return null;
      return text.startsWith('名称', offset) ? (['名称'] as [string]) : null;
    },
  },
});
/** 名称 / 条例名称 (将条例名称修改为“…”): the rule's title. */
export const NameWord = t('NameWord', /(?:条例|办法|规定|细则)?名称/, '名称');
export const Intro = t('Intro', '引言');
export const PreambleWord = t('PreambleWord', '序言');
/** 正文 (正文第二段), and 答复内容 / 批复内容: the text of a reply, or the answer in it. */
export const Body = t('Body', /正文|答复内容|批复内容/, '正文');
/** 在附则中新增一条: a chapter named by its title, which rules give only to these. */
export const DivisionTitle = t('DivisionTitle', /附则|总则/, '附则');
export const ThisRef = t('ThisRef', /这一自然段|这一条|这一款|这一项|这条|这款|这项|该条|该款|该项|本条|本款|本项/, '这一条');
/** 在本章中增加一条: the chapter (section, part) this item adds or names. */
export const ThisDivision = t('ThisDivision', /本(?:章|节|编)/, '本章');
export const Orig = t('Orig', '原');
export const Meanwhile = t('Meanwhile', /同时|此外|另外/, '同时');
export const AndAlso = t('AndAlso', /并且|并/, '并');
export const And = t('And', /以及|和|及|与|同/, '和', { categories: [Join] });
export const Range = t('Range', '至');
export const Of = t('Of', '的', '的', { categories: [Within, Poss] });
/** 增加第五项为：“…” / 章节名称为“…”. */
export const Is = t('Is', '为', '为');
export const Dun = t('Dun', '、', undefined, { categories: [Join] });
export const Comma = t('Comma', /[，,]/, '，', { categories: [Sep] });
export const Semi = t('Semi', /[；;]/, '；', { categories: [Sep] });
export const Period = t('Period', /。/, '。', { categories: [Sep] });
export const Colon = t('Colon', /[：:]/, '：');
/** Anything else: descriptive words between references (职权), or an error. */
// A range, not a complement set: chevrotain's first-character optimisation needs one.
// Whitespace is lexed first, so the overlap with it never wins.
export const Other = t('Other', /[\u0021-\uffff]/, 'text');
/** 修改第一款为：“…”: the verb before the place it restates (made last, so the types before keep their numbers). */
export const ModifyPlace = t('ModifyPlace', /修改(?=第)/, '修改');

export const allTokens: TokenType[] = [
  WhiteSpace,
  QuotedRef,
  Quoted,
  Expression,
  BookTitle,
  LawName,
  ExceptThis,
  WholeRule,
  OrderFollows,
  Onward,
  LeadingRefs,
  OrigNote,
  // Past OrderFollows, which can match where ArticleRef does, the references differ by the word after the
  // number (条, 款, 项, 处, 句…; 、 for ElidedRefs), so no two match at one place and their order is free: the
  // commonest first, as each is tried in turn.
  ArticleRef,
  ParagraphRef,
  ItemRef,
  Occurrence,
  NaturalParaRef,
  DivisionRef,
  SentenceRef,
  SubitemRef,
  SectionRef,
  ChapterRef,
  PartRef,
  DuanRef,
  ElidedRefs,
  CountArticle,
  CountParagraph,
  CountItem,
  CountSubitem,
  CountSection,
  CountChapter,
  CountPart,
  CountSentence,
  ArticleOrder,
  AdjustAccordingly,
  Amended,
  SplitInto,
  InParts,
  ContentIs,
  Modify,
  ModifyPlace,
  DoModify,
  ChangeTo,
  AdjustTo,
  MoveTo,
  MoveToward,
  As,
  Respectively,
  Accordingly,
  Uniformly,
  MergeInto,
  Merge,
  SplitOut,
  Delete,
  Add,
  ContentWord,
  OfRule,
  IntoThis,
  Including,
  ProvisionOf,
  Provision,
  Namely,
  Jiang,
  Dui,
  Zai,
  InOf,
  Lead,
  Begin,
  In,
  Qi,
  After,
  Before,
  End,
  HeadingName,
  TitleWord,
  HeadingNameAfterRef,
  NameWord,
  Intro,
  PreambleWord,
  Body,
  DivisionTitle,
  ThisRef,
  ThisDivision,
  Orig,
  Meanwhile,
  AndAlso,
  And,
  Range,
  Of,
  Is,
  Dun,
  Comma,
  Semi,
  Period,
  Colon,
  LawPrefix,
  Sep,
  Side,
  Join,
  Within,
  Poss,
  Edge,
  Becomes,
  HeadingWord,
  RefTok,
  CountTok,
  Manner,
  Other,
];

/** Tokens that make a sentence an instruction at all (used to tell statements from broken instructions). */
export const verbTokens: TokenType[] = [
  Modify,
  ModifyPlace,
  ChangeTo,
  AdjustTo,
  MoveTo,
  MoveToward,
  Delete,
  Add,
  Merge,
  MergeInto,
  SplitOut,
  SplitInto,
  ArticleOrder,
  DoModify,
];
