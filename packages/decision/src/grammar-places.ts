import { CstParser, type CstNode, EOF, getLookaheadPaths, tokenMatcher, type IOrAlt, type IToken, type TokenType } from 'chevrotain';
import * as T from './instruction-tokens.ts';

/**
 * The instruction grammar (docs/decision-grammar.md) is one chevrotain parser
 * whose rules are written in layers, a family to a file, each layer using
 * only the rules of the layers below it: the places a clause names, lists of
 * them, quoted words and payloads (this file); what is added and where
 * (grammar-insertions.ts); what else becomes of a place — restated,
 * renumbered, divided, merged (grammar-changes.ts); clauses and sentences,
 * and the parser built from them all (instruction-parser.ts).
 */

/** 删去第二条第二款、删去第九条…: after 、 these start the next clause, not another place. */
export const CLAUSE_VERBS = new Set<TokenType>([T.Delete, T.Jiang, T.Zai, T.Add]);

/** References to parts, chapters, sections: 第五章“供水保障” may name its heading. */
export const HEADING_REFS = new Set<TokenType>([T.ChapterRef, T.SectionRef, T.PartRef]);
const HEADING_COUNTS = new Set<TokenType>([T.CountChapter, T.CountSection, T.CountPart]);

/**
 * Optional parts (OPTIONs, MANYs) of one rule that follow each other, by
 * occurrence index; `starts`: the token types that can start one of them,
 * worked out on first use.
 */
export interface Optionals {
  rule: string;
  option?: number[];
  many?: number[];
  starts?: boolean[];
}

/** 第X条 may be followed by （原第Y条）, 及其后各条, 第二句, “…” (a heading's name), 之规定, 的章名. */
const TARGET_TAIL: Optionals = { rule: 'target', option: [9, 10, 4, 5, 6, 7] };
/** The place is read in `target` in two copies (after a law, and alone), each with its own occurrence indices. */
const LAW_PLACE = 20;
const LONE_PLACE = 40;
const PLACE_ORIG: Record<number, Optionals> = {
  [LAW_PLACE]: { rule: 'target', option: [LAW_PLACE + 2] },
  [LONE_PLACE]: { rule: 'target', option: [LONE_PLACE + 2] },
};
const REF_TAIL: Record<number, Optionals> = {
  [LAW_PLACE]: { rule: 'target', many: [LAW_PLACE] },
  [LONE_PLACE]: { rule: 'target', many: [LONE_PLACE] },
};
const MORE_TARGETS: Optionals = { rule: 'targetList', many: [0] };
const EXPRESSION: Optionals = { rule: 'payload', option: [0] };

const CHEVROTAIN_NODE = (CstParser.prototype as unknown as { cstInvocationStateUpdate(this: CstParser, name: string): void })
  .cstInvocationStateUpdate;

export abstract class PlaceRules extends CstParser {
  /** Off in the tests' oracle parser: there every optional part is asked, as chevrotain alone asks. */
  protected guarded = true;

  /**
   * Whether the next token can start one of a run of optional parts (their
   * first tokens, from chevrotain's own analysis): where it cannot, none is
   * entered, and chevrotain would look each one up and ask its lookahead (and
   * its GATE first) to find that out. While the grammar is recorded, yes.
   */
  protected mayStart(group: Optionals): boolean {
    if (this.RECORDING_PHASE || !this.guarded) return true;
    group.starts ??= this.firstTokens(group);
    return group.starts[this.LA_FAST(1).tokenTypeIdx] === true;
  }

  private firstTokens(group: Optionals): boolean[] {
    const rule = this.getGAstProductions()[group.rule];
    const starts: boolean[] = [];
    const parts = [
      ...(group.option ?? []).map((o) => ['Option', o] as const),
      ...(group.many ?? []).map((o) => ['Repetition', o] as const),
    ];
    for (const [prodType, occurrence] of parts) {
      const [paths] = getLookaheadPaths({ occurrence, rule, prodType, maxLookahead: 1 });
      if (!paths?.length) throw new Error(`no ${prodType} ${occurrence} in rule ${group.rule}`);
      for (const [first] of paths) {
        starts[first.tokenTypeIdx!] = true;
        for (const member of first.categoryMatches ?? []) starts[member] = true;
      }
    }
    return starts;
  }

