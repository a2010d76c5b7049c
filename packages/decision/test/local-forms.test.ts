import { describe, expect, it } from 'vitest';
import { parseDecision } from '../src/index.ts';
import { bare, single, type Bare } from './helpers.ts';

/**
 * Forms of provincial and municipal 关于修改…政府规章的决定, NPC and court
 * decisions beyond the example files, one instruction each. Expected
 * operations are worked out from the words.
 */
function read(instruction: string) {
  const r = parseDecision(single(instruction));
  return { ops: r.value.amendments[0]?.items[0]?.operations.map(bare) ?? [], diagnostics: r.diagnostics };
}

function ops(instruction: string): Bare[] {
  const r = read(instruction);
  expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  return r.ops;
}

const a = (n: number, more: Record<string, number> = {}) => ({ article: { n }, ...more });

describe('several phrases, several places', () => {
  it('“A”、“B”分别修改为“C”、“D”: pairs in order', () => {
    expect(ops('将第三条中的“公安机关”、“卫生行政部门”分别修改为“公安部门”、“卫生健康部门”。')).toEqual([
      {
        kind: 'replaceText',
        scope: [a(3)],
        pairs: [
          { from: '公安机关', to: '公安部门' },
          { from: '卫生行政部门', to: '卫生健康部门' },
        ],
      },
    ]);
  });

  it('第三条、第五条中的“A”分别修改为“B”、“C”: one new phrase per place, in order', () => {
    expect(ops('将第三条、第五条中的“公安机关”分别修改为“公安部门”、“公安派出所”。')).toEqual([
      { kind: 'replaceText', scope: [a(3)], pairs: [{ from: '公安机关', to: '公安部门' }] },
      { kind: 'replaceText', scope: [a(5)], pairs: [{ from: '公安机关', to: '公安派出所' }] },
    ]);
  });

  it('第三条、第五条中的“A”分别修改为“B”: the same change in every place', () => {
    expect(ops('将第三条、第五条中的“公安机关”分别修改为“公安部门”。')).toEqual([
      { kind: 'replaceText', scope: [a(3), a(5)], pairs: [{ from: '公安机关', to: '公安部门' }] },
    ]);
  });

  it('分别 with counts that fit neither phrases nor places is an error', () => {
    const r = read('将第三条、第五条中的“甲”分别修改为“乙”、“丙”、“丁”。');
    expect(r.diagnostics.map((d) => [d.ruleId, d.data?.from, d.data?.to])).toEqual([['decision/pair-mismatch', 1, 3]]);
  });

  it('改为, 替换为 and 的 before a quotation', () => {
    const expected = [{ kind: 'replaceText', scope: [a(3)], pairs: [{ from: '甲', to: '乙' }] }];
    expect(ops('将第三条中的“甲”改为“乙”。')).toEqual(expected);
    expect(ops('将第三条中的“甲”替换为“乙”。')).toEqual(expected);
    expect(ops('将第三条中的“甲”替换成“乙”。')).toEqual(expected);
    expect(ops('将本办法第三条中的“甲”修改为“乙”。')).toEqual(expected);
    expect(ops('将第三条的“甲”修改为“乙”。')).toEqual(expected);
    expect(ops('删去第三条的“甲”。')).toEqual([{ kind: 'deleteText', scope: [a(3)], phrases: ['甲'] }]);
  });

  it('“A”和“B”修改为“C”; a second article and a deletion in the same sentence', () => {
    expect(ops('将第三条第二款中的“甲”和“乙”修改为“丙”。')).toEqual([
      {
        kind: 'replaceText',
        scope: [a(3, { paragraph: 2 })],
        pairs: [
          { from: '甲', to: '丙' },
          { from: '乙', to: '丙' },
        ],
      },
    ]);
    expect(ops('将第三条中的“甲”修改为“乙”，第五条中的“丙”修改为“丁”。')).toEqual([
      { kind: 'replaceText', scope: [a(3)], pairs: [{ from: '甲', to: '乙' }] },
      { kind: 'replaceText', scope: [a(5)], pairs: [{ from: '丙', to: '丁' }] },
    ]);
    expect(ops('将第三条第二款中的“甲”修改为“乙”，删去“丙”。')).toEqual([
      { kind: 'replaceText', scope: [a(3, { paragraph: 2 })], pairs: [{ from: '甲', to: '乙' }] },
      { kind: 'deleteText', scope: [a(3, { paragraph: 2 })], phrases: ['丙'] },
    ]);
    expect(ops('删去第三条第二款第一项中的“甲”。')).toEqual([
      { kind: 'deleteText', scope: [a(3, { paragraph: 2, item: 1 })], phrases: ['甲'] },
    ]);
  });

  it('a law named alone is the whole rule (将《某某条例》中的“A”修改为“B”)', () => {
    expect(ops('将《某某条例》中的“甲”修改为“乙”。')).toEqual([{ kind: 'replaceText', scope: [], pairs: [{ from: '甲', to: '乙' }] }]);
  });
});

