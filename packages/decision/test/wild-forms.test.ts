import { describe, expect, it } from 'vitest';
import { parseDecision } from '../src/index.ts';
import { bare, single, type Bare } from './helpers.ts';

/**
 * Drafting forms of provincial, municipal and national decisions as they are
 * published, one family each. Expected operations are worked out from the words.
 */
function read(...items: string[]) {
  const r = parseDecision(single(...items));
  return {
    items: r.value.amendments[0]?.items.map((i) => i.operations.map(bare)) ?? [],
    diagnostics: r.diagnostics.filter((d) => d.severity !== 'info'),
  };
}

function ops(instruction: string): Bare[] {
  const r = read(instruction);
  expect(r.diagnostics).toEqual([]);
  return r.items[0] ?? [];
}

const a = (n: number, more: Record<string, unknown> = {}) => ({ article: { n }, ...more });

describe('divisions and splits', () => {
  it('分解为两项，作为第二项、第五项，修改为: the first replaces, the second is new', () => {
    expect(ops('将第六条第二项分解为两项，作为第二项、第五项，修改为：“（二）甲；”“（五）乙；”')).toEqual([
      { kind: 'replaceNode', level: 'item', target: a(6, { item: 2 }), content: { level: 'items', text: '（二）甲；' } },
      { kind: 'insertNode', level: 'item', after: a(6, { item: 2 }), as: { item: 5 }, content: { level: 'items', text: '（五）乙；' } },
    ]);
  });

  it('单作一条，作为第三条: the 款 becomes an article of its own', () => {
    expect(ops('将第二条第三款单作一条，作为第三条。')).toEqual([
      { kind: 'split', level: 'article', source: a(2, { paragraph: 3 }), as: a(3) },
    ]);
  });
});

describe('moves across articles and levels', () => {
  it('第七条第二款、第三款改为第十五条: the first 款 starts the article, the second follows it there', () => {
    expect(ops('将第七条第二款、第三款改为第十五条。')).toEqual([
      { kind: 'split', level: 'article', source: a(7, { paragraph: 2 }), as: a(15) },
      { kind: 'move', level: 'paragraph', source: a(7, { paragraph: 3 }), to: a(15, { paragraph: 2 }) },
    ]);
  });

  it('第三十条改为第三十七条第一款、第二款, then a 款 of another article joins it as 第三款', () => {
    expect(read('将第三十条改为第三十七条第一款、第二款；将第二十九条第三款改为第三十七条第三款。').items[0]).toEqual([
      { kind: 'renumber', level: 'article', target: a(30), to: a(37) },
      { kind: 'move', level: 'paragraph', source: a(29, { paragraph: 3 }), to: a(30, { paragraph: 3 }) },
    ]);
  });

  it('第四十三条第二款改为第四十八条第一款: the 款 heads a new article', () => {
    expect(ops('将第四十三条第二款改为第四十八条第一款。')).toEqual([
      { kind: 'split', level: 'article', source: a(43, { paragraph: 2 }), as: a(48) },
    ]);
  });

  it('第七条第一款和第十条第二款合并，作为第十四条，修改为: a new article of parts of two', () => {
    expect(ops('将第七条第一款和第十条第二款合并，作为第十四条，修改为：“合并的条文。”')).toEqual([
      {
        kind: 'split',
        level: 'article',
        source: a(7, { paragraph: 1 }),
        as: a(14),
        content: { level: 'paragraphs', text: '合并的条文。' },
      },
      { kind: 'deleteNode', level: 'paragraph', target: a(10, { paragraph: 2 }) },
    ]);
  });

  it('第四十五条第一款和第四十八条合并，作为第五十二条: the article keeps its place, the 款 goes', () => {
    expect(ops('将第四十五条第一款和第四十八条合并，作为第五十二条，修改为：“解释。”')).toEqual([
      { kind: 'renumber', level: 'article', target: a(48), to: a(52) },
      { kind: 'replaceNode', level: 'article', target: a(48), content: { level: 'paragraphs', text: '解释。' } },
      { kind: 'deleteNode', level: 'paragraph', target: a(45, { paragraph: 1 }) },
    ]);
  });
});

