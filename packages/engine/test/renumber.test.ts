import { describe, expect, it } from 'vitest';
import { relabel } from '../src/numbering.ts';
import { SMALL, SMALL_TITLE as T, amend, art, rule } from './helpers.ts';

const doc = rule(SMALL);

describe('renumber', () => {
  it('第八条改为第九条 is checked against the computed numbering; a disagreement names both', () => {
    const c = amend(doc, T, [['一', [
      { kind: 'deleteNode', level: 'article', target: art(2) },
      { kind: 'renumber', level: 'article', target: art(4), to: art(3) },
      { kind: 'renumber', level: 'article', target: art(5), to: art(5) },
    ]]]);
    const errors = c.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((e) => e.message)).toEqual(['the decision says 第五条 (original numbering) becomes 第五条, but with its other changes it becomes 第四条']);
    expect(errors[0]).toMatchObject({ file: 'decision.md', span: { start: { line: 102 } }, data: { item: '一', rule: T } });
  });

  it('a renumbering of a deleted article is an error too', () => {
    const c = amend(doc, T, [['一', [
      { kind: 'deleteNode', level: 'article', target: art(2) },
      { kind: 'renumber', level: 'article', target: art(2), to: art(3) },
    ]]]);
    expect(c.diagnostics.map((d) => d.message)).toEqual(['the decision says 第二条 (original numbering) becomes 第三条, but it also removes it']);
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
