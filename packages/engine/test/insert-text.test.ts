import { describe, expect, it } from 'vitest';
import { serialize } from '@amend/document';
import { edgeEdit } from '../src/ops/insert-text.ts';
import { amend, art, frag, rule } from './helpers.ts';

const T = '测试办法';
const doc = rule(`${T}
（2010年1月1日某某人民政府令第1号公布）

第一条　为了加强管理，制定本办法。

第二条　县级人民政府负责本办法的实施。
违反本办法第一条规定的，由主管部门责令改正，处一千元罚款。

第三条　有下列情形之一的，不予登记：
（一）材料不全的；
（二）登记、备案；
（三）其他情形。

第四条　本办法自2010年1月1日起施行。
`);

/** The lines of the body: articles, their further 款 and their 项. */
const lines = (s: string) =>
  s
    .split('\n')
    .slice(2)
    .filter((l) => l !== '');
const p = (n: number, paragraph: number) => art(n, { paragraph });
const errors = (c: ReturnType<typeof amend>) => c.diagnostics.filter((d) => d.severity === 'error');

describe('insertText at an edge', () => {
  it('在第二条第二款末尾增加 a sentence with its own 。: after the unit', () => {
    const c = amend(doc, T, [['一', [{ kind: 'insertText', scope: [p(2, 2)], position: 'end', text: '但是法律另有规定的除外。' }]]]);
    expect(c.diagnostics).toEqual([]);
    expect(lines(serialize(c.after))[2]).toBe('违反本办法第一条规定的，由主管部门责令改正，处一千元罚款。但是法律另有规定的除外。');
  });

  it('a continuation (，但是…除外) goes before the unit’s final 。', () => {
    const c = amend(doc, T, [['一', [{ kind: 'insertText', scope: [p(2, 2)], position: 'end', text: '，但是法律另有规定的除外' }]]]);
    expect(lines(serialize(c.after))[2]).toBe('违反本办法第一条规定的，由主管部门责令改正，处一千元罚款，但是法律另有规定的除外。');
  });

  it('a continuation with its own mark takes the place of the final mark', () => {
    const c = amend(doc, T, [['一', [{ kind: 'insertText', scope: [p(2, 2)], position: 'end', text: '；情节严重的，处五千元罚款。' }]]]);
    expect(lines(serialize(c.after))[2]).toBe('违反本办法第一条规定的，由主管部门责令改正，处一千元罚款；情节严重的，处五千元罚款。');
  });

  it('在第三条第二项末尾增加 words: before the 项’s ；', () => {
    const c = amend(doc, T, [['一', [{ kind: 'insertText', scope: [art(3, { item: 2 })], position: 'end', text: '和其他事项' }]]]);
    expect(lines(serialize(c.after))[5]).toBe('（二）登记、备案和其他事项；');
  });

  it('the end of an article with items is the end of its last 项', () => {
    const c = amend(doc, T, [['一', [{ kind: 'insertText', scope: [art(3)], position: 'end', text: '，但是依法应当登记的除外' }]]]);
    expect(lines(serialize(c.after))[6]).toBe('（三）其他情形，但是依法应当登记的除外。');
  });

  it('开始部分增加: before the first words of the unit, as written', () => {
    const c = amend(doc, T, [['一', [{ kind: 'insertText', scope: [p(2, 1)], position: 'start', text: '设区的市、' }]]]);
    expect(lines(serialize(c.after))[1]).toBe('第二条　设区的市、县级人民政府负责本办法的实施。');
  });

  it('several places: each gets the text', () => {
    const c = amend(doc, T, [['一', [{ kind: 'insertText', scope: [p(2, 1), art(1)], position: 'end', text: '，并接受监督' }]]]);
    expect(lines(serialize(c.after)).slice(0, 2)).toEqual([
      '第一条　为了加强管理，制定本办法，并接受监督。',
      '第二条　县级人民政府负责本办法的实施，并接受监督。',
    ]);
  });

  it('gives way to an item that replaces the whole article', () => {
    const c = amend(doc, T, [
      ['一', [{ kind: 'insertText', scope: [p(2, 2)], position: 'end', text: '但是法律另有规定的除外。' }]],
      ['二', [{ kind: 'replaceNode', level: 'article', target: art(2), content: frag('县级以上人民政府负责实施。', 'article') }]],
    ]);
    expect(errors(c)).toEqual([]);
    expect(c.diagnostics.map((d) => [d.ruleId, d.data?.first, d.data?.second])).toEqual([['engine/overlapping-operations', '一', '二']]);
    expect(lines(serialize(c.after))[1]).toBe('第二条　县级以上人民政府负责实施。');
  });

  it('edgeEdit: where the text joins, worked out per form', () => {
    expect(edgeEdit('处罚款。', '但是除外。', 'end')).toEqual({ start: 4, end: 4, to: '但是除外。' });
    expect(edgeEdit('处罚款。', '，但是除外', 'end')).toEqual({ start: 3, end: 3, to: '，但是除外' });
    expect(edgeEdit('处罚款。', '；情节严重的，从重。', 'end')).toEqual({ start: 3, end: 4, to: '；情节严重的，从重。' });
    // A heading-like unit with no final mark: the text follows it.
    expect(edgeEdit('监督管理', '和服务', 'end')).toEqual({ start: 4, end: 4, to: '和服务' });
    expect(edgeEdit('监督管理', '加强', 'start')).toEqual({ start: 0, end: 0, to: '加强' });
  });
});

