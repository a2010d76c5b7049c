import { describe, expect, it } from 'vitest';
import { parseDecision } from '../src/index.ts';

/**
 * Forms seen in real decisions of a further sample (autonomous prefectures and counties, provincial standing
 * committees), each written here with the words of an invented rule. Expected results are worked out from the words.
 */
const notInfo = (r: ReturnType<typeof parseDecision>) => r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.ruleId);

describe('1. the repealed title named before the verb', () => {
  const repealOnly = (title: string, body: string) =>
    parseDecision(`# ${title}\n\n（2020年9月30日某某省第一届人民代表大会常务委员会第二次会议通过）\n\n${body}\n`);

  it('决定：<date>…通过的《A》自<date>起废止。: A is repealed', () => {
    const r = repealOnly(
      '某某省人民代表大会常务委员会关于废止《某某省甲污染监督条例》的决定',
      '某某省第一届人民代表大会常务委员会第二次会议决定：2007年9月26日第十届某某省人民代表大会常务委员会第三十三次会议通过的《某某省甲污染监督条例》自2020年10月1日起废止。',
    );
    expect(notInfo(r)).toEqual([]);
    expect(r.value.repealed.map((x) => [x.title, x.note])).toEqual([['某某省甲污染监督条例', '']]);
    expect(r.value.amendments).toEqual([]);
  });

  it('决定，《A》、《B》予以废止。: both are repealed', () => {
    const r = repealOnly(
      '某某市人民代表大会常务委员会关于废止《某某市甲条例》等两件地方性法规的决定',
      '某某市第一届人民代表大会常务委员会第二次会议决定，《某某市甲条例》、《某某市乙办法》予以废止。',
    );
    expect(notInfo(r)).toEqual([]);
    expect(r.value.repealed.map((x) => x.title)).toEqual(['某某市甲条例', '某某市乙办法']);
  });

  it('…《A》第十条自<date>起废止: a part of a rule named before the verb is no repeal of the rule', () => {
    const r = repealOnly(
      '某某省人民代表大会常务委员会关于某某的决定',
      '某某省第一届人民代表大会常务委员会第二次会议决定：《某某省甲污染监督条例》第十条自2020年10月1日起废止。',
    );
    expect(r.value.repealed).toEqual([]);
  });
});

describe('2. 本决定报请…批准后实施 closes the decision', () => {
  it('an autonomous prefecture’s decision in force once approved: an effective clause, not an instruction', () => {
    const r = parseDecision(
      [
        '# 某某藏族自治州人民代表大会常务委员会关于修改《某某藏族自治州饮水安全条例》的决定',
        '',
        '某某藏族自治州第一届人民代表大会常务委员会第三次会议决定对《某某藏族自治州饮水安全条例》作如下修改：',
        '',
        '一、将第五条第一款修改为“自治州人民政府负责饮水安全工作”。',
        '',
        '本决定报请省人大常委会批准后实施。',
        '',
        '《某某藏族自治州饮水安全条例》根据本决定作相应修正，重新公布。',
        '',
      ].join('\n'),
    );
    expect(notInfo(r)).toEqual([]);
    expect(r.value.closing.map((c) => c.kind)).toEqual(['effective', 'republish']);
    expect(r.value.amendments[0].items.map((i) => i.operations.map((o) => o.kind))).toEqual([['replaceNode']]);
  });
});

describe('3. the first place’s words right after it, the others’ after 中的, one replacement', () => {
  it('将第八条第一款“A”、第二十三条第二款中的“B”修改为“C”: A and B become C, each in its own place', () => {
    const r = parseDecision(
      [
        '# 某某省人民代表大会常务委员会关于修改《某某省合作社条例》的决定',
        '',
        '某某省第一届人民代表大会常务委员会第二次会议决定对《某某省合作社条例》作如下修改：',
        '',
        '一、将第八条第一款“工商行政管理”、第二十三条第二款中的“工商”修改为“市场监督管理”。',
        '',
      ].join('\n'),
    );
    expect(notInfo(r)).toEqual([]);
    const ops = r.value.amendments[0].items[0].operations.map((o) =>
      o.kind === 'replaceText' ? { scope: o.scope, pairs: o.pairs } : o.kind,
    );
    expect(ops).toEqual([
      { scope: [{ article: { n: 8 }, paragraph: 1 }], pairs: [{ from: '工商行政管理', to: '市场监督管理' }] },
      { scope: [{ article: { n: 23 }, paragraph: 2 }], pairs: [{ from: '工商', to: '市场监督管理' }] },
    ]);
  });
});

