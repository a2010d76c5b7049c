import type { CstElement, CstNode, IToken } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { clausePieces, lex, sentences } from '../src/instruction-lexer.ts';
import { recalled } from '../src/instruction-memo.ts';
import { parser, parseSentence } from '../src/instruction-parser.ts';
import { corpusDecisions, read } from './helpers.ts';

/**
 * A sentence of a form parsed before gets its CST rebuilt around its own
 * tokens (instruction-memo.ts). It must be the CST the parser builds: the
 * same nodes, their groups in the same order, each holding the very token,
 * the same locations.
 */
function plain(e: CstElement): unknown {
  if ('image' in e) return e;
  const node = e as CstNode;
  return {
    name: node.name,
    location: node.location,
    keys: Object.keys(node.children),
    children: Object.values(node.children).map((group) => group.map(plain)),
  };
}

function fresh(tokens: IToken[]): unknown {
  parser.input = tokens;
  const cst = parser.sentence();
  return parser.errors.length ? undefined : plain(cst);
}

function viaMemo(tokens: IToken[]): unknown {
  const { cst } = parseSentence(tokens);
  return cst === undefined ? undefined : plain(cst);
}

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

describe('the words a gate reads', () => {
  const cstOf = (text: string) => {
    const tokens = lex(text).tokens;
    return { memo: viaMemo(tokens), fresh: fresh(tokens) };
  };

  it('keep forms alike in token types apart: 改为两条 divides, 改为十条 renumbers', () => {
    // Parsed twice each, the second time from the memo, in both orders.
    for (const text of ['将第五条改为两条', '将第七条改为十条', '将第八条改为两条', '将第九条改为十条']) {
      const { memo, fresh: parsed } = cstOf(text);
      expect(memo).toEqual(parsed);
      expect(cstOf(text).memo).toEqual(parsed);
    }
    expect(JSON.stringify(cstOf('将第五条改为两条').memo)).not.toEqual(JSON.stringify(cstOf('将第七条改为十条').memo));
    // Other words are not part of the form: a second 修改为 sentence is rebuilt around its own tokens.
    cstOf('将第五条修改为：“甲”');
    const tokens = lex('将第十二条修改为：“乙丙”').tokens;
    expect(recalled(tokens)).toBeDefined();
    expect(viaMemo(tokens)).toEqual(fresh(tokens));
  });
});
