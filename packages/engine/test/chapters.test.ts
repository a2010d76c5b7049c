import { describe, expect, it } from 'vitest';
import { serialize } from '@amend/document';
import { amend, art, bodyLines, frag, rule } from './helpers.ts';

/** Chapters and sections: inserted, deleted, moved; the articles in them renumber through the whole rule. */
const T = '某市物业管理办法';
const doc = rule(`${T}

第一章　总则

第一条　为了规范物业管理活动，制定本办法。

第二章　业主

第一节　业主权利

第二条　业主享有下列权利。

第二节　业主义务

第三条　业主应当遵守管理规约。

第三章　物业服务

第四条　物业服务企业应当按照合同提供服务。

第四章　附则

第五条　本办法自2020年1月1日起施行。
`);

const errors = (c: ReturnType<typeof amend>) => c.diagnostics.filter((d) => d.severity === 'error');

describe('chapters and sections', () => {
  it('增加一章，作为第三章: placed by its new number; later chapters and articles move down', () => {
    const c = amend(doc, T, [
      [
        '一',
        [
          {
            kind: 'insertNode',
            level: 'chapter',
            as: { chapter: 3 },
            content: frag('第三章　业主大会\n第四条　业主大会由全体业主组成。\n第五条　业主大会会议分为定期会议和临时会议。', 'chapter'),
          },
        ],
      ],
    ]);
    expect(errors(c)).toEqual([]);
    expect(bodyLines(serialize(c.after))).toEqual([
      '第一章　总则',
      '第一条　为了规范物业管理活动，制定本办法。',
      '第二章　业主',
      '第一节　业主权利',
      '第二条　业主享有下列权利。',
      '第二节　业主义务',
      '第三条　业主应当遵守管理规约。',
      '第三章　业主大会',
      '第四条　业主大会由全体业主组成。',
      '第五条　业主大会会议分为定期会议和临时会议。',
      '第四章　物业服务',
      '第六条　物业服务企业应当按照合同提供服务。',
      '第五章　附则',
      '第七条　本办法自2020年1月1日起施行。',
    ]);
    expect(c.changes.map((x) => x.status)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'inserted',
      'inserted',
      'renumbered',
      'renumbered',
    ]);
  });

  it('在第一章后增加一章: beside its anchor, with the numbers it announces checked', () => {
    const ok = amend(doc, T, [
      [
        '一',
        [
          {
            kind: 'insertNode',
            level: 'chapter',
            after: { chapter: 1 },
            as: { chapter: 2 },
            content: frag('第二章　规划\n第二条　物业管理区域的划分，应当考虑物业的共用设施设备。', 'chapter'),
          },
        ],
      ],
    ]);
    expect(errors(ok)).toEqual([]);
    expect(bodyLines(serialize(ok.after)).slice(2, 6)).toEqual([
      '第二章　规划',
      '第二条　物业管理区域的划分，应当考虑物业的共用设施设备。',
      '第三章　业主',
      '第一节　业主权利',
    ]);
    // The decision writes 第三条 for an article the numbering makes 第二条: an error, the rule unchanged.
    const wrong = amend(doc, T, [
      [
        '一',
        [
          {
            kind: 'insertNode',
            level: 'chapter',
            after: { chapter: 1 },
            as: { chapter: 2 },
            content: frag('第二章　规划\n第三条　物业管理区域的划分。', 'chapter'),
          },
        ],
      ],
    ]);
    expect(errors(wrong).map((d) => d.message)).toEqual([
      'the decision numbers a new article 第三条, but with its other changes it becomes 第二条',
    ]);
    expect(wrong.after).toBe(wrong.before);
  });

  it('增加一节 inside a chapter: sections restart in their chapter', () => {
    const c = amend(doc, T, [
      [
        '一',
        [
          {
            kind: 'insertNode',
            level: 'section',
            parent: { chapter: 2 },
            as: { section: 2 },
            content: frag('第二节　业主大会\n第三条　业主大会由全体业主组成。', 'section'),
          },
        ],
      ],
    ]);
    expect(errors(c)).toEqual([]);
    expect(bodyLines(serialize(c.after)).slice(2, 10)).toEqual([
      '第二章　业主',
      '第一节　业主权利',
      '第二条　业主享有下列权利。',
      '第二节　业主大会',
      '第三条　业主大会由全体业主组成。',
      '第三节　业主义务',
      '第四条　业主应当遵守管理规约。',
      '第三章　物业服务',
    ]);
  });

  it('删去第二章: its sections and articles go, later chapters and articles move up', () => {
    const c = amend(doc, T, [['一', [{ kind: 'deleteNode', level: 'chapter', target: { chapter: 2 } }]]]);
    expect(errors(c)).toEqual([]);
    expect(bodyLines(serialize(c.after))).toEqual([
      '第一章　总则',
      '第一条　为了规范物业管理活动，制定本办法。',
      '第二章　物业服务',
      '第二条　物业服务企业应当按照合同提供服务。',
      '第三章　附则',
      '第三条　本办法自2020年1月1日起施行。',
    ]);
  });

  it('将第二章移作第三章: the chapter and its articles move; the statement is checked', () => {
    const c = amend(doc, T, [['一', [{ kind: 'move', level: 'chapter', source: { chapter: 2 }, to: { chapter: 3 } }]]]);
    expect(errors(c)).toEqual([]);
    expect(bodyLines(serialize(c.after))).toEqual([
      '第一章　总则',
      '第一条　为了规范物业管理活动，制定本办法。',
      '第二章　物业服务',
      '第二条　物业服务企业应当按照合同提供服务。',
      '第三章　业主',
      '第一节　业主权利',
      '第三条　业主享有下列权利。',
      '第二节　业主义务',
      '第四条　业主应当遵守管理规约。',
      '第四章　附则',
      '第五条　本办法自2020年1月1日起施行。',
    ]);
    expect(c.changes.map((x) => `${x.before[0]?.num.n}→${x.after[0]?.num.n}`)).toEqual(['1→1', '4→2', '2→3', '3→4', '5→5']);
  });

  it('第三章改为第四章 is a statement: checked against the numbering the other edits give', () => {
    const insert = {
      kind: 'insertNode',
      level: 'chapter',
      as: { chapter: 2 },
      content: frag('第二章　规划\n第二条　新条文。', 'chapter'),
    } as const;
    const ok = amend(doc, T, [['一', [insert, { kind: 'renumber', level: 'chapter', target: { chapter: 3 }, to: { chapter: 4 } }]]]);
    expect(errors(ok)).toEqual([]);
    const wrong = amend(doc, T, [['一', [{ kind: 'renumber', level: 'chapter', target: { chapter: 3 }, to: { chapter: 4 } }]]]);
    expect(errors(wrong).map((d) => d.ruleId)).toEqual(['engine/renumber-mismatch']);
  });

  it('将第二章、第三章合并为第二章，章名修改为: the second chapter’s contents join the first, later chapters move up', () => {
    const c = amend(doc, T, [
      [
        '一',
        [
          {
            kind: 'merge',
            level: 'chapter',
            targets: [{ chapter: 2 }, { chapter: 3 }],
            as: { chapter: 2 },
            content: frag('业主与物业服务', 'chapter'),
          },
        ],
      ],
    ]);
    expect(errors(c)).toEqual([]);
    expect(bodyLines(serialize(c.after))).toEqual([
      '第一章　总则',
      '第一条　为了规范物业管理活动，制定本办法。',
      '第二章　业主与物业服务',
      '第一节　业主权利',
      '第二条　业主享有下列权利。',
      '第二节　业主义务',
      '第三条　业主应当遵守管理规约。',
      '第四条　物业服务企业应当按照合同提供服务。',
      '第三章　附则',
      '第五条　本办法自2020年1月1日起施行。',
    ]);
    expect(c.changes.every((x) => x.status === 'unchanged')).toBe(true);
  });

  it('an article moved to where its chapter begins stays in its chapter', () => {
    const c = amend(doc, T, [
      [
        '一',
        [
          { kind: 'insertNode', level: 'article', as: art(2), content: frag('新条文。', 'article') },
          { kind: 'move', level: 'article', source: art(4), to: art(5) },
        ],
      ],
    ]);
    expect(errors(c)).toEqual([]);
    const lines = bodyLines(serialize(c.after));
    expect(lines.slice(lines.indexOf('第三章　物业服务'), lines.indexOf('第三章　物业服务') + 2)).toEqual([
      '第三章　物业服务',
      '第五条　物业服务企业应当按照合同提供服务。',
    ]);
  });

  it('将第一条移作第四条: an article moves like one inserted by its number', () => {
    const c = amend(doc, T, [['一', [{ kind: 'move', level: 'article', source: art(1), to: art(4) }]]]);
    expect(errors(c)).toEqual([]);
    const lines = bodyLines(serialize(c.after));
    expect(lines.filter((l) => l.startsWith('第') && l.includes('条　'))).toEqual([
      '第一条　业主享有下列权利。',
      '第二条　业主应当遵守管理规约。',
      '第三条　物业服务企业应当按照合同提供服务。',
      '第四条　为了规范物业管理活动，制定本办法。',
      '第五条　本办法自2020年1月1日起施行。',
    ]);
    // It goes in the chapter of the article before it.
    expect(lines.slice(lines.indexOf('第三章　物业服务'), lines.indexOf('第四章　附则'))).toHaveLength(3);
  });
});