  /**
   * A rule's CST node as chevrotain makes it (its location starts at the next
   * token: recovery is off), but with its children in a plain object:
   * chevrotain's `Object.create(null)` is a dictionary, and every group the
   * visitor reads from it (`ctx.targetList`) was a hash lookup. Plain objects
   * of one rule mostly get their groups in the same order, so they share a
   * few shapes. No group is named after an Object.prototype member. Its end
   * starts as -1, not NaN: set when the rule ends (to its last token's end),
   * it is then a small integer stored unboxed, and so is every end computed
   * from it (a place's, a clause's), where NaN made each a boxed double. The
   * tests' oracle parser keeps chevrotain's.
   */
  cstInvocationStateUpdate(fullRuleName: string): void {
    if (!this.guarded) return CHEVROTAIN_NODE.call(this, fullRuleName);
    const node: CstNode = { name: fullRuleName, children: {}, location: { startOffset: this.LA_FAST(1).startOffset, endOffset: -1 } };
    (this as unknown as { CST_STACK: CstNode[] }).CST_STACK.push(node);
  }

  /**
   * Alternatives built once: chevrotain otherwise rebuilds the arrays and
   * closures of every OR each time a rule runs.
   */
  protected readonly alts: Record<string, IOrAlt<unknown>[]> = {};
  /** The alternatives of each copy of the place, by its first occurrence index. */
  private readonly placeAlts: IOrAlt<unknown>[][] = [];
  private readonly refTailAlts: IOrAlt<unknown>[][] = [];

  /**
   * 第十六条第六项 / 第三章 / 序言第七自然段 / 其 / 该条 / 《解释》原第六条 /
   * 第六十七条…职权第二十项 / 《某某条例》 alone (the whole rule) /
   * 第五章“供水保障” (a heading named by its title) / 第四十八条之规定.
   * The place's own words are read in this rule (no rule of its own: a rule
   * call and a CST node fewer for every place).
   */
  protected target = this.RULE('target', () => {
    this.OR(
      (this.alts.law ??= [
        {
          ALT: () => {
            this.CONSUME(T.LawPrefix);
            this.OPTION(() => this.place(LAW_PLACE));
          },
        },
        { ALT: () => this.place(LONE_PLACE) },
      ]),
    );
    if (this.mayStart(TARGET_TAIL)) {
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
    }
  });

  /** 的章名 followed by another place or 中的: a place, not 章名修改为. */
  protected isHeadingPlace(): boolean {
    const k = this.LA(1).tokenType === T.Of ? 2 : 1;
    if (!tokenMatcher(this.LA(k), T.HeadingWord)) return false;
    const next = this.LA(k + 1);
    return tokenMatcher(next, T.Join) || tokenMatcher(next, T.Within);
  }

  /** 第五章“供水保障”、第六章“供水管理”合并: a quotation after a heading reference names it. */
  protected isHeadingName(): boolean {
    if (this.LA(1).tokenType !== T.Quoted || !HEADING_REFS.has(this.LA(0).tokenType)) return false;
    const next = this.LA(2).tokenType;
    if (next === T.Dun || next === T.And || next === T.Merge || next === T.MergeInto || next === T.Comma) return true;
    // 将第四章“A”改为两章，分别作为第四章“B”和第六章“C”: before a count of headings, and last in the sentence.
    if (next === T.ChangeTo || next === T.SplitInto) return HEADING_COUNTS.has(this.LA(3).tokenType);
    return next === T.Period || next === T.Semi || next === EOF;
  }