describe('4. 合并表述 then the merged article restated', () => {
  it('将第一条与第二条合并表述，第一条修改为：“…”: one merge of 1 and 2 into 1, holding the words given', () => {
    const r = parseDecision(
      [
        '# 某某省人民代表大会常务委员会关于修改《某某省任免条例》的决定',
        '',
        '某某省第一届人民代表大会常务委员会第二次会议决定对《某某省任免条例》作如下修改：',
        '',
        '一、将第一条与第二条合并表述，第一条修改为：“为了保障任免权，根据宪法，制定本条例。”',
        '',
        '二、增加一条，作为第二条：“任免事项，均适用本条例。”',
        '',
      ].join('\n'),
    );
    expect(notInfo(r)).toEqual([]);
    const [first, second] = r.value.amendments[0].items.map((i) => i.operations);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({
      kind: 'merge',
      level: 'article',
      targets: [{ article: { n: 1 } }, { article: { n: 2 } }],
      as: { article: { n: 1 } },
      content: { text: '为了保障任免权，根据宪法，制定本条例。' },
    });
    expect(second.map((o) => o.kind)).toEqual(['insertNode']);
  });

  it('将第二十条与第二十二条合并表述，改为第二十一条，修改为两款：“甲”“乙”: one merge of 20 and 22 as 21, holding the two 款 given', () => {
    const decision = (count: string) =>
      parseDecision(
        [
          '# 某某省人民代表大会常务委员会关于修改《某某省任免条例》的决定',
          '',
          '某某省第一届人民代表大会常务委员会第二次会议决定对《某某省任免条例》作如下修改：',
          '',
          `一、将第二十条与第二十二条合并表述，改为第二十一条，修改为${count}：“任免案逐人表决，以全体组成人员的过半数通过。”`,
          '“任职的时间以会议通过之日为准。”',
          '',
        ].join('\n'),
      );
    const r = decision('两款');
    expect(notInfo(r)).toEqual([]);
    const ops = r.value.amendments[0].items[0].operations;
    expect(ops).toHaveLength(1);
    expect(ops[0]).toMatchObject({
      kind: 'merge',
      level: 'article',
      targets: [{ article: { n: 20 } }, { article: { n: 22 } }],
      as: { article: { n: 21 } },
      content: {
        level: 'paragraphs',
        paragraphs: [{ text: '任免案逐人表决，以全体组成人员的过半数通过。' }, { text: '任职的时间以会议通过之日为准。' }],
      },
    });
    // The count is checked against the text: three 款 announced, two given.
    expect(notInfo(decision('三款'))).toEqual(['decision/payload-count-mismatch']);
  });

  it('a restatement of another article after a merge stays a replacement of that article', () => {
    const r = parseDecision(
      [
        '# 某某省人民代表大会常务委员会关于修改《某某省任免条例》的决定',
        '',
        '某某省第一届人民代表大会常务委员会第二次会议决定对《某某省任免条例》作如下修改：',
        '',
        '一、将第一条与第二条合并，第三条修改为：“任免应当依法公开进行。”',
        '',
      ].join('\n'),
    );
    const ops = r.value.amendments[0].items[0].operations;
    expect(ops.map((o) => o.kind)).toEqual(['merge', 'replaceNode']);
    expect(ops[0]).not.toHaveProperty('content');
  });
});

describe('5. a part heading that describes the rules under it', () => {
  it('一、对下列明显不适应…的法规进行修改 then 1.在《甲条例》… / 2.将《乙条例》…: a section, each item naming its rule', () => {
    const r = parseDecision(
      [
        '# 某某省人民代表大会常务委员会关于修改部分地方性法规的决定',
        '',
        '某某省第一届人民代表大会常务委员会第二次会议决定,修改下列地方性法规:',
        '',
        '一、对下列明显不适应经济社会发展要求的法规进行修改',
        '',
        '1.在《某某省能源条例》第七条中增加一项作为第六项,即:“负责节能工作;”',
        '',
        '2.将《某某省气象条例》第十条第四项修改为:“气象设施应当符合标准;”',
        '',
      ].join('\n'),
    );
    expect(notInfo(r)).toEqual([]);
    expect(r.value.amendments.map((a) => [a.title, a.items.map((i) => i.operations.map((o) => o.kind))])).toEqual([
      ['某某省能源条例', [['insertNode']]],
      ['某某省气象条例', [['replaceNode']]],
    ]);
  });
});
