import { describe, expect, it } from 'vitest';
import { parseDecision } from '../src/index.ts';
import { bare, single } from './helpers.ts';

/**
 * Forms whose reading depends on what else the item (or an earlier item)
 * says: a new chapter that the next clause fills, words moved within their
 * place, an edge with no place named. Expected operations are worked out
 * from the words.
 */
function read(...items: string[]) {
  const r = parseDecision(single(...items));
  return { ops: r.value.amendments[0]?.items.flatMap((i) => i.operations.map(bare)) ?? [], diagnostics: r.diagnostics };
}

function ops(...items: string[]) {
  const r = read(...items);
  expect(r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.ruleId)).toEqual([]);
  return r.ops;
}

const a = (n: number) => ({ article: { n } });

describe('a new chapter, then the articles put into it (列入本章)', () => {
  it('增加一章，作为第九章“附则”；增加一条，作为第六十六条：“…”，列入本章: the chapter holds the new article', () => {
    expect(ops('增加一章，作为第九章“附则”；增加一条，作为第六十六条：“本规则自公布之日起施行。”，列入本章。')).toEqual([
      {
        kind: 'insertNode',
        level: 'chapter',
        as: { chapter: 9 },
        content: { level: 'heading', text: '附则' },
        holds: { from: a(66), to: a(66) },
      },
      { kind: 'insertNode', level: 'article', as: a(66), content: { level: 'paragraphs', text: '本规则自公布之日起施行。' } },
    ]);
  });

  it('a new article and a renumbered one, each 列入本章: the chapter holds both, first to last', () => {
    expect(
      ops(
        '增加一章，作为第九章“附则”；增加一条，作为第六十五条：“本规则由常务委员会解释。”，列入本章；将第五十四条改为第六十六条，列入本章。',
      ),
    ).toEqual([
      {
        kind: 'insertNode',
        level: 'chapter',
        as: { chapter: 9 },
        content: { level: 'heading', text: '附则' },
        holds: { from: a(65), to: a(66) },
      },
      { kind: 'insertNode', level: 'article', as: a(65), content: { level: 'paragraphs', text: '本规则由常务委员会解释。' } },
      { kind: 'renumber', level: 'article', target: a(54), to: a(66) },
    ]);
  });

  it('列入第九章 naming the chapter the item just added: that chapter, as 列入本章', () => {
    expect(ops('增加一章，作为第九章“附则”；增加一条，作为第六十六条：“本规则自公布之日起施行。”，列入第九章。')[0]).toEqual({
      kind: 'insertNode',
      level: 'chapter',
      as: { chapter: 9 },
      content: { level: 'heading', text: '附则' },
      holds: { from: a(66), to: a(66) },
    });
  });

  it('增加两条，作为第六十六条、第六十七条：“第六十六条…”“第六十七条…”，列入本章: both, by the numbers the text gives', () => {
    const r = read(
      '增加一章，作为第九章“附则”；增加两条，作为第六十六条、第六十七条：“第六十六条　本规则由常务委员会解释。”“第六十七条　本规则自公布之日起施行。”，列入本章。',
    );
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(r.ops[0]).toEqual({
      kind: 'insertNode',
      level: 'chapter',
      as: { chapter: 9 },
      content: { level: 'heading', text: '附则' },
      holds: { from: a(66), to: a(67) },
    });
  });
});

describe('words moved among the words of their place', () => {
  it('调整到“A”之后 / 移至“A”前面: the words move; the marks of a list are the engine’s to keep', () => {
    expect(ops('将第三条中的“垃圾”调整到“建筑废料”之后。')).toEqual([
      { kind: 'insertText', scope: [a(3)], text: '垃圾', position: { after: '建筑废料' }, moved: true },
    ]);
    expect(ops('将第六条中的“个人”移至“单位”前面。')).toEqual([
      { kind: 'insertText', scope: [a(6)], text: '个人', position: { before: '单位' }, moved: true },
    ]);
  });

  it('after a place named earlier in the item: that place', () => {
    expect(ops('将第五条改为第六条，将“玩忽职守”调整到“滥用职权”之后。')).toEqual([
      { kind: 'renumber', level: 'article', target: a(5), to: a(6) },
      { kind: 'insertText', scope: [a(5)], text: '玩忽职守', position: { after: '滥用职权' }, moved: true },
    ]);
  });
});

