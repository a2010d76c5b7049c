import { describe, expect, it } from 'vitest';
import type { Article, Chapter, Document, Node } from '@amend/model';
import { parseDocument, parseRule, serialize, splitGazette, walk } from '../src/index.ts';
import { bare, errors, seed } from './helpers.ts';

const gazette = seed(0);
const split = splitGazette(gazette.text, gazette.file);

function count(doc: Document, kind: Node['kind']): number {
  let n = 0;
  walk(doc, (node) => void (node.kind === kind && n++));
  return n;
}

describe('seed 000: a gazette issue', () => {
  it('holds four documents after the front matter', () => {
    expect(split.diagnostics).toEqual([]);
    expect(split.value.map((e) => [e.type, e.title])).toEqual([
      ['rule', '宁夏回族自治区实施《医疗保障基金使用监督管理条例》办法'],
      ['decision', '自治区人民政府关于废止和修改部分政府规章的决定'],
      ['plan', '宁夏回族自治区就业促进“十四五”规划'],
      ['plan', '宁夏回族自治区人力资源和社会保障事业发展“十四五”规划'],
    ]);
  });

  it('reads each header into meta', () => {
    const [d118, d119, n96, n97] = split.value.map((e) => e.meta);
    expect(d118).toEqual({
      issuer: '宁夏回族自治区人民政府',
      docNumber: '宁夏回族自治区人民政府令第118号',
      adopted: '2021-12-31',
      promulgated: '2022-01-08',
      effective: { clause: '自2022年3月1日起施行', date: '2022-03-01' },
      signatory: '咸辉',
    });
    expect(d119).toEqual({
      issuer: '宁夏回族自治区人民政府',
      docNumber: '宁夏回族自治区人民政府令第119号',
      adopted: '2021-12-31',
      promulgated: '2022-01-08',
      effective: { clause: '自公布之日起施行' },
      signatory: '咸辉',
    });
    expect(n96).toEqual({ issuer: '宁夏回族自治区人民政府办公厅', docNumber: '宁政办发〔2021〕96号', promulgated: '2021-12-16' });
    expect(n97).toEqual({ issuer: '宁夏回族自治区人民政府办公厅', docNumber: '宁政办发〔2021〕97号', promulgated: '2021-12-16' });
  });

  it('slices entries verbatim and in order', () => {
    for (const e of split.value) {
      expect(gazette.text.slice(e.span.start.offset, e.span.end.offset)).toBe(e.text);
      expect(e.header.start.offset).toBe(e.span.start.offset);
      expect(e.body.start.offset).toBeGreaterThan(e.header.end.offset);
    }
    expect(split.value[0].text.startsWith('# 宁夏回族自治区人民政府令')).toBe(true);
    expect(split.value[1].span.start.line).toBe(263);
    expect(split.value[1].text.endsWith('此外，对相关政府规章中的条文序号和个别文字作相应调整和修改。')).toBe(true);
  });

  describe('decree 118', () => {
    const entry = split.value[0];
    const { value: doc, diagnostics } = parseRule(entry.text, { file: gazette.file });
    const chapters = doc.children as Chapter[];
    const arts = chapters.flatMap((c) => c.children as Article[]);

    it('parses without errors and keeps the decree header as notes and meta', () => {
      expect(errors(diagnostics)).toEqual([]);
      expect(doc.title).toBe('宁夏回族自治区实施《医疗保障基金使用监督管理条例》办法');
      expect(doc.meta.docNumber).toBe('宁夏回族自治区人民政府令第118号');
    });

    it('has 5 chapters and 32 articles, chapter 1 titled 总则', () => {
      expect(chapters.map((c) => [c.num, c.title])).toEqual([
        [1, '总则'],
        [2, '基金使用'],
        [3, '监督管理'],
        [4, '法律责任'],
        [5, '附则'],
      ]);
      expect(arts.map((a) => a.num.n)).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
      expect(chapters.map((c) => c.children.length)).toEqual([6, 10, 10, 3, 3]);
    });

    it('第四条 has 7 paragraphs, the page-broken one rejoined', () => {
      const art4 = arts[3];
      expect(art4.children).toHaveLength(7);
      expect(art4.children[1].text).toBe('卫生健康主管部门负责医疗机构和医疗服务行业监督管理，规范医疗机构及其医务人员医疗服务行为。');
      expect(art4.children[6].text).toBe('其他有关部门按照职责配合做好相关工作。');
    });

    it('rejoins the other page breaks (第六条, 第二十二条, 第三十条)', () => {
      expect(arts[5].children[0].text).toContain('及时曝光骗取医疗保障基金的典型案例。');
      expect(arts[21].children[0].text).toBe(
        '医疗保障行政部门可以依法委托符合法定条件的组织开展医疗保障行政执法工作。行政强制措施权不得委托。',
      );
      expect(arts[29].children).toHaveLength(1);
      expect(arts[29].children[0].text.startsWith('本办法所称定点医药机构，是指符合国家医疗保障行政部门有关规定')).toBe(true);
    });

    it('loses no body text: every character from 第一章 on survives but Markdown marks and whitespace', () => {
      const strip = (t: string) => t.replace(/[#*\s]/g, '');
      const source = entry.text.slice(entry.text.indexOf('### 第一章'));
      const canonical = serialize(doc);
      expect(strip(canonical.slice(canonical.indexOf('第一章')))).toBe(strip(source));
    });

    it('positions point into the issue once shifted by the entry offset', () => {
      const art4 = arts[3];
      const start = entry.span.start.offset + art4.pos!.start.offset;
      expect(gazette.text.slice(start, start + 7)).toBe('**第四条**');
    });
  });

  it('every entry parses without errors and reads back from its canonical text', () => {
    for (const e of split.value) {
      const { value, diagnostics } = parseDocument(e.text, { file: gazette.file, type: e.type });
      expect(errors(diagnostics)).toEqual([]);
      expect(bare(parseDocument(serialize(value), { type: e.type }).value)).toEqual(bare(value));
    }
  });

  it('the plans have chapters, sections, boxes with tables, and points', () => {
    const plan = parseDocument(split.value[2].text, { type: 'plan' }).value;
    expect(count(plan, 'chapter')).toBe(10);
    expect(count(plan, 'box')).toBeGreaterThanOrEqual(8);
    expect(count(plan, 'table')).toBeGreaterThan(0);
    expect(count(plan, 'article')).toBe(0);
  });
});

describe('seeds 001–004: plans and notices', () => {
  it.each([1, 2, 3, 4])('seed %i parses without errors and reads back', (n) => {
    const { file, text } = seed(n);
    const { value, diagnostics } = parseDocument(text, { file });
    expect(errors(diagnostics)).toEqual([]);
    expect(count(value, 'chapter')).toBeGreaterThan(3);
    expect(count(value, 'section')).toBeGreaterThan(3);
    expect(bare(parseDocument(serialize(value)).value)).toEqual(bare(value));
  });

  it('seed 000 as a whole parses without errors too', () => {
    expect(errors(parseDocument(gazette.text, { file: gazette.file }).diagnostics)).toEqual([]);
  });
});
