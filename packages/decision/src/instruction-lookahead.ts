import {
  getLookaheadPaths,
  LLkLookaheadStrategy,
  type IOrAlt,
  type IToken,
  type OptionalProductionType,
  type Rule,
  type TokenType,
} from 'chevrotain';

/**
 * chevrotain's LL(k) lookahead (the same paths, from its own analysis, and the
 * same choice: the first alternative, in written order, whose gate passes and
 * one of whose paths matches the next tokens), with the paths of an
 * alternation filed by the type of their first token. chevrotain's own
 * function walks every path of every alternative at each choice; the clause
 * alternations have many (a place may start with any of a dozen tokens, and
 * takes up to four to tell apart), and the first token already rules out most.
 * Optional parts (OPTION, MANY…) decided on one token look the type up in a
 * table, as chevrotain does; those that need more are filed the same way.
 * The paths of each choice are worked out when it is first made, not when the
 * parser is built: chevrotain's analysis of every path was most of building
 * it, and a command reading one decision meets only part of the grammar.
 */

type Parser = { LA_FAST(howMuch: number): IToken };

interface Candidate {
  alt: number;
  path: TokenType[];
}

/** The token fits the path's type: the same type, or a category holding it (chevrotain's tokenMatcher). */
function fits(tokenTypeIdx: number, type: TokenType): boolean {
  return tokenTypeIdx === type.tokenTypeIdx || (type.isParent === true && type.categoryMatchesMap?.[tokenTypeIdx] === true);
}

export class IndexedLookahead extends LLkLookaheadStrategy {
  override buildLookaheadForAlternation(options: {
    prodOccurrence: number;
    rule: Rule;
    maxLookahead: number;
    hasPredicates: boolean;
    dynamicTokensEnabled: boolean;
  }): (orAlts?: IOrAlt<unknown>[]) => number | undefined {
    if (options.dynamicTokensEnabled) return super.buildLookaheadForAlternation(options);
    let alts: TokenType[][][] | undefined;
    /** Candidates by the next token's type, in the order chevrotain tries them; filed on first sight. */
    const byFirst: (Candidate[] | undefined)[] = [];
    /**
     * The choice itself, by the next token's type, where that token decides: the first candidate's
     * path is that one token (no earlier alternative can start with it) and its alternative has no
     * gate (the gates of later ones are never asked).
     */
    const decided: (number | undefined)[] = [];
    const gated = options.hasPredicates;
    const candidates = (tokenTypeIdx: number, orAlts: IOrAlt<unknown>[] | undefined): Candidate[] => {
      alts ??= getLookaheadPaths({
        occurrence: options.prodOccurrence,
        rule: options.rule,
        prodType: 'Alternation',
        maxLookahead: options.maxLookahead,
      });
      const out: Candidate[] = [];
      alts.forEach((paths, alt) => {
        for (const path of paths) if (path.length === 0 || fits(tokenTypeIdx, path[0])) out.push({ alt, path });
      });
      byFirst[tokenTypeIdx] = out;
      const first = out[0];
      if (first !== undefined && first.path.length <= 1 && (!gated || (orAlts![first.alt] as { GATE?: unknown }).GATE === undefined))
        decided[tokenTypeIdx] = first.alt;
      return out;
    };
    return function (this: Parser, orAlts?: IOrAlt<unknown>[]): number | undefined {
      const next = this.LA_FAST(1).tokenTypeIdx;
      const known = decided[next];
      if (known !== undefined) return known;
      const list = byFirst[next] ?? candidates(next, orAlts);
      // Candidates of one alternative are together: its gate is asked once.
      let asked = -1;
      let open = true;
      for (let c = 0; c < list.length; c++) {
        const { alt, path } = list[c];
        if (gated && alt !== asked) {
          const gate = (orAlts![alt] as { GATE?: () => boolean }).GATE;
          asked = alt;
          open = gate === undefined || gate.call(this) !== false;
        }
        if (!open) continue;
        let i = 1;
        while (i < path.length && fits(this.LA_FAST(i + 1).tokenTypeIdx, path[i])) i++;
        if (i >= path.length) return alt;
      }
      return undefined;
    };
  }

  override buildLookaheadForOptional(options: {
    prodOccurrence: number;
    prodType: OptionalProductionType;
    rule: Rule;
    maxLookahead: number;
    dynamicTokensEnabled: boolean;
  }): () => boolean {
    if (options.dynamicTokensEnabled) return super.buildLookaheadForOptional(options);
    let paths: TokenType[][] | undefined;
    /** When every path is one token long: the types that enter, categories spelled out. */
    let enters: boolean[] | undefined;
    const byFirst: (TokenType[][] | undefined)[] = [];
    const candidates = (tokenTypeIdx: number): TokenType[][] =>
      (byFirst[tokenTypeIdx] = paths!.filter((p) => p.length === 0 || fits(tokenTypeIdx, p[0])));
    return function (this: Parser): boolean {
      if (paths === undefined) {
        paths = getLookaheadPaths({
          occurrence: options.prodOccurrence,
          rule: options.rule,
          prodType: options.prodType,
          maxLookahead: options.maxLookahead,
        })[0];
        if (paths.every((p) => p.length === 1)) enters = entering(paths);
      }
      if (enters !== undefined) return enters[this.LA_FAST(1).tokenTypeIdx] === true;
      const next = this.LA_FAST(1).tokenTypeIdx;
      const list = byFirst[next] ?? candidates(next);
      for (let c = 0; c < list.length; c++) {
        const path = list[c];
        let i = 1;
        while (i < path.length && fits(this.LA_FAST(i + 1).tokenTypeIdx, path[i])) i++;
        if (i >= path.length) return true;
      }
      return false;
    };
  }
}

function entering(paths: TokenType[][]): boolean[] {
  const enters: boolean[] = [];
  for (const [type] of paths) {
    enters[type.tokenTypeIdx!] = true;
    for (const member of type.categoryMatches ?? []) enters[member] = true;
  }
  return enters;
}
