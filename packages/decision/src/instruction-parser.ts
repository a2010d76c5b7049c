import {
  EarlyExitException,
  isRecognitionException,
  NoViableAltException,
  type CstNode,
  type ILookaheadStrategy,
  type IOrAlt,
  type IRecognitionException,
  type IToken,
  type TokenType,
} from 'chevrotain';
import { TargetRules } from './grammar-targets.ts';
import { IndexedLookahead } from './instruction-lookahead.ts';
import { recalled, remember } from './instruction-memo.ts';
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

/** The grammar on chevrotain's own engine: instruction-lookahead.test.ts's oracle, with chevrotain's lookahead. */
export class InstructionGrammar extends TargetRules {
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
    throw this.saveError(recognitionError(NoViableAltException, errMsgTypes ?? 'no viable alternative', this.LA(1), this.LA(0)));
  }

  /** The same for an AT_LEAST_ONE that found none. */
  raiseEarlyExitException(_occurrence: number, _prodType: unknown, userDefinedErrMsg: string | undefined): never {
    throw this.saveError(recognitionError(EarlyExitException, userDefinedErrMsg ?? 'expected at least one', this.LA(1), this.LA(0)));
  }

  private saveError(e: Error): Error {
    return (this as unknown as { SAVE_ERROR(e: Error): Error }).SAVE_ERROR(e);
  }
}

/**
 * A recognition error of chevrotain's class, with the fields its constructor sets (and its name, which
 * is how chevrotain tells recognition errors), but not constructed: the constructor resets the
 * object's prototype and captures a stack, which cost more than the failed parse itself. These errors
 * are caught inside the parser and read for their name, message and tokens only.
 */
function recognitionError(
  type: typeof NoViableAltException | typeof EarlyExitException,
  message: string,
  token: IToken,
  previousToken: IToken,
): Error {
  const e = Object.create(type.prototype) as Error & Record<string, unknown>;
  e.message = message;
  e.token = token;
  e.resyncedTokens = [];
  e.previousToken = previousToken;
  e.name = type === NoViableAltException ? 'NoViableAltException' : 'EarlyExitException';
  return e;
}

/** An OPTION's, MANY's or AT_LEAST_ONE's argument: the action, or the action and its gate. */
type Production = (() => unknown) | { DEF: () => unknown; GATE?: () => boolean; ERR_MSG?: string };
type Alternatives = IOrAlt<unknown>[] | { DEF: IOrAlt<unknown>[]; ERR_MSG?: string };
type LookaheadFunction = (this: unknown, alts?: IOrAlt<unknown>[]) => unknown;
type Options = { LABEL?: string; ARGS?: unknown[] } | undefined;
/** A rule as `RULE` returns it: `coreRule` runs it inside another (no root-level hooks). */
type RuleFunction = { ruleName: string; originalGrammarAction: unknown; coreRule: (...args: unknown[]) => CstNode };

/** chevrotain's recognizer state, as the engine below reads it (not in its typings). */
interface Recognizer {
  tokVector: IToken[];
  currIdx: number;
  currRuleShortName: number;
  subruleIdx: number;
  CST_STACK: CstNode[];
  fullRuleNameToShort: Record<string, number>;
  consumeInternalError(type: TokenType, next: IToken, options: Options): never;
  ruleInvocationStateUpdate(shortName: number, ruleName: string, occurrence: number): void;
  ruleFinallyStateUpdate(): void;
  cstPostRule(node: CstNode): void;
  onBeforeParse(ruleName: string): void;
  onAfterParse(ruleName: string): void;
  moveToTerminatedState(): void;
}

type RuleBody = (this: Recognizer) => void;
type DefineRule = (this: unknown, name: string, body: RuleBody, config: unknown) => RuleFunction;

/** No rule of this grammar takes arguments. */
const NO_ARGS: unknown[] = [];

/** A lookahead key's DSL method (chevrotain's keys.js: occurrence | method << 8 | rule << 12). */
const OR_KEY = 1 << 8;

