import { tokenMatcher, type TokenType } from 'chevrotain';
import { HEADING_REFS, PlaceRules } from './grammar-places.ts';
import * as T from './instruction-tokens.ts';

/**
 * The instruction grammar, second layer: what is added and where — words
 * beside words (phraseAction), text at an edge of a place, new provisions
 * (增加一款，作为第二款：“…”) and the words that announce them.
 */

/** Words that introduce the text of an insertion: ，规定： / ，内容为： / ，即： / 分三款表述为： */
const INTRO = new Set<TokenType>([T.Provision, T.ContentIs, T.Namely, T.InParts]);

/** Counts of headings: 增加一章，作为第七章“公布” names the chapter after its number. */
const HEADING_COUNTS = new Set<TokenType>([T.CountChapter, T.CountSection, T.CountPart]);

export abstract class InsertionRules extends PlaceRules {
  /** What happens to quoted phrases: 修改为“B” / 后增加“B” / 调整为“第七条” / 调整为第四款 */
  protected phraseAction = this.RULE('phraseAction', () => {
    this.OPTION(() => this.CONSUME(T.Comma));
    this.OR(
      (this.alts.phraseAction ??= [
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
          // 将第四十一条第一款“A”后的“B”删除: the words right after (before) other words.
          GATE: () => this.LA(2).tokenType === T.Of && this.LA(3).tokenType === T.Quoted,
          ALT: () => {
            this.CONSUME3(T.Side);
            this.CONSUME3(T.Of);
            this.CONSUME4(T.Quoted);
            this.CONSUME2(T.Delete);
          },
        },
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
            this.OR3(
              (this.alts.adjustTo ??= [
                { ALT: () => this.CONSUME(T.Quoted) },
                // 将第一款中的“…。”调整为第四款: the words become a 款 of their own.
                { ALT: () => this.SUBRULE(this.asTargets) },
              ]),
            );
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
      ]),
    );
  });

  /** 末尾增加“…” / 最后增加一句：“…” / 开始部分增加规定：“…” / 前增加“…” / 句尾增加“…”: text at an edge of the place. */
  protected edgeText = this.RULE('edgeText', () => {
    // 第一项的内容最前面增加“擅自”二字
    // 第二款的最后面增加“…”
    this.OPTION5(() => this.CONSUME(T.Of));
    this.OPTION4(() => this.CONSUME(T.ContentWord));
    this.OR((this.alts.edge ??= [{ ALT: () => this.CONSUME(T.Edge) }, { ALT: () => this.CONSUME(T.Side) }]));
    // 在第一款、第二款后分别增加“…”: the same words at the end of each place.
    this.OPTION6(() => this.CONSUME(T.Respectively));
    this.OPTION3(() => this.CONSUME(T.Manner));
    this.CONSUME(T.Add);
    this.OPTION(() => this.SUBRULE(this.sentenceWord));
    this.OPTION2(() => this.CONSUME(T.Colon));
    this.SUBRULE(this.payload);
  });

  /** 一句[，内容为] / 规定 / 内容为: the added words are a sentence or provision of their own. */
  protected sentenceWord = this.RULE('sentenceWord', () => {
    this.OR(
      (this.alts.sentenceWord ??= [
        {
          ALT: () => {
            this.CONSUME(T.CountSentence);
            this.OPTION(() => {
              this.OPTION2(() => this.CONSUME(T.Comma));
              this.CONSUME(T.ContentIs);
            });
          },
        },
        { ALT: () => this.CONSUME(T.Provision) },
        { ALT: () => this.CONSUME2(T.ContentIs) },
      ]),
    );
  });

  /** 后增加一条，作为第X条之一 / 后增加一款 (placed right after) */
  protected anchorInsert = this.RULE('anchorInsert', () => {
    this.CONSUME(T.Side);
    this.CONSUME(T.Add);
    this.SUBRULE(this.insertBody);
  });

  /**
   * 增加一款，作为第二款：… / 增加规定：… / 增加第五项为：“…” / 增加“…”作为第二款 /
   * 增加一款“…”作为第二款 / 新增一项：“…”
   */
  protected addTail = this.RULE('addTail', () => {
    this.CONSUME(T.Add);
    this.OR(
      (this.alts.addTail ??= [
        {
          ALT: () => {
            this.CONSUME(T.Provision);
            this.OPTION(() => this.CONSUME(T.Colon));
            this.SUBRULE(this.payload);
          },
        },
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
          // 增加“…”作为第二款 / 增加“…”内容作为第四项 / 在第二条增加“…”，作为第二款: the words before their place;
          // 条例原第二十四条增加“…。”: at its end.
          ALT: () => {
            this.SUBRULE3(this.payload);
            this.OPTION4(() => {
              this.OPTION5(() => this.CONSUME(T.Comma));
              this.OPTION3(() => this.CONSUME(T.ContentWord));
              this.CONSUME(T.As);
              this.SUBRULE(this.targetList);
            });
          },
        },
        { ALT: () => this.SUBRULE(this.insertBody) },
      ]),
    );
  });

  /** 第五项为 / 第三十三条为: a numbered place announced with 为. */
  protected isNumberedAs(): boolean {
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
  protected insertBody = this.RULE('insertBody', () => {
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
        this.OR(
          (this.alts.intro ??= [
            { ALT: () => this.CONSUME(T.Provision) },
            { ALT: () => this.CONSUME(T.ContentIs) },
            { ALT: () => this.CONSUME(T.Namely) },
            { ALT: () => this.CONSUME(T.InParts) },
          ]),
        );
      },
    });
    this.OPTION4(() => this.CONSUME(T.Colon));
    this.OPTION5(() => this.SUBRULE(this.payload));
  });
}
