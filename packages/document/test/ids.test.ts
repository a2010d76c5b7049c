import { describe, expect, it } from 'vitest';
import type { Node } from '@amend/model';
import { assignIds, parseDocument, walk } from '../src/index.ts';

const plan = [
  '某市就业促进规划',
  '',
  '第一章　发展环境',
  '',
  '第一节　发展基础',
  '',
  '第二节　面临形势',
  '',
  '从机遇看，就业机会增多。',
  '从挑战看，结构性矛盾突出。',
  '一、主要机遇',
  '（一）政策支持',
  '国家加大支持力度。',
  '（二）产业升级',
  '二、主要挑战',
  '',
  '专栏1　主要指标',
  '',
  '指标\t2020年\t2025年',
  '城镇新增就业（万人）\t39.61\t37.5',
  '',
  '第二章　主要任务',
  '',
  '专栏2　重点行动',
  '',
  '1.高校毕业生就业促进计划。',
  '2.农民工就业促进计划。',
  '',
].join('\n');

describe('ids of plan blocks', () => {
  const { value: doc, diagnostics } = parseDocument(plan);
  const ids: string[] = [];
  walk(doc, (n: Node) => void ids.push(`${n.kind}:${n.id}`));

  it('parses as a plan', () => {
    expect(diagnostics).toEqual([]);
    expect(doc.type).toBe('plan');
  });

  it('numbers blocks per kind within their container, boxes through the document', () => {
    expect(ids).toEqual([
      'document:',
      'chapter:chp_1',
      'section:chp_1__sec_1',
      'section:chp_1__sec_2',
      'paragraph:chp_1__sec_2__para_1',
      'paragraph:chp_1__sec_2__para_2',
      'point:chp_1__sec_2__point_1',
      'point:chp_1__sec_2__point_1__point_1',
      'paragraph:chp_1__sec_2__point_1__point_1__para_1',
      'point:chp_1__sec_2__point_1__point_2',
      'point:chp_1__sec_2__point_2',
      'box:box_1',
      'table:box_1__table_1',
      'chapter:chp_2',
      'box:box_2',
      'point:box_2__point_1',
      'point:box_2__point_2',
    ]);
  });

  it('walk can skip a subtree', () => {
    const seen: string[] = [];
    walk(doc, (n) => {
      seen.push(n.id);
      return n.kind !== 'chapter';
    });
    expect(seen).toEqual(['', 'chp_1', 'chp_2']);
  });

  it('assignIds recomputes ids after a change', () => {
    const copy = structuredClone(doc);
    const ch = copy.children[0];
    if (ch.kind !== 'chapter') throw new Error(ch.kind);
    ch.num = 3;
    assignIds(copy);
    expect(ch.children.map((c) => c.id)).toEqual(['chp_3__sec_1', 'chp_3__sec_2']);
  });
});
