import type { Span } from './position.ts';
import type { Article, ArticleNumber, Chapter, DocumentMeta, Item, Level, Paragraph, Part, Section, Subitem } from './tree.ts';

/**
 * Typed amendment operations, specified in docs/operations.md. Every number
 * in an Address refers to the ORIGINAL rule, except `as`/`to` addresses, which
 * give the new number the decision announces. Text inside a payload is
 * written against the new numbering and inserted as is.
 */

/**
 * A place in a rule. Omitted levels are unspecified: `{article:{n:14}, item:5}`
 * is 第十四条第五项 (the engine finds the paragraph holding items).
 */
export interface Address {
  part?: number;
  chapter?: number;
  section?: number;
  article?: ArticleNumber;
  paragraph?: number;
  item?: number;
  subitem?: number;
  /**
   * 第二句 of the 款/项 named (of the article's only 款 when none is named):
   * 1-based, `-1` for 最后一句. Sentences end at 。！？ (with a closing ”).
   */
  sentence?: number;
  /**
   * Places without a number: the rule's title (名称), its 引言; or the
   * heading of the part, chapter or section named (`{chapter: 2, special:
   * 'heading'}` is 第二章的章名). A reply (批复, 答复) written without
   * articles or points: `body` (正文) is its text between the addressee line
   * and 此复, `answer` (答复内容) the paragraphs after 答复如下： (replyParts).
   */
  special?: 'title' | 'preamble' | 'heading' | 'body' | 'answer';
  /**
   * The scope of a text change runs on to the end of the rule: `from` the
   * article named and every article after it (第十一条及其后条文, 第十一条至最后一条),
   * `after` only those after it (第十一条以后各条, 其后各条).
   */
  onward?: 'from' | 'after';
}

/** A payload (the text after 修改为：/作为第X条：) parsed with the document parser. */
export type Fragment =
  | {
      level: 'articles';
      text: string;
      articles: Article[];
      /**
       * A payload for a part, chapter or section that starts with its heading
       * (增加一章，作为第五章：“第五章　附则”“第三十条　…”): the division(s) as
       * read, holding the same articles (and any sections).
       */
      divisions?: (Part | Chapter | Section)[];
    }
  | { level: 'paragraphs'; text: string; paragraphs: Paragraph[] }
  | { level: 'items'; text: string; items: Item[] }
  | { level: 'subitems'; text: string; subitems: Subitem[] }
  /** A title or heading: 将第三章章名修改为“…”. */
  | { level: 'heading'; text: string };

interface OperationBase {
  /** Title of the rule the operation amends (as the decision names it). */
  rule: string;
  /** Label path of the decision item, e.g. `三（三）` or `一`. */
  item: string;
  /** Where the instruction is in the decision file. */
  span: Span;
  /**
   * Read from words addressed to every rule of a decision that amends several
   * (此外，将上述五件地方性法规名称和内容中“区县”…统一修改为“区”): a phrase
   * this rule does not contain is simply not there to change, not an error.
   */
  decisionWide?: true;
}

/** 将第五条中的“A”修改为“B”，“C”修改为“D” — pairs located in the original text at once. */
export interface ReplaceTextOp extends OperationBase {
  kind: 'replaceText';
  scope: Address[];
  /**
   * `occurrence` (1-based) limits a pair to one occurrence of `from` in the
   * scope: 将第十三条第一款中的第一处“计划生育”修改为“卫生健康”.
   */
  pairs: { from: string; to: string; occurrence?: number }[];
  /**
   * 除本条外，其他条文中的“A”均修改为“B”: places the scope leaves out (each
   * with all it holds), in the original numbering — here the article the
   * item just restated, whose words the decision has given already.
   */
  except?: Address[];
}

/** 删去第三条第一款中的“规章”、“通报批评”. */
export interface DeleteTextOp extends OperationBase {
  kind: 'deleteText';
  scope: Address[];
  phrases: string[];
  /** 删除第二款最后面的“…” / 最前面的“…”: only the last (first) occurrence in each scope. */
  edge?: 'start' | 'end';
  /** 删去除本条外，其他条文中的“A”: places the scope leaves out, as ReplaceTextOp.except. */
  except?: Address[];
}

/**
 * 在第五条第二款末尾增加“…”; 第一条第二款开始部分增加规定：“…”; 在第五条中的“A”后增加“B”.
 * Text added to each named unit: at its start or end, or beside every
 * occurrence of a phrase (located in the original text, like replaceText).
 */
export interface InsertTextOp extends OperationBase {
  kind: 'insertText';
  scope: Address[];
  text: string;
  position: 'start' | 'end' | { after: string } | { before: string };
  /**
   * 将“玩忽职守”调整到“滥用职权”之后: `text` is words of the place itself,
   * which leave where they stand and go beside the phrase; the marks joining
   * a list (、, 和, 或者…) keep their places, so 甲、乙和丙 with 甲 moved after
   * 丙 reads 乙、丙和甲.
   */
  moved?: true;
  /** 除本条外，其他条文中的“A”前均增加“B”: places the scope leaves out, as ReplaceTextOp.except. */
  except?: Address[];
}

