import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, Chapter, Document, Part, Section } from '@amend/model';
import { parseDocument, serialize } from '../src/index.ts';
import { bare, errors, markdownFiles, read, shared } from './helpers.ts';

const corpus = join(shared, 'corpus');

describe('every Markdown file of the corpus', () => {
  const files = markdownFiles(corpus);

  it('is there (about 1,500 files)', () => {
    expect(files.length).toBeGreaterThan(1400);
  });

  it('parses with zero errors, loses no body text, and reads back the same tree from its canonical text', () => {
    const failures: string[] = [];
    for (const file of files) {
      const source = read(file);
      const { value, diagnostics } = parseDocument(source, { file });
      for (const e of errors(diagnostics)) failures.push(`${file}:${e.span?.start.line}: ${e.message}`);
      const canonical = serialize(value);
      const again = parseDocument(canonical, { file }).value;
      if (JSON.stringify(bare(again)) !== JSON.stringify(bare(value))) failures.push(`${file}: round trip differs`);
      const info = source.search(/^<!-- INFO END -->/m);
      // The body's characters, in order, minus layout: Markdown marks, table rules, comments, whitespace;
      // the title printed again at the top of the body is the title, and a bracketed history under it a 题注.
      let expected = bodyChars(source.slice(info));
      for (const head of [value.title, ...value.notes.map((n) => n.text)].map(bodyChars)) {
        const at = expected.indexOf(head);
        if (at >= 0 && at <= 2)
          expected = expected.slice(0, at).replace(/[（(]$/, '') + expected.slice(at + head.length).replace(/^[）)]/, '');
      }
      let written = bodyChars(canonical.slice(canonical.indexOf('\n\n')));
      // A 目录 printed without its 目录 line (the headings alone) is written with one.
      if (value.toc.length && !expected.includes('目录')) written = written.replace('目录', '');
      if (info >= 0 && expected !== written) {
        failures.push(`${file}: body text changed`);
      }
    }
    expect(failures).toEqual([]);
  });
});

function bodyChars(s: string): string {
  return s
    .replace(/<!--.*?-->/g, '')
    .replace(/^\|[\s|:-]*$/gm, '')
    .replace(/\*\*/g, '')
    .replace(/[#|\s\u200b]/g, '');
}

describe('刑法(2020-12-26).md', () => {
  const file = join(corpus, 'laws/刑法/刑法(2020-12-26).md');
  const text = read(file);
  const { value: doc, diagnostics } = parseDocument(text, { file });

  const articles: { a: Article; part?: Part; chapter?: Chapter; section?: Section }[] = [];
  const visit = (nodes: Document['children'], ctx: { part?: Part; chapter?: Chapter; section?: Section }) => {
    for (const n of nodes) {
      if (n.kind === 'article') articles.push({ a: n, ...ctx });
      else if (n.kind === 'part') visit(n.children, { part: n });
      else if (n.kind === 'chapter') visit(n.children, { ...ctx, chapter: n });
      else if (n.kind === 'section') visit(n.children, { ...ctx, section: n });
    }
  };
  visit(doc.children, {});

  it('parses cleanly as a rule with its 15 history lines as 题注', () => {
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(doc.type).toBe('rule');
    expect(doc.title).toBe('中华人民共和国刑法');
    expect(doc.notes).toHaveLength(15);
    expect(doc.meta.version).toBe('2020-12-26');
  });

  it('keeps every article: 505 article lines, 452 numbered and 53 之N', () => {
    // counted in the file with grep: '^第[一二…百零]*条' 505, with 之N 53, plain 452
    expect(articles).toHaveLength(505);
    expect(articles.filter((x) => x.a.num.sub).length).toBe(53);
    expect(articles.filter((x) => !x.a.num.sub).map((x) => x.a.num.n)).toEqual(Array.from({ length: 452 }, (_, i) => i + 1));
  });

  it('has 2 numbered 编 (plus 附则 and two 附件 as unnumbered ones), 15 章 and 37 节', () => {
    const parts = doc.children as Part[];
    expect(parts.map((p) => [p.num, p.title])).toEqual([
      [1, '总则'],
      [2, '分则'],
      [0, '附则'],
      [0, '附件一'],
      [0, '附件二'],
    ]);
    const chapters = parts.flatMap((p) => p.children.filter((c): c is Chapter => c.kind === 'chapter'));
    expect(chapters).toHaveLength(15);
    expect(chapters.flatMap((c) => c.children.filter((s) => s.kind === 'section'))).toHaveLength(37);
  });

  it('puts 第一百三十三条之一 under 第二编 第二章, with its items', () => {
    const x = articles.find((y) => y.a.num.n === 133 && y.a.num.sub === 1)!;
    expect([x.part?.num, x.chapter?.num, x.chapter?.title, x.section]).toEqual([2, 2, '危害公共安全罪', undefined]);
    expect(x.a.id).toBe('art_133_1');
    expect(x.a.children[0].text).toBe('在道路上驾驶机动车，有下列情形之一的，处拘役，并处罚金：');
    expect(x.a.children[0].children.map((i) => i.label)).toEqual(['（一）', '（二）', '（三）', '（四）']);
  });

  it('puts 第二百八十七条之一 in 第六章 第一节 and 第四百五十二条 under 附则', () => {
    const a287 = articles.find((y) => y.a.num.n === 287 && y.a.num.sub === 1)!;
    expect([a287.part?.num, a287.chapter?.num, a287.section?.num, a287.section?.title]).toEqual([2, 6, 1, '扰乱公共秩序罪']);
    const a452 = articles.find((y) => y.a.num.n === 452)!;
    expect([a452.part?.num, a452.part?.title, a452.chapter]).toEqual([0, '附则', undefined]);
    expect(a452.a.children).toHaveLength(3);
  });
});
