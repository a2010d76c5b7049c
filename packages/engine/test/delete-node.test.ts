import { describe, expect, it } from 'vitest';
import { serialize } from '@amend/document';
import { SMALL, SMALL_TITLE as T, amend, art, bodyLines, rule } from './helpers.ts';

const doc = rule(SMALL);

describe('deleteNode', () => {
  it('删去第三条: what follows moves up, references follow, references to it dangle', () => {
    const c = amend(doc, T, [
      [
        '一',
        [
          { kind: 'deleteNode', level: 'article', target: art(3) },
          { kind: 'renumber', level: 'article', target: art(4), to: art(3) },
        ],
      ],
    ]);
    expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(bodyLines(serialize(c.after)).slice(4)).toEqual([
      '第二章　管理',
      // 第三条第二项 is gone: left as written and reported; 第五条 is now 第四条.
      '第三条　有本规定第三条第二项情形的，依照本规定第四条处理。',
      '第四条　主管部门应当监督检查。',
      '第三章　附则',
      '第五条　本规定自2010年1月1日起施行。',
    ]);
    const dangling = c.references.find((r) => r.status === 'dangling');
    expect(dangling).toMatchObject({ text: '本规定第三条第二项', where: 'art_3__para_1', oldTarget: ['art_3__para_1__item_2'] });
    expect(dangling?.newText).toBeUndefined();
    expect(c.diagnostics.find((d) => d.ruleId === 'engine/dangling-reference')?.message).toBe(
      '“本规定第三条第二项” in 第三条 (new numbering) refers to 第三条第二项 (original numbering), which the decision deletes; the reference is left as written',
    );
    expect(c.changes.map((x) => x.status)).toEqual(['unchanged', 'unchanged', 'deleted', 'renumbered', 'renumbered', 'renumbered']);
    expect(c.changes[2]).toMatchObject({ before: [{ id: 'art_3' }], after: [], items: ['一'] });
  });

  it('删去第三条第一项, 第二项改为第一项: items renumber in their own bracket style, the statement is checked', () => {
    const c = amend(doc, T, [
      [
        '十（四）',
        [
          { kind: 'deleteNode', level: 'item', target: art(3, { paragraph: 1, item: 1 }) },
          { kind: 'renumber', level: 'item', target: art(3, { paragraph: 1, item: 2 }), to: { item: 1 } },
        ],
      ],
    ]);
    expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(bodyLines(serialize(c.after)).slice(5, 9)).toEqual([
      '第三条　有下列情形之一的，不予批准：',
      '(一)不符合条件的；',
      '(二)其他情形。',
      '第四条　有本规定第三条第一项情形的，依照本规定第五条处理。',
    ]);
  });

  it('删去第二条第二款', () => {
    const c = amend(doc, T, [['二', [{ kind: 'deleteNode', level: 'paragraph', target: art(2, { paragraph: 2 }) }]]]);
    expect(bodyLines(serialize(c.after)).slice(2, 4)).toEqual(['第二条　本规定适用于本行政区域。', '第二章　管理']);
    expect(c.changes[1]).toMatchObject({ status: 'modified', textChanged: true });
  });

  it('a deleted chapter takes its articles with it; chapters and articles renumber', () => {
    const c = amend(doc, T, [['三', [{ kind: 'deleteNode', level: 'chapter', target: { chapter: 2 } }]]]);
    expect(bodyLines(serialize(c.after)).slice(4)).toEqual(['第二章　附则', '第三条　本规定自2010年1月1日起施行。']);
    expect(c.changes.filter((x) => x.status === 'deleted').map((x) => x.before[0].num.n)).toEqual([3, 4, 5]);
  });
});
