import {
  EOF,
  EarlyExitException,
  NoViableAltException,
  tokenMatcher,
  type CstNode,
  type ILookaheadStrategy,
  type IToken,
  type TokenType,
} from 'chevrotain';
import { ChangeRules, COUNTS } from './grammar-changes.ts';
import { CLAUSE_VERBS, type Optionals } from './grammar-places.ts';
import { IndexedLookahead } from './instruction-lookahead.ts';
import * as T from './instruction-tokens.ts';

/**
 * The instruction grammar (docs/decision-grammar.md). A sentence is a run of
 * clauses; each clause names its targets in the ORIGINAL numbering and says
 * what happens to them. Which article a bare 第二款 belongs to, what 其中
 * means and how pairs group into operations is the visitor's business: the
 * grammar only says what was written. The rules of places, insertions and
 * other changes are in grammar-places.ts, grammar-insertions.ts and
 * grammar-changes.ts; the clauses that join them, here.
 */

/** Words that open a clause acting on the place named before it (将第二十二条，在“A”前增加“B”). */
const PLACE_USERS = new Set<TokenType>([T.Zai, T.Modify, T.Delete, T.Add]);

export const MAX_LOOKAHEAD = 4;

/** Separators before the first clause, and 同时 / 并 before a clause: rare, so asked only where they can start. */
/** 其中将… / 其中第二款…: what may follow 其中 at the start of a clause. */
const WITHIN = new Set<TokenType>([T.Jiang, T.ParagraphRef, T.ItemRef, T.SubitemRef]);
const LEADING_SEPS: Optionals = { rule: 'sentence', many: [0] };
const CONNECTORS: Optionals = { rule: 'clause', many: [0] };

