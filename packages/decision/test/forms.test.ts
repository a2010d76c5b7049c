import { describe, expect, it } from 'vitest';
import { parseDecision } from '../src/index.ts';
import { bare, single, type Bare } from './helpers.ts';

/**
 * Drafting forms beyond decree 119, each as a one-item decision written the
 * way NPC and local decisions write them. Expected operations are worked out
 * from the words of the instruction.
 */
function ops(instruction: string): Bare[] {
  const r = parseDecision(single(instruction));
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.value.amendments[0].items[0].operations.map(bare);
}

const a = (n: number, sub?: number) => ({ article: sub ? { n, sub } : { n } });

describe('references down to 目 and up to 编', () => {
  it('第X条第Y款第Z项第W目', () => {
    expect(ops('将第二十三条第一款第二项第三目修改为：“3.有关部门。”')).toEqual([
      {
        kind: 'replaceNode',
        level: 'subitem',
        target: { ...a(23), paragraph: 1, item: 2, subitem: 3 },
        content: { level: 'subitems', text: '3.有关部门。' },
      },
    ]);
  });

  it('sections, chapters and parts', () => {
    expect(ops('将第三章第二节的节名修改为“监督检查”。')).toEqual([
      { kind: 'renameHeading', level: 'section', target: { chapter: 3, section: 2 }, title: '监督检查' },
    ]);
    expect(ops('删去第二编第三章。')).toEqual([{ kind: 'deleteNode', level: 'chapter', target: { part: 2, chapter: 3 } }]);
  });

  it('第（一）项 and 之一 articles', () => {
    expect(ops('删去第一条第一款第（一）项。')).toEqual([
      { kind: 'deleteNode', level: 'item', target: { ...a(1), paragraph: 1, item: 1 } },
    ]);
    expect(ops('将第一百三十三条之一第一款修改为：“新的。”')[0]).toMatchObject({ target: { ...a(133, 1), paragraph: 1 } });
  });

  it('ranges with 至', () => {
    expect(ops('删去第十条至第十二条。')).toEqual([10, 11, 12].map((n) => ({ kind: 'deleteNode', level: 'article', target: a(n) })));
    expect(ops('将第十条至第十二条中的“A”修改为“B”。')[0].scope).toEqual([a(10), a(11), a(12)]);
  });
});

describe('insertions', () => {
  it('增加一章 with its heading and articles', () => {
    const [op] = ops('增加一章，作为第五章：“第五章　法律责任\n\n“第三十条　违反本办法的，依法处理。\n\n“第三十一条　其他。”');
    expect(op).toMatchObject({ kind: 'insertNode', level: 'chapter', as: { chapter: 5 }, content: { level: 'articles' } });
    expect((op.content as { text: string }).text).toBe('第五章　法律责任\n第三十条　违反本办法的，依法处理。\n第三十一条　其他。');
  });

  it('增加一节 inside a named chapter', () => {
    expect(ops('增加一节，作为第三章第二节：“第二节　监督”')).toEqual([
      { kind: 'insertNode', level: 'section', as: { section: 2 }, parent: { chapter: 3 }, content: { level: 'heading', text: '监督' } },
    ]);
  });

  it('在第X条后增加一条 and 第X条增加两项 (one operation per new 项)', () => {
    expect(ops('在第二十条后增加一条，作为第二十一条：“新的。”')).toEqual([
      { kind: 'insertNode', level: 'article', as: a(21), after: a(20), content: { level: 'paragraphs', text: '新的。' } },
    ]);
    expect(ops('第九条增加两项，作为第四项、第五项：“（四）甲；\n\n“（五）乙。”')).toEqual([
      { kind: 'insertNode', level: 'item', as: { item: 4 }, parent: a(9), content: { level: 'items', text: '（四）甲；' } },
      { kind: 'insertNode', level: 'item', as: { item: 5 }, parent: a(9), content: { level: 'items', text: '（五）乙。' } },
    ]);
  });

  it('inserts text after or before a phrase, the phrase kept', () => {
    expect(ops('在第五条中的“县级”后增加“以上”。')).toEqual([
      { kind: 'insertText', scope: [a(5)], position: { after: '县级' }, text: '以上' },
    ]);
    expect(ops('在第五条第二款中的“部门”前增加“主管”。')).toEqual([
      { kind: 'insertText', scope: [{ ...a(5), paragraph: 2 }], position: { before: '部门' }, text: '主管' },
    ]);
  });
});