/** 将第十六条修改为：…; 将第二十条第三款修改为：…; 将第三项修改为：…; 将第三条第一句修改为：“…” (level `sentence`: `content.text` replaces it) */
export interface ReplaceNodeOp extends OperationBase {
  kind: 'replaceNode';
  level: Level;
  target: Address;
  content: Fragment;
  /**
   * 第五条条首部分修改为：“…” / 款首部分: only the words before the 项 (of the
   * 款 holding them) are replaced; the 项 stay, and so does the lead-in's
   * final ： when the new words have no final mark.
   */
  leadIn?: true;
}

/**
 * 增加一条，作为第五条：…; 在第X条后增加一条，作为第X条之一：…; 第二条增加一款，作为第一款：…
 * `as` is the new node's number in the new numbering; `after`/`before` the
 * anchor in the original numbering when the decision names one.
 */
export interface InsertNodeOp extends OperationBase {
  kind: 'insertNode';
  level: Level;
  /** The container in the original numbering (for a paragraph: its article). */
  parent?: Address;
  after?: Address;
  before?: Address;
  as: Address;
  content: Fragment;
  /**
   * A part, chapter or section heading inserted around articles: 增加一章，
   * 作为第一章“总则”，包括第一条至第七条 — the first and last article (in the
   * NEW numbering) the new heading holds; `content` is then the heading alone.
   */
  holds?: { from: Address; to: Address };
  /**
   * 在附则中新增一条：“…”: the part, chapter or section whose title this is
   * (附则, 总则); the article goes after its last article, numbered on from it.
   */
  into?: string;
}

/** 删去第十四条; 删去第二条第二款; 删去第十一条第二款第一项; 删去第十条第二款第二句 (level `sentence`). */
export interface DeleteNodeOp extends OperationBase {
  kind: 'deleteNode';
  level: Level;
  target: Address;
  /**
   * 删除第三款：“…”: the words the decision quotes as the provision's, one line
   * a 款 or 项 (joined by \n); the engine checks them against the original.
   */
  shown?: string;
}

/** 第八条改为第九条 — a statement the engine checks against its own renumbering. */
export interface RenumberOp extends OperationBase {
  kind: 'renumber';
  level: Level;
  target: Address;
  to: Address;
}

/** 将第十八条、第十九条、第二十条合并，作为第十八条，修改为：… */
export interface MergeOp extends OperationBase {
  kind: 'merge';
  level: Level;
  targets: Address[];
  as: Address;
  content?: Fragment;
}

/** 将第八条第三款单列一条，作为第四十九条，修改为：… */
export interface SplitOp extends OperationBase {
  kind: 'split';
  level: Level;
  source: Address;
  as: Address;
  content?: Fragment;
}

/**
 * 将第三章移作第五章; 将第十条移作第十二条; 将第四条第二款移作第七条第二款;
 * 将第三条第二款移至第五条. The node (with what it holds) leaves its place and
 * goes where the NEW numbering gives it `to`: a chapter, section or part
 * among its siblings, an article in the run of articles (in the chapter of
 * the article before it, or in `to.chapter`), a 款 into the article `to`
 * names (at `to.paragraph`, or last), a 项 or 目 likewise. It keeps its
 * identity, so references to it follow it. A 款 or 项 that becomes an
 * article of its own (单列) is a `split`.
 */
export interface MoveOp extends OperationBase {
  kind: 'move';
  level: Level;
  source: Address;
  to: Address;
}

/** 将第三章章名修改为“…”; 将名称修改为“…”. */
export interface RenameHeadingOp extends OperationBase {
  kind: 'renameHeading';
  level: Level;
  target: Address;
  title: string;
}

export type Operation =
  | ReplaceTextOp
  | DeleteTextOp
  | InsertTextOp
  | ReplaceNodeOp
  | InsertNodeOp
  | DeleteNodeOp
  | RenumberOp
  | MergeOp
  | SplitOp
  | MoveOp
  | RenameHeadingOp;

export type OperationKind = Operation['kind'];

/** One numbered item of a decision: （十一）将第三十一条修改为：… */
export interface DecisionItem {
  /** The item's own label as written: （十一）, 一、, 1. */
  label: string;
  num: number;
  /** Label path from the decision's root, e.g. `三（十一）`. */
  path: string;
  text: string;
  span: Span;
  operations: Operation[];
}

/** All instructions a decision gives for one rule. */
export interface RuleAmendment {
  /** Title of the amended rule, as the decision names it. */
  title: string;
  /** The heading's label in a multi-rule decision (一、), empty otherwise. */
  label: string;
  span: Span;
  items: DecisionItem[];
}

export interface Repeal {
  title: string;
  /** （1994年12月6日宁政发〔1994〕131号公布） without brackets. */
  note: string;
  label: string;
  span: Span;
}

/**
 * `citations`: 条文中引用《X》相应条文序号根据修改后的《X》作相应调整 — other
 * rules' references to the amended one follow its new numbering (recorded
 * and reported; applying it belongs to cross-rule citations).
 */
export type ClosingKind = 'effective' | 'adjust' | 'republish' | 'renumber' | 'citations' | 'other';

/** 本决定自…起施行; 此外，对相关政府规章中的条文序号和个别文字作相应调整和修改; … */
export interface ClosingClause {
  kind: ClosingKind;
  text: string;
  span: Span;
}

export interface Decision {
  title: string;
  file?: string;
  meta: DocumentMeta;
  /** Text before the lists (为了…，现决定：). */
  preamble: string;
  repealed: Repeal[];
  amendments: RuleAmendment[];
  closing: ClosingClause[];
}
