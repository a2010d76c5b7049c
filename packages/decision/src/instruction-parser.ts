import { CstParser, EarlyExitException, EOF, NoViableAltException, tokenMatcher, type CstNode, type ILookaheadStrategy, type IOrAlt, type IToken, type TokenType } from 'chevrotain';
import { IndexedLookahead } from './instruction-lookahead.ts';
import * as T from './instruction-tokens.ts';

/**
 * The instruction grammar (docs/decision-grammar.md). A sentence is a run of
 * clauses; each clause names its targets in the ORIGINAL numbering and says
 * what happens to them. Which article a bare 第二款 belongs to, what 其中
 * means and how pairs group into operations is the visitor's business: the
 * grammar only says what was written.
 */
/** Count tokens proper (一条 is also an article reference; 第一条 never a count). */
const COUNTS = new Set<TokenType>([T.CountArticle, T.CountParagraph, T.CountItem, T.CountSubitem, T.CountSection, T.CountChapter, T.CountPart]);

/** Words that introduce the text of an insertion: ，规定： / ，内容为： / ，即： / 分三款表述为： */
const INTRO = new Set<TokenType>([T.Provision, T.ContentIs, T.Namely, T.InParts]);

/** 删去第二条第二款、删去第九条…: after 、 these start the next clause, not another place. */
const CLAUSE_VERBS = new Set<TokenType>([T.Delete, T.Jiang, T.Zai, T.Add]);

/** Words that open a clause acting on the place named before it (将第二十二条，在“A”前增加“B”). */
const PLACE_USERS = new Set<TokenType>([T.Zai, T.Modify, T.Delete, T.Add]);

/** Counts of headings: 增加一章，作为第七章“公布” names the chapter after its number. */
const HEADING_COUNTS = new Set<TokenType>([T.CountChapter, T.CountSection, T.CountPart]);

/** References to parts, chapters, sections: 第五章“供水保障” may name its heading. */
const HEADING_REFS = new Set<TokenType>([T.ChapterRef, T.SectionRef, T.PartRef]);

/**
 * 改为两条 divides; 改为十条 is 第十条 with its 第 left out (将第十一条改为十条):
 * no provision is divided into more than a handful.
 */
function isSmallCount(t: IToken): boolean {
  return /^[一二两三四五六七八九2-9][条款项目]$/.test(t.image);
}

export const MAX_LOOKAHEAD = 4;

export class InstructionParser extends CstParser {
  /**
   * Alternatives built once: chevrotain otherwise rebuilds the arrays and
   * closures of every OR each time a rule runs.
   */
  private readonly alts: Record<string, IOrAlt<unknown>[]> = {};

  /**
   * `validate`: chevrotain's checks of the grammar itself (ambiguous
   * alternatives, left recursion, unreachable rules). They depend on the
   * grammar only, never on the input, and cost about a fifth of building the
   * parser, so the shared instance skips them and the tests build one with
   * them (instruction-cst.test.ts). `lookaheadStrategy`: chevrotain's own is
   * instruction-lookahead.test.ts's oracle.
   */
  constructor(validate = false, lookaheadStrategy: ILookaheadStrategy = new IndexedLookahead({ maxLookahead: MAX_LOOKAHEAD })) {
    super(T.allTokens, { maxLookahead: MAX_LOOKAHEAD, nodeLocationTracking: 'onlyOffset', skipValidations: !validate, lookaheadStrategy });
    this.performSelfAnalysis();
  }

  /**
   * Where no alternative fits, chevrotain first works out every lookahead
   * path of the OR to word its message (milliseconds per failure). Nobody
   * reads that message — `expectedAt` says what was expected — so fail at
   * once, with the same token.
   */
  raiseNoAltException(_occurrence: number, errMsgTypes: string | undefined): never {
    throw this.saveError(new NoViableAltException(errMsgTypes ?? 'no viable alternative', this.LA(1), this.LA(0)));
  }

  /** The same for an AT_LEAST_ONE that found none. */
  raiseEarlyExitException(_occurrence: number, _prodType: unknown, userDefinedErrMsg: string | undefined): never {
    throw this.saveError(new EarlyExitException(userDefinedErrMsg ?? 'expected at least one', this.LA(1), this.LA(0)));
  }

  private saveError(e: Error): Error {
    return (this as unknown as { SAVE_ERROR(e: Error): Error }).SAVE_ERROR(e);
  }

  public sentence = this.RULE('sentence', () => {
    this.MANY(() => this.CONSUME(T.Sep));
    this.AT_LEAST_ONE(() => {
      this.SUBRULE(this.clause);
      // 、 separates clauses too: “A”修改为“B”、“C”修改为“D”.
      this.MANY2(() => this.OR((this.alts.sep ??= [{ ALT: () => this.CONSUME2(T.Sep) }, { ALT: () => this.CONSUME(T.Dun) }])));
    });
  });

  private clause = this.RULE('clause', () => {
    this.MANY(() =>
      this.OR((this.alts.connector ??= [
        { ALT: () => { this.CONSUME(T.Meanwhile); this.OPTION(() => this.CONSUME(T.Comma)); } },
        { ALT: () => this.CONSUME(T.AndAlso) },
      ])),
    );
    this.OPTION2(() => this.CONSUME(T.Jiang));
    this.OR2((this.alts.clause ??= [
      { ALT: () => this.SUBRULE(this.deleteClause) },
      { ALT: () => this.SUBRULE(this.zaiClause) },
      { ALT: () => this.SUBRULE(this.addTail) },
      { ALT: () => this.SUBRULE(this.orderClause) },
      { ALT: () => this.SUBRULE(this.duiClause) },
      { ALT: () => this.SUBRULE(this.targetClause) },
      { ALT: () => this.SUBRULE(this.quoteClause) },
      { ALT: () => this.SUBRULE(this.modifyTail) },
      { ALT: () => this.SUBRULE(this.contentClause) },
      { ALT: () => this.SUBRULE(this.headingTail) },
      { GATE: () => this.dividesHere(), ALT: () => this.SUBRULE(this.divideTail) },
      // 句尾增加“…” after the place named before.
      { ALT: () => this.SUBRULE(this.edgeText) },
      // ，列入本章
      { ALT: () => this.CONSUME(T.IntoThis) },
    ]));
  });

