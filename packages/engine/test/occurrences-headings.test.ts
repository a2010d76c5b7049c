import { describe, expect, it } from 'vitest';
import { serialize } from '@amend/document';
import { amend, art, bodyLines, frag, rule } from './helpers.ts';

/**
 * Forms the decision reader expresses that need more than a plain node or
 * phrase: one occurrence of a phrase (第一处), a heading's own words as the
 * place of a text change (第二章的章名), a heading put around articles
 * (增加一章，作为第一章“总则”，包括第一条至第七条).
 */
const T = '测试办法';
const doc = rule(`${T}

第一章　总则

第一条　甲乙甲。

第二章　备案管理

第二条　丙。
丁。

第三条　戊。
`);
const lines = (c: ReturnType<typeof amend>) => bodyLines(serialize(c.after));

describe('one occurrence (第一处)', () => {
  it('changes only the occurrence named, counted in the original text', () => {
    const c = amend(doc, T, [['一', [{ kind: 'replaceText', scope: [art(1)], pairs: [{ from: '甲', to: '戊', occurrence: 2 }] }]]]);
    expect(c.diagnostics).toEqual([]);
    expect(lines(c)[1]).toBe('第一条　甲乙戊。');
  });

  it('an occurrence the text does not have is an error naming how many there are', () => {
    const c = amend(doc, T, [['一', [{ kind: 'replaceText', scope: [art(1)], pairs: [{ from: '甲', to: '戊', occurrence: 3 }] }]]]);
    expect(c.diagnostics.map((d) => [d.ruleId, d.data?.count, d.data?.nth])).toEqual([['engine/occurrence-not-found', 2, 3]]);
    expect(c.after).toBe(c.before);
  });
});

describe('a heading as the place of a text change (章名)', () => {
  it('将第二章的章名和第二条中的“备案”修改为“登记”: the heading’s words change with the article’s', () => {
    const c = amend(doc, T, [
      ['一', [{ kind: 'replaceText', scope: [{ chapter: 2, special: 'heading' }, art(2)], pairs: [{ from: '备案', to: '登记' }] }]],
    ]);
    // 第二条 has no 备案: a scope without the phrase is an error, as for any scope.
    expect(c.diagnostics.map((d) => [d.ruleId, d.data?.target])).toEqual([['engine/phrase-not-found', '第二条']]);
    const ok = amend(doc, T, [
      ['一', [{ kind: 'replaceText', scope: [{ chapter: 2, special: 'heading' }], pairs: [{ from: '备案', to: '登记' }] }]],
    ]);
    expect(ok.diagnostics).toEqual([]);
    expect(lines(ok)[2]).toBe('第二章　登记管理');
  });

  it('a chapter the rule lacks is named as a heading', () => {
    const c = amend(doc, T, [['一', [{ kind: 'deleteText', scope: [{ chapter: 5, special: 'heading' }], phrases: ['管理'] }]]]);
    expect(c.diagnostics.map((d) => [d.ruleId, d.data?.target])).toEqual([['engine/target-not-found', '第五章章名']]);
  });

  it('anything but a text change on a heading is not applied', () => {
    const c = amend(doc, T, [['一', [{ kind: 'deleteNode', level: 'chapter', target: { chapter: 2, special: 'heading' } }]]]);
    expect(c.diagnostics.map((d) => d.ruleId)).toEqual(['engine/unsupported-operation']);
    expect(serialize(c.after)).toBe(serialize(doc));
  });
});

describe('a heading put around articles (包括第X条至第Y条)', () => {
  const flat = rule(`${T}

第一条　甲。

第二条　乙。

第三条　丙。

第四条　丁。
`);

  it('增加一章，作为第一章“总则”，包括第一条至第二条；增加一章，作为第二章“附则”，包括第三条至第四条', () => {
    const c = amend(flat, T, [
      [
        '一',
        [
          {
            kind: 'insertNode',
            level: 'chapter',
            as: { chapter: 1 },
            content: frag('总则', 'chapter'),
            holds: { from: art(1), to: art(2) },
          },
          {
            kind: 'insertNode',
            level: 'chapter',
            as: { chapter: 2 },
            content: frag('附则', 'chapter'),
            holds: { from: art(3), to: art(4) },
          },
        ],
      ],
    ]);
    expect(c.diagnostics).toEqual([]);
    expect(lines(c)).toEqual(['第一章　总则', '第一条　甲。', '第二条　乙。', '第二章　附则', '第三条　丙。', '第四条　丁。']);
  });

  it('the articles are named in the new numbering: after 增加一条，作为第二条, 第一条至第三条 holds the new one', () => {
    const c = amend(flat, T, [
      [
        '一',
        [
          { kind: 'insertNode', level: 'article', as: art(2), content: frag('新。', 'article') },
          {
            kind: 'insertNode',
            level: 'chapter',
            as: { chapter: 1 },
            content: frag('总则', 'chapter'),
            holds: { from: art(1), to: art(3) },
          },
        ],
      ],
    ]);
    expect(c.diagnostics).toEqual([]);
    expect(lines(c).slice(0, 5)).toEqual(['第一章　总则', '第一条　甲。', '第二条　新。', '第三条　乙。', '第四条　丙。']);
  });

  it('articles in two chapters cannot be put under one new chapter', () => {
    const c = amend(doc, T, [
      [
        '一',
        [
          {
            kind: 'insertNode',
            level: 'chapter',
            as: { chapter: 2 },
            content: frag('新章', 'chapter'),
            holds: { from: art(1), to: art(2) },
          },
        ],
      ],
    ]);
    expect(c.diagnostics.map((d) => d.ruleId)).toContain('engine/content-mismatch');
    expect(c.after).toBe(c.before);
  });
});
