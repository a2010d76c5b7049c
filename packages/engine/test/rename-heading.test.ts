import { describe, expect, it } from 'vitest';
import { serialize } from '@amend/document';
import { SMALL, SMALL_TITLE as T, amend, art, rule } from './helpers.ts';

const doc = rule(SMALL);

describe('renameHeading', () => {
  it('将第二章章名修改为“…” (decree 119 rule 十一（五）)', () => {
    const c = amend(doc, T, [['十一（五）', [{ kind: 'renameHeading', level: 'chapter', target: { chapter: 2 }, title: '审批管理' }]]]);
    expect(serialize(c.after)).toContain('\n第二章　审批管理\n');
    expect(c.changes.every((x) => x.status === 'unchanged')).toBe(true);
  });

  it('将名称修改为“…”', () => {
    const c = amend(doc, T, [['一', [{ kind: 'renameHeading', level: 'title', target: { special: 'title' }, title: '测试管理规定' }]]]);
    expect(c.after.title).toBe('测试管理规定');
  });

  it('only headings can be renamed', () => {
    const c = amend(doc, T, [['一', [{ kind: 'renameHeading', level: 'article', target: art(1), title: 'x' }]]]);
    expect(c.diagnostics.map((d) => d.ruleId)).toEqual(['engine/content-mismatch']);
  });
});
