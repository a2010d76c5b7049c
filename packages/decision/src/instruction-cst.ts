// Generated from the instruction grammar by chevrotain's generateCstDts: do not edit.
// Regenerate: UPDATE_CST=1 npx vitest run packages/decision/test/instruction-cst.test.ts
import type { CstNode, ICstVisitor, IToken } from "chevrotain";

export interface TargetCstNode extends CstNode {
  name: "target";
  children: TargetCstChildren;
}

export type TargetCstChildren = {
  LawPrefix?: IToken[];
  Orig?: (IToken)[];
  RefTok?: (IToken)[];
  Other?: (IToken)[];
  PreambleWord?: (IToken)[];
  NaturalParaRef?: (IToken)[];
  Body?: (IToken)[];
  DuanRef?: (IToken)[];
  Intro?: (IToken)[];
  NameWord?: (IToken)[];
  Qi?: (IToken)[];
  OnwardPlace?: (IToken)[];
  ThisRef?: (IToken)[];
  WholeRule?: (IToken)[];
  OrigNote?: IToken[];
  Onward?: IToken[];
  SentenceRef?: IToken[];
  Quoted?: IToken[];
  OfRule?: IToken[];
  Of?: IToken[];
  HeadingWord?: IToken[];
};

export interface TargetListCstNode extends CstNode {
  name: "targetList";
  children: TargetListCstChildren;
}

export type TargetListCstChildren = {
  target: (TargetCstNode)[];
  Join?: IToken[];
  Range?: IToken[];
  Comma?: IToken[];
};

export interface AsTargetsCstNode extends CstNode {
  name: "asTargets";
  children: AsTargetsCstChildren;
}

export type AsTargetsCstChildren = {
  Amended?: IToken[];
  target: (TargetCstNode)[];
  Join?: IToken[];
  Range?: IToken[];
};

export interface QuoteListCstNode extends CstNode {
  name: "quoteList";
  children: QuoteListCstChildren;
}

export type QuoteListCstChildren = {
  Occurrence?: IToken[];
  Quoted: (IToken)[];
  Join?: IToken[];
  Expression?: IToken[];
};

export interface NewQuotesCstNode extends CstNode {
  name: "newQuotes";
  children: NewQuotesCstChildren;
}

export type NewQuotesCstChildren = {
  Quoted: (IToken)[];
  Join?: IToken[];
  Expression?: IToken[];
};

export interface PayloadCstNode extends CstNode {
  name: "payload";
  children: PayloadCstChildren;
}

export type PayloadCstChildren = {
  Quoted: IToken[];
  Expression?: IToken[];
};

export interface PhraseActionCstNode extends CstNode {
  name: "phraseAction";
  children: PhraseActionCstChildren;
}

export type PhraseActionCstChildren = {
  Comma?: IToken[];
  Respectively?: IToken[];
  Manner?: (IToken)[];
  Modify?: IToken[];
  ChangeTo?: IToken[];
  Colon?: (IToken)[];
  newQuotes?: NewQuotesCstNode[];
  Delete?: (IToken)[];
  Side?: (IToken)[];
  Of?: (IToken)[];
  Quoted?: (IToken)[];
  Add?: IToken[];
  sentenceWord?: SentenceWordCstNode[];
  quoteList?: QuoteListCstNode[];
  AdjustTo?: IToken[];
  asTargets?: AsTargetsCstNode[];
  MoveToward?: IToken[];
  MoveTo?: IToken[];
};

export interface EdgeTextCstNode extends CstNode {
  name: "edgeText";
  children: EdgeTextCstChildren;
}

export type EdgeTextCstChildren = {
  Of?: IToken[];
  ContentWord?: IToken[];
  Edge?: IToken[];
  Side?: IToken[];
  Respectively?: IToken[];
  Manner?: IToken[];
  Add: IToken[];
  sentenceWord?: SentenceWordCstNode[];
  Colon?: IToken[];
  payload: PayloadCstNode[];
};

export interface SentenceWordCstNode extends CstNode {
  name: "sentenceWord";
  children: SentenceWordCstChildren;
}

export type SentenceWordCstChildren = {
  CountSentence?: IToken[];
  Comma?: IToken[];
  ContentIs?: (IToken)[];
  Provision?: IToken[];
};

export interface AnchorInsertCstNode extends CstNode {
  name: "anchorInsert";
  children: AnchorInsertCstChildren;
}

export type AnchorInsertCstChildren = {
  Side: IToken[];
  Add: IToken[];
  insertBody: InsertBodyCstNode[];
};

export interface AddTailCstNode extends CstNode {
  name: "addTail";
  children: AddTailCstChildren;
}