describe('chapters', () => {
  it('第六章“A”修改为：“B”: the words of the heading', () => {
    expect(ops('将第六章“常务委员会办公厅”修改为：“常务委员会办公室”。')).toEqual([
      { kind: 'replaceText', scope: [{ chapter: 6, special: 'heading' }], pairs: [{ from: '常务委员会办公厅', to: '常务委员会办公室' }] },
    ]);
  });

  it('“第二章A”修改为“第二章B”: the heading renamed', () => {
    expect(ops('将“第二章立法规划”修改为“第二章立法规划和立法计划的编制”。')).toEqual([
      { kind: 'renameHeading', level: 'chapter', target: { chapter: 2 }, title: '立法规划和立法计划的编制' },
    ]);
  });

  it('增加一章，作为第五章，章名为“X”，包括第A条至第B条', () => {
    expect(ops('增加一章，作为第五章，章名为“专利权期限补偿”，包括第七十七条至第八十四条。')).toEqual([
      {
        kind: 'insertNode',
        level: 'chapter',
        as: { chapter: 5 },
        content: { level: 'heading', text: '专利权期限补偿' },
        holds: { from: a(77), to: a(84) },
      },
    ]);
  });

  it('增加一章，作为第九章“附则”，将第五十四条改为第六十六条，列入本章', () => {
    expect(ops('增加一章，作为第九章“附则”，将第五十四条改为第六十六条，列入本章。')).toEqual([
      {
        kind: 'insertNode',
        level: 'chapter',
        as: { chapter: 9 },
        content: { level: 'heading', text: '附则' },
        holds: { from: a(66), to: a(66) },
      },
      { kind: 'renumber', level: 'article', target: a(54), to: a(66) },
    ]);
  });
});

describe('an article put into a chapter: 列入第三章, 列入本章', () => {
  it('列入第四章: the chapter named holds the new article; the article it was to follow gives way', () => {
    expect(ops('增加一条，作为第九条：“测试机构出具虚假测试报告的，依法处罚。”，列入第四章。')).toEqual([
      {
        kind: 'insertNode',
        level: 'article',
        parent: { chapter: 4 },
        as: a(9),
        content: { level: 'paragraphs', text: '测试机构出具虚假测试报告的，依法处罚。' },
      },
    ]);
    expect(ops('在第二条后增加一条，作为第三条：“测试机构应当依法取得资质认定。”列入第二章第一节。')).toEqual([
      {
        kind: 'insertNode',
        level: 'article',
        parent: { chapter: 2, section: 1 },
        as: a(3),
        content: { level: 'paragraphs', text: '测试机构应当依法取得资质认定。' },
      },
    ]);
  });

  it('列入本章 after an article put beside another: the chapter of that article, where it goes anyway', () => {
    expect(ops('在第四条后增加一条，作为第六条：“测试机构应当建立档案管理制度。”，列入本章。')).toEqual([
      {
        kind: 'insertNode',
        level: 'article',
        after: a(4),
        as: a(6),
        content: { level: 'paragraphs', text: '测试机构应当建立档案管理制度。' },
      },
    ]);
  });

  it('列入本章 with no article inserted names no chapter', () => {
    expect(read('将第三条修改为：“甲。”列入本章。').diagnostics.map((d) => d.ruleId)).toEqual(['decision/no-context']);
  });
});

describe('the rule named by its kind', () => {
  it('条例原第五条第一款 / 条例名称 / 条例中的 / 有关条款中的', () => {
    expect(ops('条例原第五条第一款修改为“新的款。”')).toEqual([
      { kind: 'replaceNode', level: 'paragraph', target: a(5, { paragraph: 1 }), content: { level: 'paragraphs', text: '新的款。' } },
    ]);
    expect(ops('将条例名称修改为“某某市农村公路条例”。')).toEqual([
      { kind: 'renameHeading', level: 'title', target: { special: 'title' }, title: '某某市农村公路条例' },
    ]);
    const whole = [{ kind: 'replaceText', scope: [], pairs: [{ from: '地方公路', to: '农村公路' }] }];
    expect(ops('将条例中的“地方公路”统一修改为“农村公路”。')).toEqual(whole);
    expect(ops('将有关条款中的“地方公路”修改为“农村公路”。')).toEqual(whole);
  });
});

describe('what the quoted words are', () => {
  it('“A”予以删除 / “及”字 / 二字 / 的内容 / 最前面', () => {
    expect(ops('将第三条中的“规划”予以删除。')).toEqual([{ kind: 'deleteText', scope: [a(3)], phrases: ['规划'] }]);
    expect(ops('删除第一条中的“及”字。')).toEqual([{ kind: 'deleteText', scope: [a(1)], phrases: ['及'] }]);
    expect(ops('在第十一条第一款后增加“应当公开”的内容。')).toEqual([
      { kind: 'insertText', scope: [a(11, { paragraph: 1 })], text: '应当公开', position: 'end' },
    ]);
    expect(ops('在第二十五条第一项的内容最前面增加“擅自”二字。')).toEqual([
      { kind: 'insertText', scope: [a(25, { item: 1 })], text: '擅自', position: 'start' },
    ]);
  });

  it('“A”部门修改为“B”部门: 部门 belongs to both phrases', () => {
    expect(ops('将第三十二条中的“林业”部门修改为“公园城市”部门。')).toEqual([
      { kind: 'replaceText', scope: [a(32)], pairs: [{ from: '林业部门', to: '公园城市部门' }] },
    ]);
  });
});

