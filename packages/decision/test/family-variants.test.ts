import { describe, expect, it } from 'vitest';
import { parseDecision } from '../src/index.ts';

/**
 * Further families of drafting, each in the words of an invented rule.
 * Expected results are worked out from the words.
 */
const notInfo = (r: ReturnType<typeof parseDecision>) => r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.ruleId);

describe('1. a repeal stated by the deciding sentence of a decision without items', () => {
  const repealOnly = (body: string) =>
    parseDecision(
      `# 某某市人民代表大会常务委员会关于废止《某某市甲乙管理条例》的决定\n\n（2020年6月1日某某市第一届人民代表大会常务委员会第二次会议通过）\n\n${body}\n\n本决定自公布之日起施行。\n`,
    );

  it('决定，废止<date>由…通过，…批准的《…》: the dated history before the name holds a comma', () => {
    const r = repealOnly(
      '某某市第一届人民代表大会常务委员会第二次会议决定，废止2001年3月4日由某某市第九届人民代表大会常务委员会第五次会议通过，某某省第八届人民代表大会常务委员会第六次会议批准的《某某市甲乙管理条例》。',
    );
    expect(notInfo(r)).toEqual([]);
    expect(r.value.repealed.map((x) => [x.title, x.note])).toEqual([['某某市甲乙管理条例', '']]);
    expect(r.value.amendments).toEqual([]);
  });

  it('a narrative paragraph (…议案进行了审议。) then 会议决定：废止《…》。: the paragraph is preamble', () => {
    const r = repealOnly(
      '2020年6月1日，某某市第一届人大常委会第二次会议对《关于提请废止〈某某市丙丁条例〉的议案》进行了审议。\n\n会议决定：废止《某某市丙丁条例》。',
    );
    expect(notInfo(r)).toEqual([]);
    expect(r.value.repealed.map((x) => x.title)).toEqual(['某某市丙丁条例']);
    expect(r.value.preamble).toContain('进行了审议');
    expect(r.value.amendments).toEqual([]);
  });

  it('…会议决定： then 废止《…》（history） on its own line, without a final 。', () => {
    const r = repealOnly(
      '某某市第一届人民代表大会常务委员会第二次会议决定：\n\n废止《某某市戊己条例》（2010年1月2日某某市第八届人民代表大会常务委员会第三次会议通过）',
    );
    expect(notInfo(r)).toEqual([]);
    expect(r.value.repealed.map((x) => [x.title, x.note])).toEqual([
      ['某某市戊己条例', '2010年1月2日某某市第八届人民代表大会常务委员会第三次会议通过'],
    ]);
  });

  it('an instruction after the deciding sentence is still an instruction', () => {
    const r = parseDecision('# 关于修改《某某条例》的决定\n\n某某决定：\n\n将第二条中的“甲”修改为“乙”。\n\n本决定自公布之日起施行。\n');
    expect(r.value.repealed).toEqual([]);
    expect(r.value.amendments[0].items.flatMap((i) => i.operations.map((o) => o.kind))).toEqual(['replaceText']);
  });
});

describe('2. 二、废止《A》等N件 heading a list of repeals', () => {
  it('the heading names the group; each rule is repealed once, by its entry', () => {
    const r = parseDecision(
      [
        '# 某某市人民代表大会常务委员会关于修改《某某市甲条例》和废止《某某市乙条例》等2件地方性法规的决定',
        '某某市人民代表大会常务委员会决定：',
        '一、对《某某市甲条例》的修改',
        '1.删去第三条。',
        '二、废止《某某市乙条例》等2件地方性法规',
        '（一）废止1990年1月1日某某市第九届人民代表大会常务委员会第一次会议通过的《某某市乙条例》。',
        '（二）废止1991年2月2日某某市第九届人民代表大会常务委员会第二次会议通过的《某某市丙条例》。',
        '本决定自公布之日起施行。',
      ].join('\n\n'),
    );
    expect(notInfo(r)).toEqual([]);
    expect(r.value.repealed.map((x) => [x.label, x.title])).toEqual([
      ['（一）', '某某市乙条例'],
      ['（二）', '某某市丙条例'],
    ]);
  });

  it('a heading with no entry under it still repeals the rule it names', () => {
    const r = parseDecision(
      [
        '# 某某决定',
        '某某决定：',
        '一、对《某某市甲条例》的修改',
        '1.删去第三条。',
        '二、废止《某某市乙条例》等1件地方性法规',
        '本决定自公布之日起施行。',
      ].join('\n\n'),
    );
    expect(r.value.repealed.map((x) => x.title)).toEqual(['某某市乙条例']);
  });
});

function ops(items: string) {
  const r = parseDecision(`# 关于修改《某某条例》的决定\n\n某某决定对《某某条例》作如下修改：\n\n${items}\n\n本决定自公布之日起施行。\n`);
  expect(notInfo(r)).toEqual([]);
  return r.value.amendments[0].items.flatMap((i) => i.operations.map(({ rule: _r, item: _i, span: _s, ...rest }) => rest));
}
const a = (n: number, more: Record<string, unknown> = {}) => ({ article: { n }, ...more });