describe('合并为一条', () => {
  it('合并为一条，作为第六条，修改为', () => {
    expect(ops('将第七条、第八条合并为一条，作为第六条，修改为：“甲。”')).toEqual([
      { kind: 'merge', level: 'article', targets: [a(7), a(8)], as: a(6), content: { level: 'paragraphs', text: '甲。' } },
    ]);
  });

  it('without 作为 the merged article keeps the first number; 合并为第六条 names it directly', () => {
    expect(ops('将第七条和第八条合并为一条，修改为：“甲。”')[0]).toMatchObject({ targets: [a(7), a(8)], as: a(7) });
    expect(ops('将第七条、第八条合并为第六条，修改为：“甲。”')[0]).toMatchObject({ targets: [a(7), a(8)], as: a(6) });
  });

  it('合并为一款 without new text: the words of both are kept', () => {
    expect(ops('将第五条第一款、第二款合并为一款。')).toEqual([
      { kind: 'merge', level: 'paragraph', targets: [a(5, { paragraph: 1 }), a(5, { paragraph: 2 })], as: { paragraph: 1 } },
    ]);
  });
});

describe('text added to a unit: insertText', () => {
  const edge = (scope: unknown[], position: unknown, text: string) => [{ kind: 'insertText', scope, position, text }];

  it('末尾增加 / 最后增加一句 / 项末尾增加', () => {
    expect(ops('在第五条第二款末尾增加“但是法律另有规定的除外。”')).toEqual(
      edge([a(5, { paragraph: 2 })], 'end', '但是法律另有规定的除外。'),
    );
    expect(ops('在第五条第二款最后增加一句：“逾期不改正的，处一千元罚款。”')).toEqual(
      edge([a(5, { paragraph: 2 })], 'end', '逾期不改正的，处一千元罚款。'),
    );
    expect(ops('在第五条第三项末尾增加“和其他事项”。')).toEqual(edge([a(5, { item: 3 })], 'end', '和其他事项'));
    expect(ops('第五条第二款末尾增加一句话，内容为：“甲。”')).toEqual(edge([a(5, { paragraph: 2 })], 'end', '甲。'));
  });

  it('a sentence quoted without its final mark is closed: with 。 at the end, with ； at the start', () => {
    expect(ops('在第五条第二款最后增加一句：“逾期不改正的，处一千元罚款”。')).toEqual(
      edge([a(5, { paragraph: 2 })], 'end', '逾期不改正的，处一千元罚款。'),
    );
    expect(ops('第一条第二款开始部分增加规定：“甲不适用本解释”。')).toEqual(edge([a(1, { paragraph: 2 })], 'start', '甲不适用本解释；'));
    // Words that are no sentence of their own are taken as written.
    expect(ops('在第五条第二款末尾增加“，但是法律另有规定的除外”。')).toEqual(
      edge([a(5, { paragraph: 2 })], 'end', '，但是法律另有规定的除外'),
    );
  });

  it('前增加 / 开头增加: at the start', () => {
    expect(ops('在第五条第二款前增加“县级以上”。')).toEqual(edge([a(5, { paragraph: 2 })], 'start', '县级以上'));
    expect(ops('在第五条第二款开头增加“县级以上”。')).toEqual(edge([a(5, { paragraph: 2 })], 'start', '县级以上'));
  });

  it('序言第十自然段末尾增加 (宪法修正案 1993)', () => {
    expect(ops('宪法序言第十自然段末尾增加：“甲。”')).toEqual(edge([{ special: 'preamble', paragraph: 10 }], 'end', '甲。'));
  });

  it('beside a phrase: 后面 / 之前, and several anchors one operation each', () => {
    expect(ops('在第五条中的“县级”后面增加“以上”。')).toEqual(edge([a(5)], { after: '县级' }, '以上'));
    expect(ops('在第五条中的“部门”之前增加“主管”。')).toEqual(edge([a(5)], { before: '部门' }, '主管'));
    expect(ops('在第五条中的“甲”、“乙”后增加“等”。')).toEqual([
      ...edge([a(5)], { after: '甲' }, '等'),
      ...edge([a(5)], { after: '乙' }, '等'),
    ]);
  });

  it('a bare “C”后增加“D” after a replacement acts on the same place', () => {
    expect(ops('将第五条中的“甲”修改为“乙”，“丙”后增加“丁”。')).toEqual([
      { kind: 'replaceText', scope: [a(5)], pairs: [{ from: '甲', to: '乙' }] },
      ...edge([a(5)], { after: '丙' }, '丁'),
    ]);
  });

  it('条首部分修改为: a replaceNode of the lead-in only, and the place named for what follows', () => {
    expect(ops('第五条条首部分修改为：“甲：”；并增加一项作为第三项规定：“（三）乙。”')).toEqual([
      { kind: 'replaceNode', level: 'article', target: a(5), content: { level: 'paragraphs', text: '甲：' }, leadIn: true },
      { kind: 'insertNode', level: 'item', parent: a(5), as: { item: 3 }, content: { level: 'items', text: '（三）乙。' } },
    ]);
  });

  it('款首部分修改为 names the 款', () => {
    expect(ops('将第五条第二款款首部分修改为：“甲”。')).toEqual([
      {
        kind: 'replaceNode',
        level: 'paragraph',
        target: a(5, { paragraph: 2 }),
        content: { level: 'paragraphs', text: '甲' },
        leadIn: true,
      },
    ]);
  });
});

