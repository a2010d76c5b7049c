import { describe, expect, it } from 'vitest';
import { serialize } from '@amend/document';
import { amend, art, bodyLines, frag, rule } from './helpers.ts';

const T = '测试办法';
const doc = rule(`${T}

第一条　甲。

第二条　乙。
丙依照本办法第三条。
丁。

第三条　戊。
`);

describe('split', () => {
  it('将第二条第二款单列一条，作为第三条: the 款 keeps its words, and its references are renumbered', () => {
    const c = amend(doc, T, [['一', [{ kind: 'split', level: 'paragraph', source: art(2, { paragraph: 2 }), as: art(3) }]]]);
    expect(c.diagnostics).toEqual([]);
    expect(bodyLines(serialize(c.after))).toEqual(['第一条　甲。', '第二条　乙。', '丁。', '第三条　丙依照本办法第四条。', '第四条　戊。']);
    expect(c.changes.map((x) => x.status)).toEqual(['unchanged', 'split', 'renumbered']);
    expect(c.changes[1]).toMatchObject({ before: [{ id: 'art_2' }], after: [{ id: 'art_2' }, { id: 'art_3' }] });
  });

  it('a text change in the moved 款 still applies: its words are kept', () => {
    const c = amend(doc, T, [
      ['一', [{ kind: 'split', level: 'paragraph', source: art(2, { paragraph: 2 }), as: art(3) }]],
      ['二', [{ kind: 'replaceText', scope: [art(2)], pairs: [{ from: '丙', to: '庚' }] }]],
    ]);
    expect(c.diagnostics).toEqual([]);
    expect(bodyLines(serialize(c.after))[3]).toBe('第三条　庚依照本办法第四条。');
  });

  it('with new text, the new article says what the decision says', () => {
    const c = amend(doc, T, [
      [
        '二',
        [{ kind: 'split', level: 'paragraph', source: art(2, { paragraph: 3 }), as: art(4), content: frag('丁应当遵守。', 'article') }],
      ],
    ]);
    expect(bodyLines(serialize(c.after))).toEqual([
      '第一条　甲。',
      '第二条　乙。',
      '丙依照本办法第三条。',
      '第三条　戊。',
      '第四条　丁应当遵守。',
    ]);
  });

  it('an article split into two is replaced where it stood', () => {
    const c = amend(doc, T, [
      ['三', [{ kind: 'split', level: 'article', source: art(1), as: art(1), content: frag('第一条　甲一。\n第二条　甲二。', 'article') }]],
    ]);
    expect(bodyLines(serialize(c.after)).slice(0, 3)).toEqual(['第一条　甲一。', '第二条　甲二。', '第三条　乙。']);
    expect(c.changes[0]).toMatchObject({ status: 'split', before: [{ id: 'art_1' }], after: [{ id: 'art_1' }, { id: 'art_2' }] });
  });
});

describe('a 项 that becomes an article', () => {
  const T = '测试办法';
  const doc = rule(`${T}

第一条　有下列情形之一的，不予登记：
（一）申请材料不全的；
（二）不符合法定条件的；
（三）其他情形。

第二条　有本办法第一条第二项情形的，责令改正。
`);

  it('将第一条第二项单列一条，作为第二条: its ； becomes 。, the list closes up, references follow', () => {
    const c = amend(doc, T, [['一', [{ kind: 'split', level: 'item', source: art(1, { item: 2 }), as: art(2) }]]]);
    expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(bodyLines(serialize(c.after))).toEqual([
      '第一条　有下列情形之一的，不予登记：',
      '（一）申请材料不全的；',
      '（二）其他情形。',
      '第二条　不符合法定条件的。',
      '第三条　有本办法第二条情形的，责令改正。',
    ]);
    expect(c.diagnostics.map((d) => d.ruleId)).toEqual(['engine/item-becomes-article', 'engine/reference-follows-move']);
  });
});
