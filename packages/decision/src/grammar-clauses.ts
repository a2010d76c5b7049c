import { tokenMatcher, type CstNode, type ParserMethod, type TokenType } from 'chevrotain';
import { ChangeRules, COUNTS } from './grammar-changes.ts';
import { CLAUSE_VERBS, type Optionals } from './grammar-places.ts';
import * as T from './instruction-tokens.ts';

/**
 * The instruction grammar, fourth layer: sentences, the clauses they are
 * made of, and the clauses opened by their verb or its preposition — 删去…,
 * 在…, 对…, the statements that the numbering follows. A clause may also
 * start with what it acts on, a place or a quotation (将第五条修改为…,
 * “A”修改为“B”): those are the last layer (grammar-targets.ts), which
 * `clause` names before they are defined.
 */

/** Words that open a clause acting on the place named before it (将第二十二条，在“A”前增加“B”). */
const PLACE_USERS = new Set<TokenType>([T.Zai, T.Modify, T.Delete, T.Add]);

/** Separators before the first clause, and 同时 / 并 before a clause: rare, so asked only where they can start. */
/** 其中将… / 其中第二款…: what may follow 其中 at the start of a clause. */
const WITHIN = new Set<TokenType>([T.Jiang, T.ParagraphRef, T.ItemRef, T.SubitemRef]);
const LEADING_SEPS: Optionals = { rule: 'sentence', many: [0] };
const CONNECTORS: Optionals = { rule: 'clause', many: [0] };
/** 其中 opening a clause: rare, so its gate is asked only before 其. */
const WITHIN_START: Optionals = { rule: 'clause', option: [3] };
/** 将其中第一项中的“A”改为“B”: 其中 after 将, before a 款, 项 or 目. */
const WITHIN_REFS = new Set<TokenType>([T.ParagraphRef, T.ItemRef, T.SubitemRef]);
const WITHIN_AFTER_JIANG: Optionals = { rule: 'clause', option: [5] };

export abstract class ClauseRules extends ChangeRules {
  /** Clauses that start by naming their targets (grammar-targets.ts). */
  protected abstract targetClause: ParserMethod<[], CstNode>;
  /** Clauses that start with a quotation (grammar-targets.ts). */
  protected abstract quoteClause: ParserMethod<[], CstNode>;
  /** 内容如下：“…” (grammar-targets.ts). */
  protected abstract contentClause: ParserMethod<[], CstNode>;

  public sentence = this.RULE('sentence', () => {
    if (this.mayStart(LEADING_SEPS)) this.MANY(() => this.CONSUME(T.Sep));
    this.AT_LEAST_ONE(() => {
      this.SUBRULE(this.clause);
      // 、 separates clauses too: “A”修改为“B”、“C”修改为“D”.
      this.MANY2(() => this.OR((this.alts.sep ??= [{ ALT: () => this.CONSUME2(T.Sep) }, { ALT: () => this.CONSUME(T.Dun) }])));
    });
  });

  private clause = this.RULE('clause', () => {
    if (this.mayStart(CONNECTORS)) {
      this.MANY(() =>
        this.OR(
          (this.alts.connector ??= [
            {
              ALT: () => {
                this.CONSUME(T.Meanwhile);
                this.OPTION(() => this.CONSUME(T.Comma));
              },
            },
            { ALT: () => this.CONSUME(T.AndAlso) },
          ]),
        ),
      );
    }
    // …分作第十五条和第十六条，其中将第十条第一款至第三款改为第十五条: 其中 before a clause of its own;
    // 将第十六条改为第十七条，其中第二款分成两项: a 款 or 项 within the place named before.
    if (this.mayStart(WITHIN_START))
      this.OPTION3({
        GATE: () => this.LA(1).tokenType === T.Qi && this.LA(2).tokenType === T.In && WITHIN.has(this.LA(3).tokenType),
        DEF: () => {
          this.CONSUME(T.Qi);
          this.CONSUME(T.In);
        },
      });
    this.OPTION2(() => this.CONSUME(T.Jiang));
    if (this.mayStart(WITHIN_AFTER_JIANG))
      this.option(5, {
        GATE: () => this.LA(1).tokenType === T.Qi && this.LA(2).tokenType === T.In && WITHIN_REFS.has(this.LA(3).tokenType),
        DEF: () => {
          this.CONSUME2(T.Qi);
          this.CONSUME2(T.In);
        },
      });
    this.OR2(
      (this.alts.clause ??= [
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
        // ，并调整为第一项: a new number for the place named before.
        { GATE: () => this.renumbersPlaceBefore(), ALT: () => this.SUBRULE(this.renumberTail), IGNORE_AMBIGUITIES: true },
        // ，列入本章
        { ALT: () => this.CONSUME(T.IntoThis) },
        // 修改第一款为：“…”
        { ALT: () => this.SUBRULE(this.restateClause) },
      ]),
    );
  });

