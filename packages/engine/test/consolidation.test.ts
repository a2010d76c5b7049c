import { describe, expect, it } from 'vitest';
import { serialize } from '@amend/document';
import { isDraft } from 'immer';
import { applyAmendment } from '../src/index.ts';
import { amendmentNote } from '../src/notes.ts';
import { SMALL, SMALL_TITLE as T, amend, amendment, art, frag, rule } from './helpers.ts';

const doc = rule(SMALL);

describe('the consolidation as a whole', () => {
  it('adds the amendment to the 题注 inside its brackets, joined by a full-width space', () => {
    const c = amend(doc, T, [['一', [{ kind: 'replaceText', scope: [art(1)], pairs: [{ from: '加强', to: '规范' }] }]]]);
    expect(serialize(c.after).split('\n')[1]).toBe(
      '（2010年1月1日某某人民政府令第1号公布　根据2022年1月8日宁夏回族自治区人民政府令第119号修改）',
    );
    expect(amendmentNote({ title: '关于修改部分规章的决定', date: '2021-03-05' })).toBe('根据2021年3月5日《关于修改部分规章的决定》修改');
    // A title naming a rule in 《》 is nested as published texts nest it: 《关于修改〈…〉的决定》.
    expect(amendmentNote({ title: '最高人民法院关于修改《关于审理民间借贷案件适用法律若干问题的规定》的决定', date: '2020-12-29' })).toBe(
      '根据2020年12月29日《最高人民法院关于修改〈关于审理民间借贷案件适用法律若干问题的规定〉的决定》修改',
    );
  });

  it('is all or nothing: every failure is reported with its item, span and target, and the rule is returned unchanged', () => {
    const c = amend(doc, T, [
      ['一', [{ kind: 'replaceText', scope: [art(1)], pairs: [{ from: '不存在的词', to: '甲' }] }]],
      ['二', [{ kind: 'deleteNode', level: 'article', target: art(9) }]],
      ['三', [{ kind: 'insertNode', level: 'article', as: art(2), content: frag('新。', 'article') }]],
      ['四', [{ kind: 'renumber', level: 'article', target: art(5), to: art(5) }]],
    ]);
    expect(c.diagnostics.map((d) => [d.ruleId, d.data?.item, d.span?.start.line])).toEqual([
      ['engine/target-not-found', '二', 101],
      ['engine/phrase-not-found', '一', 100],
      ['engine/renumber-mismatch', '四', 103],
    ]);
    expect(c.after).toBe(c.before);
    expect(c.changes).toEqual([]);
  });

  it('returns frozen trees that share every untouched node with the original', () => {
    const c = amend(doc, T, [['一', [{ kind: 'replaceText', scope: [art(5)], pairs: [{ from: '监督检查', to: '检查' }] }]]]);
    const chapters = (d: typeof doc) => d.children as { children: unknown[] }[];
    expect(Object.isFrozen(c.after)).toBe(true);
    expect(isDraft(c.after)).toBe(false);
    expect(chapters(c.after)[0]).toBe(chapters(doc)[0]);
    expect(chapters(c.after)[2]).toBe(chapters(doc)[2]);
    expect(chapters(c.after)[1].children[0]).toBe(chapters(doc)[1].children[0]);
    expect(chapters(c.after)[1].children[2]).not.toBe(chapters(doc)[1].children[2]);
    expect(serialize(doc)).toBe(SMALL.replace(/\n+$/, '\n'));
  });

  it('lists the operations applied with their original targets', () => {
    const c = applyAmendment(doc, amendment(T, [['一', [{ kind: 'deleteNode', level: 'item', target: art(3, { item: 2 }) }]]]), {
      decision: { title: 'd' },
    });
    expect(c.applied).toEqual([{ item: '一', kind: 'deleteNode', targets: ['art_3__para_1__item_2'], span: expect.any(Object) }]);
  });
});
