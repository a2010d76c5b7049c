import { Lexer, type IToken } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { InstructionScanner } from '../src/instruction-scanner.ts';
import { allTokens } from '../src/instruction-tokens.ts';
import { corpusDecisions, read } from './helpers.ts';

/**
 * The scanner replaces chevrotain's Lexer over the same token definitions: it
 * must give the very tokens the Lexer gives (type, image, offsets, payload;
 * the Lexer's lines and columns are left out, as the scanner keeps none) on
 * every decision we have — whole files, which hold headers and signatures as
 * well as items, and each line alone.
 */
const oracle = new Lexer(allTokens, { positionTracking: 'full', ensureOptimizations: true });
const scanner = new InstructionScanner(allTokens);

const plain = (tokens: IToken[]) =>
  tokens.map(({ startLine: _l, endLine: _e, startColumn: _c, endColumn: _d, ...t }) => ({
    ...t,
    tokenType: t.tokenType.name,
    keys: Object.keys(t).join(),
  }));

function sameTokens(text: string): void {
  expect(plain(scanner.tokenize(text))).toEqual(plain(oracle.tokenize(text).tokens));
}

describe('instruction scanner against chevrotain', () => {
  const decisions = corpusDecisions();

  it('reads the corpus decisions', () => {
    expect(decisions.length).toBeGreaterThanOrEqual(80);
  });

  it('gives the same tokens for every decision, whole and line by line', () => {
    for (const path of decisions) {
      const text = read(path);
      sameTokens(text);
      for (const line of text.split('\n')) sameTokens(line);
    }
  });

  it('gives the same tokens at the edges: line ends, unclosed quotations, characters no pattern matches', () => {
    for (const text of [
      '',
      '将第一条修改为：\r\n“第一条　为了\r\n“（一）甲；\r“（二）乙。”',
      '删去第三条中的“\n规章\n”',
      '“第八条”调整为“第七条”、“环境保护”部门修改为“生态环境”部门',
      '在第十条后增加一条，作为第十条之一：“…',
      '\u0001\u0002第一条\u0003 第二条\u0000',
      '将第二、三、四项中的“A”“B”等表述修改为“C”\n\n\u3000\u3000二、删除第5条。',
      '《中华人民共和国立法法》第八十七条 刑法 本办法 上述地方性法规中',
      '𠀀𠀁第一条𠀂',
      // Expressions skipped when a character they hold is not ahead (各 for 各条…依次提前, 款 for 第X款), or
      // when their second character is not there (“第X条”).
      '第五十三条以后各条序号依次提前；其余各项依次顺延',
      '各条第三条依次提前第四款；第五条第六款第七项',
      '将“第八条”调整为“第七条”，“八条”和“第九”',
      // Patterns of fixed words, compared in the order the expression tries them.
      '予以删除第三条；删除条例名称中的“甲”，名称修改成“乙”；拆分成两条，合并成一款，作相应的修改和修改；予以删',
    ])
      sameTokens(text);
  });
});