  /** 将第三条改为第四条，修改第一款为：“…”: the verb before the place, the place restated. */
  private restateClause = this.RULE('restateClause', () => {
    this.CONSUME(T.ModifyPlace);
    this.SUBRULE(this.targetList);
    this.CONSUME(T.Is);
    this.OPTION(() => this.CONSUME(T.Colon));
    this.SUBRULE(this.payload);
  });

  /**
   * 删去第三条第一款中的“规章” / 删去第七条、第二十一条 / 删去…中的“A”和第七项中的“B” /
   * 删去第五条第一款中的“甲”、第二款中的“乙”
   */
  private deleteClause = this.RULE('deleteClause', () => {
    this.CONSUME(T.Delete);
    // 删去修改后的第十二条第二款: the place in the new numbering.
    this.option(9, {
      GATE: () => this.LA(1).tokenType === T.Amended,
      DEF: () => {
        this.CONSUME(T.Amended);
        this.option(10, () => this.CONSUME3(T.Of, { LABEL: 'AmendedOf' }));
      },
    });
    this.OR(
      (this.alts.deleteClause ??= [
        {
          ALT: () => {
            this.SUBRULE(this.targetList);
            // 删除第三条、第六条后，条款顺序作相应调整: 后 only leads to the statement about the order.
            this.OPTION6({
              GATE: () => this.LA(2).tokenType === T.Comma && this.LA(3).tokenType === T.ArticleOrder,
              DEF: () => this.CONSUME3(T.After),
            });
            // 删除第三款：“…” / 删去第五条第三款，即：“…”: the words the provision has, quoted to show what goes.
            this.option(7, {
              GATE: () =>
                (this.LA(1).tokenType === T.Colon && this.LA(2).tokenType === T.Quoted) ||
                (this.LA(1).tokenType === T.Comma &&
                  this.LA(2).tokenType === T.Namely &&
                  this.LA(3).tokenType === T.Colon &&
                  this.LA(4).tokenType === T.Quoted),
              DEF: () => {
                this.option(8, () => {
                  this.CONSUME(T.Comma);
                  this.CONSUME(T.Namely);
                });
                this.CONSUME(T.Colon);
                this.SUBRULE(this.payload);
              },
            });
            this.OPTION(() => {
              // 删除第二款最后面的“…”: where the words are says nothing more.
              this.OPTION3(() => this.CONSUME(T.Edge));
              this.CONSUME(T.Within);
              this.OR2(
                (this.alts.deleteWithin ??= [
                  {
                    ALT: () => {
                      this.SUBRULE(this.quoteList);
                      this.MANY({
                        GATE: () => this.isJoin(this.LA(1)) && !this.isQuote(this.LA(2)) && !CLAUSE_VERBS.has(this.LA(2).tokenType),
                        DEF: () => {
                          this.CONSUME(T.Join);
                          this.SUBRULE(this.target);
                          // 删去第三十条第二项中的“A”和第五项: a place deleted whole, after the words of another.
                          this.option(11, () => {
                            this.CONSUME2(T.Within);
                            this.SUBRULE2(this.quoteList);
                          });
                        },
                      });
                    },
                  },
                  // 删除第九条中的第七项、第八项: places inside the place.
                  { ALT: () => this.SUBRULE2(this.targetList) },
                ]),
              );
            });
          },
        },
        {
          ALT: () => {
            // 删除最后面的“…”
            this.OPTION4(() => {
              this.CONSUME2(T.Edge);
              this.CONSUME2(T.Of);
            });
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
      ]),
    );
  });

  /** 在第X条后增加一条 / 在第X条中增加一款 / 在第X条中的“A”后增加“B” / 在“A”前增写“B” / 在《某某法》后增加“…” */
  private zaiClause = this.RULE('zaiClause', () => {
    this.CONSUME(T.Zai);
    this.OR(
      (this.alts.zaiClause ??= [
        {
          // 在《中华人民共和国立法法》后增加“…”: the book title is the words written, not a rule.
          GATE: () => this.LA(1).tokenType === T.BookTitle && this.LA(2).tokenType === T.After,
          ALT: () => {
            this.CONSUME(T.BookTitle);
            this.SUBRULE3(this.phraseAction);
          },
        },
        {
          ALT: () => {
            // 在修改后的第五十一条中的“A”后增加“B”: the place in the new numbering.
            this.OPTION(() => {
              this.CONSUME(T.Amended);
              this.OPTION2(() => this.CONSUME(T.Of));
            });
            this.SUBRULE(this.targetList);
            this.OR2(
              (this.alts.zaiTail ??= [
                {
                  ALT: () => {
                    this.CONSUME(T.Poss);
                    this.SUBRULE(this.quoteList);
                    this.SUBRULE(this.phraseAction);
                  },
                },
                // 在第九条第二款“A”后增加“B”: the phrase right after the place.
                {
                  ALT: () => {
                    this.SUBRULE4(this.quoteList);
                    this.SUBRULE4(this.phraseAction);
                  },
                },
                { ALT: () => this.SUBRULE(this.anchorInsert) },
                { ALT: () => this.SUBRULE(this.edgeText) },
                {
                  ALT: () => {
                    this.CONSUME(T.In);
                    this.OR3(
                      (this.alts.zaiIn ??= [
                        { ALT: () => this.SUBRULE(this.addTail) },
                        // 在第五十六条第一款中“其他地方性法规”之前增加“本市”
                        {
                          ALT: () => {
                            this.SUBRULE5(this.quoteList);
                            this.SUBRULE5(this.phraseAction);
                          },
                        },
                        // 在第十七条第二款第一项中增加“…”: words with no place among the words there.
                        {
                          GATE: () => this.LA(2).tokenType === T.Quoted,
                          ALT: () => {
                            this.CONSUME2(T.Add);
                            this.SUBRULE6(this.payload);
                          },
                        },
                        // 在第四十九条中，将“A”修改为“B”: the place alone; the clauses after it act on it.
                        { GATE: () => this.namesPlaceOnly(), ALT: () => this.CONSUME(T.Comma) },
                      ]),
                    );
                  },
                },
                { ALT: () => this.SUBRULE2(this.addTail) },
              ]),
            );
          },
        },
        {
          ALT: () => {
            this.SUBRULE2(this.quoteList);
            this.SUBRULE2(this.phraseAction);
          },
        },
        // 在附则中新增一条：“…”: the chapter named by its title.
        {
          ALT: () => {
            this.CONSUME(T.DivisionTitle);
            this.CONSUME2(T.In);
            this.SUBRULE3(this.addTail);
          },
        },
        // 在本章中增加一条：“…”: the chapter the item adds or names.
        {
          ALT: () => {
            this.CONSUME(T.ThisDivision);
            this.OPTION3(() => this.CONSUME3(T.In));
            this.SUBRULE4(this.addTail);
          },
        },
        // 在最后面增加“…”: at the edge of the place named before.
        { ALT: () => this.SUBRULE2(this.edgeText) },
      ]),
    );
  });

  /**
   * 条文顺序作相应调整[：…] / 将《解释》的条文顺序作相应调整： / 第五十三条以后各条序号依次提前 /
   * 并对部分条款顺序、文字作相应调整: the numbering follows (no operation).
   */
  private orderClause = this.RULE('orderClause', () => {
    this.OR(
      (this.alts.order ??= [
        {
          ALT: () => {
            this.OPTION(() => {
              this.CONSUME(T.LawPrefix);
              this.CONSUME(T.Of);
            });
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
            this.MANY(() =>
              this.OR2(
                (this.alts.adjustWords ??= [
                  { ALT: () => this.CONSUME(T.Other) },
                  { ALT: () => this.CONSUME(T.Join) },
                  { ALT: () => this.CONSUME2(T.ArticleOrder) },
                ]),
              ),
            );
            this.CONSUME2(T.AdjustAccordingly);
          },
        },
      ]),
    );
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

  /** 调整为第一项 / 改为第一项 with no place of its own (not 改为两款, a division). */
  private renumbersPlaceBefore(): boolean {
    const verb = this.LA(1).tokenType;
    return (verb === T.AdjustTo || verb === T.ChangeTo) && tokenMatcher(this.LA(2), T.RefTok) && !COUNTS.has(this.LA(2).tokenType);
  }

  /** ，then a clause that names no place of its own. */
  protected namesPlaceOnly(): boolean {
    if (this.LA(1).tokenType !== T.Comma) return false;
    const next = this.LA(2).tokenType;
    if (next === T.Jiang) return this.LA(3).tokenType === T.Quoted || this.LA(3).tokenType === T.Qi;
    return PLACE_USERS.has(next) || tokenMatcher(this.LA(2), T.Manner);
  }
}