  /**
   * 第十六条第六项 / 第三章 / 序言第七自然段 / 其 / 该条 / 《解释》原第六条 /
   * 第六十七条…职权第二十项 / 《某某条例》 alone (the whole rule) /
   * 第五章“供水保障” (a heading named by its title) / 第四十八条之规定.
   */
  private target = this.RULE('target', () => {
    this.OR((this.alts.law ??= [
      { ALT: () => { this.CONSUME(T.LawPrefix); this.OPTION(() => this.SUBRULE(this.place)); } },
      { ALT: () => this.SUBRULE2(this.place) },
    ]));
    // 第八条（原第七条）
    this.option(9, () => this.CONSUME(T.OrigNote));
    // 第十一条及其后条文
    this.option(10, () => this.CONSUME(T.Onward));
    this.OPTION4(() => this.CONSUME(T.SentenceRef));
    this.OPTION5({
      GATE: () => this.isHeadingName(),
      DEF: () => this.CONSUME(T.Quoted),
    });
    this.OPTION6(() => this.CONSUME(T.OfRule));
    // 第二章的章名和第五条…中的“备案”: the heading's words are the place.
    this.OPTION7({
      GATE: () => this.isHeadingPlace(),
      DEF: () => {
        this.OPTION8(() => this.CONSUME(T.Of));
        this.CONSUME(T.HeadingWord);
      },
    });
  });

  /** 的章名 followed by another place or 中的: a place, not 章名修改为. */
  private isHeadingPlace(): boolean {
    const k = this.LA(1).tokenType === T.Of ? 2 : 1;
    if (!tokenMatcher(this.LA(k), T.HeadingWord)) return false;
    const next = this.LA(k + 1);
    return tokenMatcher(next, T.Join) || tokenMatcher(next, T.Within);
  }

  /** 第五章“供水保障”、第六章“供水管理”合并: a quotation after a heading reference names it. */
  private isHeadingName(): boolean {
    if (this.LA(1).tokenType !== T.Quoted || !HEADING_REFS.has(this.LA(0).tokenType)) return false;
    const next = this.LA(2).tokenType;
    return next === T.Dun || next === T.And || next === T.Merge || next === T.MergeInto || next === T.Comma;
  }

  /** The place a target names, after the law it may name first. */
  private place = this.RULE('place', () => {
    this.OPTION2(() => this.CONSUME(T.Orig));
    this.OR((this.alts.target ??= [
      {
        ALT: () => {
          this.CONSUME(T.RefTok);
          // Words between references describe the place (宪法第六十七条…职权第二十项).
          // 第十六条原第二款: the paragraph in its original numbering.
          this.MANY(() =>
            this.OR2((this.alts.refTail ??= [
              { ALT: () => this.CONSUME2(T.RefTok) },
              { ALT: () => this.CONSUME(T.Other) },
              { GATE: () => tokenMatcher(this.LA(2), T.RefTok), ALT: () => this.CONSUME3(T.Orig) },
            ])),
          );
        },
      },
      { ALT: () => { this.CONSUME(T.PreambleWord); this.OPTION3(() => this.CONSUME(T.NaturalParaRef)); } },
      { ALT: () => { this.CONSUME(T.Body); this.CONSUME(T.DuanRef); } },
      { ALT: () => this.CONSUME(T.Intro) },
      { ALT: () => this.CONSUME(T.NameWord) },
      { ALT: () => this.CONSUME(T.Qi) },
      // 其后各条: the articles after the place named before.
      { ALT: () => this.CONSUME(T.Onward) },
      // 该条第二款 (作为该条第二款)
      { ALT: () => { this.CONSUME(T.ThisRef); this.MANY2(() => this.CONSUME3(T.RefTok)); } },
      // 本办法 alone is the whole rule; 本办法第十条 is 第十条.
      // 条例原第五条: the rule, then the place in its original numbering.
      { ALT: () => { this.CONSUME(T.WholeRule); this.OPTION4(() => this.CONSUME2(T.Orig)); this.MANY3(() => this.CONSUME4(T.RefTok)); } },
    ]));
  });

  /**
   * 第四条、第七条和第九条 / 第七项至第十五项 / 第十七条第二款第一项，第二十一条第二款第二项中:
   * a comma joins places only when the places run on to 中 with no verb between.
   */
  private targetList = this.RULE('targetList', () => {
    this.SUBRULE(this.target);
    this.MANY({
      GATE: () => (this.LA(1).tokenType !== T.Comma || this.commaJoinsPlaces()) && !CLAUSE_VERBS.has(this.LA(2).tokenType),
      DEF: () => {
        this.OR((this.alts.targetSep ??= [
          { ALT: () => this.CONSUME(T.Join) },
          { ALT: () => this.CONSUME(T.Range) },
          { ALT: () => this.CONSUME(T.Comma) },
        ]));
        this.SUBRULE2(this.target);
      },
    });
  });

  private commaJoinsPlaces(): boolean {
    if (!tokenMatcher(this.LA(2), T.RefTok)) return false;
    for (let k = 3; k < 24; k++) {
      const t = this.LA(k);
      if (tokenMatcher(t, T.RefTok) || tokenMatcher(t, T.Join) || t.tokenType === T.Range) continue;
      return tokenMatcher(t, T.Within);
    }
    return false;
  }

  /**
   * 修改后《解释》第十二条 / 第二项、第三项: new numbers. A number after 、 that is
   * itself followed by 改为 starts the next renumbering (原第五项改为第二项、原第七项改为第三项).
   */
  private asTargets = this.RULE('asTargets', () => {
    this.OPTION(() => this.CONSUME(T.Amended));
    this.SUBRULE(this.target);
    this.MANY({
      GATE: () => !this.startsRenumbering(),
      DEF: () => {
        this.OR((this.alts.asSep ??= [{ ALT: () => this.CONSUME(T.Join) }, { ALT: () => this.CONSUME(T.Range) }]));
        this.SUBRULE2(this.target);
      },
    });
  });

