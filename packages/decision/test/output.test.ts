import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decisionToJson, describeOperation, parseDecision } from '../src/index.ts';
import { read, repo, single } from './helpers.ts';

const decree = parseDecision(read(resolve(repo, 'examples/decree-119/decision.md')));
const item = (rule: number, n: number) => decree.value.amendments[rule].items[n];

describe('describeOperation', () => {
  it('says each operation in the words of the decision', () => {
    expect(item(2, 2).operations.map(describeOperation)).toEqual(['增加条 第五条：《行政执法证》应当载明以下信息：…']);
    expect(item(2, 5).operations.map(describeOperation)).toEqual([
      '改序号 第十三条→第十四条',
      '改序号 第十五条→第十六条',
      '删去文字 第十三条、第十五条：“和监察机关”',
      '修改文字 第十三条、第十五条：“法制工作机构”→“司法行政部门”',
    ]);
    expect(item(2, 4).operations.map(describeOperation)[1]).toBe(
      '增加款 第十条第二款：本办法所称在编人员，是指纳入上述单位行政编制或者事业编制的人员。但法律、法规规定…',
    );
    expect(item(3, 2).operations.map(describeOperation)).toEqual(['删去条 第七条', '删去条 第二十一条', '删去条 第二十二条']);
    expect(item(9, 5).operations.map(describeOperation)[0]).toMatch(/^合并条 第十八条、第十九条、第二十条→第十八条：违反本规定/);
    expect(item(10, 4).operations.map(describeOperation)).toEqual(['修改章名 第三章：“规定动物疫病的预防和控制”']);
  });

  it('names the whole rule, the title and the preamble', () => {
    const ops = parseDecision(
      single('将本办法中的“甲”修改为“乙”。', '将名称修改为：“新名称”。', '将引言修改为：“为了…。”'),
    ).value.amendments[0].items.flatMap((i) => i.operations);
    expect(ops.map(describeOperation)).toEqual(['修改文字 全文：“甲”→“乙”', '修改名称：“新名称”', '修改引言 引言：为了…。']);
  });

  it('names a sentence and a lead-in', () => {
    const ops = parseDecision(
      single('删去第十条第二款第二句。', '将第三条最后一句修改为：“甲。”', '第五条条首部分修改为：“乙”。'),
    ).value.amendments[0].items.flatMap((i) => i.operations);
    expect(ops.map(describeOperation)).toEqual(['删去句 第十条第二款第二句', '修改句 第三条最后一句：甲。', '修改条首部分 第五条：乙']);
  });
});

describe('decisionToJson', () => {
  const text = single('删去第三条。', '将第五条写成“甲”。');
  const json = decisionToJson(parseDecision(text, { file: 'd.md' }));

  it('has the documented top-level shape', () => {
    expect(Object.keys(json)).toEqual(['title', 'meta', 'preamble', 'repealed', 'amendments', 'closing', 'errors', 'warnings', 'file']);
    expect(json.title).toBe('关于修改《某某条例》的决定');
    expect(json.amendments[0].title).toBe('某某条例');
    expect(json.closing).toEqual([{ kind: 'effective', text: '本决定自公布之日起施行。', span: expect.any(Object) }]);
  });

  it('keeps operations without rule and item, with their span', () => {
    const [op] = json.amendments[0].items[0].operations;
    expect(op).toEqual({
      kind: 'deleteNode',
      level: 'article',
      target: { article: { n: 3 } },
      span: { start: { line: 5, column: 3, offset: expect.any(Number) }, end: { line: 5, column: 8, offset: expect.any(Number) } },
    });
  });

  it('lists errors with line, column, message and what was expected', () => {
    expect(json.errors).toEqual([
      {
        id: 'decision/unrecognised-instruction',
        line: 7,
        column: 7,
        message: expect.stringContaining('将第五条写成“甲”。'),
        expected: expect.stringContaining('修改为'),
        file: 'd.md',
      },
    ]);
    expect(json.warnings).toEqual([]);
    // The JSON survives a round trip through text.
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
