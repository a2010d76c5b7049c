import { describe, expect, it } from 'vitest';
import { serialize } from '@amend/document';
import { amend, art, bodyLines, frag, rule } from './helpers.ts';

const T = '新型墙体材料推广应用管理规定';
const doc = rule(`${T}

第一条　甲。

第二条　违反本规定，生产粘土砖的，处以罚款。

第三条　违反本规定，销售粘土砖的，处以罚款。
有前款行为的，没收违法所得。

第四条　违反本规定，使用粘土砖的，处以罚款。

第五条　违反本规定第二条、第四条的，依法处理。
`);

describe('merge', () => {
  it('将第二条、第三条、第四条合并，作为第二条，修改为：… (decree 119 rule 十（六）)', () => {
    const c = amend(doc, T, [
      [
        '十（六）',
        [
          {
            kind: 'merge',
            level: 'article',
            targets: [art(2), art(3), art(4)],
            as: art(2),
            content: frag('违反本规定，生产、销售或者使用粘土砖的，依法予以处罚。', 'article'),
          },
          { kind: 'renumber', level: 'article', target: art(5), to: art(3) },
        ],
      ],
    ]);
    expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(bodyLines(serialize(c.after))).toEqual([
      '第一条　甲。',
      '第二条　违反本规定，生产、销售或者使用粘土砖的，依法予以处罚。',
      // 第二条 is the merged article; 第四条 was merged away and is reported.
      '第三条　违反本规定第二条、第四条的，依法处理。',
    ]);
    expect(c.changes.map((x) => x.status)).toEqual(['unchanged', 'merged', 'renumbered']);
    expect(c.changes[1]).toMatchObject({
      before: [{ id: 'art_2' }, { id: 'art_3' }, { id: 'art_4' }],
      after: [{ id: 'art_2' }],
      items: ['十（六）'],
    });
    expect(c.references[0]).toMatchObject({ text: '本规定第二条、第四条', status: 'dangling' });
  });

  it('将第三条第二款、第四条合并，作为第三条，修改为：… — a 款 and an article: the merged article stands where 第四条 stood, 第三条 keeps its first 款', () => {
    const c = amend(doc, T, [
      [
        '一',
        [
          {
            kind: 'merge',
            level: 'article',
            targets: [art(3, { paragraph: 2 }), art(4)],
            as: art(4),
            content: frag('违反本规定，使用粘土砖的，没收违法所得，并处以罚款。', 'article'),
          },
        ],
      ],
    ]);
    expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(bodyLines(serialize(c.after))).toEqual([
      '第一条　甲。',
      '第二条　违反本规定，生产粘土砖的，处以罚款。',
      '第三条　违反本规定，销售粘土砖的，处以罚款。',
      '第四条　违反本规定，使用粘土砖的，没收违法所得，并处以罚款。',
      '第五条　违反本规定第二条、第四条的，依法处理。',
    ]);
  });

  it('a 款 and an article merged without new text: an error, nothing applied', () => {
    const c = amend(doc, T, [['一', [{ kind: 'merge', level: 'article', targets: [art(3, { paragraph: 2 }), art(4)], as: art(4) }]]]);
    expect(c.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId)).toEqual(['engine/content-mismatch']);
  });

  it('without new text, the articles’ 款 are kept together', () => {
    const c = amend(doc, T, [['一', [{ kind: 'merge', level: 'article', targets: [art(2), art(3)], as: art(2) }]]]);
    expect(bodyLines(serialize(c.after)).slice(1, 4)).toEqual([
      '第二条　违反本规定，生产粘土砖的，处以罚款。',
      '违反本规定，销售粘土砖的，处以罚款。',
      '有前款行为的，没收违法所得。',
    ]);
  });

  it('joins 款 into one, keeping provenance so references in them are still renumbered', () => {
    const d2 = rule(`${T}\n\n第一条　删除。\n\n第二条　甲依照本规定第三条。\n乙。\n\n第三条　丙。\n`);
    const c = amend(d2, T, [
      [
        '一',
        [
          { kind: 'deleteNode', level: 'article', target: art(1) },
          { kind: 'merge', level: 'paragraph', targets: [art(2, { paragraph: 1 }), art(2, { paragraph: 2 })], as: { paragraph: 1 } },
        ],
      ],
    ]);
    expect(bodyLines(serialize(c.after))).toEqual(['第一条　甲依照本规定第二条。乙。', '第二条　丙。']);
  });

  it('needs two nodes of one level', () => {
    const c = amend(doc, T, [['一', [{ kind: 'merge', level: 'article', targets: [art(2), art(3, { paragraph: 1 })], as: art(2) }]]]);
    expect(c.diagnostics.map((d) => d.ruleId)).toEqual(['engine/content-mismatch']);
  });
});
