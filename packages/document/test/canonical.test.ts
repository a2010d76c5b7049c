import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, Chapter, Part, Section } from '@amend/model';
import { parseDocument, parseRule, serialize } from '../src/index.ts';
import { bare, errors, fixtures, read } from './helpers.ts';

const text = read(join(fixtures, 'canonical.txt'));

describe('canonical plain text', () => {
  const { value: doc, diagnostics } = parseRule(text, { file: 'canonical.txt' });

  it('parses without diagnostics', () => {
    expect(diagnostics).toEqual([]);
  });

  it('reads title, 题注 and 引言', () => {
    expect(doc.type).toBe('rule');
    expect(doc.title).toBe('宁夏回族自治区行政执法证件管理办法');
    expect(doc.notes.map((n) => n.text)).toEqual([
      '2011年5月6日宁夏回族自治区人民政府令第33号公布　根据2022年1月8日宁夏回族自治区人民政府令第119号修改',
    ]);
    expect(doc.preamble.map((p) => p.text)).toEqual(['为了规范行政执法证件，根据有关法律、法规，结合本自治区实际，制定本办法。']);
  });

  it('nests 编 › 章 › 节 › 条 › 款 › 项 › 目', () => {
    const part = doc.children[0] as Part;
    expect([part.kind, part.num, part.title]).toEqual(['part', 1, '通则']);
    const [ch1, ch2, annex] = part.children as Chapter[];
    expect([ch1.num, ch1.title, ch1.children.length]).toEqual([1, '总则', 2]);
    const art2 = ch1.children[1] as Article;
    expect(art2.children.map((p) => p.text)).toEqual([
      '本办法适用于本自治区行政区域内行政执法证件的申领、发放、使用和管理。',
      '行政执法证件包括《行政执法证》和《行政执法监督证》。',
    ]);
    const sec = ch2.children[0] as Section;
    expect([sec.kind, sec.num, sec.title]).toEqual(['section', 1, '一般规定']);
    const [art3, art3a, art4] = sec.children as Article[];
    expect(art3.num).toEqual({ n: 3 });
    const items = art3.children[0].children;
    expect(items.map((i) => [i.num, i.label])).toEqual([
      [1, '（一）'],
      [2, '（二）'],
      [3, '(三)'],
    ]);
    expect(items[1].children.map((s) => [s.num, s.label, s.text])).toEqual([
      [1, '1．', '受到开除处分的；'],
      [2, '2．', '被判处刑罚的。'],
    ]);
    expect(art3a.num).toEqual({ n: 3, sub: 1 });
    // 第四条 opens straight into its items: the first 款 has no words of its own.
    expect(art4.children).toHaveLength(1);
    expect(art4.children[0].text).toBe('');
    expect(art4.children[0].children.map((i) => i.text)).toEqual(['持证人调离行政执法岗位的；', '持证人退休的。']);
    // `## 附则`: a 章 without a number
    expect([annex.kind, annex.num, annex.title]).toEqual(['chapter', 0, '附则']);
    expect((annex.children[0] as Article).num).toEqual({ n: 5 });
  });

  it('assigns Akoma Ntoso ids', () => {
    const sec = ((doc.children[0] as Part).children[1] as Chapter).children[0] as Section;
    const art3 = sec.children[0] as Article;
    expect(sec.id).toBe('part_1__chp_2__sec_1');
    expect(art3.id).toBe('art_3');
    expect(art3.children[0].children[1].children[0].id).toBe('art_3__para_1__item_2__subitem_1');
    expect((sec.children[1] as Article).id).toBe('art_3_1');
    expect(doc.notes[0].id).toBe('note_1');
    expect(doc.preamble[0].id).toBe('preamble__para_1');
    expect(((doc.children[0] as Part).children[2] as Chapter).id).toBe('part_1__chp_u1');
  });

  it('keeps positions into the source (line and column from 1, offset from 0, end exclusive)', () => {
    const art1 = ((doc.children[0] as Part).children[0] as Chapter).children[0] as Article;
    const line = '第一条　为了加强行政执法证件管理，规范行政执法行为，制定本办法。';
    const offset = text.indexOf(line);
    expect(art1.pos).toEqual({
      start: { line: 10, column: 1, offset },
      end: { line: 10, column: line.length + 1, offset: offset + line.length },
    });
  });

  it('serializes back byte for byte', () => {
    expect(serialize(doc)).toBe(text);
  });

  it('reads back what it writes', () => {
    expect(bare(parseDocument(serialize(doc)).value)).toEqual(bare(doc));
  });
});

describe('lines that do not fit the structure', () => {
  it('an item marker directly under a chapter heading of a rule is an error with place and expectation', () => {
    const src = '某某管理办法\n\n第一章　总则\n\n（三）其他违反规定的行为。\n\n第一条　为了管理，制定本办法。\n';
    const { value, diagnostics } = parseRule(src, { file: 'bad.txt' });
    const [e] = errors(diagnostics);
    expect(e.ruleId).toBe('document/unexpected-line');
    expect(e.file).toBe('bad.txt');
    expect(e.span?.start).toEqual({ line: 5, column: 1, offset: src.indexOf('（三）') });
    expect(e.expected).toContain('第X条');
    expect(e.message).toContain('（三）');
    // the words are kept, not dropped
    expect(JSON.stringify(value)).toContain('其他违反规定的行为。');
  });

  it('a rule drafted as numbered points (一、二、) without articles: the 引言, then the points as its body', () => {
    const src =
      '某某市人大常委会关于罚款限额的规定\n\n根据有关法律，作如下规定：\n\n一、罚款的限额为三十万元。\n\n二、确需超过的，提请审议决定。\n\n（一）第一种情形；\n\n三、本规定自公布之日起施行。\n';
    const { value, diagnostics } = parseRule(src, { file: 'x.txt' });
    expect(errors(diagnostics)).toEqual([]);
    expect(value.preamble.map((p) => p.text)).toEqual(['根据有关法律，作如下规定：']);
    expect(value.children.map((c) => (c.kind === 'point' ? [c.style, c.num, c.text] : [c.kind]))).toEqual([
      ['dun', 1, '罚款的限额为三十万元。'],
      ['dun', 2, '确需超过的，提请审议决定。'],
      ['dun', 3, '本规定自公布之日起施行。'],
    ]);
  });

  it('a rule without articles reports no-body', () => {
    const { diagnostics } = parseRule('某某办法\n\n只有一段话。\n', { file: 'x.txt' });
    expect(errors(diagnostics).map((d) => d.ruleId)).toEqual(['document/no-body']);
  });

  it('an empty text has no title', () => {
    expect(errors(parseDocument('\n\n').diagnostics).map((d) => d.ruleId)).toEqual(['document/no-title']);
  });

  it('warns when article numbers jump', () => {
    const { diagnostics } = parseRule('某办法\n\n第一条　甲。\n\n第三条　乙。\n');
    expect(diagnostics.map((d) => [d.ruleId, d.data?.found])).toEqual([['document/article-out-of-order', '第三条']]);
  });
});

describe('the canonical texts of examples/decree-119', () => {
  const dirs = ['rules', 'expected'].map((d) => join(fixtures, '../../../../examples/decree-119', d));
  const files = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(dir, f)),
  );

  it.each(files.map((f) => [f.split('/').slice(-2).join('/'), f]))('%s parses cleanly and serializes back byte for byte', (_, file) => {
    const source = read(file);
    const { value, diagnostics } = parseRule(source, { file });
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(serialize(value)).toBe(source);
  });
});
