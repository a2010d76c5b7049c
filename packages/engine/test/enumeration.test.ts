import { describe, expect, it } from 'vitest';
import { serialize } from '@amend/document';
import { amend, art, bodyLines, frag, rule } from './helpers.ts';

/**
 * In a list of 项 every entry ends with ； and the last with the list's
 * closing mark; a drafter keeps it so after every edit. Expected texts are
 * written from that convention.
 */
const T = '测试办法';
const doc = rule(`${T}

第一条　有下列情形之一的，不予登记：
（一）申请材料不全的；
（二）不符合法定条件的；
（三）法律、法规规定的其他情形。

第二条　申请人应当提交下列材料：
（一）申请书；
（二）身份证明，包括：
1.居民身份证；
2.户口簿。

第三条　有下列行为之一的，予以警告：
（一）拒绝检查的。
（二）提供虚假材料的。
`);

const lines = (c: ReturnType<typeof amend>) => bodyLines(serialize(c.after));
const infos = (c: ReturnType<typeof amend>) => c.diagnostics.map((d) => [d.ruleId, d.severity, d.data?.target, d.data?.to]);

describe('enumeration punctuation', () => {
  it('删去第一条第三项: the new last 项 takes the list’s closing 。', () => {
    const c = amend(doc, T, [['一', [{ kind: 'deleteNode', level: 'item', target: art(1, { item: 3 }) }]]]);
    expect(lines(c).slice(0, 3)).toEqual(['第一条　有下列情形之一的，不予登记：', '（一）申请材料不全的；', '（二）不符合法定条件的。']);
    expect(infos(c)).toEqual([['engine/list-mark-changed', 'info', '第一条第二项', '。']]);
  });

  it('增加一项，作为第四项: the old last 项’s 。 becomes ；', () => {
    const c = amend(doc, T, [
      ['一', [{ kind: 'insertNode', level: 'item', parent: art(1), as: { item: 4 }, content: frag('（四）逾期未补正的。', 'item') }]],
    ]);
    expect(lines(c).slice(0, 5)).toEqual([
      '第一条　有下列情形之一的，不予登记：',
      '（一）申请材料不全的；',
      '（二）不符合法定条件的；',
      '（三）法律、法规规定的其他情形；',
      '（四）逾期未补正的。',
    ]);
    expect(infos(c)).toEqual([['engine/list-mark-changed', 'info', '第一条第三项', '；']]);
  });

  it('a 项 quoted without its closing mark gets the mark its place needs: ； inside the list, 。 at its end', () => {
    const c = amend(doc, T, [
      [
        '一',
        [
          { kind: 'insertNode', level: 'item', parent: art(1), as: { item: 2 }, content: frag('（二）逾期未补正的', 'item') },
          { kind: 'replaceNode', level: 'item', target: art(1, { item: 3 }), content: frag('（三）其他情形', 'item') },
        ],
      ],
    ]);
    expect(lines(c).slice(0, 5)).toEqual([
      '第一条　有下列情形之一的，不予登记：',
      '（一）申请材料不全的；',
      '（二）逾期未补正的；',
      '（三）不符合法定条件的；',
      '（四）其他情形。',
    ]);
    expect(infos(c)).toEqual([
      ['engine/list-mark-added', 'info', '第一条第二项', '；'],
      ['engine/list-mark-added', 'info', '第一条第四项', '。'],
    ]);
  });

  it('a 项 quoted without its mark that ends in a bracket or a quotation still gets its mark; a mark inside the quotation is its own', () => {
    const c = amend(doc, T, [
      [
        '一',
        [
          { kind: 'replaceNode', level: 'item', target: art(1, { item: 1 }), content: frag('（一）申请材料不全（含复印件）', 'item') },
          { kind: 'replaceNode', level: 'item', target: art(1, { item: 2 }), content: frag('（二）标有“不予受理”', 'item') },
          { kind: 'replaceNode', level: 'item', target: art(1, { item: 3 }), content: frag('（三）载明“其他情形。”', 'item') },
        ],
      ],
    ]);
    expect(lines(c).slice(0, 4)).toEqual([
      '第一条　有下列情形之一的，不予登记：',
      '（一）申请材料不全（含复印件）；',
      '（二）标有“不予受理”；',
      '（三）载明“其他情形。”',
    ]);
    expect(infos(c)).toEqual([
      ['engine/list-mark-added', 'info', '第一条第一项', '；'],
      ['engine/list-mark-added', 'info', '第一条第二项', '；'],
    ]);
  });

  it('删去第一项 keeps every other mark as it is', () => {
    const c = amend(doc, T, [['一', [{ kind: 'deleteNode', level: 'item', target: art(1, { item: 1 }) }]]]);
    expect(lines(c).slice(0, 3)).toEqual([
      '第一条　有下列情形之一的，不予登记：',
      '（一）不符合法定条件的；',
      '（二）法律、法规规定的其他情形。',
    ]);
    expect(c.diagnostics).toEqual([]);
  });

  it('目 alike; a 项 holding 目 ends where its last 目 ends', () => {
    const c = amend(doc, T, [['一', [{ kind: 'deleteNode', level: 'subitem', target: art(2, { item: 2, subitem: 2 }) }]]]);
    expect(lines(c).slice(4, 8)).toEqual([
      '第二条　申请人应当提交下列材料：',
      '（一）申请书；',
      '（二）身份证明，包括：',
      '1.居民身份证。',
    ]);
    expect(infos(c)).toEqual([['engine/list-mark-changed', 'info', '第二条第二项第一目', '。']]);
    const appended = amend(doc, T, [
      ['一', [{ kind: 'insertNode', level: 'item', parent: art(2), as: { item: 3 }, content: frag('（三）其他材料。', 'item') }]],
    ]);
    expect(lines(appended).slice(6, 10)).toEqual(['（二）身份证明，包括：', '1.居民身份证；', '2.户口簿；', '（三）其他材料。']);
  });

  it('a list that does not follow the pattern in the rule is left as it is', () => {
    const c = amend(doc, T, [
      ['一', [{ kind: 'insertNode', level: 'item', parent: art(3), as: { item: 3 }, content: frag('（三）阻碍执法的。', 'item') }]],
    ]);
    expect(lines(c).slice(-3)).toEqual(['（一）拒绝检查的。', '（二）提供虚假材料的。', '（三）阻碍执法的。']);
    expect(c.diagnostics).toEqual([]);
  });

  it('a 项 moved to another list takes the mark of its new place, and the list it left is closed again', () => {
    const c = amend(doc, T, [['一', [{ kind: 'move', level: 'item', source: art(1, { item: 3 }), to: art(3, { item: 1 }) }]]]);
    expect(lines(c).slice(0, 3)).toEqual(['第一条　有下列情形之一的，不予登记：', '（一）申请材料不全的；', '（二）不符合法定条件的。']);
    // 第三条's own list does not follow the pattern: the moved 项 keeps its 。 there.
    expect(lines(c).slice(-3)).toEqual(['（一）法律、法规规定的其他情形。', '（二）拒绝检查的。', '（三）提供虚假材料的。']);
  });
});