  /** 、原第七项改为…: after the separator, a place with a verb of its own. */
  private startsRenumbering(): boolean {
    const sep = this.LA(1).tokenType;
    if (!(sep === T.Dun || sep === T.And || sep === T.Range)) return true;
    for (let k = 2; k < 12; k++) {
      const t = this.LA(k);
      if (tokenMatcher(t, T.RefTok) || t.tokenType === T.Orig || tokenMatcher(t, T.LawPrefix)) continue;
      return tokenMatcher(t, T.Becomes) || t.tokenType === T.Modify || t.tokenType === T.Respectively || tokenMatcher(t, T.Manner);
    }
    return false;
  }

  private quoteList = this.RULE('quoteList', () => {
    this.OPTION(() => this.CONSUME(T.Occurrence));
    this.CONSUME(T.Quoted);
    // “A”和第七项中的“B”: 和 joins quotations only when a quotation follows it.
    this.MANY({
      GATE: () => this.isQuote(this.LA(1)) || (this.isJoin(this.LA(1)) && this.isQuote(this.LA(2))),
      DEF: () => {
        this.OPTION2(() => this.CONSUME(T.Join));
        this.CONSUME2(T.Quoted);
      },
    });
    // “A”“B”等表述 / “规划和自然资源”部门表述: the words as an expression.
    this.OPTION3(() => this.CONSUME(T.Expression));
  });

  private isQuote(t: IToken): boolean {
    return t.tokenType === T.Quoted || t.tokenType === T.QuotedRef;
  }

  private isJoin(t: IToken): boolean {
    return t.tokenType === T.Dun || t.tokenType === T.And;
  }

  /** The new phrases after 修改为: a quotation after 、 that is itself followed by 修改为 starts the next pair. */
  private newQuotes = this.RULE('newQuotes', () => {
    this.CONSUME(T.Quoted);
    this.MANY({
      GATE: () => {
        if (this.isQuote(this.LA(1))) return true;
        return this.isJoin(this.LA(1)) && this.isQuote(this.LA(2)) && !this.isPhraseVerb(this.LA(3));
      },
      DEF: () => {
        this.OPTION(() => this.CONSUME(T.Join));
        this.CONSUME2(T.Quoted);
      },
    });
    // “生态环境”部门 / “B”的表述
    this.OPTION2(() => this.CONSUME(T.Expression));
  });

  private isPhraseVerb(t: IToken): boolean {
    const k = t.tokenType;
    return (
      k === T.Modify || k === T.ChangeTo || k === T.Respectively || k === T.Uniformly || k === T.Accordingly ||
      k === T.After || k === T.Before || k === T.AdjustTo || k === T.Delete || k === T.Expression
    );
  }

  /** One or more quoted paragraphs after 修改为： / 作为第X条： */
  private payload = this.RULE('payload', () => {
    this.AT_LEAST_ONE(() => this.CONSUME(T.Quoted));
    // 增加“擅自”二字 / 增加“…”的内容: what the words are, not more words.
    this.OPTION(() => this.CONSUME(T.Expression));
  });

