import { describe, expect, it } from 'vitest';
import { serialize } from '@amend/document';
import { sentenceRanges } from '../src/sentences.ts';
import { amend, art, bodyLines, frag, rule } from './helpers.ts';

const T = '测试办法';
const doc = rule(`${T}

第一条　为了规范管理，制定本办法。

第二条　本办法适用于本市。

第三条　违反本办法规定的，责令改正。逾期不改正的，处一千元罚款。情节严重的，处五千元罚款。

第四条　管理部门应当公开信息。
申请人可以查询。依照本办法第三条处理。他人可以查阅。

第五条　有下列情形之一的，依照本办法第四条处理。具体办法另行规定：
（一）未公开信息的；
（二）拒绝查询的。
`);

const lines = (c: ReturnType<typeof amend>) => bodyLines(serialize(c.after));

describe('sentenceRanges', () => {
  it('ends a sentence at 。！？ with its closing quotation mark; ； ends none; words after the last mark are the last', () => {
    const text = '甲说：“可以。”乙；丙。丁：';
    expect(sentenceRanges(text).map((r) => text.slice(r.start, r.end))).toEqual(['甲说：“可以。”', '乙；丙。', '丁：']);
  });
});

describe('sentences of a 款', () => {
  it('删去第三条第二句: the sentence goes, its neighbours stay as written', () => {
    const c = amend(doc, T, [['一', [{ kind: 'deleteNode', level: 'sentence', target: art(3, { sentence: 2 }) }]]]);
    expect(c.diagnostics).toEqual([]);
    expect(lines(c)[2]).toBe('第三条　违反本办法规定的，责令改正。情节严重的，处五千元罚款。');
  });

  it('将第三条最后一句修改为：the last sentence replaced', () => {
    const c = amend(doc, T, [
      [
        '二',
        [
          {
            kind: 'replaceNode',
            level: 'sentence',
            target: art(3, { sentence: -1 }),
            content: frag('情节严重的，处一万元罚款。', 'sentence'),
          },
        ],
      ],
    ]);
    expect(c.diagnostics).toEqual([]);
    expect(lines(c)[2]).toBe('第三条　违反本办法规定的，责令改正。逾期不改正的，处一千元罚款。情节严重的，处一万元罚款。');
  });

  it('在第三条第一句后增加一句: after the sentence’s 。; a continuation goes before it', () => {
    const c = amend(doc, T, [['三', [{ kind: 'insertText', scope: [art(3, { sentence: 1 })], position: 'end', text: '限期十日。' }]]]);
    expect(lines(c)[2]).toBe('第三条　违反本办法规定的，责令改正。限期十日。逾期不改正的，处一千元罚款。情节严重的，处五千元罚款。');
    const d = amend(doc, T, [['三', [{ kind: 'insertText', scope: [art(3, { sentence: 2 })], position: 'end', text: '，并予警告' }]]]);
    expect(lines(d)[2]).toBe('第三条　违反本办法规定的，责令改正。逾期不改正的，处一千元罚款，并予警告。情节严重的，处五千元罚款。');
  });

  it('在第三条第二句前增加: at the start of the sentence', () => {
    const c = amend(doc, T, [['四', [{ kind: 'insertText', scope: [art(3, { sentence: 2 })], position: 'start', text: '经催告后' }]]]);
    expect(lines(c)[2]).toBe('第三条　违反本办法规定的，责令改正。经催告后逾期不改正的，处一千元罚款。情节严重的，处五千元罚款。');
  });

  it('第三条第二句中的“罚款”修改为“罚金”: only that sentence’s phrase changes', () => {
    const c = amend(doc, T, [['五', [{ kind: 'replaceText', scope: [art(3, { sentence: 2 })], pairs: [{ from: '罚款', to: '罚金' }] }]]]);
    expect(c.diagnostics).toEqual([]);
    expect(lines(c)[2]).toBe('第三条　违反本办法规定的，责令改正。逾期不改正的，处一千元罚金。情节严重的，处五千元罚款。');
  });

  it('删去第三条第一句中的“罚款”: a phrase only in other sentences is not found', () => {
    const c = amend(doc, T, [['六', [{ kind: 'deleteText', scope: [art(3, { sentence: 1 })], phrases: ['罚款'] }]]]);
    expect(c.diagnostics.map((d) => [d.ruleId, d.data?.target])).toEqual([['engine/phrase-not-found', '第三条第一句']]);
    expect(c.after).toBe(c.before);
  });

  it('a reference in an untouched sentence is still renumbered', () => {
    // 删去第二条: 第三条 becomes 第二条, 第四条 第三条. 删去第四条第二款第一句 keeps 依照本办法第三条处理.
    const c = amend(doc, T, [
      ['一', [{ kind: 'deleteNode', level: 'article', target: art(2) }]],
      ['二', [{ kind: 'deleteNode', level: 'sentence', target: art(4, { paragraph: 2, sentence: 1 }) }]],
    ]);
    expect(c.diagnostics).toEqual([]);
    expect(lines(c).slice(2, 4)).toEqual(['第三条　管理部门应当公开信息。', '依照本办法第二条处理。他人可以查阅。']);
  });

  it('the sentences of a lead-in are counted without its 项', () => {
    const c = amend(doc, T, [['七', [{ kind: 'deleteNode', level: 'sentence', target: art(5, { paragraph: 1, sentence: 2 }) }]]]);
    expect(lines(c).slice(-3)).toEqual(['第五条　有下列情形之一的，依照本办法第四条处理。', '（一）未公开信息的；', '（二）拒绝查询的。']);
  });

  it('a sentence that is not there, or an article of several 款 named without its 款: target not found, nothing applied', () => {
    const c = amend(doc, T, [
      ['八', [{ kind: 'deleteNode', level: 'sentence', target: art(3, { sentence: 4 }) }]],
      ['九', [{ kind: 'deleteNode', level: 'sentence', target: art(4, { sentence: 1 }) }]],
    ]);
    expect(c.diagnostics.map((d) => [d.ruleId, d.data?.target])).toEqual([
      ['engine/target-not-found', '第三条第四句'],
      ['engine/target-not-found', '第四条第一句'],
    ]);
    expect(c.after).toBe(c.before);
  });

  it('a phrase changed inside a sentence another item replaces yields to it, in either order', () => {
    for (const [a, b] of [
      ['一', '二'],
      ['二', '一'],
    ]) {
      const c = amend(doc, T, [
        [a, [{ kind: 'replaceText', scope: [art(3)], pairs: [{ from: '一千元', to: '二千元' }] }]],
        [
          b,
          [
            {
              kind: 'replaceNode',
              level: 'sentence',
              target: art(3, { sentence: 2 }),
              content: frag('逾期不改正的，处三千元罚款。', 'sentence'),
            },
          ],
        ],
      ]);
      expect(c.diagnostics.map((d) => [d.ruleId, d.data?.target, d.data?.first, d.data?.second])).toEqual([
        ['engine/overlapping-operations', '第三条第二句', a, b],
      ]);
      expect(lines(c)[2]).toBe('第三条　违反本办法规定的，责令改正。逾期不改正的，处三千元罚款。情节严重的，处五千元罚款。');
    }
  });

  it('a sentence replaced by two 款 is a content mismatch', () => {
    const c = amend(doc, T, [
      ['十', [{ kind: 'replaceNode', level: 'sentence', target: art(3, { sentence: 1 }), content: frag('甲。\n乙。', 'sentence') }]],
    ]);
    expect(c.diagnostics.map((d) => [d.ruleId, d.data?.expected])).toEqual([['engine/content-mismatch', 'one sentence']]);
  });

  it('a sentence of an article the decision also replaces whole: the wider one wins and the overlap is reported', () => {
    const c = amend(doc, T, [
      ['一', [{ kind: 'deleteNode', level: 'sentence', target: art(3, { sentence: 1 }) }]],
      ['二', [{ kind: 'replaceNode', level: 'article', target: art(3), content: frag('新的第三条。', 'article') }]],
    ]);
    expect(c.diagnostics.map((d) => d.ruleId)).toEqual(['engine/overlapping-operations']);
    expect(lines(c)[2]).toBe('第三条　新的第三条。');
  });
});

