import { describe, expect, it } from 'vitest';
import { parseDecision } from '../src/index.ts';
import { opsOf, single } from './helpers.ts';

/**
 * Forms seen in real decisions of a further sample (autonomous regions and counties, city standing committees,
 * a supreme court decision), each written here with the words of an invented rule. Expected results are worked
 * out from the words.
 */
const notInfo = (r: ReturnType<typeof parseDecision>) => r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.ruleId);

const decision = (...paragraphs: string[]) =>
  [
    '# 某某市人民代表大会常务委员会关于修改《某某市甲条例》的决定',
    '',
    '某某市第一届人民代表大会常务委员会第二次会议决定对《某某市甲条例》作如下修改：',
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    '本决定自公布之日起施行。',
    '',
  ].join('\n');

describe('1. a first 款 made the first 款 of its article’s new number', () => {
  it('将第二十七条第一款改为第二十九条第一款，修改为：“…”: the 款 stays where it is, its article renumbered; the 款 restated', () => {
    const r = parseDecision(
      single(
        '增加一条，作为第十九条：“甲。”',
        '增加一条，作为第二十条：“乙。”',
        '将第二十七条第一款改为第二十九条第一款，修改为：“新的第一款。”',
      ),
    );
    expect(notInfo(r)).toEqual([]);
    expect(opsOf(r.value, '三')).toEqual([
      { kind: 'move', level: 'paragraph', source: { article: { n: 27 }, paragraph: 1 }, to: { article: { n: 29 }, paragraph: 1 } },
      {
        kind: 'replaceNode',
        level: 'paragraph',
        target: { article: { n: 27 }, paragraph: 1 },
        content: { level: 'paragraphs', text: '新的第一款。' },
      },
    ]);
  });

  it('将第四十三条第二款改为第四十八条第一款: a later 款 made the first of another article still becomes an article of its own', () => {
    const r = parseDecision(single('将第四十三条第二款改为第四十八条第一款。'));
    const ops = opsOf(r.value, '一');
    expect(ops.map((o) => [o.kind, o.source, o.as])).toEqual([['split', { article: { n: 43 }, paragraph: 2 }, { article: { n: 48 } }]]);
  });
});

describe('2. 分别修改为 / 分别增加: each place its own words', () => {
  it('将第七条改为第八条，将第二款、第三款分别修改为：“…”“…”: the 款 restated in order', () => {
    const r = parseDecision(single('将第七条改为第八条，将第二款、第三款分别修改为：“甲项工作。\n\n“乙项工作。”'));
    expect(notInfo(r)).toEqual([]);
    expect(opsOf(r.value, '一')).toEqual([
      { kind: 'renumber', level: 'article', target: { article: { n: 7 } }, to: { article: { n: 8 } } },
      {
        kind: 'replaceNode',
        level: 'paragraph',
        target: { article: { n: 7 }, paragraph: 2 },
        content: { level: 'paragraphs', text: '甲项工作。' },
      },
      {
        kind: 'replaceNode',
        level: 'paragraph',
        target: { article: { n: 7 }, paragraph: 3 },
        content: { level: 'paragraphs', text: '乙项工作。' },
      },
    ]);
  });

  it('在第一款、第二款后分别增加“…”: the same words at the end of each 款', () => {
    const r = parseDecision(single('将第十条改为第十一条，在第一款、第二款后分别增加“并向主任会议报告”。'));
    expect(notInfo(r)).toEqual([]);
    expect(opsOf(r.value, '一')).toEqual([
      { kind: 'renumber', level: 'article', target: { article: { n: 10 } }, to: { article: { n: 11 } } },
      {
        kind: 'insertText',
        scope: [
          { article: { n: 10 }, paragraph: 1 },
          { article: { n: 10 }, paragraph: 2 },
        ],
        text: '并向主任会议报告',
        position: 'end',
      },
    ]);
  });

  it('分别修改为 with one text for two 款: an error naming the counts, never the 款 merged into one', () => {
    const r = parseDecision(single('将第九条第一款、第二款分别修改为：“丙项工作。”'));
    expect(notInfo(r)).toEqual(['decision/payload-count-mismatch']);
    expect(opsOf(r.value, '一')).toEqual([]);
  });
});