describe('insertText beside a phrase', () => {
  it('在第二条第一款中的“县级”后增加“以上”', () => {
    const c = amend(doc, T, [['一', [{ kind: 'insertText', scope: [p(2, 1)], position: { after: '县级' }, text: '以上' }]]]);
    expect(c.diagnostics).toEqual([]);
    expect(lines(serialize(c.after))[1]).toBe('第二条　县级以上人民政府负责本办法的实施。');
  });

  it('在“主管部门”前增加“县级以上”', () => {
    const c = amend(doc, T, [['一', [{ kind: 'insertText', scope: [art(2)], position: { before: '主管部门' }, text: '县级以上' }]]]);
    expect(lines(serialize(c.after))[2]).toBe('违反本办法第一条规定的，由县级以上主管部门责令改正，处一千元罚款。');
  });

  it('keeps the phrase original: a reference in it is still renumbered, the added words are not', () => {
    // A new 第一条 moves every article up; “第一条” in the old text is now 第二条, “第四条” is written in the new numbering.
    const c = amend(doc, T, [
      ['一', [{ kind: 'insertNode', level: 'article', as: art(1), content: frag('新增。', 'article') }]],
      ['二', [{ kind: 'insertText', scope: [p(2, 2)], position: { after: '违反本办法第一条' }, text: '、第四条' }]],
    ]);
    expect(errors(c)).toEqual([]);
    expect(lines(serialize(c.after))[3]).toBe('违反本办法第二条、第四条规定的，由主管部门责令改正，处一千元罚款。');
  });

  it('an insertion right where another item’s replacement starts goes first', () => {
    const c = amend(doc, T, [
      ['一', [{ kind: 'replaceText', scope: [p(2, 1)], pairs: [{ from: '人民政府负责', to: '人民政府统一负责' }] }]],
      ['二', [{ kind: 'insertText', scope: [p(2, 1)], position: { after: '县级' }, text: '以上' }]],
    ]);
    expect(errors(c)).toEqual([]);
    expect(lines(serialize(c.after))[1]).toBe('第二条　县级以上人民政府统一负责本办法的实施。');
  });

  it('a phrase that is not there is an error, and nothing changes', () => {
    const c = amend(doc, T, [['三', [{ kind: 'insertText', scope: [art(1)], position: { after: '县级' }, text: '以上' }]]]);
    expect(errors(c).map((d) => [d.ruleId, d.data?.phrase, d.data?.target, d.data?.item])).toEqual([
      ['engine/phrase-not-found', '县级', '第一条', '三'],
    ]);
    expect(c.after).toBe(c.before);
  });
});

describe('the whole rule and the 序言', () => {
  it('a text change with no scope named covers the whole rule (将本办法中的“A”修改为“B”)', () => {
    const c = amend(doc, T, [['一', [{ kind: 'replaceText', scope: [], pairs: [{ from: '本办法', to: '本规定' }] }]]]);
    expect(errors(c)).toEqual([]);
    expect(lines(serialize(c.after)).filter((l) => l.includes('本办法'))).toEqual([]);
    expect(lines(serialize(c.after))[7]).toBe('第四条　本规定自2010年1月1日起施行。');
  });

  it('序言第二自然段末尾增加 (宪法修正案 1993 第四条): the preamble printed under a heading 序言', () => {
    const law = rule('# 测试法\n\n<!-- INFO END -->\n\n## 序言\n\n第一段。\n\n第二段。\n\n## 第一章　总纲\n\n第一条　总则。\n');
    const c = amend(law, '测试法', [
      ['第四条', [{ kind: 'insertText', scope: [{ special: 'preamble', paragraph: 2 }], position: 'end', text: '增加的一句。' }]],
    ]);
    expect(errors(c)).toEqual([]);
    expect(serialize(c.after)).toContain('第一段。\n第二段。增加的一句。\n');
  });
});