describe('3. words of a place, said in other words', () => {
  it('在“A”前加“B” / 后加: 加 before the added words says 增加', () => {
    expect(ops('一、在第三条第二款中的“甲方”前加“书面”，“乙方”后加“及其代理人”。')).toEqual([
      { kind: 'insertText', scope: [a(3, { paragraph: 2 })], text: '书面', position: { before: '甲方' } },
      { kind: 'insertText', scope: [a(3, { paragraph: 2 })], text: '及其代理人', position: { after: '乙方' } },
    ]);
  });

  it('在条文最后加“…”: at the end of the article named before', () => {
    expect(ops('一、将第七条改为第八条，在条文最后加“报送备案”。')).toEqual([
      { kind: 'renumber', level: 'article', target: a(7), to: a(8) },
      { kind: 'insertText', scope: [a(7)], text: '报送备案', position: 'end' },
    ]);
  });

  it('删除第二款的内容: the paragraph', () => {
    expect(ops('一、删除第九条第二款的内容。')).toEqual([{ kind: 'deleteNode', level: 'paragraph', target: a(9, { paragraph: 2 }) }]);
  });

  it('将本条所有的“A”修改为“B”: the words wherever they are in the article named before', () => {
    expect(ops('一、将第四条第一款中的“甲”修改为“乙”。将本条所有的“丙”修改为“丁”。')).toEqual([
      { kind: 'replaceText', scope: [a(4, { paragraph: 1 })], pairs: [{ from: '甲', to: '乙' }] },
      { kind: 'replaceText', scope: [a(4)], pairs: [{ from: '丙', to: '丁' }] },
    ]);
  });

  it('在第X条、第Y条中，将“A”修改为“B”，在“C”后增加“D”: the places first, then what is done there', () => {
    expect(ops('一、在第十一条第一款、第十五条中，将“甲乙”修改为“丙丁”，在“戊”后增加“己”；在第二十条中，将“庚”改为“辛”。')).toEqual([
      { kind: 'replaceText', scope: [a(11, { paragraph: 1 }), a(15)], pairs: [{ from: '甲乙', to: '丙丁' }] },
      { kind: 'insertText', scope: [a(11, { paragraph: 1 }), a(15)], text: '己', position: { after: '戊' } },
      { kind: 'replaceText', scope: [a(20)], pairs: [{ from: '庚', to: '辛' }] },
    ]);
  });

  it('第十六条原第二款中的“A”: a paragraph named in its original numbering', () => {
    expect(ops('一、将第十六条原第二款中的“识别标志”修改为“标识”。')).toEqual([
      { kind: 'replaceText', scope: [a(16, { paragraph: 2 })], pairs: [{ from: '识别标志', to: '标识' }] },
    ]);
  });
});

describe('4. headings of chapters and groups', () => {
  it('第二章名称修改为：“…”: the chapter heading, not the rule title', () => {
    expect(ops('一、第二章名称修改为：“规划和起草”。')).toEqual([
      { kind: 'renameHeading', level: 'chapter', target: { chapter: 2 }, title: '规划和起草' },
    ]);
  });

  it('对部分条文作出如下修改： heads the items under it', () => {
    expect(ops('一、对部分条文作出如下修改：\n\n1.将第六条中的“计划”修改为“规划”。')).toEqual([
      { kind: 'replaceText', scope: [a(6)], pairs: [{ from: '计划', to: '规划' }] },
    ]);
  });
});

describe('5. words changed 均/统一 after a ；', () => {
  it('…第五十五条中的“A”修改为“B”；“C”均修改为“D”: throughout the rule', () => {
    expect(ops('一、删去第四条中的“甲”；第五十五条中的“丁”修改为“戊”；“区、县”均修改为“区”。')).toEqual([
      { kind: 'deleteText', scope: [a(4)], phrases: ['甲'] },
      { kind: 'replaceText', scope: [a(55)], pairs: [{ from: '丁', to: '戊' }] },
      { kind: 'replaceText', scope: [], pairs: [{ from: '区、县', to: '区' }] },
    ]);
  });

  it('after a comma, or without 均, the words stay in the place named before', () => {
    expect(ops('一、将第六条中的“己”修改为“庚”，“辛”统一修改为“壬”。')).toEqual([
      {
        kind: 'replaceText',
        scope: [a(6)],
        pairs: [
          { from: '己', to: '庚' },
          { from: '辛', to: '壬' },
        ],
      },
    ]);
    expect(ops('一、将第七条中的“子”修改为“丑”；“寅”修改为“卯”。')).toEqual([
      {
        kind: 'replaceText',
        scope: [a(7)],
        pairs: [
          { from: '子', to: '丑' },
          { from: '寅', to: '卯' },
        ],
      },
    ]);
  });
});

describe('6. a deletion followed by the statement about the order', () => {
  it('删除第三条、第六条后，条款顺序作相应调整: the deletions; the order statement is no operation', () => {
    expect(ops('一、删除第三条、第六条后，条款顺序作相应调整。')).toEqual([
      { kind: 'deleteNode', level: 'article', target: a(3) },
      { kind: 'deleteNode', level: 'article', target: a(6) },
    ]);
  });
});

describe('7. 顺延为 and 条文的顺序', () => {
  it('第九项顺延为第十一项 renumbers; 并对条文的顺序…作相应调整 is no operation', () => {
    expect(ops('一、将第七条第九项顺延为第十一项。')).toEqual([
      { kind: 'renumber', level: 'item', target: a(7, { item: 9 }), to: { item: 11 } },
    ]);
    expect(ops('一、将条例中的“戊”均修改为“己”，并对条文的顺序和部分文字作相应调整。')).toEqual([
      { kind: 'replaceText', scope: [], pairs: [{ from: '戊', to: '己' }] },
    ]);
  });
});