export type AddTailCstChildren = {
  Add: IToken[];
  Provision?: IToken[];
  Colon?: (IToken)[];
  payload?: (PayloadCstNode)[];
  asTargets?: AsTargetsCstNode[];
  Is?: IToken[];
  Comma?: IToken[];
  ContentWord?: IToken[];
  As?: IToken[];
  targetList?: TargetListCstNode[];
  insertBody?: InsertBodyCstNode[];
};

export interface InsertBodyCstNode extends CstNode {
  name: "insertBody";
  children: InsertBodyCstChildren;
}

export type InsertBodyCstChildren = {
  CountTok: IToken[];
  ContentWord?: IToken[];
  payload?: (PayloadCstNode)[];
  Comma?: (IToken)[];
  Respectively?: IToken[];
  As?: IToken[];
  targetList?: (TargetListCstNode)[];
  Quoted?: (IToken)[];
  HeadingWord?: IToken[];
  Is?: IToken[];
  Including?: IToken[];
  Provision?: IToken[];
  ContentIs?: IToken[];
  Namely?: IToken[];
  InParts?: IToken[];
  Colon?: IToken[];
};

export interface ReworkTailCstNode extends CstNode {
  name: "reworkTail";
  children: ReworkTailCstChildren;
}

export type ReworkTailCstChildren = {
  DoModify: IToken[];
  Comma?: IToken[];
  Respectively?: IToken[];
  As?: IToken[];
  asTargets?: AsTargetsCstNode[];
  Colon?: IToken[];
  payload?: PayloadCstNode[];
  modifyTail?: ModifyTailCstNode[];
};

export interface LocatedTailCstNode extends CstNode {
  name: "locatedTail";
  children: LocatedTailCstChildren;
}

export type LocatedTailCstChildren = {
  addTail?: AddTailCstNode[];
  target?: TargetCstNode[];
  quoteList?: QuoteListCstNode[];
  phraseAction?: PhraseActionCstNode[];
};

export interface ModifyTailCstNode extends CstNode {
  name: "modifyTail";
  children: ModifyTailCstChildren;
}

export type ModifyTailCstChildren = {
  ContentWord?: IToken[];
  Manner?: IToken[];
  Respectively?: (IToken)[];
  Modify: IToken[];
  CountTok?: (IToken)[];
  Comma?: (IToken)[];
  ContentIs?: IToken[];
  As?: (IToken)[];
  targetList?: TargetListCstNode[];
  asTargets?: (AsTargetsCstNode)[];
  Colon?: IToken[];
  Semi?: IToken[];
  payload?: PayloadCstNode[];
  BookTitle?: IToken[];
};

export interface DivideTailCstNode extends CstNode {
  name: "divideTail";
  children: DivideTailCstChildren;
}

export type DivideTailCstChildren = {
  ChangeTo?: IToken[];
  SplitInto?: IToken[];
  CountTok: IToken[];
  Comma?: (IToken)[];
  Respectively?: IToken[];
  As?: IToken[];
  targetList?: TargetListCstNode[];
  Colon?: (IToken)[];
  payload?: (PayloadCstNode)[];
  Modify?: IToken[];
};

export interface RenumberTailCstNode extends CstNode {
  name: "renumberTail";
  children: RenumberTailCstChildren;
}

export type RenumberTailCstChildren = {
  Respectively?: IToken[];
  Accordingly?: IToken[];
  Becomes: IToken[];
  asTargets: AsTargetsCstNode[];
  Of?: IToken[];
  ContentWord?: IToken[];
  Colon?: IToken[];
  payload?: PayloadCstNode[];
};

export interface HeadingTailCstNode extends CstNode {
  name: "headingTail";
  children: HeadingTailCstChildren;
}

export type HeadingTailCstChildren = {
  Of?: IToken[];
  HeadingWord: IToken[];
  Quoted: (IToken)[];
  Modify?: IToken[];
  Is?: IToken[];
  Colon?: IToken[];
};

export interface MergeTailCstNode extends CstNode {
  name: "mergeTail";
  children: MergeTailCstChildren;
}

export type MergeTailCstChildren = {
  Merge: IToken[];
  CountTok?: (IToken)[];
  target?: (TargetCstNode)[];
  Comma?: (IToken)[];
  As?: IToken[];
  ChangeTo?: IToken[];
  Modify?: IToken[];
  Colon?: (IToken)[];
  payload?: (PayloadCstNode)[];
  headingTail?: HeadingTailCstNode[];
};