describe('项, 目 and headings', () => {
  it('在第X条中增加一项 / 增加一目', () => {
    expect(ops('在第三条中增加一项，作为第四项：“（四）其他。”')).toEqual([
      { kind: 'insertNode', level: 'item', parent: a(3), as: { item: 4 }, content: { level: 'items', text: '（四）其他。' } },
    ]);
    expect(ops('在第三条第一项中增加一目，作为第二目：“2.其他。”')).toEqual([
      {
        kind: 'insertNode',
        level: 'subitem',
        parent: a(3, { item: 1 }),
        as: { subitem: 2 },
        content: { level: 'subitems', text: '2.其他。' },
      },
    ]);
  });

  it('节名 and 的章名', () => {
    expect(ops('将第二章第一节节名修改为“监督”。')).toEqual([
      { kind: 'renameHeading', level: 'section', target: { chapter: 2, section: 1 }, title: '监督' },
    ]);
    expect(ops('将第二章的章名修改为“管理与监督”。')).toEqual([
      { kind: 'renameHeading', level: 'chapter', target: { chapter: 2 }, title: '管理与监督' },
    ]);
  });
});

describe('甘肃 style: 即：, 作为该条第二款', () => {
  it('the text after 即：; 该条 named with its 款', () => {
    expect(ops('在《某某条例》第七条中增加一项作为第六项，即：“（六）负责节能减排工作；”')).toEqual([
      { kind: 'insertNode', level: 'item', parent: a(7), as: { item: 6 }, content: { level: 'items', text: '（六）负责节能减排工作；' } },
    ]);
    expect(ops('第十三条增加一款作为该条第二款，即：“甲。”')).toEqual([
      { kind: 'insertNode', level: 'paragraph', parent: a(13), as: { paragraph: 2 }, content: { level: 'paragraphs', text: '甲。' } },
    ]);
    expect(ops('第十三条后增加一条作为第十四条，即：“甲。”')).toEqual([
      { kind: 'insertNode', level: 'article', after: a(13), as: a(14), content: { level: 'paragraphs', text: '甲。' } },
    ]);
  });
});

