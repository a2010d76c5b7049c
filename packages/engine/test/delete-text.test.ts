import { describe, expect, it } from 'vitest';
import { serialize } from '@amend/document';
import { amend, art, rule } from './helpers.ts';

const T = '测试办法';
const doc = rule(`${T}

第一条　依照有关法律、法规、规章和本办法的规定执行。

第二条　民政、电信、财政等部门按照职责做好工作。

第三条　违反本办法规定的，由本级人民政府或者监察机关责令改正，通报批评；对直接负责的主管人员依法给予处分。

第四条　监察、财政部门依法给予处分；情节严重的，依法追究刑事责任。

第五条　申请人应当提交申请书和证明材料；以及其他材料。
`);

const lines = (s: string) => s.split('\n').filter((l) => l.startsWith('第'));

describe('deleteText', () => {
  it('deletes every listed phrase and tidies what the deletions orphan (decree 119 rule 十三（八）)', () => {
    const c = amend(doc, T, [['十三（八）', [{ kind: 'deleteText', scope: [art(3)], phrases: ['或者监察机关', '通报批评'] }]]]);
    // “责令改正，通报批评；” → “责令改正，；” → the weaker mark goes.
    expect(lines(serialize(c.after))[2]).toBe('第三条　违反本办法规定的，由本级人民政府责令改正；对直接负责的主管人员依法给予处分。');
    expect(c.diagnostics.map((d) => [d.ruleId, d.data?.removed])).toEqual([['engine/tidied-punctuation', '，']]);
  });

  it('drops a list mark left before a conjunction or 等', () => {
    const c = amend(doc, T, [
      ['一（一）', [{ kind: 'deleteText', scope: [art(1)], phrases: ['规章'] }]],
      ['一（五）', [{ kind: 'deleteText', scope: [art(2)], phrases: ['电信'] }]],
    ]);
    const out = lines(serialize(c.after));
    expect(out[0]).toBe('第一条　依照有关法律、法规和本办法的规定执行。');
    expect(out[1]).toBe('第二条　民政、财政等部门按照职责做好工作。');
  });

  it('drops a leading list mark and keeps the stronger of two clause marks', () => {
    const c = amend(doc, T, [
      ['二（七）', [{ kind: 'deleteText', scope: [art(4)], phrases: ['监察', '情节严重的'] }]],
      ['五', [{ kind: 'deleteText', scope: [art(5)], phrases: ['以及其他材料'] }]],
    ]);
    const out = lines(serialize(c.after));
    expect(out[3]).toBe('第四条　财政部门依法给予处分；依法追究刑事责任。');
    expect(out[4]).toBe('第五条　申请人应当提交申请书和证明材料。');
  });

  it('reports a phrase it cannot find', () => {
    const c = amend(doc, T, [['九', [{ kind: 'deleteText', scope: [art(2)], phrases: ['工商'] }]]]);
    expect(c.diagnostics.map((d) => [d.ruleId, d.message])).toEqual([
      ['engine/phrase-not-found', '“工商” does not occur in 第二条 of the original rule'],
    ]);
  });
});
