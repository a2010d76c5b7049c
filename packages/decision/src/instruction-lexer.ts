import { tokenMatcher, type IToken, type TokenType } from 'chevrotain';
import { InstructionScanner } from './instruction-scanner.ts';
import {
  Add,
  allTokens,
  Comma,
  Delete,
  Dui,
  Jiang,
  LawPrefix,
  Meanwhile,
  AndAlso,
  Orig,
  Period,
  Quoted,
  RefTok,
  Semi,
  verbTokens,
  WholeRule,
  Zai,
} from './instruction-tokens.ts';

/** One scanner for the process: building it analyses the token set (the tokens chevrotain's Lexer would give). */
const scanner = new InstructionScanner(allTokens);

export interface LexResult {
  tokens: IToken[];
  /**
   * Offsets (into the lexed text) of quotations that never close; `recovered`
   * when the quotation was taken to end before a ；that starts the next
   * instruction (“农业农村主管部门；第十七条中的“…”修改为“…”).
   */
  unclosed: { start: number; end: number; recovered: boolean }[];
}

export function lex(text: string): LexResult {
  // Only quotations that never close carry a payload: they alone are looked at again.
  const quotations: IToken[] = [];
  const tokens = scanner.tokenize(text, quotations);
  // The catch-all `Other` token means the lexer itself never fails.
  const unclosed: LexResult['unclosed'] = [];
  for (const tok of quotations) {
    const payload = tok.tokenType === Quoted ? (tok.payload as { closed: boolean; recovered: boolean }) : undefined;
    if (payload?.closed === false)
      unclosed.push({ start: tok.startOffset, end: (tok.endOffset ?? tok.startOffset) + 1, recovered: payload.recovered === true });
  }
  return { tokens, unclosed };
}

/**
 * Cut an item's tokens into sentences for the parser: after every 。, and
 * before a token that starts a line (unless it is a quotation continuing a
 * payload). One sentence that fits no rule then costs only itself.
 */
export function sentences(tokens: IToken[], text: string): IToken[][] {
  const out: IToken[][] = [];
  let current: IToken[] = [];
  const flush = () => {
    if (current.length) out.push(current);
    current = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    // The scan back over the line is asked last.
    if (i > 0 && tok.tokenType !== Quoted && !isSeparator(tokens[i - 1]) && startsLine(text, tok.startOffset)) flush();
    current.push(tok);
    if (tok.tokenType === Period) flush();
  }
  flush();
  return out;
}

function isSeparator(tok: IToken): boolean {
  return tok.tokenType === Comma || tok.tokenType === Semi;
}

// By character code: text[i] of a CJK character allocates a string.
function startsLine(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9 && c !== 0x3000) return false;
  }
  return true;
}

/** Tokens that open a clause of their own after ，or ；. */
const OPENS = new Set<TokenType>([Jiang, Delete, Zai, Add, Dui, Quoted, WholeRule, Orig]);
/** 此外，将… / 同时，删去…: words that join a clause to what came before stay with it. */
const CONNECTORS = new Set<TokenType>([Meanwhile, AndAlso, Comma]);
/** verbTokens, asked of every token of a rejected sentence. */
const VERBS = new Set<TokenType>(verbTokens);

/**
 * A sentence the grammar rejects, cut into its clauses: after ，or ；where the
 * next token opens a clause (将…, 删去…, 在…, 第X条…, “…”). Each is then read
 * on its own, so one clause the grammar does not know costs only itself.
 */
export function clausePieces(sentence: IToken[]): IToken[][] {
  const out: IToken[][] = [];
  let current: IToken[] = [];
  // Whether the rest of the sentence after each token is a reason (isReason of the slice), asked only
  // at separators: the words joined once, each rest a slice of them, a verb anywhere after ruling it out.
  let words: string | undefined;
  let starts: number[] = [];
  let lastVerb = -1;
  const reasonAfter = (i: number): boolean => {
    if (words === undefined) {
      starts = [];
      let at = 0;
      sentence.forEach((t, j) => {
        starts.push(at);
        at += t.image.length;
        if (VERBS.has(t.tokenType)) lastVerb = j;
      });
      words = sentence.map((t) => t.image).join('');
    }
    return i + 1 < sentence.length && lastVerb <= i && REASON.test(words.slice(starts[i + 1]));
  };
  let content = false;
  sentence.forEach((tok, i) => {
    const next = sentence[i + 1];
    if (
      content &&
      isSeparator(tok) &&
      next &&
      (OPENS.has(next.tokenType) || tokenMatcher(next, RefTok) || tokenMatcher(next, LawPrefix) || reasonAfter(i))
    ) {
      out.push(current);
      current = [];
      content = false;
      return;
    }
    current.push(tok);
    if (!CONNECTORS.has(tok.tokenType)) content = true;
  });
  if (current.length) out.push(current);
  return out;
}

/** A clause that quotes nothing, names no place and changes nothing (对部分字词进一步规范表述): commentary. */
export function isCommentary(piece: IToken[]): boolean {
  if (isReason(piece)) return true;
  return !piece.some((t) => t.tokenType === Quoted || tokenMatcher(t, RefTok) || tokenMatcher(t, LawPrefix) || VERBS.has(t.tokenType));
}

/**
 * A closing clause that says why (，与《民法典》…等法律表述保持一致 / ，以与…相衔接 /
 * ，使…更加规范): it may name laws and provisions, but it changes nothing.
 */
const REASON = /^(?:以便?|从而|进而|为了|使|与|同|和|跟).*(?:一致|衔接|协调|适应|相符|统一|规范|配套|吻合|对应|需要|要求)[。；;]?$/;

function isReason(piece: IToken[]): boolean {
  if (!piece.length || piece.some((t) => VERBS.has(t.tokenType))) return false;
  return REASON.test(piece.map((t) => t.image).join(''));
}
