import { describe, expect, it } from 'vitest';
import { serialize } from '@amend/document';
import { SMALL, SMALL_TITLE as T, amend, art, bodyLines, frag, rule } from './helpers.ts';

const doc = rule(SMALL);

describe('replaceNode', () => {
  it('将第五条修改为：… keeps the article, so references to it follow it to its new number', () => {
    const c = amend(doc, T, [
      [
        '一',
        [
          { kind: 'deleteNode', level: 'article', target: art(1) },
          {
            kind: 'replaceNode',
            level: 'article',
            target: art(5),
            content: frag('主管部门应当依法监督检查。\n监督检查结果应当公开。', 'article'),
          },
        ],
      ],
    ]);
    expect(bodyLines(serialize(c.after)).slice(8, 11)).toEqual([
      '第三条　有本规定第二条第二项情形的，依照本规定第四条处理。',
      '第四条　主管部门应当依法监督检查。',
      '监督检查结果应当公开。',
    ]);
    expect(c.changes.find((x) => x.before[0]?.num.n === 5)).toMatchObject({
      status: 'renumbered',
      textChanged: true,
      after: [{ id: 'art_4' }],
    });
  });

  it('replaces a 款, and a reference to that 款 still finds it', () => {
    const c = amend(doc, T, [
      [
        '二',
        [
          {
            kind: 'replaceNode',
            level: 'paragraph',
            target: art(2, { paragraph: 1 }),
            content: frag('本规定适用于本自治区。', 'paragraph'),
          },
        ],
      ],
    ]);
    expect(bodyLines(serialize(c.after)).slice(2, 4)).toEqual(['第二条　本规定适用于本自治区。', '前款所称本行政区域，包括开发区。']);
    expect(c.references.find((r) => r.text === '前款')?.status).toBe('unchanged');
  });

  it('将第三项修改为：“（三）…” replaces the 项, label as the decision writes it', () => {
    const c = amend(doc, T, [
      [
        '三',
        [{ kind: 'replaceNode', level: 'item', target: art(3, { item: 3 }), content: frag('（三）法律、法规规定的其他情形。', 'item') }],
      ],
    ]);
    expect(bodyLines(serialize(c.after))[8]).toBe('（三）法律、法规规定的其他情形。');
  });

  it('将第三项修改为：“…” without a label: the 项 keeps the label of the one it replaces', () => {
    const c = amend(doc, T, [
      ['三', [{ kind: 'replaceNode', level: 'item', target: art(3, { item: 3 }), content: frag('法律、法规规定的其他情形。', 'item') }]],
    ]);
    expect(bodyLines(serialize(c.after))[8]).toBe('(三)法律、法规规定的其他情形。');
  });

  it('a 项 whose label disagrees with the one it replaces is an error', () => {
    const c = amend(doc, T, [
      ['三', [{ kind: 'replaceNode', level: 'item', target: art(3, { item: 2 }), content: frag('（一）其他。', 'item') }]],
    ]);
    expect(c.diagnostics.map((d) => d.message)).toEqual([
      'the decision says 第三条第二项 (original numbering) becomes 第一项, but with its other changes it becomes 第二项',
    ]);
  });

  it('replaces the title and the 引言', () => {
    const withPreamble = rule(`${T}\n\n为了测试，制定本规定。\n\n第一条　甲。\n`);
    const c = amend(withPreamble, T, [
      [
        '一',
        [
          { kind: 'replaceNode', level: 'title', target: { special: 'title' }, content: frag('测试管理规定', 'title') },
          {
            kind: 'replaceNode',
            level: 'preamble',
            target: { special: 'preamble' },
            content: frag('为了规范测试，制定本规定。', 'preamble'),
          },
        ],
      ],
    ]);
    expect(serialize(c.after)).toBe(
      '测试管理规定\n（根据2022年1月8日宁夏回族自治区人民政府令第119号修改）\n\n为了规范测试，制定本规定。\n\n第一条　甲。\n',
    );
  });

  it('will not put 项 in place of an article', () => {
    const c = amend(doc, T, [['四', [{ kind: 'replaceNode', level: 'article', target: art(1), content: frag('（一）甲；', 'item') }]]]);
    expect(c.diagnostics.map((d) => [d.ruleId, d.data?.target])).toEqual([['engine/content-mismatch', '第一条']]);
  });

  it('two wide operations on one node cannot both be carried out', () => {
    const c = amend(doc, T, [
      ['一', [{ kind: 'replaceNode', level: 'article', target: art(5), content: frag('甲。', 'article') }]],
      ['二', [{ kind: 'deleteNode', level: 'paragraph', target: art(5, { paragraph: 1 }) }]],
    ]);
    expect(c.diagnostics.map((d) => [d.ruleId, d.data?.first, d.data?.second])).toEqual([['engine/conflicting-operations', '一', '二']]);
  });
});
