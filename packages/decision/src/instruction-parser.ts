import { EarlyExitException, NoViableAltException, type CstNode, type ILookaheadStrategy, type IToken, type TokenType } from 'chevrotain';
import { TargetRules } from './grammar-targets.ts';
import { IndexedLookahead } from './instruction-lookahead.ts';
import * as T from './instruction-tokens.ts';

/**
 * The instruction grammar (docs/decision-grammar.md). A sentence is a run of
 * clauses; each clause names its targets in the ORIGINAL numbering and says
 * what happens to them. Which article a bare 第二款 belongs to, what 其中
 * means and how pairs group into operations is the visitor's business: the
 * grammar only says what was written. Its rules are written in layers, a
 * family to a file: places (grammar-places.ts), insertions
 * (grammar-insertions.ts), other changes (grammar-changes.ts), sentences and
 * the clauses opened by a verb (grammar-clauses.ts), clauses that start with
 * a place or a quotation (grammar-targets.ts); the parser built from them
 * all, and how one sentence goes through it, here.
 */

export const MAX_LOOKAHEAD = 4;

export class InstructionParser extends TargetRules {
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
