import { EOF, tokenMatcher, type IToken, type TokenType } from 'chevrotain';
import { InsertionRules } from './grammar-insertions.ts';
import type { Optionals } from './grammar-places.ts';
import * as T from './instruction-tokens.ts';

/**
 * The instruction grammar, third layer: what else becomes of a place named
 * first — its text restated (修改为：“…”), renumbered, divided into several,
 * merged with others, its heading renamed, a provision made an article of
 * its own.
 */

/** Count tokens proper (一条 is also an article reference; 第一条 never a count). */
export const COUNTS = new Set<TokenType>([
  T.CountArticle,
  T.CountParagraph,
  T.CountItem,
  T.CountSubitem,
  T.CountSection,
  T.CountChapter,
  T.CountPart,
]);

/**
 * The token types whose words (not only their type) a gate reads: isSmallCount's. Parsing depends on
 * nothing else, so sentences alike in their types and in these words parse alike (instruction-memo.ts):
 * a gate that reads the words of another type adds it here.
 */
export const WORDS_READ: ReadonlySet<TokenType> = COUNTS;

/**
 * 改为两条 divides; 改为十条 is 第十条 with its 第 left out (将第十一条改为十条):
 * no provision is divided into more than a handful. Only count tokens spell such words (WORDS_READ).
 */
function isSmallCount(t: IToken): boolean {
  // 改为两章: a heading divided (an error with its own message, decision/unsupported-heading-division).
  return /^[一二两三四五六七八九2-9][条款项目章节编]$/.test(t.image);
}

/** 修改为 is mostly followed by ：“…”: the optional parts around it are asked only where they can start. */
const MODIFY_MANNER: Optionals = { rule: 'modifyTail', option: [7, 0, 12] };
const MODIFY_INTO: Optionals = { rule: 'modifyTail', option: [2] };
const MODIFY_SEMI: Optionals = { rule: 'modifyTail', option: [11] };
const MODIFY_PLACED: Optionals = { rule: 'modifyTail', option: [10] };

export abstract class ChangeRules extends InsertionRules {
  /** 进行修改，作为第五条：“…” / 进行修改，修改为：“…” */
  protected reworkTail = this.RULE('reworkTail', () => {
    this.CONSUME(T.DoModify);
    this.OPTION(() => this.CONSUME(T.Comma));
    this.OR(
      (this.alts.rework ??= [
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
      ]),
    );
  });

  /** After a quoted locator and 中: 增加一项… or 第六项“A”修改为“B”. */
  protected locatedTail = this.RULE('locatedTail', () => {
    this.OR(
      (this.alts.locatedTail ??= [
        { ALT: () => this.SUBRULE(this.addTail) },
        {
          ALT: () => {
            this.SUBRULE(this.target);
            this.SUBRULE(this.quoteList);
            this.SUBRULE(this.phraseAction);
          },
        },
      ]),
    );
  });

