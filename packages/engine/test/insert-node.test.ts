import { describe, expect, it } from 'vitest';
import { serialize } from '@amend/document';
import { SMALL, SMALL_TITLE as T, amend, art, bodyLines, frag, rule } from './helpers.ts';

const doc = rule(SMALL);

describe('insertNode', () => {
  it('增加一条，作为第五条 goes before the original 第五条; what follows moves up; references follow', () => {
    const c = amend(doc, T, [
      [
        '一',
        [
          { kind: 'insertNode', level: 'article', as: art(5), content: frag('主管部门应当公开信息。', 'article') },
          { kind: 'renumber', level: 'article', target: art(5), to: art(6) },
        ],
      ],
    ]);
    expect(c.diagnostics).toEqual([]);
    expect(bodyLines(serialize(c.after)).slice(9)).toEqual([
      '第四条　有本规定第三条第二项情形的，依照本规定第六条处理。',
      '第五条　主管部门应当公开信息。',
      '第六条　主管部门应当监督检查。',
      '第三章　附则',
      '第七条　本规定自2010年1月1日起施行。',
    ]);
    const inserted = c.changes.find((x) => x.status === 'inserted');
    expect(inserted).toMatchObject({ before: [], after: [{ id: 'art_5', num: { n: 5 } }], items: ['一'], textChanged: true });
    // The new node carries the item that made it.
    const art5 = (c.after.children[1] as { children: { origin?: { item: string } }[] }).children[2];
    expect(art5.origin).toMatchObject({ decision: expect.any(String), item: '一', op: 0 });
  });

  it('puts a new article in the chapter of the article before it, or in the chapter the decision names', () => {
    const plain = amend(doc, T, [['一', [{ kind: 'insertNode', level: 'article', as: art(3), content: frag('新条文。', 'article') }]]]);
    expect(bodyLines(serialize(plain.after)).slice(4, 7)).toEqual([
      '第三条　新条文。',
      '第二章　管理',
      '第四条　有下列情形之一的，不予批准：',
    ]);
    const named = amend(doc, T, [
      ['一', [{ kind: 'insertNode', level: 'article', parent: { chapter: 2 }, as: art(3), content: frag('新条文。', 'article') }]],
    ]);
    expect(bodyLines(serialize(named.after)).slice(4, 6)).toEqual(['第二章　管理', '第三条　新条文。']);
  });

  it('inserts a 之一 article after its base without renumbering anything', () => {
    const c = amend(doc, T, [
      ['六', [{ kind: 'insertNode', level: 'article', after: art(3), as: art(3, {}, 1), content: frag('第三条之一　新增。', 'article') }]],
    ]);
    expect(c.diagnostics).toEqual([]);
    const lines = bodyLines(serialize(c.after));
    expect(lines.slice(9, 11)).toEqual(['第三条之一　新增。', '第四条　有本规定第三条第二项情形的，依照本规定第五条处理。']);
    expect(c.changes.filter((x) => x.status !== 'unchanged').map((x) => x.status)).toEqual(['inserted']);
  });

  it('puts articles announced as 第三条, 第四条 before a 之一 article of 第二条 that the decision numbers after them', () => {
    const title = '某市办法';
    const zhiyi = rule(`${title}\n\n第一章　总则\n\n第一条　甲。\n\n第二条　乙。\n\n第二章　附则\n\n第二条之一　丙。\n\n第三条　丁。\n`);
    const inserts = [
      { kind: 'insertNode' as const, level: 'article' as const, as: art(3), content: frag('戊。', 'article') },
      { kind: 'insertNode' as const, level: 'article' as const, as: art(4), content: frag('己。', 'article') },
    ];
    // 将第二条之一改为第四条之一: it follows 第四条 now, so the two new articles end 第一章 before it.
    const rebased = amend(zhiyi, title, [
      ['一', [...inserts, { kind: 'renumber', level: 'article', target: art(2, {}, 1), to: art(4, {}, 1) }]],
    ]);
    expect(rebased.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(bodyLines(serialize(rebased.after))).toEqual([
      '第一章　总则',
      '第一条　甲。',
      '第二条　乙。',
      '第三条　戊。',
      '第四条　己。',
      '第二章　附则',
      '第四条之一　丙。',
      '第五条　丁。',
    ]);
    // Without that statement 第二条之一 keeps its number and its place after 第二条: 第三条 comes after it.
    const kept = amend(zhiyi, title, [['一', inserts]]);
    expect(kept.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(bodyLines(serialize(kept.after))).toEqual([
      '第一章　总则',
      '第一条　甲。',
      '第二条　乙。',
      '第二章　附则',
      '第二条之一　丙。',
      '第三条　戊。',
      '第四条　己。',
      '第五条　丁。',
    ]);
  });

  it('inserts a 款 at its announced place; a 前款 after it now means something else and is reported', () => {
    const c = amend(doc, T, [
      [
        '二',
        [
          {
            kind: 'insertNode',
            level: 'paragraph',
            parent: art(2),
            as: art(2, { paragraph: 2 }),
            content: frag('开发区管理机构应当配合。', 'paragraph'),
          },
        ],
      ],
    ]);
    expect(bodyLines(serialize(c.after)).slice(2, 5)).toEqual([
      '第二条　本规定适用于本行政区域。',
      '开发区管理机构应当配合。',
      '前款所称本行政区域，包括开发区。',
    ]);
    expect(c.references.find((r) => r.text === '前款')).toMatchObject({
      status: 'relative-shifted',
      where: 'art_2__para_3',
      oldTarget: ['art_2__para_1'],
      newTarget: ['art_2__para_2'],
    });
  });

  it('inserts a 项 and renumbers the others, keeping their bracket style; references to them follow', () => {
    const c = amend(doc, T, [
      ['三', [{ kind: 'insertNode', level: 'item', parent: art(3), as: art(3, { item: 2 }), content: frag('（二）逾期申请的；', 'item') }]],
    ]);
    expect(c.diagnostics).toEqual([]);
    expect(bodyLines(serialize(c.after)).slice(6, 11)).toEqual([
      '(一)申请材料不全的；',
      '（二）逾期申请的；',
      '(三)不符合条件的；',
      '(四)其他情形。',
      '第四条　有本规定第三条第三项情形的，依照本规定第五条处理。',
    ]);
  });

  it('checks the announced number: an anchor and a number that disagree are an error', () => {
    const c = amend(doc, T, [
      ['四', [{ kind: 'insertNode', level: 'article', after: art(4), as: art(4), content: frag('新条文。', 'article') }]],
    ]);
    expect(c.diagnostics.map((d) => [d.ruleId, d.data?.statedNew, d.data?.computedNew])).toEqual([
      ['engine/announced-number-mismatch', '第四条', '第五条'],
    ]);
    expect(c.after).toBe(c.before);
  });

  it('needs a container for a new 款', () => {
    const c = amend(doc, T, [
      ['五', [{ kind: 'insertNode', level: 'paragraph', as: { paragraph: 2 }, content: frag('新款。', 'paragraph') }]],
    ]);
    expect(c.diagnostics.map((d) => d.ruleId)).toEqual(['engine/no-container']);
  });
});

describe('insertNode into a node the decision deletes', () => {
  it('is an error, not an exception', () => {
    const c = amend(doc, T, [
      [
        '一',
        [{ kind: 'insertNode', level: 'paragraph', parent: art(5), as: art(5, { paragraph: 2 }), content: frag('新款。', 'paragraph') }],
      ],
      ['二', [{ kind: 'deleteNode', level: 'article', target: art(5) }]],
    ]);
    expect(c.diagnostics.map((d) => [d.ruleId, d.data?.target])).toEqual([['engine/container-removed', '第五条']]);
  });
});