export interface MergeIntoTailCstNode extends CstNode {
  name: "mergeIntoTail";
  children: MergeIntoTailCstChildren;
}

export type MergeIntoTailCstChildren = {
  MergeInto: IToken[];
  target: TargetCstNode[];
};

export interface SplitTailCstNode extends CstNode {
  name: "splitTail";
  children: SplitTailCstChildren;
}

export type SplitTailCstChildren = {
  SplitOut: IToken[];
  Add?: IToken[];
  CountArticle: IToken[];
  Comma?: (IToken)[];
  As: IToken[];
  target: TargetCstNode[];
  Modify?: IToken[];
  Colon?: IToken[];
  payload?: PayloadCstNode[];
};

export interface SentenceCstNode extends CstNode {
  name: "sentence";
  children: SentenceCstChildren;
}

export type SentenceCstChildren = {
  Sep?: (IToken)[];
  clause: ClauseCstNode[];
  Dun?: IToken[];
};

export interface ClauseCstNode extends CstNode {
  name: "clause";
  children: ClauseCstChildren;
}

export type ClauseCstChildren = {
  Meanwhile?: IToken[];
  Comma?: IToken[];
  AndAlso?: IToken[];
  Qi?: (IToken)[];
  In?: (IToken)[];
  Jiang?: IToken[];
  deleteClause?: DeleteClauseCstNode[];
  zaiClause?: ZaiClauseCstNode[];
  addTail?: AddTailCstNode[];
  orderClause?: OrderClauseCstNode[];
  duiClause?: DuiClauseCstNode[];
  targetClause?: TargetClauseCstNode[];
  quoteClause?: QuoteClauseCstNode[];
  modifyTail?: ModifyTailCstNode[];
  contentClause?: ContentClauseCstNode[];
  headingTail?: HeadingTailCstNode[];
  divideTail?: DivideTailCstNode[];
  edgeText?: EdgeTextCstNode[];
  renumberTail?: RenumberTailCstNode[];
  IntoThis?: IToken[];
  restateClause?: RestateClauseCstNode[];
};

export interface RestateClauseCstNode extends CstNode {
  name: "restateClause";
  children: RestateClauseCstChildren;
}

export type RestateClauseCstChildren = {
  ModifyPlace: IToken[];
  targetList: TargetListCstNode[];
  Is: IToken[];
  Colon?: IToken[];
  payload: PayloadCstNode[];
};

export interface DeleteClauseCstNode extends CstNode {
  name: "deleteClause";
  children: DeleteClauseCstChildren;
}

export type DeleteClauseCstChildren = {
  Delete: IToken[];
  Amended?: IToken[];
  AmendedOf?: IToken[];
  targetList?: (TargetListCstNode)[];
  After?: (IToken)[];
  Comma?: IToken[];
  Namely?: IToken[];
  Colon?: IToken[];
  payload?: PayloadCstNode[];
  Edge?: (IToken)[];
  Within?: (IToken)[];
  quoteList?: (QuoteListCstNode)[];
  Join?: IToken[];
  target?: TargetCstNode[];
  Of?: (IToken)[];
  Quoted?: IToken[];
};

export interface ZaiClauseCstNode extends CstNode {
  name: "zaiClause";
  children: ZaiClauseCstChildren;
}

export type ZaiClauseCstChildren = {
  Zai: IToken[];
  BookTitle?: IToken[];
  phraseAction?: (PhraseActionCstNode)[];
  Amended?: IToken[];
  Of?: IToken[];
  targetList?: TargetListCstNode[];
  Poss?: IToken[];
  quoteList?: (QuoteListCstNode)[];
  anchorInsert?: AnchorInsertCstNode[];
  edgeText?: (EdgeTextCstNode)[];
  In?: (IToken)[];
  addTail?: (AddTailCstNode)[];
  Add?: IToken[];
  payload?: PayloadCstNode[];
  Comma?: IToken[];
  DivisionTitle?: IToken[];
  ThisDivision?: IToken[];
};

export interface OrderClauseCstNode extends CstNode {
  name: "orderClause";
  children: OrderClauseCstChildren;
}

export type OrderClauseCstChildren = {
  LawPrefix?: IToken[];
  Of?: IToken[];
  ArticleOrder?: (IToken)[];
  AdjustAccordingly?: (IToken)[];
  Colon?: IToken[];
  OrderFollows?: IToken[];
  Dui?: IToken[];
  Other?: IToken[];
  Join?: IToken[];
};

export interface DuiClauseCstNode extends CstNode {
  name: "duiClause";
  children: DuiClauseCstChildren;
}