/**
 * The parser decisions are read with: the same grammar, on chevrotain's
 * recognizer with its per-production plumbing made lean where this parser
 * never needs it — error recovery is off, so no production needs its
 * try/catch for resynchronising, its recovery hooks or its partial CSTs; a
 * GATE is asked before the lookahead function instead of through a closure
 * made on every call (the same order, the same short circuit); lookahead
 * functions are found in arrays by their key instead of a Map; CST children
 * are stored without the location updates recovery needs. Same decisions,
 * same CSTs, same errors: instruction-lookahead.test.ts parses every
 * sentence and clause of the corpus with this and with `InstructionGrammar`
 * on chevrotain's own lookahead and compares them.
 */
export class InstructionParser extends InstructionGrammar {
  /** Lookahead functions by key >> 8 (rule and DSL method), then by occurrence; made while the parser is built. */
  declare private laFuncs: (LookaheadFunction | undefined)[][] | undefined;

  /**
   * A rule as chevrotain defines it, but without a try/catch/finally of its own. With recovery off,
   * each rule's catch only rethrows a recognition error up to the rule the parse started with, which
   * ends the parse (the rest of the input skipped, no CST); every rethrow walks the stack again, and a
   * rejected sentence failed through half a dozen. Here the error goes straight to that first rule,
   * which ends the parse the same way; the rule and CST stacks it leaves are reset with the next input.
   */
  defineRule(ruleName: string, body: RuleBody, config: unknown): RuleFunction {
    // chevrotain's own keeps the rule's bookkeeping (its short name) and is what the grammar is recorded from.
    const chevrotains = (InstructionGrammar.prototype as unknown as { defineRule: DefineRule }).defineRule.call(
      this,
      ruleName,
      body,
      config,
    );
    const shortName = (this as unknown as Recognizer).fullRuleNameToShort[ruleName];
    const coreRule = function (this: Recognizer): CstNode {
      this.ruleInvocationStateUpdate(shortName, ruleName, this.subruleIdx);
      body.call(this);
      const node = this.CST_STACK[this.CST_STACK.length - 1];
      this.cstPostRule(node);
      this.ruleFinallyStateUpdate();
      return node;
    };
    const rootRule = function (this: Recognizer): CstNode | undefined {
      this.onBeforeParse(ruleName);
      try {
        return coreRule.call(this);
      } catch (e) {
        if (!isRecognitionException(e as Error)) throw e;
        this.moveToTerminatedState();
        return undefined;
      } finally {
        this.onAfterParse(ruleName);
      }
    };
    return Object.assign(rootRule, { ...chevrotains, coreRule });
  }

  getLaFuncFromCache(key: number): LookaheadFunction {
    return this.laFuncs![key >> 8][key & 255]!;
  }

  setLaFuncCache(key: number, value: LookaheadFunction): void {
    const funcs = (this.laFuncs ??= []);
    const row = key >> 8;
    while (funcs.length <= row) funcs.push([]);
    const occurrences = funcs[row];
    while (occurrences.length <= (key & 255)) occurrences.push(undefined);
    occurrences[key & 255] = value;
  }

  optionInternalLogic(production: Production, _occurrence: number, key: number): unknown {
    const lookahead = this.getLaFuncFromCache(key);
    if (typeof production === 'function') return lookahead.call(this) === true ? production.call(this) : undefined;
    const gate = production.GATE;
    if (gate !== undefined && !gate.call(this)) return undefined;
    return lookahead.call(this) === true ? production.DEF.call(this) : undefined;
  }

  manyInternalLogic(_occurrence: number, production: Production, key: number): void {
    const lookahead = this.getLaFuncFromCache(key);
    const action = typeof production === 'function' ? production : production.DEF;
    const gate = typeof production === 'function' ? undefined : production.GATE;
    const state = this as unknown as Recognizer;
    // A repetition that consumed nothing stops (chevrotain's guard against looping forever).
    let before = -2;
    while (state.currIdx > before && (gate === undefined || gate.call(this)) && lookahead.call(this) === true) {
      before = state.currIdx;
      action.call(this);
    }
  }

