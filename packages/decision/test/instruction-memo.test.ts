import { describe, expect, it } from 'vitest';
import { lex } from '../src/instruction-lexer.ts';
import { recalled } from '../src/instruction-memo.ts';
import { fresh, viaMemo } from './memo-cst.ts';

/** The memo keeps forms apart by the words a gate reads (instruction-memo-corpus.test.ts checks every decision we have). */
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