  /**
   * The place a target names, after the law it may name first: part of the
   * target rule, written twice there (`at`: the first occurrence index of
   * this copy, so that the two copies' parts are told apart). Its 其后各条
   * is labelled `OnwardPlace`, apart from the 及其后条文 after a place.
   */
  private place(at: number): void {
    if (this.mayStart(PLACE_ORIG[at])) this.option(at + 2, () => this.consume(at, T.Orig));
    this.or(
      at,
      (this.placeAlts[at] ??= [
        {
          ALT: () => {
            this.consume(at, T.RefTok);
            // Words between references describe the place (宪法第六十七条…职权第二十项).
            // 第十六条原第二款: the paragraph in its original numbering.
            if (this.mayStart(REF_TAIL[at])) {
              this.many(at, () =>
                this.or(
                  at + 1,
                  (this.refTailAlts[at] ??= [
                    { ALT: () => this.consume(at + 1, T.RefTok) },
                    { ALT: () => this.consume(at, T.Other) },
                    { GATE: () => tokenMatcher(this.LA(2), T.RefTok), ALT: () => this.consume(at + 1, T.Orig) },
                  ]),
                ),
              );
            }
          },
        },
        {
          ALT: () => {
            this.consume(at, T.PreambleWord);
            this.option(at + 3, () => this.consume(at, T.NaturalParaRef));
          },
        },
        {
          ALT: () => {
            // 正文第二段; 正文 / 答复内容 alone: the text of a reply (批复) written without articles.
            this.consume(at, T.Body);
            this.option(at + 5, () => this.consume(at, T.DuanRef));
          },
        },
        { ALT: () => this.consume(at, T.Intro) },
        { ALT: () => this.consume(at, T.NameWord) },
        { ALT: () => this.consume(at, T.Qi) },
        // 其后各条: the articles after the place named before.
        { ALT: () => this.consume(at, T.Onward, { LABEL: 'OnwardPlace' }) },
        // 该条第二款 (作为该条第二款)
        {
          ALT: () => {
            this.consume(at, T.ThisRef);
            this.many(at + 1, () => this.consume(at + 2, T.RefTok));
          },
        },
        // 本办法 alone is the whole rule; 本办法第十条 is 第十条.
        // 条例原第五条: the rule, then the place in its original numbering.
        {
          ALT: () => {
            this.consume(at, T.WholeRule);
            this.option(at + 4, () => this.consume(at + 2, T.Orig));
            this.many(at + 2, () => this.consume(at + 3, T.RefTok));
          },
        },
      ]),
    );
  }

  /**
   * 第四条、第七条和第九条 / 第七项至第十五项 / 第十七条第二款第一项，第二十一条第二款第二项中:
   * a comma joins places only when the places run on to 中 with no verb between.
   */
  protected targetList = this.RULE('targetList', () => {
    this.SUBRULE(this.target);
    if (!this.mayStart(MORE_TARGETS)) return;
    this.MANY({
      GATE: () => (this.LA(1).tokenType !== T.Comma || this.commaJoinsPlaces()) && !CLAUSE_VERBS.has(this.LA(2).tokenType),
      DEF: () => {
        this.OR(
          (this.alts.targetSep ??= [
            { ALT: () => this.CONSUME(T.Join) },
            { ALT: () => this.CONSUME(T.Range) },
            { ALT: () => this.CONSUME(T.Comma) },
          ]),
        );
        this.SUBRULE2(this.target);
      },
    });
  });

  protected commaJoinsPlaces(): boolean {
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
  protected asTargets = this.RULE('asTargets', () => {
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
  protected startsRenumbering(): boolean {
    const sep = this.LA(1).tokenType;
    if (!(sep === T.Dun || sep === T.And || sep === T.Range)) return true;
    for (let k = 2; k < 12; k++) {
      const t = this.LA(k);
      if (tokenMatcher(t, T.RefTok) || t.tokenType === T.Orig || tokenMatcher(t, T.LawPrefix)) continue;
      return tokenMatcher(t, T.Becomes) || t.tokenType === T.Modify || t.tokenType === T.Respectively || tokenMatcher(t, T.Manner);
    }
    return false;
  }

  protected quoteList = this.RULE('quoteList', () => {
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

  protected isQuote(t: IToken): boolean {
    return t.tokenType === T.Quoted || t.tokenType === T.QuotedRef;
  }

  protected isJoin(t: IToken): boolean {
    return t.tokenType === T.Dun || t.tokenType === T.And;
  }

  /** The new phrases after 修改为: a quotation after 、 that is itself followed by 修改为 starts the next pair. */
  protected newQuotes = this.RULE('newQuotes', () => {
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

  protected isPhraseVerb(t: IToken): boolean {
    const k = t.tokenType;
    return (
      k === T.Modify ||
      k === T.ChangeTo ||
      k === T.Respectively ||
      k === T.Uniformly ||
      k === T.Accordingly ||
      k === T.After ||
      k === T.Before ||
      k === T.AdjustTo ||
      k === T.Delete ||
      k === T.Expression
    );
  }

  /** One or more quoted paragraphs after 修改为： / 作为第X条： */
  protected payload = this.RULE('payload', () => {
    this.AT_LEAST_ONE(() => this.CONSUME(T.Quoted));
    // 增加“擅自”二字 / 增加“…”的内容: what the words are, not more words.
    if (this.mayStart(EXPRESSION)) this.OPTION(() => this.CONSUME(T.Expression));
  });
}