describe('条首部分: the words before the 项', () => {
  it('第五条条首部分修改为：the lead-in replaced, its final ： and its 项 kept, a 项 added beside it', () => {
    const c = amend(doc, T, [
      [
        '四',
        [
          {
            kind: 'replaceNode',
            level: 'article',
            target: art(5),
            content: frag('有下列情形之一的，依照本办法第三条处理', 'paragraph'),
            leadIn: true,
          },
          { kind: 'insertNode', level: 'item', parent: art(5), as: { item: 3 }, content: frag('（三）其他情形。', 'item') },
        ],
      ],
    ]);
    // The old last 项 (二) now ends the list no more: its 。 becomes ；, as the published rail interpretation prints it.
    expect(c.diagnostics.map((d) => [d.ruleId, d.severity, d.data?.target])).toEqual([
      ['engine/list-mark-changed', 'info', '第五条第二项'],
    ]);
    expect(lines(c).slice(-4)).toEqual([
      '第五条　有下列情形之一的，依照本办法第三条处理：',
      '（一）未公开信息的；',
      '（二）拒绝查询的；',
      '（三）其他情形。',
    ]);
  });

  it('new words with their own final mark replace the ： too; an article without 项 is a content mismatch', () => {
    const c = amend(doc, T, [
      [
        '四',
        [{ kind: 'replaceNode', level: 'article', target: art(5), content: frag('有下列情形的，予以处理：', 'paragraph'), leadIn: true }],
      ],
    ]);
    expect(lines(c)[lines(c).length - 3]).toBe('第五条　有下列情形的，予以处理：');
    const d = amend(doc, T, [
      ['五', [{ kind: 'replaceNode', level: 'article', target: art(3), content: frag('甲', 'paragraph'), leadIn: true }]],
    ]);
    expect(d.diagnostics.map((x) => [x.ruleId, x.data?.target])).toEqual([['engine/content-mismatch', '第三条']]);
  });
});