  /** What happens to quoted phrases: 修改为“B” / 后增加“B” / 调整为“第七条” / 调整为第四款 */
  private phraseAction = this.RULE('phraseAction', () => {
    this.OPTION(() => this.CONSUME(T.Comma));
    this.OR((this.alts.phraseAction ??= [
      {
        ALT: () => {
          // 分别修改为: pairs in order; 统一修改为 / 相应修改为: how, not what. 改为 for 修改为 (local style).
          this.OPTION7(() => this.CONSUME(T.Respectively));
          this.OPTION6(() => this.CONSUME(T.Manner));
          this.OR2((this.alts.modifyVerb ??= [{ ALT: () => this.CONSUME(T.Modify) }, { ALT: () => this.CONSUME(T.ChangeTo) }]));
          this.OPTION2(() => this.CONSUME(T.Colon));
          this.SUBRULE(this.newQuotes);
        },
      },
      // 将第十条中的“和”删除
      { ALT: () => this.CONSUME(T.Delete) },
      {
        ALT: () => {
          // 在“A”的后面增加“B”
          this.option(9, () => this.CONSUME(T.Of));
          this.CONSUME(T.Side);
          this.OPTION8(() => this.CONSUME2(T.Manner));
          this.CONSUME(T.Add);
          this.OPTION3(() => this.SUBRULE(this.sentenceWord));
          this.OPTION5(() => this.CONSUME2(T.Colon));
          this.SUBRULE2(this.quoteList);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.AdjustTo);
          this.OR3((this.alts.adjustTo ??= [
            { ALT: () => this.CONSUME(T.Quoted) },
            // 将第一款中的“…。”调整为第四款: the words become a 款 of their own.
            { ALT: () => this.SUBRULE(this.asTargets) },
          ]));
        },
      },
      {
        // 将“玩忽职守”调整到“滥用职权”之后 / 移至“A”前面: the words move beside other words.
        GATE: () => this.LA(2).tokenType === T.Quoted,
        ALT: () => {
          this.OR4((this.alts.moveToward ??= [{ ALT: () => this.CONSUME(T.MoveToward) }, { ALT: () => this.CONSUME(T.MoveTo) }]));
          this.CONSUME3(T.Quoted);
          this.option(10, () => this.CONSUME2(T.Of));
          this.CONSUME2(T.Side);
        },
      },
    ]));
  });

  /**
   * 删去第三条第一款中的“规章” / 删去第七条、第二十一条 / 删去…中的“A”和第七项中的“B” /
   * 删去第五条第一款中的“甲”、第二款中的“乙”
   */
  private deleteClause = this.RULE('deleteClause', () => {
    this.CONSUME(T.Delete);
    this.OR((this.alts.deleteClause ??= [
      {
        ALT: () => {
          this.SUBRULE(this.targetList);
          this.OPTION(() => {
            // 删除第二款最后面的“…”: where the words are says nothing more.
            this.OPTION3(() => this.CONSUME(T.Edge));
            this.CONSUME(T.Within);
            this.OR2((this.alts.deleteWithin ??= [
              {
                ALT: () => {
                  this.SUBRULE(this.quoteList);
                  this.MANY({
                    GATE: () => this.isJoin(this.LA(1)) && !this.isQuote(this.LA(2)) && !CLAUSE_VERBS.has(this.LA(2).tokenType),
                    DEF: () => {
                      this.CONSUME(T.Join);
                      this.SUBRULE(this.target);
                      this.CONSUME2(T.Within);
                      this.SUBRULE2(this.quoteList);
                    },
                  });
                },
              },
              // 删除第九条中的第七项、第八项: places inside the place.
              { ALT: () => this.SUBRULE2(this.targetList) },
            ]));
          });
        },
      },
      {
        ALT: () => {
          // 删除最后面的“…”
          this.OPTION4(() => { this.CONSUME2(T.Edge); this.CONSUME2(T.Of); });
          this.SUBRULE3(this.quoteList);
          // 删去“实际”后的“情况”: the words right after other words.
          this.OPTION2({
            GATE: () => this.LA(1).tokenType === T.After && this.LA(2).tokenType === T.Of && this.LA(3).tokenType === T.Quoted,
            DEF: () => {
              this.CONSUME(T.After);
              this.CONSUME(T.Of);
              this.CONSUME(T.Quoted);
            },
          });
        },
      },
    ]));
  });

  /** 在第X条后增加一条 / 在第X条中增加一款 / 在第X条中的“A”后增加“B” / 在“A”前增写“B” / 在《某某法》后增加“…” */
  private zaiClause = this.RULE('zaiClause', () => {
    this.CONSUME(T.Zai);
    this.OR((this.alts.zaiClause ??= [
      {
        // 在《中华人民共和国立法法》后增加“…”: the book title is the words written, not a rule.
        GATE: () => this.LA(1).tokenType === T.BookTitle && this.LA(2).tokenType === T.After,
        ALT: () => { this.CONSUME(T.BookTitle); this.SUBRULE3(this.phraseAction); },
      },
      {
        ALT: () => {
          this.SUBRULE(this.targetList);
          this.OR2((this.alts.zaiTail ??= [
            { ALT: () => { this.CONSUME(T.Poss); this.SUBRULE(this.quoteList); this.SUBRULE(this.phraseAction); } },
            // 在第九条第二款“A”后增加“B”: the phrase right after the place.
            { ALT: () => { this.SUBRULE4(this.quoteList); this.SUBRULE4(this.phraseAction); } },
            { ALT: () => this.SUBRULE(this.anchorInsert) },
            { ALT: () => this.SUBRULE(this.edgeText) },
            {
              ALT: () => {
                this.CONSUME(T.In);
                this.OR3((this.alts.zaiIn ??= [
                  { ALT: () => this.SUBRULE(this.addTail) },
                  // 在第五十六条第一款中“其他地方性法规”之前增加“本市”
                  { ALT: () => { this.SUBRULE5(this.quoteList); this.SUBRULE5(this.phraseAction); } },
                  // 在第十七条第二款第一项中增加“…”: words with no place among the words there.
                  { GATE: () => this.LA(2).tokenType === T.Quoted, ALT: () => { this.CONSUME2(T.Add); this.SUBRULE6(this.payload); } },
                  // 在第四十九条中，将“A”修改为“B”: the place alone; the clauses after it act on it.
                  { GATE: () => this.namesPlaceOnly(), ALT: () => this.CONSUME(T.Comma) },
                ]));
              },
            },
            { ALT: () => this.SUBRULE2(this.addTail) },
          ]));
        },
      },
      { ALT: () => { this.SUBRULE2(this.quoteList); this.SUBRULE2(this.phraseAction); } },
      // 在最后面增加“…”: at the edge of the place named before.
      { ALT: () => this.SUBRULE2(this.edgeText) },
    ]));
  });

  /** 末尾增加“…” / 最后增加一句：“…” / 开始部分增加规定：“…” / 前增加“…” / 句尾增加“…”: text at an edge of the place. */
  private edgeText = this.RULE('edgeText', () => {
    // 第一项的内容最前面增加“擅自”二字
    // 第二款的最后面增加“…”
    this.OPTION5(() => this.CONSUME(T.Of));
    this.OPTION4(() => this.CONSUME(T.ContentWord));
    this.OR((this.alts.edge ??= [{ ALT: () => this.CONSUME(T.Edge) }, { ALT: () => this.CONSUME(T.Side) }]));
    this.OPTION3(() => this.CONSUME(T.Manner));
    this.CONSUME(T.Add);
    this.OPTION(() => this.SUBRULE(this.sentenceWord));
    this.OPTION2(() => this.CONSUME(T.Colon));
    this.SUBRULE(this.payload);
  });

  /** 一句[，内容为] / 规定 / 内容为: the added words are a sentence or provision of their own. */
  private sentenceWord = this.RULE('sentenceWord', () => {
    this.OR((this.alts.sentenceWord ??= [
      {
        ALT: () => {
          this.CONSUME(T.CountSentence);
          this.OPTION(() => { this.OPTION2(() => this.CONSUME(T.Comma)); this.CONSUME(T.ContentIs); });
        },
      },
      { ALT: () => this.CONSUME(T.Provision) },
      { ALT: () => this.CONSUME2(T.ContentIs) },
    ]));
  });

  /** 后增加一条，作为第X条之一 / 后增加一款 (placed right after) */
  private anchorInsert = this.RULE('anchorInsert', () => {
    this.CONSUME(T.Side);
    this.CONSUME(T.Add);
    this.SUBRULE(this.insertBody);
  });

  /**
   * 增加一款，作为第二款：… / 增加规定：… / 增加第五项为：“…” / 增加“…”作为第二款 /
   * 增加一款“…”作为第二款 / 新增一项：“…”
   */
  private addTail = this.RULE('addTail', () => {
    this.CONSUME(T.Add);
    this.OR((this.alts.addTail ??= [
      { ALT: () => { this.CONSUME(T.Provision); this.OPTION(() => this.CONSUME(T.Colon)); this.SUBRULE(this.payload); } },
      {
        // 增加第五项为：“…” / 增加第三十三条为：
        GATE: () => this.LA(1).tokenType !== T.CountArticle && this.isNumberedAs(),
        ALT: () => {
          this.SUBRULE(this.asTargets);
          this.CONSUME(T.Is);
          this.OPTION2(() => this.CONSUME2(T.Colon));
          this.SUBRULE2(this.payload);
        },
      },
      {
        // 增加“…”作为第二款 / 增加“…”内容作为第四项: the words before their place; 条例原第二十四条增加“…。”: at its end.
        ALT: () => {
          this.SUBRULE3(this.payload);
          this.OPTION4(() => {
            this.OPTION3(() => this.CONSUME(T.ContentWord));
            this.CONSUME(T.As);
            this.SUBRULE(this.targetList);
          });
        },
      },
      { ALT: () => this.SUBRULE(this.insertBody) },
    ]));
  });

  /** 第五项为 / 第三十三条为: a numbered place announced with 为. */
  private isNumberedAs(): boolean {
    for (let k = 1; k <= 4; k++) {
      const t = this.LA(k).tokenType;
      if (t === T.Is) return k > 1;
      if (!(t === T.ArticleRef || t === T.ParagraphRef || t === T.ItemRef || t === T.SubitemRef || t === T.Amended)) return false;
    }
    return false;
  }

  /**
   * 一款，作为第二款[，规定]：“…” / 五条，分别作为第X条至第Y条 / 一章，作为第一章“总则”，包括第一条至第七条 /
   * 一款“…”作为第二款 / 一项：“…” (no number: after the last)
   */
  private insertBody = this.RULE('insertBody', () => {
    this.CONSUME(T.CountTok);
    this.OPTION7(() => this.CONSUME(T.ContentWord));
    this.OPTION9({
      // 增加一款“…”作为第二款: the words before the place.
      GATE: () => this.LA(1).tokenType === T.Quoted && this.LA(2).tokenType === T.As,
      DEF: () => this.SUBRULE2(this.payload),
    });
    this.OPTION(() => this.CONSUME(T.Comma));
    this.OPTION8(() => {
      this.OPTION2(() => this.CONSUME(T.Respectively));
      this.CONSUME(T.As);
      this.SUBRULE(this.targetList);
      // 作为第七章“公布”: a heading's title after its number.
      this.option(10, {
        GATE: () => HEADING_COUNTS.has(this.LA(0).tokenType) || HEADING_REFS.has(this.LA(0).tokenType),
        DEF: () => this.CONSUME(T.Quoted),
      });
      // 作为第五章，章名为“专利权期限补偿”: the title said after the number.
      this.option(13, {
        GATE: () => this.LA(1).tokenType === T.Comma && tokenMatcher(this.LA(2), T.HeadingWord) && this.LA(3).tokenType === T.Is,
        DEF: () => {
          this.CONSUME4(T.Comma);
          this.CONSUME(T.HeadingWord);
          this.CONSUME(T.Is);
          this.CONSUME2(T.Quoted);
        },
      });
      // ，包括第一条至第七条: the articles a new heading holds.
      this.option(11, {
        GATE: () => this.LA(1).tokenType === T.Including || (this.LA(1).tokenType === T.Comma && this.LA(2).tokenType === T.Including),
        DEF: () => {
          this.option(12, () => this.CONSUME3(T.Comma));
          this.CONSUME(T.Including);
          this.SUBRULE2(this.targetList);
        },
      });
    });
    // chevrotain decides optional parts on their own first tokens, so “，规定” needs a gate against “，将…”.
    this.OPTION3({
      GATE: () => INTRO.has(this.LA(1).tokenType) || (this.LA(1).tokenType === T.Comma && INTRO.has(this.LA(2).tokenType)),
      DEF: () => {
        this.OPTION6(() => this.CONSUME2(T.Comma));
        this.OR((this.alts.intro ??= [
          { ALT: () => this.CONSUME(T.Provision) },
          { ALT: () => this.CONSUME(T.ContentIs) },
          { ALT: () => this.CONSUME(T.Namely) },
          { ALT: () => this.CONSUME(T.InParts) },
        ]));
      },
    });
    this.OPTION4(() => this.CONSUME(T.Colon));
    this.OPTION5(() => this.SUBRULE(this.payload));
  });

  /**
   * 条文顺序作相应调整[：…] / 将《解释》的条文顺序作相应调整： / 第五十三条以后各条序号依次提前 /
   * 并对部分条款顺序、文字作相应调整: the numbering follows (no operation).
   */
  private orderClause = this.RULE('orderClause', () => {
    this.OR((this.alts.order ??= [
      {
        ALT: () => {
          this.OPTION(() => { this.CONSUME(T.LawPrefix); this.CONSUME(T.Of); });
          this.CONSUME(T.ArticleOrder);
          this.CONSUME(T.AdjustAccordingly);
          this.OPTION2(() => this.CONSUME(T.Colon));
        },
      },
      { ALT: () => this.CONSUME(T.OrderFollows) },
      {
        GATE: () => this.isAdjustStatement(),
        ALT: () => {
          this.CONSUME(T.Dui);
          this.MANY(() => this.OR2((this.alts.adjustWords ??= [
            { ALT: () => this.CONSUME(T.Other) },
            { ALT: () => this.CONSUME(T.Join) },
            { ALT: () => this.CONSUME2(T.ArticleOrder) },
          ])));
          this.CONSUME2(T.AdjustAccordingly);
        },
      },
    ]));
  });

  /** 对部分条款顺序、文字作相应调整: 对, words, 作相应调整 — and nothing quoted or numbered. */
  private isAdjustStatement(): boolean {
    if (this.LA(1).tokenType !== T.Dui) return false;
    for (let k = 2; k < 40; k++) {
      const t = this.LA(k).tokenType;
      if (t === T.AdjustAccordingly) return true;
      if (!(t === T.Other || t === T.Dun || t === T.And || t === T.ArticleOrder)) return false;
    }
    return false;
  }

  /**
   * 对第四十八条、第四十九条进行修改，分别作为第十三条、第十四条 / 对第三款进行修改，修改为：“…”:
   * provisions given new text where they go.
   */
  private duiClause = this.RULE('duiClause', () => {
    this.CONSUME(T.Dui);
    this.SUBRULE(this.targetList);
    this.SUBRULE(this.reworkTail);
  });

  /** 进行修改，作为第五条：“…” / 进行修改，修改为：“…” */
  private reworkTail = this.RULE('reworkTail', () => {
    this.CONSUME(T.DoModify);
    this.OPTION(() => this.CONSUME(T.Comma));
    this.OR((this.alts.rework ??= [
      {
        ALT: () => {
          this.OPTION2(() => this.CONSUME(T.Respectively));
          this.CONSUME(T.As);
          this.SUBRULE(this.asTargets);
          this.OPTION3(() => this.CONSUME(T.Colon));
          this.OPTION4(() => this.SUBRULE(this.payload));
        },
      },
      { ALT: () => this.SUBRULE(this.modifyTail) },
    ]));
  });

  /** Clauses that start by naming their targets. */
  private targetClause = this.RULE('targetClause', () => {
    this.SUBRULE(this.targetList);
    this.OR((this.alts.targetClause ??= [
      {
        ALT: () => {
          // 将第二款最后面的“…”删除
          this.OPTION3(() => this.CONSUME(T.Edge));
          this.CONSUME(T.Poss);
          this.SUBRULE(this.quoteList);
          // 第三十条中的“A”、第四十条中的“B”修改为“C”: several places, each with its words.
          this.MANY({
            GATE: () => this.isScopedGroup(),
            DEF: () => {
              this.OR4((this.alts.groupSep ??= [{ ALT: () => this.CONSUME(T.Join) }, { ALT: () => this.CONSUME(T.Comma) }]));
              this.SUBRULE2(this.targetList);
              this.CONSUME2(T.Within);
              this.SUBRULE4(this.quoteList);
            },
          });
          this.SUBRULE(this.phraseAction);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.In);
          this.OR2((this.alts.inTail ??= [
            { ALT: () => { this.SUBRULE2(this.quoteList); this.SUBRULE2(this.phraseAction); } },
            { ALT: () => this.SUBRULE(this.addTail) },
          ]));
        },
      },
      {
        // 宪法第七条：“A”修改为：“B” / 第六十二条“…”中增加一项 / 第八十九条“…”中第六项“A”修改为“B”
        ALT: () => {
          this.OPTION(() => this.CONSUME(T.Colon));
          this.SUBRULE3(this.quoteList);
          this.OR3((this.alts.quotedTail ??= [
            { ALT: () => this.SUBRULE3(this.phraseAction) },
            { ALT: () => { this.CONSUME3(T.In); this.SUBRULE(this.locatedTail); } },
          ]));
        },
      },
      { ALT: () => this.SUBRULE(this.modifyTail) },
      // 将第十条删除 / 条例原第三十三条删除“…。”
      { ALT: () => { this.CONSUME(T.Delete); this.OPTION2(() => this.SUBRULE5(this.quoteList)); } },
      { GATE: () => this.dividesHere(), ALT: () => this.SUBRULE(this.divideTail) },
      { ALT: () => this.SUBRULE(this.renumberTail) },
      { ALT: () => this.SUBRULE(this.headingTail) },
      { ALT: () => this.SUBRULE(this.mergeTail) },
      { ALT: () => this.SUBRULE(this.mergeIntoTail) },
      { ALT: () => this.SUBRULE(this.splitTail) },
      { ALT: () => this.SUBRULE(this.reworkTail) },
      { ALT: () => this.SUBRULE(this.anchorInsert) },
      { ALT: () => this.SUBRULE(this.edgeText) },
      { ALT: () => this.SUBRULE2(this.addTail) },
      { ALT: () => { this.CONSUME(T.Lead); this.SUBRULE2(this.modifyTail); } },
      // 将第二十二条，在“A”前增加“B” / 将第八条（原第七条），修改为“…”: the place alone; the next clause acts on it.
      { GATE: () => this.namesPlaceOnly(), ALT: () => this.CONSUME2(T.Comma) },
    ]));
  });

  /** ，then a clause that names no place of its own. */
  private namesPlaceOnly(): boolean {
    if (this.LA(1).tokenType !== T.Comma) return false;
    const next = this.LA(2).tokenType;
    if (next === T.Jiang) return this.LA(3).tokenType === T.Quoted || this.LA(3).tokenType === T.Qi;
    return PLACE_USERS.has(next) || tokenMatcher(this.LA(2), T.Manner);
  }

  /** 改为两款 divides; 改为十条 renumbers (see isSmallCount). */
  private dividesHere(): boolean {
    return this.LA(1).tokenType !== T.ChangeTo || isSmallCount(this.LA(2));
  }

  /** After “A”: 、/， then places, 中(的), a quotation, and no action yet — another place with its words. */
  private isScopedGroup(): boolean {
    const first = this.LA(1).tokenType;
    if (first !== T.Dun && first !== T.And && first !== T.Comma) return false;
    let k = 2;
    let refs = 0;
    for (; k < 30; k++) {
      const t = this.LA(k).tokenType;
      if (tokenMatcher(this.LA(k), T.RefTok) || t === T.Orig || t === T.Range || t === T.Dun || t === T.And || t === T.Other) {
        if (tokenMatcher(this.LA(k), T.RefTok)) refs++;
        continue;
      }
      break;
    }
    return refs > 0 && tokenMatcher(this.LA(k), T.Within) && this.LA(k + 1).tokenType === T.Quoted;
  }

  /** After a quoted locator and 中: 增加一项… or 第六项“A”修改为“B”. */
  private locatedTail = this.RULE('locatedTail', () => {
    this.OR((this.alts.locatedTail ??= [
      { ALT: () => this.SUBRULE(this.addTail) },
      { ALT: () => { this.SUBRULE(this.target); this.SUBRULE(this.quoteList); this.SUBRULE(this.phraseAction); } },
    ]));
  });

  /**
   * 修改为：“…” / 修改为第六条：“…” / 相应修改为：“…” / 内容修改为：“…” / 修改为三款，内容为：“…” /
   * 修改为《新名称》 / 修改为：“…”，作为第二十六条第一款
   */
  private modifyTail = this.RULE('modifyTail', () => {
    this.OPTION7(() => this.CONSUME(T.ContentWord));
    this.OPTION(() => this.CONSUME(T.Manner));
    this.CONSUME(T.Modify);
    this.OPTION2(() =>
      this.OR((this.alts.modifyTo ??= [
        {
          // 修改为两款：“…”“…” — a count, not 第二款 (两条 also lexes as an article).
          GATE: () => this.isCountOnly(),
          ALT: () => {
            this.CONSUME2(T.CountTok);
            this.OPTION8(() => { this.OPTION9(() => this.CONSUME3(T.Comma)); this.CONSUME(T.ContentIs); });
          },
          IGNORE_AMBIGUITIES: true,
        },
        {
          // 修改为两条，作为第十条、第十一条：
          GATE: () => this.isInto(),
          ALT: () => {
            this.CONSUME(T.CountTok);
            this.OPTION5(() => this.CONSUME(T.Comma));
            this.OPTION6(() => this.CONSUME(T.Respectively));
            this.CONSUME(T.As);
            this.SUBRULE(this.targetList);
          },
        },
        { ALT: () => this.SUBRULE(this.asTargets) },
      ])),
    );
    this.OPTION3(() => this.CONSUME(T.Colon));
    // 修改为；“…”: a ； misprinted for the colon, right after 修改为 and before new text that ends the clause.
    // 修改为第六条；“A”后增加“B” is a renumbering, then another clause on the same article.
    this.option(11, { GATE: () => this.misprintedColon(), DEF: () => this.CONSUME(T.Semi) });
    this.OPTION4(() =>
      this.OR2((this.alts.modifyText ??= [
        { ALT: () => this.SUBRULE(this.payload) },
        // 将《条例》名称修改为《…》
        { ALT: () => this.CONSUME(T.BookTitle) },
      ])),
    );
    // 修改为：“…”，作为第二十六条第一款: the place the new text takes.
    this.option(10, {
      GATE: () => this.LA(1).tokenType === T.Comma && this.LA(2).tokenType === T.As,
      DEF: () => {
        this.CONSUME4(T.Comma);
        this.CONSUME2(T.As);
        this.SUBRULE2(this.asTargets);
      },
    });
  });

  private isCountOnly(): boolean {
    const next = this.LA(2).tokenType;
    return COUNTS.has(this.LA(1).tokenType) && (next === T.Colon || next === T.Quoted || next === T.QuotedRef || (next === T.Comma && this.LA(3).tokenType === T.ContentIs) || next === T.ContentIs);
  }

  /** 修改为；“…”。 — the ； stands for a colon only straight after 修改为 and before a quotation that ends the clause. */
  private misprintedColon(): boolean {
    const next = this.LA(3).tokenType;
    return (
      tokenMatcher(this.LA(0), T.Modify) &&
      this.LA(1).tokenType === T.Semi &&
      this.LA(2).tokenType === T.Quoted &&
      (next === EOF || next === T.Period || next === T.Semi || next === T.Comma)
    );
  }

  private isInto(): boolean {
    const second = this.LA(2).tokenType;
    const third = this.LA(3).tokenType;
    const into = (t: TokenType) => t === T.As || t === T.Respectively;
    return this.LA(1).tokenType !== T.ArticleRef && (into(second) || (second === T.Comma && into(third)));
  }

  /**
   * 改为两款，修改为：… / 改为三条，作为第十二条、第十三条、第十四条，修改为：… / 分为两款，修改为：… /
   * 分为两款，作为第一款、第二款，修改为：… / 改为两条，分别作为第十五条、第十六条
   */
  private divideTail = this.RULE('divideTail', () => {
    this.OR((this.alts.divideVerb ??= [
      { GATE: () => COUNTS.has(this.LA(2).tokenType) && isSmallCount(this.LA(2)), ALT: () => this.CONSUME(T.ChangeTo) },
      { ALT: () => this.CONSUME(T.SplitInto) },
    ]));
    this.CONSUME(T.CountTok);
    this.OPTION({
      GATE: () => this.LA(1).tokenType === T.As || (this.LA(1).tokenType === T.Comma && (this.LA(2).tokenType === T.As || this.LA(2).tokenType === T.Respectively)),
      DEF: () => {
        this.OPTION2(() => this.CONSUME(T.Comma));
        this.OPTION3(() => this.CONSUME(T.Respectively));
        this.CONSUME(T.As);
        this.SUBRULE(this.targetList);
      },
    });
    this.OPTION4({
      GATE: () => this.LA(1).tokenType === T.Modify || (this.LA(1).tokenType === T.Comma && this.LA(2).tokenType === T.Modify),
      DEF: () => {
        this.OPTION5(() => this.CONSUME2(T.Comma));
        this.CONSUME(T.Modify);
        this.OPTION6(() => this.CONSUME(T.Colon));
        this.OPTION7(() => this.SUBRULE(this.payload));
      },
    });
  });

  /** 改为第九条 / 分别改为第十四条、第十六条 / 相应地改为第四款 / 作为第三款 / 移作第Y条 / 改为第七条：“…” */
  private renumberTail = this.RULE('renumberTail', () => {
    this.OPTION(() => this.CONSUME(T.Respectively));
    this.OPTION2(() => this.CONSUME(T.Accordingly));
    this.CONSUME(T.Becomes);
    this.SUBRULE(this.asTargets);
    // 将第八条改为第七条：“…” — renumbered and restated at once.
    this.OPTION3({
      GATE: () => this.LA(1).tokenType === T.Colon && this.LA(2).tokenType === T.Quoted,
      DEF: () => {
        this.CONSUME(T.Colon);
        this.SUBRULE(this.payload);
      },
    });
  });

  /** 章名修改为“…” / 章名“A”修改为“B” / 标题修改为：“…” / 章节名称为“…” */
  private headingTail = this.RULE('headingTail', () => {
    this.OPTION(() => this.CONSUME(T.Of));
    this.CONSUME(T.HeadingWord);
    this.OPTION2(() => this.CONSUME(T.Quoted));
    this.OR((this.alts.headingVerb ??= [{ ALT: () => this.CONSUME(T.Modify) }, { ALT: () => this.CONSUME(T.Is) }]));
    this.OPTION3(() => this.CONSUME(T.Colon));
    this.CONSUME2(T.Quoted);
  });

  /**
   * 合并，作为第十八条，修改为：“…” / 合并修改为：“…” / 合并为一条，作为第六条，修改为：“…” /
   * 合并为第六条 / 合并为一款 (the text kept) / 合并改为第五条，修改为： / 合并，改为第四十九条 /
   * 合并为一章，章节名称为“…” / 合并为第五章，章名修改为“…”
   */
  private mergeTail = this.RULE('mergeTail', () => {
    this.CONSUME(T.Merge);
    this.OPTION5(() =>
      this.OR((this.alts.mergeInto ??= [
        // 一条 is a count here, though it also lexes as an article.
        { GATE: () => COUNTS.has(this.LA(1).tokenType), ALT: () => this.CONSUME(T.CountTok), IGNORE_AMBIGUITIES: true },
        { ALT: () => this.SUBRULE2(this.target) },
      ])),
    );
    this.OPTION(() => this.CONSUME(T.Comma));
    this.OPTION2(() => {
      this.OR2((this.alts.mergeAs ??= [{ ALT: () => this.CONSUME(T.As) }, { ALT: () => this.CONSUME(T.ChangeTo) }]));
      this.SUBRULE(this.target);
      this.OPTION3(() => this.CONSUME2(T.Comma));
    });
    this.OPTION6(() =>
      this.OR3((this.alts.mergeText ??= [
        {
          ALT: () => {
            this.CONSUME(T.Modify);
            this.OPTION4(() => this.CONSUME(T.Colon));
            this.SUBRULE(this.payload);
          },
        },
        { ALT: () => this.SUBRULE(this.headingTail) },
      ])),
    );
  });

  /** 将第三章并入第二章 */
  private mergeIntoTail = this.RULE('mergeIntoTail', () => {
    this.CONSUME(T.MergeInto);
    this.SUBRULE(this.target);
  });

  /** 单列一条，作为第四十九条，修改为：“…” / 单列增加一条，作为第九条：“…” */
  private splitTail = this.RULE('splitTail', () => {
    this.CONSUME(T.SplitOut);
    this.OPTION4(() => this.CONSUME(T.Add));
    this.CONSUME(T.CountArticle);
    this.OPTION(() => this.CONSUME(T.Comma));
    this.CONSUME(T.As);
    this.SUBRULE(this.target);
    this.OPTION2({
      GATE: () => this.LA(1).tokenType === T.Comma && this.LA(2).tokenType === T.Modify,
      DEF: () => {
        this.CONSUME2(T.Comma);
        this.CONSUME(T.Modify);
      },
    });
    this.OPTION3(() => this.CONSUME(T.Colon));
    this.OPTION5(() => this.SUBRULE(this.payload));
  });

  /** Clauses that start with a quotation: “C”修改为“D” / “A”之后增加“B” / “第八条”调整为“第七条” */
  private quoteClause = this.RULE('quoteClause', () => {
    this.SUBRULE(this.quoteList);
    this.SUBRULE(this.phraseAction);
  });

  /** 内容如下：“…” — the payload of an insertion announced just before. */
  private contentClause = this.RULE('contentClause', () => {
    this.CONSUME(T.ContentIs);
    this.OPTION(() => this.CONSUME(T.Colon));
    this.SUBRULE(this.payload);
  });
}

