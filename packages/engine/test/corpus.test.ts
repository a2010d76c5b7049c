import { describe, expect, it } from 'vitest';
import type { Decision } from '@amend/model';
import { consolidateCorpus, findAmendment } from '../src/index.ts';
import { amendment, art, decision, line, rule } from './helpers.ts';

const a = rule('宁夏回族自治区甲办法\n（2010年1月1日某某令第1号公布）\n\n第一条　法制工作机构负责。\n');
const b = rule('宁夏回族自治区乙办法\n\n第一条　乙。\n');
const c = rule('宁夏回族自治区村庄和集镇规划建设管理实施办法\n\n第一条　丙。\n');

function decisionOf(amendments: Decision['amendments'], repealed: Decision['repealed'] = []): Decision {
  return {
    title: decision.title,
    file: decision.file,
    meta: { docNumber: decision.docNumber, promulgated: decision.date },
    preamble: '',
    repealed,
    amendments,
    closing: [],
  };
}

const fz = [{ kind: 'replaceText' as const, scope: [art(1)], pairs: [{ from: '法制工作机构', to: '司法行政部门' }] }];

describe('consolidateCorpus', () => {
  it('finds each amended rule by its title, spaces and book-title marks aside', () => {
    const d = decisionOf([amendment('《宁夏回族自治区甲 办法》', [['一（一）', fz]])]);
    const r = consolidateCorpus([b, a], d, { decision });
    expect([...r.results.keys()]).toEqual(['宁夏回族自治区甲办法']);
    expect(r.results.get('宁夏回族自治区甲办法')!.after.children[0]).toMatchObject({ children: [{ text: '司法行政部门负责。' }] });
    expect(r.diagnostics).toEqual([]);
    expect(findAmendment(d, '宁夏回族自治区甲办法')?.title).toBe('《宁夏回族自治区甲 办法》');
  });

  it('an amended rule missing from the corpus is an error at the decision’s heading', () => {
    const d = decisionOf([amendment('宁夏回族自治区丁办法', [['四（一）', fz]])]);
    const r = consolidateCorpus([a, b], d, { decision });
    expect(r.diagnostics.map((x) => [x.ruleId, x.severity, x.file, x.span?.start.line])).toEqual([
      ['engine/rule-not-found', 'error', 'decision.md', 99],
    ]);
  });

  it('marks repealed rules, including one repealed through the notice that issued it', () => {
    const d = decisionOf(
      [],
      [
        {
          title: '自治区人民政府关于发布《宁夏回族自治区村庄和集镇规划建设管理实施办法》的通知',
          note: '1994年12月6日宁政发〔1994〕131号公布',
          label: '一、',
          span: line(20),
        },
        { title: '宁夏回族自治区乙办法', note: '', label: '二、', span: line(21) },
        { title: '宁夏回族自治区公路管理办法', note: '', label: '三、', span: line(22) },
      ],
    );
    const r = consolidateCorpus([a, b, c], d, { decision });
    expect(r.repealed.map((x) => [x.title, x.meta.repealed])).toEqual([
      ['宁夏回族自治区村庄和集镇规划建设管理实施办法', { by: decision.title, date: '2022-01-08' }],
      ['宁夏回族自治区乙办法', { by: decision.title, date: '2022-01-08' }],
    ]);
    expect(b.meta.repealed).toBeUndefined();
    expect(r.diagnostics.map((x) => [x.ruleId, x.severity])).toEqual([['engine/repealed-rule-not-found', 'info']]);
  });
});
