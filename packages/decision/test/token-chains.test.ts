import { describe, expect, it } from 'vitest';
import { chainEnd, chainOf } from '../src/grammar-token-patterns.ts';
import { ArticleRef, CountArticle, InParts, ParagraphRef } from '../src/instruction-tokens.ts';

/**
 * Expressions the scanner follows by code instead of running (chainOf): where
 * one is read as a chain, the chain's match at every offset is the
 * expression's sticky match; expressions whose greedy runs could have to give
 * back characters, or that hold anything else, are not read as chains.
 */
const tables = new Map<string, Uint8Array>();

function sameAsRegex(re: RegExp, texts: string[]): void {
  const chain = chainOf(re, tables);
  expect(chain).toBeDefined();
  const sticky = new RegExp(re.source, 'y');
  for (const text of texts) {
    for (let offset = 0; offset <= text.length; offset++) {
      sticky.lastIndex = offset;
      const expected = sticky.test(text) ? sticky.lastIndex : -1;
      expect([text, offset, chainEnd(text, offset, chain!)]).toEqual([text, offset, expected]);
    }
  }
}

describe('expressions read as chains', () => {
  const texts = [
    '将第十二条之一修改为',
    '第一百零五条之、第三十條之二十第五款',
    '删去第三款，增加两条、十一条；第条之一',
    '第1２3条之',
    '分三款表述为“…”分款表述为',
    '第十',
    '',
  ];

  it('match where and as far as the expression does', () => {
    for (const token of [ArticleRef, ParagraphRef, CountArticle, InParts]) sameAsRegex(token.PATTERN as RegExp, texts);
    sameAsRegex(/ab+c(?:d+e)?/, ['abbbcddde', 'abcdd', 'abcde', 'ac', 'abbc', 'xabcd']);
  });

  it('are only those no step of which gives back what it took', () => {
    // a+ would have to give an a back to the a after it; an optional part before the end, alternatives,
    // lazy or bounded repetition, assertions, ignoring case: each left to the regexp engine.
    for (const re of [/a+ab/, /a+(?:ab)?/, /a(?:b)?c/, /a|b/, /ab+?c/, /ab{1,3}/, /a(?=b)/, /ab/i, /[^a]b/, /a.b/]) {
      expect(chainOf(re, tables)).toBeUndefined();
    }
  });
});
