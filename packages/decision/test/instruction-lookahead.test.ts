import { LLkLookaheadStrategy, MismatchedTokenException, type CstElement, type CstNode, type IToken } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { clausePieces, lex, sentences } from '../src/instruction-lexer.ts';
import { InstructionGrammar, MAX_LOOKAHEAD, parser } from '../src/instruction-parser.ts';
import { Amended } from '../src/instruction-tokens.ts';
import { corpusDecisions, read } from './helpers.ts';

/**
 * The parser decides its alternatives with IndexedLookahead (paths filed by
 * their first token) instead of chevrotain's LL(k) functions, skips runs of
 * OPTIONs by their first tokens (`optionals`) and runs on a leaner engine
 * than chevrotain's recognizer (InstructionParser): on every sentence of every
 * decision we have, and every clause of them, it must build the very CST
 * chevrotain alone builds, and fail at the same token.
 */
const oracle = new InstructionGrammar(false, new LLkLookaheadStrategy({ maxLookahead: MAX_LOOKAHEAD }), false);

function plain(e: CstElement): unknown {
  if ('image' in e) return `${e.tokenType.name}@${e.startOffset}`;
  const node = e as CstNode;
  const children: Record<string, unknown[]> = {};
  for (const [k, v] of Object.entries(node.children)) children[k] = v.map(plain);
  return { name: node.name, location: node.location, children };
}

function parseWith(p: InstructionGrammar, tokens: IToken[]) {
  p.input = tokens;
  const cst = p.sentence();
  return { cst: cst === undefined ? undefined : plain(cst), errors: p.errors.map((e) => `${e.name}@${e.token.startOffset}`) };
}

describe('indexed lookahead against chevrotain', () => {
  const decisions = corpusDecisions();

  it('builds the same CST for every sentence and clause of every decision', () => {
    let parsed = 0;
    for (const path of decisions) {
      const text = read(path);
      for (const sentence of sentences(lex(text).tokens, text)) {
        for (const tokens of [sentence, ...clausePieces(sentence)]) {
          expect(parseWith(parser, tokens)).toEqual(parseWith(oracle, tokens));
          parsed++;
        }
      }
    }
    expect(parsed).toBeGreaterThan(5000);
  });
});

describe('a token asked for past the end of the input', () => {
  // No rule of today's grammar consumes unguarded at the end, so the engine's step is asked directly. chevrotain's
  // own step reads past the end unchecked (it counts on end-of-input sentinels our token lists do not carry); the
  // leaner engine reads chevrotain's end-of-input token there, so the sentence fails with a mismatch, not a TypeError.
  it('is a mismatch on the parser decisions are read with', () => {
    parser.input = [];
    const step = parser as unknown as { consumeInternal(t: typeof Amended, o: number, opts: undefined): unknown };
    expect(() => step.consumeInternal(Amended, 0, undefined)).toThrow(MismatchedTokenException);
  });
});
