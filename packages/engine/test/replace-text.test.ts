import { describe, expect, it } from 'vitest';
import { serialize } from '@amend/document';
import { applyAmendment } from '../src/index.ts';
import { amend, amendment, art, decision, frag, rule } from './helpers.ts';

const T = '公共消防设施管理办法';
const fire = rule(`${T}
（2010年1月1日某某人民政府令第1号公布）

第一条　为了加强公共消防设施管理，制定本办法。

第二条　城乡规划确定的消防站用地，任何单位和个人不得侵占。城乡规划、国土资源行政主管部门在审批建设用地时，应当征求公安消防机构的意见。

第三条　公安消防机构负责监督检查。公安消防机构应当建立档案。

第四条　动物卫生监督机构和卫生部门应当配合。
`);

const body = (s: string) =>
  s
    .split('\n')
    .filter((l) => l.startsWith('第'))
    .join('\n');

describe('replaceText', () => {
  it('locates all phrases of one operation in the original text at once, the longest winning (decree 119 rule 十三（三）)', () => {
    const c = amend(fire, T, [
      [
        '十三（三）',
        [
          {
            kind: 'replaceText',
            scope: [art(2)],
            pairs: [
              { from: '城乡规划', to: '国土空间规划' },
              { from: '城乡规划、国土资源行政主管部门', to: '自然资源主管部门' },
              { from: '公安消防机构', to: '消防救援机构' },
            ],
          },
        ],
      ],
    ]);
    expect(c.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(body(serialize(c.after))).toContain(
      '第二条　国土空间规划确定的消防站用地，任何单位和个人不得侵占。自然资源主管部门在审批建设用地时，应当征求消防救援机构的意见。',
    );
  });

  it('changes every occurrence in scope and warns that there were several', () => {
    const c = amend(fire, T, [
      ['十三（六）', [{ kind: 'replaceText', scope: [art(3)], pairs: [{ from: '公安消防机构', to: '消防救援机构' }] }]],
    ]);
    expect(body(serialize(c.after))).toContain('第三条　消防救援机构负责监督检查。消防救援机构应当建立档案。');
    expect(c.diagnostics.map((d) => [d.ruleId, d.data?.count, d.data?.target])).toEqual([['engine/phrase-ambiguous', 2, '第三条']]);
  });

  it('warns when the phrase is part of a longer name (卫生 in 动物卫生监督机构) and still changes it', () => {
    const c = amend(fire, T, [['十一（三）', [{ kind: 'replaceText', scope: [art(4)], pairs: [{ from: '卫生', to: '卫生健康' }] }]]]);
    expect(body(serialize(c.after))).toContain('第四条　动物卫生健康监督机构和卫生健康部门应当配合。');
    const word = c.diagnostics.find((d) => d.ruleId === 'engine/phrase-inside-word');
    expect(word?.data).toMatchObject({ phrase: '卫生', word: '动物卫生监督机构', item: '十一（三）' });
    // 卫生部门: a head noun right after the phrase is its own word, not a longer name.
    expect(c.diagnostics.filter((d) => d.ruleId === 'engine/phrase-inside-word')).toHaveLength(1);
  });

  it('fails with the item, its span and the place when a phrase is not there; nothing is changed', () => {
    const c = amend(fire, T, [
      ['一', [{ kind: 'replaceText', scope: [art(1)], pairs: [{ from: '公共消防设施', to: '消防设施' }] }]],
      ['二', [{ kind: 'replaceText', scope: [art(1), art(3)], pairs: [{ from: '监督检查', to: '检查' }] }]],
    ]);
    const errors = c.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((e) => [e.ruleId, e.data?.item, e.data?.target, e.span?.start.line])).toEqual([
      ['engine/phrase-not-found', '二', '第一条', 101],
    ]);
    expect(errors[0].file).toBe('decision.md');
    expect(c.after).toBe(c.before);
  });

  it('needs each phrase somewhere in scope when one instruction names several articles and phrases', () => {
    const c = amend(fire, T, [
      [
        '三',
        [
          {
            kind: 'replaceText',
            scope: [art(2), art(3)],
            pairs: [
              { from: '城乡规划', to: '国土空间规划' },
              { from: '公安消防机构', to: '消防救援机构' },
              { from: '应急管理', to: '应急' },
            ],
          },
        ],
      ],
    ]);
    expect(c.diagnostics.filter((d) => d.severity === 'error').map((d) => d.data?.phrase)).toEqual(['应急管理']);
  });

  it('tolerates layout: full/half-width forms, spaces and line breaks, nested quotation marks', () => {
    const doc = rule(
      `${T}\n\n第一条　测制1:5000、1:10000国家基本比例尺地图。\n\n第二条　自治区财政厅统一印制的“宁夏回族自治区罚没凭证”（以下简称罚没凭证）。\n`,
    );
    const c = amend(doc, T, [
      [
        '七（五）',
        [
          {
            kind: 'replaceText',
            scope: [art(1)],
            pairs: [{ from: '1：5000、1：10000 国家基本\n比例尺地图', to: '1：10000至1：5000国家基本比例尺地图' }],
          },
        ],
      ],
      [
        '四（六）',
        [
          {
            kind: 'replaceText',
            scope: [art(2)],
            pairs: [{ from: '自治区财政厅统一印制的‘宁夏回族自治区罚没凭证’（以下简称罚没凭证）', to: '财政部门统一制发的财政票据' }],
          },
        ],
      ],
    ]);
    expect(c.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(body(serialize(c.after))).toBe('第一条　测制1：10000至1：5000国家基本比例尺地图。\n第二条　财政部门统一制发的财政票据。');
    const fuzzy = c.diagnostics.filter((d) => d.ruleId === 'engine/phrase-fuzzy-match').map((d) => d.data?.what);
    expect(fuzzy).toEqual(['spaces and line breaks, full- and half-width forms', 'quotation marks and brackets']);
    // Text inside the decision's quotes is inserted as written.
    expect(serialize(c.after)).not.toContain('1:');
  });

  it('gives way to a later item that replaces the whole article (decree 119 rule 五（七）/（十二）)', () => {
    const c = amend(fire, T, [
      ['五（七）', [{ kind: 'replaceText', scope: [art(2), art(3)], pairs: [{ from: '公安消防机构', to: '消防救援机构' }] }]],
      [
        '五（十二）',
        [
          {
            kind: 'replaceNode',
            level: 'article',
            target: art(3),
            content: frag('测绘人员使用永久性测量标志，应当持有测绘作业证件。', 'article'),
          },
        ],
      ],
    ]);
    expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(c.diagnostics.find((d) => d.ruleId === 'engine/overlapping-operations')?.data).toMatchObject({
      target: '第三条',
      first: '五（七）',
      second: '五（十二）',
    });
    expect(body(serialize(c.after))).toContain('第三条　测绘人员使用永久性测量标志，应当持有测绘作业证件。');
  });

  it('is written into the result as new text: a reference the decision rewrote is not renumbered again', () => {
    const doc = rule(`${T}\n\n第一条　甲。\n\n第二条　乙。\n\n第三条　违反本办法第一条的，依照本办法第二条处理。\n`);
    const c = applyAmendment(
      doc,
      amendment(T, [
        ['一', [{ kind: 'insertNode', level: 'article', as: art(1), content: frag('新增。', 'article') }]],
        ['二', [{ kind: 'replaceText', scope: [art(3)], pairs: [{ from: '第二条', to: '第三条' }] }]],
      ]),
      { decision },
    );
    expect(body(serialize(c.after)).split('\n')[3]).toBe('第四条　违反本办法第二条的，依照本办法第三条处理。');
  });
});

describe('phrases of different items that overlap compose', () => {
  const rename = (item: string, from: string, to: string, scope = [art(2)]) =>
    [item, [{ kind: 'replaceText', scope, pairs: [{ from, to }] }]] as [string, Parameters<typeof amend>[2][number][1]];

  it('the longer phrase governs where it matches in the original, the shorter every other occurrence — in either order', () => {
    for (const items of [
      [rename('一', '城乡规划', '国土空间规划'), rename('二', '城乡规划、国土资源行政主管部门', '自然资源主管部门')],
      [rename('一', '城乡规划、国土资源行政主管部门', '自然资源主管部门'), rename('二', '城乡规划', '国土空间规划')],
    ]) {
      const c = amend(fire, T, items);
      expect(c.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
      expect(body(serialize(c.after))).toContain(
        '第二条　国土空间规划确定的消防站用地，任何单位和个人不得侵占。自然资源主管部门在审批建设用地时，应当征求公安消防机构的意见。',
      );
      expect(c.diagnostics.map((d) => [d.ruleId, d.data?.inner, d.data?.outer])).toEqual([
        ['engine/phrase-composed', '城乡规划', '城乡规划、国土资源行政主管部门'],
      ]);
    }
  });

  it('a deletion inside a phrase another item replaces yields to it', () => {
    const c = amend(fire, T, [
      ['一', [{ kind: 'deleteText', scope: [art(2)], phrases: ['国土资源'] }]],
      rename('二', '城乡规划、国土资源行政主管部门', '自然资源主管部门'),
    ]);
    expect(body(serialize(c.after))).toContain('自然资源主管部门在审批建设用地时');
    expect(c.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('the same change made twice is made once', () => {
    const c = amend(fire, T, [rename('一', '公安消防机构', '消防救援机构'), rename('二', '公安消防机构', '消防救援机构')]);
    expect(body(serialize(c.after))).toContain('应当征求消防救援机构的意见。');
    expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('only a true contradiction is an error: one span given two texts, or spans that cross', () => {
    const two = amend(fire, T, [rename('一', '公安消防机构', '消防救援机构'), rename('二', '公安消防机构', '消防机构')]);
    expect(two.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.ruleId, d.data?.first, d.data?.second])).toEqual([
      ['engine/conflicting-operations', '一', '二'],
    ]);
    expect(two.after).toBe(two.before);
    const crossing = amend(fire, T, [rename('一', '城乡规划、国土', '甲'), rename('二', '国土资源行政主管部门', '乙')]);
    expect(crossing.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId)).toEqual(['engine/conflicting-operations']);
  });
});