describe('最后面的 / 最前面的 words with no place', () => {
  it('删除最后面的“…” with no place named in the item: the end of what? — no context', () => {
    const r = read('删除最后面的“，并承担补偿费用”。');
    expect(r.ops).toEqual([]);
    expect(r.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['decision/no-context', 'error']]);
    expect(read('删除最前面的“县级”。').diagnostics.map((d) => d.ruleId)).toEqual(['decision/no-context']);
  });

  it('a place named before in the item, or in the clause, is the place', () => {
    expect(ops('将第三十二条改为第三十四条，删除最后面的“，并承担补偿费用”。')[1]).toEqual({
      kind: 'deleteText',
      scope: [a(32)],
      phrases: ['，并承担补偿费用'],
      edge: 'end',
    });
  });

  it('bare words with no edge still mean the whole rule', () => {
    expect(ops('删除“县级”。')).toEqual([{ kind: 'deleteText', scope: [], phrases: ['县级'] }]);
  });
});

describe('numbers across items: every item names the rule’s own provisions by their original numbers', () => {
  it('第八条（原第七条） after an item that added an article before it: the note names the article meant, 第七条', () => {
    const r = read('在第三条后增加一条，作为第四条：“甲。”', '将第八条（原第七条）修改为：“乙。”');
    expect(r.ops[1]).toEqual({ kind: 'replaceNode', level: 'article', target: a(7), content: { level: 'paragraphs', text: '乙。' } });
    expect(r.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['decision/original-number-followed', 'info']]);
  });

  it('after two articles added in one insertion: 第九条（原第七条） is 第七条', () => {
    const r = read('增加两条，作为第四条、第五条：“第四条　甲。”“第五条　乙。”', '将第九条（原第七条）修改为：“丙。”');
    expect(r.ops[1]).toEqual({ kind: 'replaceNode', level: 'article', target: a(7), content: { level: 'paragraphs', text: '丙。' } });
  });

  it('after an item that deleted an article before it: 第六条（原第七条） is 第七条', () => {
    expect(read('删去第三条。', '将第六条（原第七条）中的“甲”修改为“乙”。').ops[1]).toEqual({
      kind: 'replaceText',
      scope: [a(7)],
      pairs: [{ from: '甲', to: '乙' }],
    });
  });

  it('with nothing before it that gives 第七条 that number, the note is an earlier amendment’s: read as written', () => {
    for (const before of ['将第二条修改为：“甲。”', '删去第三条。']) {
      const r = read(before, '将第八条（原第七条）修改为：“乙。”');
      expect(r.ops[1]).toMatchObject({ kind: 'replaceNode', target: a(8) });
      expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['decision/original-number-noted']);
    }
  });

  it('第十一条及其后条文: the rule’s own articles; a new article after 第十一条 holding the words is reported, not rewritten', () => {
    const replace = {
      kind: 'replaceText',
      scope: [{ article: { n: 11 }, onward: 'from' }],
      pairs: [{ from: '林业主管部门', to: '古茶树主管部门' }],
    };
    const r = read(
      '在第十二条后增加一条，作为第十三条：“林业主管部门应当制定规划。”',
      '第十一条及其后条文中的“林业主管部门”统一修改为“古茶树主管部门”。',
    );
    expect(r.ops[1]).toEqual(replace);
    expect(r.diagnostics.map((d) => [d.ruleId, d.severity, d.data?.article])).toEqual([
      ['decision/range-leaves-new-text', 'warning', '第十三条'],
    ]);
    // A new article before the range, or one without the words, is nothing to report.
    expect(
      read('增加一条，作为第五条：“林业主管部门应当制定规划。”', '第十一条及其后条文中的“林业主管部门”统一修改为“古茶树主管部门”。')
        .diagnostics,
    ).toEqual([]);
    expect(
      read('在第十二条后增加一条，作为第十三条：“甲。”', '第十一条以后各条中的“林业主管部门”修改为“古茶树主管部门”。').diagnostics,
    ).toEqual([]);
  });
});
