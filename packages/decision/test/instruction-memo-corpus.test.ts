import type { CstElement, CstNode, IToken } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { WORDS_READ } from '../src/grammar-changes.ts';
import { clausePieces, lex, sentences } from '../src/instruction-lexer.ts';
import { recalled } from '../src/instruction-memo.ts';
import { parser } from '../src/instruction-parser.ts';
import { corpusDecisions, read } from './helpers.ts';
import { fresh, viaMemo } from './memo-cst.ts';

/**
 * The sentence memo (instruction-memo.ts) over every decision we have (../shared). It rests on one premise: the parser's choices depend on the
 * types of the tokens and on the words of WORDS_READ types, nothing else. This checks the premise
 * itself, not the memo: every sentence of every decision is parsed again from copies of its tokens
 * whose other words and offsets are changed, and must give the same tree of the same token places. A
 * gate that comes to read another token's words, or an offset, fails here even for forms the memo
 * test has no second sentence of.
 */
function shape(e: CstElement, tokens: IToken[]): unknown {
  if ('image' in e) return tokens.indexOf(e);
  const node = e as CstNode;
  return [node.name, Object.entries(node.children).map(([key, group]) => [key, group.map((c) => shape(c, tokens))])];
}

function parsed(tokens: IToken[]): unknown {
  parser.input = tokens;
  const cst = parser.sentence();
  return parser.errors.length ? parser.errors.map((e) => [e.name, tokens.indexOf(e.token)]) : shape(cst, tokens);
}

/** The same types; other words swapped for words of another length and shape, offsets moved. */
function disguised(tokens: IToken[]): IToken[] {
  return tokens.map((t, i) =>
    WORDS_READ.has(t.tokenType)
      ? { ...t, startOffset: t.startOffset + 7 }
      : { ...t, image: `“${i}”`.repeat(1 + (i % 3)), startOffset: t.startOffset + 7, endOffset: (t.endOffset ?? 0) + 11 },
  );
}

describe('what the instruction parser reads of a token', () => {
  it('is its type, and the words of WORDS_READ types only: every sentence and clause of every decision', () => {
    let checked = 0;
    for (const path of corpusDecisions()) {
      const text = read(path);
      for (const sentence of sentences(lex(text).tokens, text)) {
        for (const tokens of [sentence, ...clausePieces(sentence)]) {
          expect(parsed(disguised(tokens))).toEqual(parsed(tokens));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(2000);
  });
});

describe('sentences of a form parsed before', () => {
  it('get the CST the parser builds: every sentence and clause of every decision', () => {
    let recalls = 0;
    let parsed = 0;
    for (const path of corpusDecisions()) {
      // Line by line, as items are read (an item is mostly one line), and the whole text at once.
      const texts = [...read(path).split('\n'), read(path)];
      for (const sentence of texts.flatMap((text) => sentences(lex(text).tokens, text))) {
        for (const tokens of [sentence, ...clausePieces(sentence)]) {
          if (recalled(tokens) !== undefined) recalls++;
          const memo = viaMemo(tokens);
          expect(memo).toEqual(fresh(tokens));
          // Tokens by identity, not by value: the rebuilt CST holds this sentence's own.
          if (memo !== undefined) expect(JSON.stringify(memo, (_k, v) => (v?.image ? tokens.indexOf(v) : v))).not.toContain('-1');
          parsed++;
        }
      }
    }
    expect(parsed).toBeGreaterThan(5000);
    // Decisions repeat their forms: most sentences are rebuilt, not parsed.
    // The rebuilt path is the one taken: item by item, nine sentences in ten in parseDecision.
    expect(recalls).toBeGreaterThan(500);
  });
});
