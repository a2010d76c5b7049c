import { EOF, tokenMatcher } from 'chevrotain';
import { ClauseRules } from './grammar-clauses.ts';
import * as T from './instruction-tokens.ts';

/**
 * The instruction grammar, last layer: the clauses that start with what they
 * act on — places named first (将第五条修改为…, 第三十条中的“A”修改为“B”,
 * 将第十条删除, 将第八条，…) or quotations (“A”修改为“B”) — and the content
 * announced for an insertion (内容如下：“…”).
 */
export abstract class TargetRules extends ClauseRules {
  /** Clauses that start by naming their targets. */
  protected targetClause = this.RULE('targetClause', () => {
    // 将修改后的第十二条中的“A”修改为“B”: the place in the new numbering (as after 在).
    this.OPTION5({
      GATE: () => this.LA(1).tokenType === T.Amended,
      DEF: () => {
        this.CONSUME2(T.Amended, { LABEL: 'AmendedPlace' });
        this.OPTION6(() => this.CONSUME2(T.Of, { LABEL: 'AmendedOf' }));
      },
    });
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
  protected quoteClause = this.RULE('quoteClause', () => {
    this.SUBRULE(this.quoteList);
    this.SUBRULE(this.phraseAction);
  });

  /** 内容如下：“…” — the payload of an insertion announced just before. */
  protected contentClause = this.RULE('contentClause', () => {
    this.CONSUME(T.ContentIs);
    this.OPTION(() => this.CONSUME(T.Colon));
    this.SUBRULE(this.payload);
  });
}