describe('words left out or added by the drafter', () => {
  it('改 without 为, 第 left out of a large number, 按顺序调整为', () => {
    expect(ops('将第二十二条改第二十四条。')).toEqual([{ kind: 'renumber', level: 'article', target: a(22), to: a(24) }]);
    expect(ops('将第十一条改为十条，修改为：“新的条文。”')).toEqual([
      { kind: 'renumber', level: 'article', target: a(11), to: a(10) },
      { kind: 'replaceNode', level: 'article', target: a(11), content: { level: 'paragraphs', text: '新的条文。' } },
    ]);
    expect(ops('原第四十四条按顺序调整为第四十五条。')).toEqual([{ kind: 'renumber', level: 'article', target: a(44), to: a(45) }]);
  });

  it('删除第九条中的第七项、第八项: places inside the place', () => {
    expect(ops('删除第九条中的第七项、第八项。')).toEqual([
      { kind: 'deleteNode', level: 'item', target: a(9, { item: 7 }) },
      { kind: 'deleteNode', level: 'item', target: a(9, { item: 8 }) },
    ]);
  });

  it('删去…、删去…: 、 between whole clauses', () => {
    expect(ops('删去第二条第二款、删去第九条第一款中“县”的表述、删去第三十四条。')).toEqual([
      { kind: 'deleteNode', level: 'paragraph', target: a(2, { paragraph: 2 }) },
      { kind: 'deleteText', scope: [a(9, { paragraph: 1 })], phrases: ['县'] },
      { kind: 'deleteNode', level: 'article', target: a(34) },
    ]);
  });

  it('删去“A”后的“B”: the words right after others', () => {
    expect(ops('删去第一条中的“甲”，删去“实际”后的“情况”。')).toEqual([
      { kind: 'deleteText', scope: [a(1)], phrases: ['甲'] },
      { kind: 'replaceText', scope: [a(1)], pairs: [{ from: '实际情况', to: '实际' }] },
    ]);
  });

  it('条例原第三十三条删除“…。” / 条例原第二十四条增加“…。”', () => {
    expect(ops('条例原第三十三条删除“并报备案。”')).toEqual([{ kind: 'deleteText', scope: [a(33)], phrases: ['并报备案。'] }]);
    expect(ops('条例原第二十四条增加“候选人可以自荐产生。”')).toEqual([
      { kind: 'insertText', scope: [a(24)], text: '候选人可以自荐产生。', position: 'end' },
    ]);
    const r = read('第二十四条增加“自荐”。');
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['decision/unplaced-insertion']);
  });

  it('第一、二款修改为one 款 of text: the two become one', () => {
    expect(ops('将第七十三条第一、二款修改为：“合并后的款。”')).toEqual([
      {
        kind: 'merge',
        level: 'paragraph',
        targets: [a(73, { paragraph: 1 }), a(73, { paragraph: 2 })],
        as: { paragraph: 1 },
        content: { level: 'paragraphs', text: '合并后的款。' },
      },
    ]);
  });
});

describe('one clause the grammar does not know costs only itself', () => {
  it('the other clauses of the sentence still give operations; words that change nothing are passed over', () => {
    const r = read('对部分字词进一步规范表述，条例中的“甲”修改为“乙”，“丙”修改为“丁”，将第五条按某种方式办理，删去第六条。');
    expect(r.items[0]).toEqual([
      {
        kind: 'replaceText',
        scope: [],
        pairs: [
          { from: '甲', to: '乙' },
          { from: '丙', to: '丁' },
        ],
      },
      { kind: 'deleteNode', level: 'article', target: a(6) },
    ]);
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['decision/commentary-skipped', 'decision/unrecognised-instruction']);
  });

  it('a bare “C”修改为“D” after a clause not read is not read either (its places are unknown)', () => {
    const r = read('删去第二条，将第五条按某种方式办理，“丙”修改为“丁”。');
    expect(r.items[0]).toEqual([{ kind: 'deleteNode', level: 'article', target: a(2) }]);
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['decision/unrecognised-instruction']);
  });
});