describe('3. a heading over sub-items inside an item', () => {
  it('三、…⏎对部分条文作以下修改：⏎（一）…（二）…: the heading gives no instruction, the sub-items are read', () => {
    const r = parseDecision(
      decision(
        '一、将第七条第三款修改为：“市人民政府负责组织实施。”',
        '对部分条文作以下修改：',
        '（一）将第八条中的“环境保护”修改为“生态环境”。',
        '（二）将第九条第一款中的“林业”修改为“林业和园林”。',
        '二、删去第十条。',
      ),
    );
    expect(notInfo(r)).toEqual([]);
    expect(opsOf(r.value, '一')).toEqual([
      {
        kind: 'replaceNode',
        level: 'paragraph',
        target: { article: { n: 7 }, paragraph: 3 },
        content: { level: 'paragraphs', text: '市人民政府负责组织实施。' },
      },
    ]);
    expect(opsOf(r.value, '一（一）')).toEqual([
      { kind: 'replaceText', scope: [{ article: { n: 8 } }], pairs: [{ from: '环境保护', to: '生态环境' }] },
    ]);
    expect(opsOf(r.value, '一（二）')).toEqual([
      { kind: 'replaceText', scope: [{ article: { n: 9 }, paragraph: 1 }], pairs: [{ from: '林业', to: '林业和园林' }] },
    ]);
    expect(opsOf(r.value, '二')).toEqual([{ kind: 'deleteNode', level: 'article', target: { article: { n: 10 } } }]);
  });
});

describe('4. 本决定经…批准后，由…公布，自公布之日起施行 closes the decision', () => {
  it('an autonomous county’s decision, in force once approved and published: an effective clause, not an instruction', () => {
    const text = decision('一、删去第十条。').replace(
      '本决定自公布之日起施行。',
      '本决定经某某省人民代表大会常务委员会批准后，由某某自治县人民代表大会常务委员会公布，自公布之日起施行。',
    );
    const r = parseDecision(text);
    expect(notInfo(r)).toEqual([]);
    expect(r.value.closing.map((c) => c.kind)).toEqual(['effective']);
  });
});

describe('5. the text right after the numbers a division or a merger announces, as an insertion gives it', () => {
  it('将第六十三条改为两条，作为第六十三条、第六十四条：“第六十三条　…”“第六十四条…”: as with ，修改为：', () => {
    const r = parseDecision(
      single('将第六十三条改为两条，作为第六十三条、第六十四条：“第六十三条　车位应当首先出租。”“第六十四条　车库可以出售。”'),
    );
    expect(notInfo(r)).toEqual([]);
    expect(opsOf(r.value, '一')).toEqual([
      {
        kind: 'replaceNode',
        level: 'article',
        target: { article: { n: 63 } },
        content: { level: 'articles', text: '第六十三条　车位应当首先出租。' },
      },
      {
        kind: 'insertNode',
        level: 'article',
        after: { article: { n: 63 } },
        as: { article: { n: 64 } },
        content: { level: 'articles', text: '第六十四条　车库可以出售。' },
      },
    ]);
  });

  it('将第三款、第四款、第五款合并为一款，作为第二款：“…”: one merge holding the words', () => {
    const r = parseDecision(single('将第二十二条第三款、第四款、第五款合并为一款，作为第二款：“市场监管部门负责监督管理。”'));
    expect(notInfo(r)).toEqual([]);
    expect(opsOf(r.value, '一')).toEqual([
      {
        kind: 'merge',
        level: 'paragraph',
        targets: [
          { article: { n: 22 }, paragraph: 3 },
          { article: { n: 22 }, paragraph: 4 },
          { article: { n: 22 }, paragraph: 5 },
        ],
        as: { paragraph: 2 },
        content: { level: 'paragraphs', text: '市场监管部门负责监督管理。' },
      },
    ]);
  });
});

