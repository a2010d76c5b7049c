/**
 * Characters that are not text: page breaks, Unicode line separators and
 * invisible format characters must never hide an article's start, and every
 * position still points into the original file.
 */
import { describe, expect, it } from 'vitest';
import { LineIndex } from '@amend/model';
import { parseRule } from '../src/index.ts';
import { articles, errors } from './helpers.ts';

const HEAD = '某市养犬管理办法\n\n第一条　为了规范养犬行为，制定本办法。\n';
const TAIL = '第三条　违反本办法的，由公安机关责令改正。\n';

/** Each character, written just before 第二条 (after the line break, or instead of it). */
const CASES: [string, string, 'break' | 'format'][] = [
  ['form feed', '\f', 'break'],
  ['vertical tab', '\v', 'break'],
  ['next line U+0085', '\u0085', 'break'],
  ['line separator U+2028', '\u2028', 'break'],
  ['paragraph separator U+2029', '\u2029', 'break'],
  ['escape', '\u001b', 'format'],
  ['word joiner U+2060', '\u2060', 'format'],
  ['soft hyphen', '\u00ad', 'format'],
  ['zero-width no-break space', '\ufeff', 'format'],
  ['left-to-right mark', '\u200e', 'format'],
];

describe('control and format characters before 第N条', () => {
  for (const [name, ch] of CASES) {
    it(`${name} after the line break does not swallow 第二条`, () => {
      const src = `${HEAD}${ch}第二条　公安机关负责养犬登记。\n${TAIL}`;
      const { value, diagnostics } = parseRule(src);
      expect(errors(diagnostics)).toEqual([]);
      expect(articles(value).map((a) => [a.num.n, a.children.map((p) => p.text)])).toEqual([
        [1, ['为了规范养犬行为，制定本办法。']],
        [2, ['公安机关负责养犬登记。']],
        [3, ['违反本办法的，由公安机关责令改正。']],
      ]);
    });
  }

  for (const [name, ch] of CASES.filter((c) => c[2] === 'break')) {
    it(`${name} in place of the line break is a line break`, () => {
      const src = `${HEAD.trimEnd()}${ch}第二条　公安机关负责养犬登记。\n${TAIL}`;
      const { value } = parseRule(src);
      expect(articles(value).map((a) => a.num.n)).toEqual([1, 2, 3]);
      expect(articles(value)[0].children.map((p) => p.text)).toEqual(['为了规范养犬行为，制定本办法。']);
    });
  }

  it('format characters inside the words are removed from the text, and reported as info', () => {
    const src = `${HEAD}第二条　公安\u00ad机关负责\u2060养犬登记。\n${TAIL}`;
    const { value, diagnostics } = parseRule(src);
    expect(articles(value)[1].children[0].text).toBe('公安机关负责养犬登记。');
    const info = diagnostics.filter((d) => d.ruleId === 'document/removed-invisible');
    expect(info).toHaveLength(1);
    expect(info[0].severity).toBe('info');
    expect(info[0].data).toMatchObject({ count: 2 });
    // It points at the first one removed: line 4, column 7 of the original file.
    expect(info[0].span?.start).toMatchObject({ line: 4, column: 7 });
  });

  it('positions after a removed character still point into the original file', () => {
    const src = `${HEAD}\u00ad\u00ad\u00ad第二条　公安机关负责养犬登记。\n\f${TAIL}`;
    const { value } = parseRule(src);
    const [, second, third] = articles(value);
    const index = new LineIndex(src);
    expect(second.pos?.start).toEqual(index.point(src.indexOf('第二条')));
    expect(second.pos?.end.offset).toBe(src.indexOf('登记。') + 3);
    expect(third.pos?.start).toEqual(index.point(src.indexOf('第三条')));
    expect(src.slice(third.pos!.start.offset, third.pos!.end.offset)).toBe('第三条　违反本办法的，由公安机关责令改正。');
  });

  it('a text without such characters reports nothing', () => {
    const { diagnostics } = parseRule(`${HEAD}第二条　公安机关负责养犬登记。\n${TAIL}`);
    expect(diagnostics.filter((d) => d.ruleId === 'document/removed-invisible')).toEqual([]);
  });
});

describe('第〇条 and 第零条', () => {
  for (const label of ['第〇条', '第零条', '第0条']) {
    it(`${label} is an error naming its line, not a preamble paragraph`, () => {
      const src = `某市养犬管理办法\n\n${label}　这是什么条。\n\n第一条　为了规范养犬行为，制定本办法。\n`;
      const { diagnostics } = parseRule(src);
      const e = errors(diagnostics);
      expect(e.map((d) => d.ruleId)).toEqual(['document/article-zero']);
      expect(e[0].span?.start).toMatchObject({ line: 3, column: 1 });
    });
  }

  it('inside an article, 第零条 is an error too (not a paragraph of 第一条)', () => {
    const src = '某市养犬管理办法\n\n第一条　为了规范养犬行为，制定本办法。\n\n第零条　又一个。\n';
    expect(errors(parseRule(src).diagnostics).map((d) => d.ruleId)).toEqual(['document/article-zero']);
  });
});
