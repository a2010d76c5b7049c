import { describe, expect, it } from 'vitest';
import { relabel } from '../src/numbering.ts';
import { serialize } from '@amend/document';
import { SMALL, SMALL_TITLE as T, amend, art, bodyLines, frag, rule } from './helpers.ts';

const doc = rule(SMALL);

describe('renumber', () => {
  it('第八条改为第九条 is checked against the computed numbering; a disagreement names both', () => {
    const c = amend(doc, T, [
      [
        '一',
        [
          { kind: 'deleteNode', level: 'article', target: art(2) },
          { kind: 'renumber', level: 'article', target: art(4), to: art(3) },
          { kind: 'renumber', level: 'article', target: art(5), to: art(5) },
        ],
      ],
    ]);
    const errors = c.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((e) => e.message)).toEqual([
      'the decision says 第五条 (original numbering) becomes 第五条, but with its other changes it becomes 第四条',
    ]);
    expect(errors[0]).toMatchObject({ file: 'decision.md', span: { start: { line: 102 } }, data: { item: '一', rule: T } });
  });

  it('将第十三条改为第十条，修改为：articles restated under new numbers are moved there, the rest follow in order (乌海 五、六、七)', () => {
    const flat = rule(
      `测试办法\n\n${Array.from({ length: 6 }, (_, i) => `第${'一二三四五六'[i]}条　条文${'甲乙丙丁戊己'[i]}。`).join('\n\n')}\n`,
    );
    const restate = (from: number, to: number, text: string) =>
      [
        { kind: 'renumber', level: 'article', target: art(from), to: art(to) },
        { kind: 'replaceNode', level: 'article', target: art(from), content: frag(text, 'article') },
      ] as const;
    const c = amend(flat, '测试办法', [
      ['五', [...restate(5, 2, '新第二条。')]],
      ['六', [...restate(6, 3, '新第三条。')]],
      ['七', [...restate(2, 4, '新第四条。')]],
    ]);
    expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(bodyLines(serialize(c.after))).toEqual([
      '第一条　条文甲。',
      '第二条　新第二条。',
      '第三条　新第三条。',
      '第四条　新第四条。',
      '第五条　条文丙。',
      '第六条　条文丁。',
    ]);
    expect(c.diagnostics.map((d) => [d.ruleId, d.data?.stated, d.data?.statedNew, d.data?.computedNew])).toEqual([
      ['engine/restated-article-moved', '第五条', '第二条', '第五条'],
      ['engine/restated-article-moved', '第六条', '第三条', '第六条'],
      ['engine/restated-article-moved', '第二条', '第四条', '第二条'],
    ]);
    // Without new words the same statement moves nothing: it disagrees, and that is an error.
    const bare = amend(flat, '测试办法', [['五', [{ kind: 'renumber', level: 'article', target: art(5), to: art(2) }]]]);
    expect(bare.diagnostics.map((d) => d.ruleId)).toEqual(['engine/renumber-mismatch']);
  });

  it('a renumbering of a deleted article is an error too', () => {
    const c = amend(doc, T, [
      [
        '一',
        [
          { kind: 'deleteNode', level: 'article', target: art(2) },
          { kind: 'renumber', level: 'article', target: art(2), to: art(3) },
        ],
      ],
    ]);
    expect(c.diagnostics.map((d) => d.message)).toEqual([
      'the decision says 第二条 (original numbering) becomes 第三条, but it also removes it',
    ]);
  });

  it('changes nothing by itself', () => {
    const c = amend(doc, T, [['一', [{ kind: 'renumber', level: 'article', target: art(3), to: art(3) }]]]);
    expect(c.diagnostics).toEqual([]);
    expect(c.changes.every((x) => x.status === 'unchanged' || x.before[0].num.n === 3)).toBe(true);
  });

  it('relabels in the label’s own style', () => {
    expect(relabel('（三）', 4)).toBe('（四）');
    expect(relabel('(九)', 10)).toBe('(十)');
    expect(relabel('3.', 2)).toBe('2.');
    expect(relabel('３．', 12)).toBe('１２．');
  });
});