export class InstructionParser extends ChangeRules {
  /**
   * `validate`: chevrotain's checks of the grammar itself (ambiguous
   * alternatives, left recursion, unreachable rules). They depend on the
   * grammar only, never on the input, and cost about a fifth of building the
   * parser, so the shared instance skips them and the tests build one with
   * them (instruction-cst.test.ts). `lookaheadStrategy` and `guarded` (see
   * `optionals`): chevrotain's own lookahead, unguarded, is
   * instruction-lookahead.test.ts's oracle.
   */
  constructor(
    validate = false,
    lookaheadStrategy: ILookaheadStrategy = new IndexedLookahead({ maxLookahead: MAX_LOOKAHEAD }),
    guarded = true,
  ) {
    super(T.allTokens, { maxLookahead: MAX_LOOKAHEAD, nodeLocationTracking: 'onlyOffset', skipValidations: !validate, lookaheadStrategy });
    this.guarded = guarded;
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
    this.OPTION3({
      GATE: () => this.LA(1).tokenType === T.Qi && this.LA(2).tokenType === T.In && WITHIN.has(this.LA(3).tokenType),
      DEF: () => {
        this.CONSUME(T.Qi);
        this.CONSUME(T.In);
      },
    });
    this.OPTION2(() => this.CONSUME(T.Jiang));
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
      ]),
    );
  });

  /**
   * 删去第三条第一款中的“规章” / 删去第七条、第二十一条 / 删去…中的“A”和第七项中的“B” /
   * 删去第五条第一款中的“甲”、第二款中的“乙”
   */
  private deleteClause = this.RULE('deleteClause', () => {
    this.CONSUME(T.Delete);
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
                          this.CONSUME2(T.Within);
                          this.SUBRULE2(this.quoteList);
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

  /** Clauses that start by naming their targets. */
  private targetClause = this.RULE('targetClause', () => {
    this.SUBRULE(this.targetList);
    this.OR(
      (this.alts.targetClause ??= [
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
                // “A”，和第九条中的“B”统一修改为“C”
                this.OPTION4(() => this.CONSUME(T.And));
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
            this.OR2(
              (this.alts.inTail ??= [
                {
                  ALT: () => {
                    this.SUBRULE2(this.quoteList);
                    this.SUBRULE2(this.phraseAction);
                  },
                },
                { ALT: () => this.SUBRULE(this.addTail) },
              ]),
            );
          },
        },
        {
          // 第九条：“…” after 增加四条，分别作为第八条：“…”: the text of the next article announced, and nothing else.
          GATE: () => this.onlyTextFollows(),
          ALT: () => {
            this.CONSUME2(T.Colon);
            this.SUBRULE(this.payload);
          },
          IGNORE_AMBIGUITIES: true,
        },
        {
          // 宪法第七条：“A”修改为：“B” / 第六十二条“…”中增加一项 / 第八十九条“…”中第六项“A”修改为“B”
          ALT: () => {
            this.OPTION(() => this.CONSUME(T.Colon));
            this.SUBRULE3(this.quoteList);
            // 第八条第一款“A”、第二十三条第二款中的“B”修改为“C”: the first place's words right after it, the others' after 中的.
            this.MANY2({
              GATE: () => this.isScopedGroup(),
              DEF: () => {
                this.OR5((this.alts.quotedGroupSep ??= [{ ALT: () => this.CONSUME2(T.Join) }, { ALT: () => this.CONSUME3(T.Comma) }]));
                this.SUBRULE3(this.targetList);
                this.CONSUME3(T.Within);
                this.SUBRULE6(this.quoteList);
              },
            });
            this.OR3(
              (this.alts.quotedTail ??= [
                { ALT: () => this.SUBRULE3(this.phraseAction) },
                {
                  ALT: () => {
                    this.CONSUME3(T.In);
                    this.SUBRULE(this.locatedTail);
                  },
                },
              ]),
            );
          },
        },
        { ALT: () => this.SUBRULE(this.modifyTail) },
        // 将第十条修改后分作第十五条和第十六条，其中…: the place, and the articles its clauses make of it.
        {
          GATE: () => this.LA(1).tokenType === T.Amended && this.LA(2).tokenType === T.SplitInto,
          ALT: () => {
            this.CONSUME(T.Amended);
            this.CONSUME(T.SplitInto);
            this.SUBRULE4(this.targetList);
          },
        },
        // 将第十条删除 / 条例原第三十三条删除“…。”
        {
          ALT: () => {
            this.CONSUME(T.Delete);
            this.OPTION2(() => this.SUBRULE5(this.quoteList));
          },
        },
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
        {
          ALT: () => {
            this.CONSUME(T.Lead);
            this.SUBRULE2(this.modifyTail);
          },
        },
        // 将第二十二条，在“A”前增加“B” / 将第八条（原第七条），修改为“…”: the place alone; the next clause acts on it.
        { GATE: () => this.namesPlaceOnly(), ALT: () => this.CONSUME2(T.Comma) },
      ]),
    );
  });

  /** 调整为第一项 / 改为第一项 with no place of its own (not 改为两款, a division). */
  private renumbersPlaceBefore(): boolean {
    const verb = this.LA(1).tokenType;
    return (verb === T.AdjustTo || verb === T.ChangeTo) && tokenMatcher(this.LA(2), T.RefTok) && !COUNTS.has(this.LA(2).tokenType);
  }

  /** A sentence of 第X条 alone, ：and quotations to its end. */
  private onlyTextFollows(): boolean {
    if (this.LA(1).tokenType !== T.Colon || this.LA(2).tokenType !== T.Quoted) return false;
    // LA(-1) is the token before the reference: none (EOF) at the start of the sentence.
    if (this.LA(0).tokenType !== T.ArticleRef || !(this.LA(-1).tokenType === EOF || tokenMatcher(this.LA(-1), T.Sep))) return false;
    for (let k = 3; ; k++) {
      const t = this.LA(k).tokenType;
      if (t === T.Quoted) continue;
      return t === EOF || (tokenMatcher(this.LA(k), T.Sep) && this.LA(k + 1).tokenType === EOF);
    }
  }

  /** ，then a clause that names no place of its own. */
  private namesPlaceOnly(): boolean {
    if (this.LA(1).tokenType !== T.Comma) return false;
    const next = this.LA(2).tokenType;
    if (next === T.Jiang) return this.LA(3).tokenType === T.Quoted || this.LA(3).tokenType === T.Qi;
    return PLACE_USERS.has(next) || tokenMatcher(this.LA(2), T.Manner);
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