/** The one parser instance; `input` is reset for every sentence. */
export const parser = new InstructionParser();

/** One sentence through the shared parser, with what it expected where it failed. */

export interface SentenceParse {
  cst: CstNode | undefined;
  errors: SentenceError[];
}

export interface SentenceError {
  token: IToken;
  message: string;
  /** What could come next where parsing stopped: worked out when asked, as it walks the grammar again. */
  expected(): string;
}

export function parseSentence(tokens: IToken[]): SentenceParse {
  parser.input = tokens;
  // A rejected sentence throws chevrotain's recognition exceptions, caught inside the parser: their stack
  // traces, captured on construction, are never read and cost more than the parse.
  const traces = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let cst: CstNode;
  try {
    cst = parser.sentence();
  } finally {
    Error.stackTraceLimit = traces;
  }
  const errors = parser.errors.map((e) => ({ token: e.token, message: e.message, expected: () => expectedAt(tokens, e.token) }));
  return { cst: errors.length ? undefined : cst, errors };
}

/**
 * What can follow nothing or one token of a given type: properties of the
 * grammar alone (its first set and a follow table), each worked out once, on
 * first need — content assist walks the whole grammar and costs about as much
 * as parsing a long item. Most rejected sentences are rejected at their first
 * or second token.
 */
const expectedAfterType = new Map<TokenType | undefined, string>();

/** What could come next where parsing stopped, from chevrotain's content assist. */
function expectedAt(tokens: IToken[], at: IToken): string {
  const i = tokens.indexOf(at);
  const before = i < 0 ? tokens : tokens.slice(0, i);
  if (before.length > 1) return contentAssist(before);
  const type = before[0]?.tokenType;
  let known = expectedAfterType.get(type);
  if (known === undefined) {
    known = contentAssist(before);
    expectedAfterType.set(type, known);
  }
  return known;
}

function contentAssist(before: IToken[]): string {
  const labels = new Set<string>();
  try {
    for (const s of parser.computeContentAssist('sentence', before)) labels.add(s.nextTokenType.LABEL ?? s.nextTokenType.name);
  } catch {
    // Content assist can fail on prefixes the grammar cannot reach; the message still stands.
  }
  labels.delete('LawPrefix');
  labels.delete(T.Other.LABEL ?? 'text');
  return [...labels].join(' ');
}