export type DuiClauseCstChildren = {
  Dui: IToken[];
  targetList: TargetListCstNode[];
  reworkTail: ReworkTailCstNode[];
};

export interface TargetClauseCstNode extends CstNode {
  name: "targetClause";
  children: TargetClauseCstChildren;
}

export type TargetClauseCstChildren = {
  AmendedPlace?: IToken[];
  AmendedOf?: IToken[];
  targetList: (TargetListCstNode)[];
  Edge?: IToken[];
  Poss?: IToken[];
  quoteList?: (QuoteListCstNode)[];
  Join?: (IToken)[];
  Comma?: (IToken)[];
  And?: IToken[];
  Within?: (IToken)[];
  phraseAction?: (PhraseActionCstNode)[];
  In?: (IToken)[];
  addTail?: (AddTailCstNode)[];
  Colon?: (IToken)[];
  payload?: PayloadCstNode[];
  locatedTail?: LocatedTailCstNode[];
  modifyTail?: (ModifyTailCstNode)[];
  Amended?: IToken[];
  SplitInto?: IToken[];
  Delete?: IToken[];
  divideTail?: DivideTailCstNode[];
  renumberTail?: RenumberTailCstNode[];
  headingTail?: HeadingTailCstNode[];
  mergeTail?: MergeTailCstNode[];
  mergeIntoTail?: MergeIntoTailCstNode[];
  splitTail?: SplitTailCstNode[];
  reworkTail?: ReworkTailCstNode[];
  anchorInsert?: AnchorInsertCstNode[];
  edgeText?: EdgeTextCstNode[];
  Lead?: IToken[];
};

export interface QuoteClauseCstNode extends CstNode {
  name: "quoteClause";
  children: QuoteClauseCstChildren;
}

export type QuoteClauseCstChildren = {
  quoteList: QuoteListCstNode[];
  phraseAction: PhraseActionCstNode[];
};

export interface ContentClauseCstNode extends CstNode {
  name: "contentClause";
  children: ContentClauseCstChildren;
}

export type ContentClauseCstChildren = {
  ContentIs: IToken[];
  Colon?: IToken[];
  payload: PayloadCstNode[];
};

export interface ICstNodeVisitor<IN, OUT> extends ICstVisitor<IN, OUT> {
  target(children: TargetCstChildren, param?: IN): OUT;
  targetList(children: TargetListCstChildren, param?: IN): OUT;
  asTargets(children: AsTargetsCstChildren, param?: IN): OUT;
  quoteList(children: QuoteListCstChildren, param?: IN): OUT;
  newQuotes(children: NewQuotesCstChildren, param?: IN): OUT;
  payload(children: PayloadCstChildren, param?: IN): OUT;
  phraseAction(children: PhraseActionCstChildren, param?: IN): OUT;
  edgeText(children: EdgeTextCstChildren, param?: IN): OUT;
  sentenceWord(children: SentenceWordCstChildren, param?: IN): OUT;
  anchorInsert(children: AnchorInsertCstChildren, param?: IN): OUT;
  addTail(children: AddTailCstChildren, param?: IN): OUT;
  insertBody(children: InsertBodyCstChildren, param?: IN): OUT;
  reworkTail(children: ReworkTailCstChildren, param?: IN): OUT;
  locatedTail(children: LocatedTailCstChildren, param?: IN): OUT;
  modifyTail(children: ModifyTailCstChildren, param?: IN): OUT;
  divideTail(children: DivideTailCstChildren, param?: IN): OUT;
  renumberTail(children: RenumberTailCstChildren, param?: IN): OUT;
  headingTail(children: HeadingTailCstChildren, param?: IN): OUT;
  mergeTail(children: MergeTailCstChildren, param?: IN): OUT;
  mergeIntoTail(children: MergeIntoTailCstChildren, param?: IN): OUT;
  splitTail(children: SplitTailCstChildren, param?: IN): OUT;
  sentence(children: SentenceCstChildren, param?: IN): OUT;
  clause(children: ClauseCstChildren, param?: IN): OUT;
  restateClause(children: RestateClauseCstChildren, param?: IN): OUT;
  deleteClause(children: DeleteClauseCstChildren, param?: IN): OUT;
  zaiClause(children: ZaiClauseCstChildren, param?: IN): OUT;
  orderClause(children: OrderClauseCstChildren, param?: IN): OUT;
  duiClause(children: DuiClauseCstChildren, param?: IN): OUT;
  targetClause(children: TargetClauseCstChildren, param?: IN): OUT;
  quoteClause(children: QuoteClauseCstChildren, param?: IN): OUT;
  contentClause(children: ContentClauseCstChildren, param?: IN): OUT;
}
