import { describe, expect, it } from 'vitest';
import { serialize } from '@amend/document';
import { SMALL, SMALL_TITLE as T, amend, art, bodyLines, frag, rule } from './helpers.ts';

/**
 * What the engine does with the operations of local drafting forms (the
 * decision side is in packages/decision/test/local-forms.test.ts).
 */
const doc = rule(SMALL);

describe('在第三条后增加一条，作为第四条 (local style)', () => {
  it('goes right after 第三条; the articles after it move up, and references to them follow', () => {
    const c = amend(doc, T, [
      ['一', [{ kind: 'insertNode', level: 'article', after: art(3), as: art(4), content: frag('申请人可以申请复核。', 'article') }]],
    ]);
    expect(c.diagnostics).toEqual([]);
    expect(bodyLines(serialize(c.after)).slice(9)).toEqual([
      '第四条　申请人可以申请复核。',
      '第五条　有本规定第三条第二项情形的，依照本规定第六条处理。',
      '第六条　主管部门应当监督检查。',
      '第三章　附则',
      '第七条　本规定自2010年1月1日起施行。',
    ]);
  });
});

describe('合并为一条，作为第三条, after an earlier deletion', () => {
  it('the merged article takes the place of the first and gets the number the deletion leaves it', () => {
    const c = amend(doc, T, [
      ['一', [{ kind: 'deleteNode', level: 'article', target: art(3) }]],
      [
        '二',
        [
          {
            kind: 'merge',
            level: 'article',
            targets: [art(4), art(5)],
            as: art(3),
            content: frag('主管部门应当监督检查，发现问题的依法处理。', 'article'),
          },
        ],
      ],
    ]);
    expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(bodyLines(serialize(c.after)).slice(4)).toEqual([
      '第二章　管理',
      '第三条　主管部门应当监督检查，发现问题的依法处理。',
      '第三章　附则',
      '第四条　本规定自2010年1月1日起施行。',
    ]);
    expect(c.changes.find((x) => x.status === 'merged')).toMatchObject({
      before: [{ num: { n: 4 } }, { num: { n: 5 } }],
      after: [{ num: { n: 3 } }],
    });
  });
});

describe('增加一目', () => {
  it('goes into its 项 at the announced place; the 目 after it are renumbered in their style', () => {
    const withSub = rule(`${T}\n\n第一条　申请应当提交下列材料：\n（一）身份证明，包括：\n1.居民身份证；\n2.户口簿。\n（二）其他材料。\n`);
    const c = amend(withSub, T, [
      [
        '一',
        [{ kind: 'insertNode', level: 'subitem', parent: art(1, { item: 1 }), as: { subitem: 2 }, content: frag('2.护照；', 'subitem') }],
      ],
    ]);
    expect(c.diagnostics).toEqual([]);
    expect(bodyLines(serialize(c.after))).toEqual([
      '第一条　申请应当提交下列材料：',
      '（一）身份证明，包括：',
      '1.居民身份证；',
      '2.护照；',
      '3.户口簿。',
      '（二）其他材料。',
    ]);
  });
});

describe('将第二章第一节节名修改为', () => {
  it('renames the section of that chapter', () => {
    const sections = rule(
      `${T}\n\n第一章　总则\n\n第一条　甲。\n\n第二章　管理\n\n第一节　一般规定\n\n第二条　乙。\n\n第二节　监督\n\n第三条　丙。\n`,
    );
    const c = amend(sections, T, [
      ['一', [{ kind: 'renameHeading', level: 'section', target: { chapter: 2, section: 1 }, title: '登记管理' }]],
    ]);
    expect(c.diagnostics).toEqual([]);
    expect(bodyLines(serialize(c.after))).toEqual([
      '第一章　总则',
      '第一条　甲。',
      '第二章　管理',
      '第一节　登记管理',
      '第二条　乙。',
      '第二节　监督',
      '第三条　丙。',
    ]);
  });
});