describe('sentences (第二句): the address names the sentence', () => {
  const s = (n: number, sentence: number, more: Record<string, number> = {}) => ({ ...a(n, more), sentence });

  it('删去第十条第二款第二句: deleteNode of level sentence', () => {
    expect(ops('删去第十条第二款第二句。')).toEqual([{ kind: 'deleteNode', level: 'sentence', target: s(10, 2, { paragraph: 2 }) }]);
  });

  it('删去第三条第一句: an article named without its 款', () => {
    expect(ops('删去第三条第一句。')).toEqual([{ kind: 'deleteNode', level: 'sentence', target: s(3, 1) }]);
  });

  it('将第十条第一款第二句修改为：“…。”: replaceNode of level sentence', () => {
    expect(ops('将第十条第一款第二句修改为：“逾期不改正的，处一千元罚款。”')).toEqual([
      {
        kind: 'replaceNode',
        level: 'sentence',
        target: s(10, 2, { paragraph: 1 }),
        content: { level: 'paragraphs', text: '逾期不改正的，处一千元罚款。' },
      },
    ]);
  });

  it('在第十条第一款第一句后增加一句: insertText at the end of that sentence', () => {
    expect(ops('在第十条第一款第一句后增加一句：“甲。”')).toEqual([
      { kind: 'insertText', scope: [s(10, 1, { paragraph: 1 })], position: 'end', text: '甲。' },
    ]);
  });

  it('在第五条第二款第二句前增加: insertText at the start of that sentence', () => {
    expect(ops('在第五条第二款第二句前增加“乙”。')).toEqual([
      { kind: 'insertText', scope: [s(5, 2, { paragraph: 2 })], position: 'start', text: '乙' },
    ]);
  });

  it('将第五条第二款第一句中的“A”修改为“B”: the sentence is the scope', () => {
    expect(ops('将第五条第二款第一句中的“规章”修改为“规定”。')).toEqual([
      { kind: 'replaceText', scope: [s(5, 1, { paragraph: 2 })], pairs: [{ from: '规章', to: '规定' }] },
    ]);
  });

  it('删去第五条最后一句: the last sentence is -1', () => {
    expect(ops('删去第五条第二款最后一句。')).toEqual([{ kind: 'deleteNode', level: 'sentence', target: s(5, -1, { paragraph: 2 }) }]);
  });

  it('a bare 第三款 after a sentence continues the article, not the sentence', () => {
    expect(ops('删去第五条第二款第二句、第三款。')).toEqual([
      { kind: 'deleteNode', level: 'sentence', target: s(5, 2, { paragraph: 2 }) },
      { kind: 'deleteNode', level: 'paragraph', target: a(5, { paragraph: 3 }) },
    ]);
  });

  it('several sentences (后两句) or a 款 added after a sentence: recognised, no operation', () => {
    for (const text of ['删去第五条第二款后两句。', '在第五条第二款第一句后增加一款，作为第三款：“甲。”']) {
      const r = read(text);
      expect(r.ops).toEqual([]);
      expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['decision/unsupported-instruction']);
    }
  });

  it('after the last sentence is the end of the 款', () => {
    expect(ops('在第五条第二款最后一句后增加一句：“甲。”')).toEqual([
      { kind: 'insertText', scope: [a(5, { paragraph: 2 })], position: 'end', text: '甲。' },
    ]);
  });
});

describe('修改为 a counted number of units', () => {
  it('修改为两款 replaces the article with both (not a renumbering to 第二款)', () => {
    expect(ops('将第十条修改为两款：“甲。”“乙。”')).toEqual([
      { kind: 'replaceNode', level: 'article', target: a(10), content: { level: 'paragraphs', text: '甲。\n乙。' } },
    ]);
  });

  it('修改为两条 with the new articles’ own numbers: the first replaces, the second follows', () => {
    expect(ops('将第十条修改为两条：“第十条　甲。”“第十一条　乙。”')).toEqual([
      { kind: 'replaceNode', level: 'article', target: a(10), content: { level: 'articles', text: '第十条　甲。' } },
      { kind: 'insertNode', level: 'article', after: a(10), as: a(11), content: { level: 'articles', text: '第十一条　乙。' } },
    ]);
  });

  it('a count the text does not match is an error', () => {
    expect(read('将第十条修改为三款：“甲。”“乙。”').diagnostics.map((d) => [d.ruleId, d.data?.targets, d.data?.units])).toEqual([
      ['decision/payload-count-mismatch', 3, 2],
    ]);
    // Without their own 第X条 the new articles have no number to be placed by.
    expect(read('将第十条修改为两条：“甲。”“乙。”').diagnostics.map((d) => d.ruleId)).toEqual(['decision/unnumbered-articles']);
  });
});