  atLeastOneInternalLogic(occurrence: number, production: Production, key: number): void {
    const lookahead = this.getLaFuncFromCache(key);
    const action = typeof production === 'function' ? production : production.DEF;
    const gate = typeof production === 'function' ? undefined : production.GATE;
    if (!((gate === undefined || gate.call(this)) && lookahead.call(this) === true))
      throw this.raiseEarlyExitException(occurrence, 'AT_LEAST_ONE', typeof production === 'function' ? undefined : production.ERR_MSG);
    const state = this as unknown as Recognizer;
    let before = state.currIdx;
    action.call(this);
    while (state.currIdx > before && (gate === undefined || gate.call(this)) && lookahead.call(this) === true) {
      before = state.currIdx;
      action.call(this);
    }
  }

  orInternal(alternatives: Alternatives, occurrence: number): unknown {
    const alts = Array.isArray(alternatives) ? alternatives : alternatives.DEF;
    const key = occurrence | OR_KEY | (this as unknown as Recognizer).currRuleShortName;
    const chosen = this.getLaFuncFromCache(key).call(this, alts) as number | undefined;
    if (chosen !== undefined) return alts[chosen].ALT.call(this);
    this.raiseNoAltException(occurrence, Array.isArray(alternatives) ? undefined : alternatives.ERR_MSG);
  }

  consumeInternal(type: TokenType, _occurrence: number, options: Options): IToken {
    const state = this as unknown as Recognizer;
    // Past the last token chevrotain reads its end-of-input token (LA(1)), so the mismatch is reported, not a TypeError.
    const next = state.tokVector[state.currIdx + 1] ?? this.LA(1);
    const idx = next.tokenTypeIdx!;
    if (idx === type.tokenTypeIdx || (type.isParent === true && type.categoryMatchesMap![idx] === true)) state.currIdx++;
    else state.consumeInternalError(type, next, options);
    this.cstPostTerminal(options?.LABEL ?? type.name, next);
    return next;
  }

  subruleInternal(rule: RuleFunction, occurrence: number, options: Options): CstNode {
    (this as unknown as Recognizer).subruleIdx = occurrence;
    const node = rule.coreRule.apply(this, options?.ARGS ?? NO_ARGS);
    this.cstPostNonTerminal(node, options?.LABEL ?? rule.ruleName);
    return node;
  }

  cstPostTerminal(key: string, token: IToken): void {
    const stack = (this as unknown as Recognizer).CST_STACK;
    const children = stack[stack.length - 1].children as Record<string, IToken[] | undefined>;
    const group = children[key];
    if (group === undefined) children[key] = [token];
    else group.push(token);
  }

  cstPostNonTerminal(node: CstNode, key: string): void {
    const stack = (this as unknown as Recognizer).CST_STACK;
    const children = stack[stack.length - 1].children as Record<string, CstNode[] | undefined>;
    const group = children[key];
    if (group === undefined) children[key] = [node];
    else group.push(node);
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
  // A sentence of a form parsed before is parsed alike: its CST is rebuilt around its tokens (instruction-memo.ts).
  const known = recalled(tokens);
  if (known !== undefined) return { cst: known, errors: NO_ERRORS };
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
  // chevrotain's `errors` hands out a copy; the list itself is read, and only mapped when the sentence failed.
  const found = (parser as unknown as { _errors: IRecognitionException[] })._errors;
  if (found.length === 0) {
    remember(tokens, cst);
    return { cst, errors: NO_ERRORS };
  }
  const errors = found.map((e) => ({ token: e.token, message: e.message, expected: () => expectedAt(tokens, e.token) }));
  return { cst: undefined, errors };
}

/** What every sentence the grammar accepts reports: one list, never written to. */
const NO_ERRORS: SentenceError[] = Object.freeze([]) as unknown as SentenceError[];

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