describe('moving 款 and 项', () => {
  const small = rule(`测试规定

第一条　本规定适用于本市。
前款规定的区域包括开发区。

第二条　有下列情形之一的，不予批准：
（一）申请材料不全的；
（二）不符合条件的。

第三条　主管部门负责监督检查。
`);

  it('将第一条第二款移作第三条第二款: the 款 joins the article the new numbering names', () => {
    const c = amend(small, '测试规定', [
      ['一', [{ kind: 'move', level: 'paragraph', source: art(1, { paragraph: 2 }), to: art(3, { paragraph: 2 }) }]],
    ]);
    expect(errors(c)).toEqual([]);
    expect(bodyLines(serialize(c.after))).toEqual([
      '第一条　本规定适用于本市。',
      '第二条　有下列情形之一的，不予批准：',
      '（一）申请材料不全的；',
      '（二）不符合条件的。',
      '第三条　主管部门负责监督检查。',
      '前款规定的区域包括开发区。',
    ]);
    expect(c.changes.map((x) => x.status)).toEqual(['modified', 'unchanged', 'modified']);
  });

  it('a 款 moved to an article that does not exist is an error', () => {
    const c = amend(small, '测试规定', [
      ['一', [{ kind: 'move', level: 'paragraph', source: art(1, { paragraph: 2 }), to: art(9, { paragraph: 2 }) }]],
    ]);
    expect(errors(c).map((d) => d.ruleId)).toContain('engine/place-not-found');
    expect(c.after).toBe(c.before);
  });
});