describe('replacements and moves', () => {
  it('several phrases to one replacement', () => {
    expect(ops('将第六条第一款中的“甲”、“乙”修改为“丙”。')).toEqual([
      {
        kind: 'replaceText',
        scope: [{ ...a(6), paragraph: 1 }],
        pairs: [
          { from: '甲', to: '丙' },
          { from: '乙', to: '丙' },
        ],
      },
    ]);
  });

  it('phrases in several scopes joined by 、, and 删除 after the phrase', () => {
    expect(ops('删去第五条第一款中的“甲”、第二款中的“乙”。')).toEqual([
      { kind: 'deleteText', scope: [{ ...a(5), paragraph: 1 }], phrases: ['甲'] },
      { kind: 'deleteText', scope: [{ ...a(5), paragraph: 2 }], phrases: ['乙'] },
    ]);
    expect(ops('将第十条中的“和”删除。')).toEqual([{ kind: 'deleteText', scope: [a(10)], phrases: ['和'] }]);
    expect(ops('将第十一条删除。')).toEqual([{ kind: 'deleteNode', level: 'article', target: a(11) }]);
  });

  it('pairs joined by 、 and several phrases to as many replacements', () => {
    expect(ops('将第十二条中的“甲”修改为“乙”、“丙”修改为“丁”。')).toEqual([
      {
        kind: 'replaceText',
        scope: [a(12)],
        pairs: [
          { from: '甲', to: '乙' },
          { from: '丙', to: '丁' },
        ],
      },
    ]);
    expect(ops('将第六条第一款中的“甲”、“乙”修改为“丙”、“丁”。')[0].pairs).toEqual([
      { from: '甲', to: '丙' },
      { from: '乙', to: '丁' },
    ]);
  });

  it('the whole rule: 将本办法中的', () => {
    expect(ops('将本办法中的“甲”统一修改为“乙”。')).toEqual([{ kind: 'replaceText', scope: [], pairs: [{ from: '甲', to: '乙' }] }]);
    expect(ops('将本办法中的“甲”修改为“乙”。')).toEqual([{ kind: 'replaceText', scope: [], pairs: [{ from: '甲', to: '乙' }] }]);
  });

  it('a second scope in the same sentence', () => {
    expect(ops('将第七条第二款中的“甲”修改为“乙”，第三款中的“丙”修改为“丁”。')).toEqual([
      { kind: 'replaceText', scope: [{ ...a(7), paragraph: 2 }], pairs: [{ from: '甲', to: '乙' }] },
      { kind: 'replaceText', scope: [{ ...a(7), paragraph: 3 }], pairs: [{ from: '丙', to: '丁' }] },
    ]);
  });

  it('移作 moves (the article goes where it will be 第十二条); 改为 states a new number', () => {
    expect(ops('将第十条移作第十二条。')).toEqual([{ kind: 'move', level: 'article', source: a(10), to: a(12) }]);
    expect(ops('第二十条第二款改为第三款。')).toEqual([
      { kind: 'renumber', level: 'paragraph', target: { ...a(20), paragraph: 2 }, to: { paragraph: 3 } },
    ]);
  });

  it('单列一条', () => {
    expect(ops('将第八条第三款单列一条，作为第四十九条，修改为：“本办法所称行政执法证件，是指…。”')).toEqual([
      {
        kind: 'split',
        level: 'article',
        source: { ...a(8), paragraph: 3 },
        as: a(49),
        content: { level: 'paragraphs', text: '本办法所称行政执法证件，是指…。' },
      },
    ]);
  });

  it('two 款 replaced by a two-paragraph payload, one operation each', () => {
    expect(ops('将第一百八十六条第一款、第二款修改为：“甲。\n\n“乙。”')).toEqual([
      { kind: 'replaceNode', level: 'paragraph', target: { ...a(186), paragraph: 1 }, content: { level: 'paragraphs', text: '甲。' } },
      { kind: 'replaceNode', level: 'paragraph', target: { ...a(186), paragraph: 2 }, content: { level: 'paragraphs', text: '乙。' } },
    ]);
  });
});

