/**
 * The word diff on long articles: bounded work (growth is measured in
 * `pnpm bench`), and what a reader sees — a replaced article as one deletion
 * and one insertion, a phrase renamed throughout as that many small changes.
 */
import { describe, expect, it } from 'vitest';
import { wordDiff, type Chunk } from '../src/index.ts';
import { sideText } from '../src/redline/word-diff.ts';
import { legalText, replacedArticle, replacedPhrase, runOfDi } from '../../../tests/bench/word-diff-cases.ts';

function expectSides(chunks: Chunk[], a: string, b: string): void {
  expect(sideText(chunks, 'before') === a, 'the old text is rebuilt').toBe(true);
  expect(sideText(chunks, 'after') === b, 'the new text is rebuilt').toBe(true);
}

describe('wordDiff on long articles', () => {
  it('an article replaced whole is one deletion and one insertion, never diffed word by word', () => {
    const [a, b] = replacedArticle(150_000);
    const chunks = wordDiff(a, b);
    expect(chunks.map((c) => c.type)).toEqual(['del', 'ins']);
    expectSides(chunks, a, b);
  });

  it('a phrase renamed in 3,000 sentences reads as 3,000 renamings', () => {
    const [a, b] = replacedPhrase(3000);
    const chunks = wordDiff(a, b);
    expectSides(chunks, a, b);
    expect(chunks.filter((c) => c.type === 'del').map((c) => c.text)).toEqual(Array(3000).fill('公安机关'));
    expect(chunks.filter((c) => c.type === 'ins').map((c) => c.text)).toEqual(Array(3000).fill('畜牧兽医主管部门'));
  });

  it('a run of 60,000 第 with every thousandth changed: each change found, the rest kept', () => {
    const [a, b] = runOfDi(60_000);
    const chunks = wordDiff(a, b);
    expectSides(chunks, a, b);
    expect(chunks.filter((c) => c.type === 'ins').map((c) => c.text)).toEqual(Array(60).fill('条'));
  });

  it('one sentence changed in a long article is still found word by word', () => {
    const a = legalText(100_000, 7);
    const at = a.indexOf('。', 50_000) + 1;
    const b = `${a.slice(0, at)}本条自公布之日起施行。${a.slice(at)}`;
    const chunks = wordDiff(a, b);
    expectSides(chunks, a, b);
    expect(chunks.filter((c) => c.type !== 'equal')).toEqual([{ type: 'ins', text: '本条自公布之日起施行。' }]);
  });

  it('many lines, all different, do not make the line alignment quadratic', () => {
    const a = Array.from({ length: 3000 }, (_, k) => legalText(60, k)).join('\n');
    const b = Array.from({ length: 3000 }, (_, k) => legalText(60, k + 10_000)).join('\n');
    expectSides(wordDiff(a, b), a, b);
  });
});