describe('6. 将其他条文中的“A”修改为“B”: the rest of the rule', () => {
  it('the words change wherever the rule still has them (the places the decision restates keep their new words)', () => {
    const r = parseDecision(
      single(
        '将第六条修改为：“停车场由城市管理部门管理。”',
        '将其他条文中的“自然资源和规划”修改为“自然资源”、“住房和城乡建设”修改为“住房”。',
      ),
    );
    expect(notInfo(r)).toEqual([]);
    expect(opsOf(r.value, '二')).toEqual([
      {
        kind: 'replaceText',
        scope: [],
        pairs: [
          { from: '自然资源和规划', to: '自然资源' },
          { from: '住房和城乡建设', to: '住房' },
        ],
      },
    ]);
  });

  it('并将其他条文顺序作相应调整 stays a statement about the order', () => {
    const r = parseDecision(single('删去第六条，并将其他条文顺序作相应调整。'));
    expect(notInfo(r)).toEqual([]);
    expect(opsOf(r.value, '一')).toEqual([{ kind: 'deleteNode', level: 'article', target: { article: { n: 6 } } }]);
  });
});

describe('7. the new text unquoted, on the instruction’s own line', () => {
  it('修改为：… and 作为第八条第二款：…: the words after the colon, and the unlabelled paragraphs after them, are the text', () => {
    const r = parseDecision(
      decision(
        '一、将第四条改为第三条，修改为：制定本条例应当坚持“三个原则”。',
        '制定本条例应当遵循上位法的规定。',
        '二、增加一款，作为第八条第二款：常务委员会应当征求代表的意见。',
        '三、删去第十条。',
      ),
    );
    expect(notInfo(r)).toEqual([]);
    expect(opsOf(r.value, '一')).toEqual([
      { kind: 'renumber', level: 'article', target: { article: { n: 4 } }, to: { article: { n: 3 } } },
      {
        kind: 'replaceNode',
        level: 'article',
        target: { article: { n: 4 } },
        content: { level: 'paragraphs', text: '制定本条例应当坚持“三个原则”。\n制定本条例应当遵循上位法的规定。' },
      },
    ]);
    expect(opsOf(r.value, '二')).toEqual([
      {
        kind: 'insertNode',
        level: 'paragraph',
        parent: { article: { n: 8 } },
        as: { paragraph: 2 },
        content: { level: 'paragraphs', text: '常务委员会应当征求代表的意见。' },
      },
    ]);
    expect(opsOf(r.value, '三')).toEqual([{ kind: 'deleteNode', level: 'article', target: { article: { n: 10 } } }]);
  });

  it('增加一项，作为第十二项：乙项。” (a closing quote, the opening one left out) is still not guessed', () => {
    const r = parseDecision(single('增加一项，作为第五条第十二项：乙项。”'));
    expect(notInfo(r).length).toBeGreaterThan(0);
  });
});

describe('8. an article made a later 款 of the article the item has just given a 款', () => {
  it('增加一款，作为第八条第二款：“…”⏎将第九条改为第八条第三款，修改为：“…”: an error, not the article moved', () => {
    const r = parseDecision(
      decision('一、增加一款，作为第八条第二款：“新的第二款。”', '将第九条改为第八条第三款，修改为：“原第九条的文字。”'),
    );
    expect(notInfo(r)).toEqual(['decision/unsupported-move']);
  });

  it('将第四十二条改为第四十三条第二款，其中的“A”修改为“B”。⏎增加第一款为：“…” (the 款 added after) still renumbers the article', () => {
    const r = parseDecision(
      decision(
        '一、将第四十二条改为第四十三条第二款，其中的“城市管理部门”修改为“综合执法部门”。',
        '增加第一款为：“违反本办法的，予以处罚。”',
      ),
    );
    expect(notInfo(r)).toEqual([]);
    expect(opsOf(r.value, '一').map((o) => o.kind)).toEqual(['renumber', 'replaceText', 'insertNode']);
  });
});
