import { describe, expect, it } from 'vitest';
import type { Chapter } from '@amend/model';
import { decode, parseDocument, parseRule } from '../src/index.ts';
import { articles, errors } from './helpers.ts';

/** Minimal inputs, one per defect of scanned and OCR'd texts. */

describe('OCR defects', () => {
  it('bold article numbers: **第一条** and **第二条**text without a space', () => {
    const { value, diagnostics } = parseRule('# 某办法\n\n**第一条** 为了管理。\n\n**第二条**本办法适用于全区。\n');
    expect(errors(diagnostics)).toEqual([]);
    expect(articles(value).map((a) => [a.num.n, a.children[0].text])).toEqual([
      [1, '为了管理。'],
      [2, '本办法适用于全区。'],
    ]);
  });

  it('# levels that do not match the hierarchy: the words decide', () => {
    const src = '# 某办法\n\n### 第一章 总则\n\n**第一条** 甲。\n\n## 第二章 管理\n\n#### 第一节 一般规定\n\n**第二条** 乙。\n';
    const { value } = parseRule(src);
    const [c1, c2] = value.children as Chapter[];
    expect([c1.kind, c1.num, c2.kind, c2.num]).toEqual(['chapter', 1, 'chapter', 2]);
    expect(c2.children[0].kind).toBe('section');
  });

  it('a sentence broken at a page end is rejoined, with an info diagnostic', () => {
    const src =
      '# 某办法\n\n**第四条** 部门负责监督。\n\n卫生健康主管部门负责医疗机构和医疗服务行业监督管理，规范医疗机构及其医务人员医疗\n\n服务行为。\n\n其他部门配合。\n';
    const { value, diagnostics } = parseRule(src);
    expect(articles(value)[0].children.map((p) => p.text)).toEqual([
      '部门负责监督。',
      '卫生健康主管部门负责医疗机构和医疗服务行业监督管理，规范医疗机构及其医务人员医疗服务行为。',
      '其他部门配合。',
    ]);
    const joined = diagnostics.filter((d) => d.ruleId === 'document/joined-page-break');
    expect(joined).toHaveLength(1);
    expect(joined[0].severity).toBe('info');
    expect(joined[0].span?.start.line).toBe(7);
    // the joined paragraph spans both source lines
    const p = articles(value)[0].children[1];
    expect([p.pos?.start.line, p.pos?.end.line]).toEqual([5, 7]);
  });

  it('does not join across a new structural start or after a finished sentence', () => {
    const src = '某办法\n\n第一条　有下列情形之一的\n\n（一）甲；\n\n第二条　乙。\n\n丙。\n';
    const { value } = parseRule(src);
    const [a1, a2] = articles(value);
    expect(a1.children[0].children.map((i) => i.text)).toEqual(['甲；']);
    expect(a2.children.map((p) => p.text)).toEqual(['乙。', '丙。']);
  });

  it('spaces inside headings are layout: 第一章 总 则 → 总则, 附　　则 → 附则', () => {
    const { value } = parseRule('某办法\n\n第一章 总 则\n\n第一条　甲。\n\n第二章　附　　则\n\n第二条　乙。\n');
    expect((value.children as Chapter[]).map((c) => c.title)).toEqual(['总则', '附则']);
  });

  it('half-width (一) and full-width （一） item labels are both items, kept as written', () => {
    const { value } = parseRule('某办法\n\n第一条　下列行为：\n(一) 甲；\n（二）乙。\n');
    expect(articles(value)[0].children[0].children.map((i) => [i.num, i.label, i.text])).toEqual([
      [1, '(一)', '甲；'],
      [2, '（二）', '乙。'],
    ]);
  });

  it('traditional 條 and digit article numbers 第8条 / 第８条', () => {
    const { value } = parseRule('某办法\n\n第一條　甲。\n\n第2条 乙。\n\n第３条　丙。\n');
    expect(articles(value).map((a) => a.num.n)).toEqual([1, 2, 3]);
  });

  it('CRLF and lone CR line ends keep positions right', () => {
    const src = '某办法\r\n\r\n第一条　甲。\r\n第二条　乙。\r第三条　丙。\r\n';
    const { value, diagnostics } = parseRule(src);
    expect(errors(diagnostics)).toEqual([]);
    const [a1, a2, a3] = articles(value);
    expect(a1.children[0].text).toBe('甲。');
    expect(a2.pos?.start).toEqual({ line: 4, column: 1, offset: 15 });
    expect(a2.pos?.end).toEqual({ line: 4, column: 7, offset: 21 });
    expect(a3.pos?.start).toEqual({ line: 5, column: 1, offset: 22 });
  });

  it('a stray line break in LawRefBook text that starts a line with an article number is joined back', () => {
    const src =
      '# 某规定\n\n<!-- INFO END -->\n\n第十三条 人民法院应当依据《中华人民共和国合同法》\n\n第五十二条 以及本规定第十四条之规定，认定合同的效力。\n\n第十四条 甲。\n';
    const { value, diagnostics } = parseRule(src);
    expect(articles(value).map((a) => a.num.n)).toEqual([13, 14]);
    expect(articles(value)[0].children[0].text).toBe(
      '人民法院应当依据《中华人民共和国合同法》第五十二条 以及本规定第十四条之规定，认定合同的效力。',
    );
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['document/joined-stray-article']);
  });

  it('skips web page navigation above the title', () => {
    const { value, diagnostics } = parseDocument('您当前的位置:首页\n > 政府公报 > 2022\n\n关于印发某规划的通知\n\n正文。\n');
    expect(value.title).toBe('关于印发某规划的通知');
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['document/skipped-noise']);
  });
});

describe('decode', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it('strips a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('第一条')]);
    expect(decode(bytes, 'a.txt')).toEqual({ value: '第一条', diagnostics: [] });
  });

  it('falls back to GB18030 with an info diagnostic', () => {
    // 第一条 in GB18030 (GBK range): B5DA D2BB CCF5
    const { value, diagnostics } = decode(new Uint8Array([0xb5, 0xda, 0xd2, 0xbb, 0xcc, 0xf5]), 'gb.txt');
    expect(value).toBe('第一条');
    expect(diagnostics.map((d) => [d.ruleId, d.severity, d.file])).toEqual([['io/decoded-gb18030', 'info', 'gb.txt']]);
  });

  it('refuses binary data, empty files and undecodable bytes', () => {
    expect(decode(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])).diagnostics[0].ruleId).toBe('io/binary');
    expect(decode(new Uint8Array([])).diagnostics[0].ruleId).toBe('io/empty');
    // 0xFF is never valid in UTF-8 nor as a GB18030 lead byte
    expect(decode(new Uint8Array([0x41, 0xff, 0xff, 0x41])).diagnostics[0].ruleId).toBe('io/bad-encoding');
  });
});
