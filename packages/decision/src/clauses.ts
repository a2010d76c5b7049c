import type { IToken } from 'chevrotain';
import type { ArticleNumber } from '@amend/model';

/**
 * What one clause of an instruction says, before context is applied: the
 * visitor builds these from the CST, the resolver turns them into operations.
 * Offsets are into the item's Segment.
 */

export type RefLevel =
  | 'part' | 'chapter' | 'section' | 'article' | 'paragraph' | 'item' | 'subitem'
  | 'naturalPara' | 'duan' | 'division';

export interface Ref {
  level: RefLevel;
  num: number;
  /** Articles only: 第一百三十三条之二. */
  article?: ArticleNumber;
  token: IToken;
}

export type SelKind = 'refs' | 'preamble' | 'intro' | 'title' | 'qi' | 'this' | 'whole' | 'body';

/** A place as written: 第十六条第六项, 序言第七自然段, 其, 该条 … */
export interface Sel {
  kind: SelKind;
  refs: Ref[];
  /** 这一条 / 这一款 / 这一自然段 … */
  thisWord?: string;
  /** The rule named before the place (《中华人民共和国某某法》第十条), without 《》. */
  law?: string;
  /** 第二句 / 后两句 / 最后一句: a part of the unit no address can name. */
  part?: string;
  /** Words after the last reference that describe nothing (an error). */
  trailing?: IToken;
  from: number;
  to: number;
}

/** One entry of a target list; `range` when it closes a 第X条至第Y条 range. */
export interface TargetItem {
  sel: Sel;
  range: boolean;
}

export interface Quote {
  text: string;
  from: number;
  to: number;
}

interface ClauseBase {
  start: number;
  end: number;
}

export type Clause = ClauseBase &
  (
    | { kind: 'replacePhrases'; targets?: TargetItem[]; olds: Quote[]; news: Quote[]; restated: boolean; respectively: boolean }
    /** `sentence`: the words are a sentence or provision of their own (增加一句, 增加规定). */
    | { kind: 'insertPhrase'; targets?: TargetItem[]; anchor: Quote[]; position: 'after' | 'before'; text: Quote[]; sentence: boolean }
    | { kind: 'insertEdge'; targets?: TargetItem[]; position: 'start' | 'end'; text: Quote[]; sentence: boolean }
    | { kind: 'deletePhrases'; groups: { targets?: TargetItem[]; phrases: Quote[] }[] }
    | { kind: 'deleteNodes'; targets: TargetItem[] }
    | { kind: 'replaceNode'; targets?: TargetItem[]; renumberTo?: TargetItem[]; into?: TargetItem[]; count?: IToken; payload?: Quote[]; lead?: true }
    /** `verb` as written: 改为, 作为, 移作, 移至, 调整为 (the last three may move a provision). */
    | { kind: 'renumber'; targets: TargetItem[]; to: TargetItem[]; verb: string }
    | { kind: 'renameHeading'; targets: TargetItem[]; title: Quote }
    | { kind: 'merge'; targets: TargetItem[]; as?: Sel; payload?: Quote[] }
    | { kind: 'split'; targets: TargetItem[]; as: Sel; payload?: Quote[] }
    | { kind: 'insert'; anchor?: { rel: 'in' | 'after' | 'before'; targets: TargetItem[] }; count: IToken; as: TargetItem[]; payload?: Quote[] }
    | { kind: 'appendParagraph'; targets?: TargetItem[]; payload: Quote[] }
    | { kind: 'unsupported'; what: string; targets?: TargetItem[] }
    | { kind: 'adjustOrder' }
    | { kind: 'adjustPair'; old: Quote; now: Quote }
    | { kind: 'content'; payload: Quote[] }
  );