describe('moves', () => {
  it('a 款 moved into another article is a move to the full place named', () => {
    expect(ops('将第三条第二款移作第五条第二款。')).toEqual([
      { kind: 'move', level: 'paragraph', source: a(3, { paragraph: 2 }), to: a(5, { paragraph: 2 }) },
    ]);
    // 移至 an article: into it, last.
    expect(ops('将第三条第二款移至第五条。')).toEqual([{ kind: 'move', level: 'paragraph', source: a(3, { paragraph: 2 }), to: a(5) }]);
    // 原第六项修改为第二款第一项: a 项 into a 款 of its own article.
    expect(ops('将第七条增加一款，作为第二款：“甲：”，原第六项修改为第二款第一项。').slice(1)).toEqual([
      { kind: 'move', level: 'item', source: a(7, { item: 6 }), to: a(7, { paragraph: 2, item: 1 }) },
    ]);
  });

  it('a 款 made an article of its own (移作, 作为) is a split that keeps its words', () => {
    expect(ops('将第三条第二款移作第十条。')).toEqual([{ kind: 'split', level: 'article', source: a(3, { paragraph: 2 }), as: a(10) }]);
    expect(ops('将第三条第二款作为第十条。')).toEqual([{ kind: 'split', level: 'article', source: a(3, { paragraph: 2 }), as: a(10) }]);
  });

  it('移作 in the same article moves; an article to another number is a renumbering the engine checks', () => {
    expect(ops('将第三条第二款移作第三条第三款。')).toEqual([
      { kind: 'move', level: 'paragraph', source: a(3, { paragraph: 2 }), to: a(3, { paragraph: 3 }) },
    ]);
    expect(ops('将第三条调整为第五条。')).toEqual([{ kind: 'renumber', level: 'article', target: a(3), to: a(5) }]);
  });
});

describe('a provincial 修改和废止 decision', () => {
  const text = [
    '# 某某省人民政府关于修改和废止部分省政府规章的决定',
    '',
    '为了维护法制统一，省人民政府决定：',
    '',
    '一、对《某某省甲办法》作出修改',
    '',
    '（一）将第三条中的“卫生和计划生育”修改为“卫生健康”。',
    '',
    '（二）第九条改为第八条，并在第一款末尾增加“，但是法律另有规定的除外”。',
    '',
    '二、对《某某省乙规定》作出修改',
    '',
    '（一）将第二条、第七条中的“国土资源”分别修改为“自然资源”。',
    '',
    '（二）将第十二条、第十三条合并为一条，作为第十二条，修改为：“甲。”',
    '',
    '三、废止《某某省丙办法》（2005年1月1日某某省人民政府令第10号公布）、《某某省丁规定》。',
    '',
    '此外，对相关规章中的条文序号作相应调整。',
    '',
    '本决定自公布之日起施行。',
  ].join('\n');

  it('reads each rule’s items, and a numbered 废止 item as repeals', () => {
    const r = parseDecision(text);
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(r.value.repealed.map((x) => [x.label, x.title, x.note])).toEqual([
      ['三、', '某某省丙办法', '2005年1月1日某某省人民政府令第10号公布'],
      ['三、', '某某省丁规定', ''],
    ]);
    expect(r.value.amendments.map((a) => [a.title, a.items.map((i) => i.path)])).toEqual([
      ['某某省甲办法', ['一（一）', '一（二）']],
      ['某某省乙规定', ['二（一）', '二（二）']],
    ]);
    expect(r.value.amendments[0].items[1].operations.map(bare)).toEqual([
      { kind: 'renumber', level: 'article', target: a(9), to: a(8) },
      { kind: 'insertText', scope: [a(9, { paragraph: 1 })], position: 'end', text: '，但是法律另有规定的除外' },
    ]);
    // 对…条文序号作相应调整 says only that the numbering follows: renumber (wording too would make it adjust).
    expect(r.value.closing.map((c) => c.kind)).toEqual(['renumber', 'effective']);
  });
});

describe('the amended rule named in the title', () => {
  it('a title inside the rule’s name, in 〈〉 or in 《》, stays part of the name', () => {
    const body = '\n\n一、将第三条中的“总后勤部”修改为“后勤保障部”。\n\n本决定自公布之日起施行。\n';
    const nested = parseDecision(`关于修改《中国人民解放军实施《中华人民共和国药品管理法》办法》的决定${body}`);
    expect(nested.value.amendments.map((a) => a.title)).toEqual(['中国人民解放军实施《中华人民共和国药品管理法》办法']);
    const angled = parseDecision(`关于修改《中国人民解放军实施〈中华人民共和国药品管理法〉办法》的决定${body}`);
    expect(angled.value.amendments.map((a) => a.title)).toEqual(['中国人民解放军实施〈中华人民共和国药品管理法〉办法']);
    expect(angled.value.amendments[0].items[0].operations).toHaveLength(1);
  });
});