describe('national and court forms', () => {
  it('在刑法第X条中增加一款…，将该条修改为: the restated article carries the new 款', () => {
    const r = parseDecision(
      '# 中华人民共和国刑法修正案（示例）\n\n一、在刑法第三百六十九条中增加一款作为第二款，将该条修改为：“甲。\n\n“乙。”\n',
    );
    expect(r.value.amendments[0].title).toBe('中华人民共和国刑法');
    expect(r.value.amendments[0].items[0].operations.map(bare)).toEqual([
      { kind: 'replaceNode', level: 'article', target: a(369), content: { level: 'paragraphs', text: '甲。\n乙。' } },
    ]);
  });

  it('原第二款作为第三款，修改为', () => {
    expect(ops('在第一百五十二条中增加一款作为第二款：“甲。”\n\n原第二款作为第三款，修改为：“乙。”')).toEqual([
      { kind: 'insertNode', level: 'paragraph', as: { paragraph: 2 }, parent: a(152), content: { level: 'paragraphs', text: '甲。' } },
      { kind: 'renumber', level: 'paragraph', target: { ...a(152), paragraph: 2 }, to: { paragraph: 3 } },
      { kind: 'replaceNode', level: 'paragraph', target: { ...a(152), paragraph: 2 }, content: { level: 'paragraphs', text: '乙。' } },
    ]);
  });

  it('court style: 引言, 名称, 修改为第六条, quoted 条文顺序', () => {
    expect(ops('将引言修改为：\n\n“为正确审理案件，制定本解释。”')).toEqual([
      {
        kind: 'replaceNode',
        level: 'preamble',
        target: { special: 'preamble' },
        content: { level: 'paragraphs', text: '为正确审理案件，制定本解释。' },
      },
    ]);
    expect(ops('将名称修改为：\n\n“最高人民法院关于审理某类案件适用法律若干问题的解释”。')).toEqual([
      { kind: 'renameHeading', level: 'title', target: { special: 'title' }, title: '最高人民法院关于审理某类案件适用法律若干问题的解释' },
    ]);
    expect(ops('将第二条修改为第六条：\n\n“甲。”')).toEqual([
      { kind: 'renumber', level: 'article', target: a(2), to: a(6) },
      { kind: 'replaceNode', level: 'article', target: a(2), content: { level: 'paragraphs', text: '甲。' } },
    ]);
    expect(ops('将《解释》的条文顺序作相应调整：“第八条”调整为“第七条”，“第九条”调整为“第八条”。')).toEqual([
      { kind: 'renumber', level: 'article', target: a(8), to: a(7) },
      { kind: 'renumber', level: 'article', target: a(9), to: a(8) },
    ]);
  });

  it('constitution style: a quoted old text restated, 序言 natural paragraphs, 这一自然段相应修改为', () => {
    expect(ops('宪法第十条第四款“甲。”修改为：“乙。”')).toEqual([
      { kind: 'replaceText', scope: [{ ...a(10), paragraph: 4 }], pairs: [{ from: '甲。', to: '乙。' }] },
    ]);
    expect(ops('宪法第十五条：“甲。”“乙。”修改为：“丙。”“丁。”“戊。”')).toEqual([
      { kind: 'replaceNode', level: 'article', target: a(15), content: { level: 'paragraphs', text: '丙。\n丁。\n戊。' } },
    ]);
    expect(ops('宪法序言第七自然段中“甲”修改为“乙”；在“丙”前增写“丁，”。这一自然段相应修改为：“丁，丙乙。”')).toEqual([
      { kind: 'replaceText', scope: [{ special: 'preamble', paragraph: 7 }], pairs: [{ from: '甲', to: '乙' }] },
      { kind: 'insertText', scope: [{ special: 'preamble', paragraph: 7 }], position: { before: '丙' }, text: '丁，' },
      {
        kind: 'replaceNode',
        level: 'paragraph',
        target: { special: 'preamble', paragraph: 7 },
        content: { level: 'paragraphs', text: '丁，丙乙。' },
      },
    ]);
  });

  it('constitution style: an item located by its lead-in, and renumbering a range', () => {
    expect(
      ops('宪法第六十二条“全国人民代表大会行使下列职权”中增加一项，作为第七项“（七）甲”，第七项至第九项相应改为第八项至第十项。'),
    ).toEqual([
      { kind: 'insertNode', level: 'item', as: { item: 7 }, parent: a(62), content: { level: 'items', text: '（七）甲' } },
      { kind: 'renumber', level: 'item', target: { ...a(62), item: 7 }, to: { item: 8 } },
      { kind: 'renumber', level: 'item', target: { ...a(62), item: 8 }, to: { item: 9 } },
      { kind: 'renumber', level: 'item', target: { ...a(62), item: 9 }, to: { item: 10 } },
    ]);
    expect(ops('宪法第八十九条“国务院行使下列职权”中第六项“（六）甲”修改为“（六）乙”。')).toEqual([
      { kind: 'replaceText', scope: [{ ...a(89), item: 6 }], pairs: [{ from: '（六）甲', to: '（六）乙' }] },
    ]);
  });
});
