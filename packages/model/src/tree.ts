import type { Span } from './position.ts';

/**
 * The document tree. Specified in docs/document-tree.md; node kinds use the
 * glossary names: 编 part, 章 chapter, 节 section, 条 article, 款 paragraph,
 * 项 item, 目 subitem. Plans and notices add point (一、（一）1.), box (专栏)
 * and table.
 *
 * Trees are immutable values (the engine produces new versions with immer and
 * shares unchanged nodes). `id` is an Akoma Ntoso style eId such as
 * `chp_2__art_8__para_1__item_3`, recomputed whenever numbering changes.
 * `pos` is where the node came from in its source file; nodes an operation
 * created carry `origin` instead.
 */

/** 第一百三十三条之二 → { n: 133, sub: 2 }. */
export interface ArticleNumber {
  n: number;
  sub?: number;
}

/** Which decision item made a node. */
export interface Provenance {
  /** The decision's title or file name. */
  decision: string;
  /** Label path of the item, e.g. `三（三）`, as the decision writes it. */
  item: string;
  /** Index of the operation inside the item. */
  op: number;
  span: Span;
}

interface NodeBase {
  id: string;
  pos?: Span;
  origin?: Provenance;
}

/** 题注: promulgation and amendment history lines under the title. */
export interface Note extends NodeBase {
  kind: 'note';
  text: string;
}

/** 编 */
export interface Part extends NodeBase {
  kind: 'part';
  num: number;
  title: string;
  children: (Chapter | Article | Block)[];
}

/** 章 */
export interface Chapter extends NodeBase {
  kind: 'chapter';
  num: number;
  title: string;
  children: (Section | Article | Block)[];
}

/** 节 */
export interface Section extends NodeBase {
  kind: 'section';
  num: number;
  title: string;
  children: (Article | Block)[];
}

/** 条 */
export interface Article extends NodeBase {
  kind: 'article';
  num: ArticleNumber;
  children: Paragraph[];
}

/**
 * 款. Inside an article: one paragraph of the article, whose `text` may be the
 * lead-in of a list of items. Outside articles: a running paragraph.
 */
export interface Paragraph extends NodeBase {
  kind: 'paragraph';
  text: string;
  children: Item[];
}

/** 项, written （一）. `label` keeps the marker as written, e.g. `（一）` or `(一)`. */
export interface Item extends NodeBase {
  kind: 'item';
  num: number;
  label: string;
  text: string;
  children: Subitem[];
}

/** 目, written 1. */
export interface Subitem extends NodeBase {
  kind: 'subitem';
  num: number;
  label: string;
  text: string;
}

/** A numbered division of a plan: 一、 (`dun`), （一） (`paren`) or 1. (`arabic`). */
export interface PlanPoint extends NodeBase {
  kind: 'point';
  style: 'dun' | 'paren' | 'arabic';
  num: number;
  label: string;
  text: string;
  children: Block[];
}

/** 专栏: a boxed insert of a plan, usually holding a table. */
export interface Box extends NodeBase {
  kind: 'box';
  title: string;
  children: Block[];
}

export interface Table extends NodeBase {
  kind: 'table';
  rows: string[][];
}

export type Block = Paragraph | PlanPoint | Box | Table;

export type DocumentType = 'rule' | 'plan' | 'decision' | 'notice' | 'other';

/** What a gazette or header says about a document. */
export interface DocumentMeta {
  /** 宁夏回族自治区人民政府 */
  issuer?: string;
  /** 宁夏回族自治区人民政府令第119号, 宁政办发〔2021〕96号 */
  docNumber?: string;
  /** Dates as ISO strings (YYYY-MM-DD). */
  adopted?: string;
  /** Approved by a higher body (批准: a city's regulation by the province). */
  approved?: string;
  promulgated?: string;
  /** The effective-date clause as written and the date it gives (absent for 自公布之日起施行: same as promulgated). */
  effective?: { clause: string; date?: string };
  signatory?: string;
  /** The version date, e.g. from a corpus file name. */
  version?: string;
  repealed?: { by: string; date?: string };
}

export interface Document extends NodeBase {
  kind: 'document';
  type: DocumentType;
  title: string;
  notes: Note[];
  /** 目录 lines, when the source has a table of contents. */
  toc: string[];
  /** 引言 / front matter before the body. */
  preamble: Paragraph[];
  children: (Part | Chapter | Section | Article | Block)[];
  meta: DocumentMeta;
}

export type Node = Document | Note | Part | Chapter | Section | Article | Paragraph | Item | Subitem | PlanPoint | Box | Table;

export type NodeKind = Node['kind'];

/** Levels an amendment can address. */
export type Level =
  | 'title'
  | 'preamble'
  | 'part'
  | 'chapter'
  | 'section'
  | 'article'
  | 'paragraph'
  | 'item'
  | 'subitem'
  /** A sentence of a 款/项's text (Address.sentence); not a node. */
  | 'sentence';

/** Fails to compile when a switch over a union misses a member. */
export function assertNever(x: never, what = 'value'): never {
  throw new Error(`unhandled ${what}: ${JSON.stringify(x)}`);
}