  /**
   * 修改为：“…” / 修改为第六条：“…” / 相应修改为：“…” / 内容修改为：“…” / 修改为三款，内容为：“…” /
   * 修改为《新名称》 / 修改为：“…”，作为第二十六条第一款
   */
  protected modifyTail = this.RULE('modifyTail', () => {
    if (this.mayStart(MODIFY_MANNER)) {
      this.OPTION7(() => this.CONSUME(T.ContentWord));
      this.OPTION(() => this.CONSUME(T.Manner));
      // 将第二款、第三款分别修改为：“…”“…”: one text to each place, in order.
      this.option(12, () => this.CONSUME2(T.Respectively));
    }
    this.CONSUME(T.Modify);
    if (this.mayStart(MODIFY_INTO))
      this.OPTION2(() =>
        this.OR(
          (this.alts.modifyTo ??= [
            {
              // 修改为两款：“…”“…” — a count, not 第二款 (两条 also lexes as an article).
              GATE: () => this.isCountOnly(),
              ALT: () => {
                this.CONSUME2(T.CountTok);
                this.OPTION8(() => {
                  this.OPTION9(() => this.CONSUME3(T.Comma));
                  this.CONSUME(T.ContentIs);
                });
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
          ]),
        ),
      );
    this.OPTION3(() => this.CONSUME(T.Colon));
    // 修改为；“…”: a ； misprinted for the colon, right after 修改为 and before new text that ends the clause.
    // 修改为第六条；“A”后增加“B” is a renumbering, then another clause on the same article.
    if (this.mayStart(MODIFY_SEMI)) this.option(11, { GATE: () => this.misprintedColon(), DEF: () => this.CONSUME(T.Semi) });
    this.OPTION4(() =>
      this.OR2(
        (this.alts.modifyText ??= [
          { ALT: () => this.SUBRULE(this.payload) },
          // 将《条例》名称修改为《…》
          { ALT: () => this.CONSUME(T.BookTitle) },
        ]),
      ),
    );
    // 修改为：“…”，作为第二十六条第一款: the place the new text takes.
    if (this.mayStart(MODIFY_PLACED))
      this.option(10, {
        GATE: () => this.LA(1).tokenType === T.Comma && this.LA(2).tokenType === T.As,
        DEF: () => {
          this.CONSUME4(T.Comma);
          this.CONSUME2(T.As);
          this.SUBRULE2(this.asTargets);
        },
      });
  });

  protected isCountOnly(): boolean {
    const next = this.LA(2).tokenType;
    return (
      COUNTS.has(this.LA(1).tokenType) &&
      (next === T.Colon ||
        next === T.Quoted ||
        next === T.QuotedRef ||
        (next === T.Comma && this.LA(3).tokenType === T.ContentIs) ||
        next === T.ContentIs)
    );
  }

  /** 修改为；“…”。 — the ； stands for a colon only straight after 修改为 and before a quotation that ends the clause. */
  protected misprintedColon(): boolean {
    const next = this.LA(3).tokenType;
    return (
      tokenMatcher(this.LA(0), T.Modify) &&
      this.LA(1).tokenType === T.Semi &&
      this.LA(2).tokenType === T.Quoted &&
      (next === EOF || next === T.Period || next === T.Semi || next === T.Comma)
    );
  }

  protected isInto(): boolean {
    const second = this.LA(2).tokenType;
    const third = this.LA(3).tokenType;
    const into = (t: TokenType) => t === T.As || t === T.Respectively;
    return this.LA(1).tokenType !== T.ArticleRef && (into(second) || (second === T.Comma && into(third)));
  }

  /** 改为两款 divides; 改为十条 renumbers (see isSmallCount). */
  protected dividesHere(): boolean {
    // Only a count's words are read (WORDS_READ, which the sentence memo keys on).
    return this.LA(1).tokenType !== T.ChangeTo || (COUNTS.has(this.LA(2).tokenType) && isSmallCount(this.LA(2)));
  }

  /**
   * 改为两款，修改为：… / 改为三条，作为第十二条、第十三条、第十四条，修改为：… / 分为两款，修改为：… /
   * 分为两款，作为第一款、第二款，修改为：… / 改为两条，分别作为第十五条、第十六条
   */
  protected divideTail = this.RULE('divideTail', () => {
    this.OR(
      (this.alts.divideVerb ??= [
        { GATE: () => COUNTS.has(this.LA(2).tokenType) && isSmallCount(this.LA(2)), ALT: () => this.CONSUME(T.ChangeTo) },
        { ALT: () => this.CONSUME(T.SplitInto) },
      ]),
    );
    this.CONSUME(T.CountTok);
    this.OPTION({
      GATE: () =>
        this.LA(1).tokenType === T.As ||
        (this.LA(1).tokenType === T.Comma && (this.LA(2).tokenType === T.As || this.LA(2).tokenType === T.Respectively)),
      DEF: () => {
        this.OPTION2(() => this.CONSUME(T.Comma));
        this.OPTION3(() => this.CONSUME(T.Respectively));
        this.CONSUME(T.As);
        this.SUBRULE(this.targetList);
        // 改为两条，作为第六十三条、第六十四条：“第六十三条…”“第六十四条…”: the text right after the numbers, as an insertion gives it.
        this.OPTION8({
          GATE: () => this.LA(1).tokenType === T.Colon && this.LA(2).tokenType === T.Quoted,
          DEF: () => {
            this.CONSUME2(T.Colon);
            this.SUBRULE2(this.payload);
          },
        });
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
  protected renumberTail = this.RULE('renumberTail', () => {
    this.OPTION(() => this.CONSUME(T.Respectively));
    this.OPTION2(() => this.CONSUME(T.Accordingly));
    this.CONSUME(T.Becomes);
    this.SUBRULE(this.asTargets);
    // 将第五条第二款作为第九条的内容：“…”: the text it has there.
    this.OPTION4({
      GATE: () => this.LA(1).tokenType === T.Of && this.LA(2).tokenType === T.ContentWord && this.LA(3).tokenType === T.Colon,
      DEF: () => {
        this.CONSUME(T.Of);
        this.CONSUME(T.ContentWord);
      },
    });
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
  protected headingTail = this.RULE('headingTail', () => {
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
   * 合并为一章，章节名称为“…” / 合并为第五章，章名修改为“…” / 合并表述，改为第二十一条，修改为两款：“…”“…”
   */
  protected mergeTail = this.RULE('mergeTail', () => {
    this.CONSUME(T.Merge);
    this.OPTION5(() =>
      this.OR(
        (this.alts.mergeInto ??= [
          // 一条 is a count here, though it also lexes as an article.
          { GATE: () => COUNTS.has(this.LA(1).tokenType), ALT: () => this.CONSUME(T.CountTok), IGNORE_AMBIGUITIES: true },
          { ALT: () => this.SUBRULE2(this.target) },
        ]),
      ),
    );
    this.OPTION(() => this.CONSUME(T.Comma));
    this.OPTION2(() => {
      this.OR2((this.alts.mergeAs ??= [{ ALT: () => this.CONSUME(T.As) }, { ALT: () => this.CONSUME(T.ChangeTo) }]));
      this.SUBRULE(this.target);
      this.OPTION3(() => this.CONSUME2(T.Comma));
    });
    this.OPTION6(() =>
      this.OR3(
        (this.alts.mergeText ??= [
          {
            ALT: () => {
              this.CONSUME(T.Modify);
              // 合并表述，改为第二十一条，修改为两款：“…”“…” — a count the text must hold.
              this.OPTION7({ GATE: () => this.isCountOnly(), DEF: () => this.CONSUME2(T.CountTok) });
              this.OPTION4(() => this.CONSUME(T.Colon));
              this.SUBRULE(this.payload);
            },
          },
          { ALT: () => this.SUBRULE(this.headingTail) },
          {
            // 合并为一款，作为第二款：“…”: the text right after the number, as an insertion gives it.
            GATE: () => this.LA(2).tokenType === T.Quoted,
            ALT: () => {
              this.CONSUME2(T.Colon);
              this.SUBRULE2(this.payload);
            },
          },
        ]),
      ),
    );
  });

  /** 将第三章并入第二章 */
  protected mergeIntoTail = this.RULE('mergeIntoTail', () => {
    this.CONSUME(T.MergeInto);
    this.SUBRULE(this.target);
  });

  /** 单列一条，作为第四十九条，修改为：“…” / 单列增加一条，作为第九条：“…” */
  protected splitTail = this.RULE('splitTail', () => {
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
}
