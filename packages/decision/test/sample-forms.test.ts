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
