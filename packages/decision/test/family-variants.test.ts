import { describe, expect, it } from 'vitest';
import { parseDecision } from '../src/index.ts';

/**
 * Further families of drafting, each in the words of an invented rule.
 * Expected results are worked out from the words.
 */
const notInfo = (r: ReturnType<typeof parseDecision>) => r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.ruleId);

describe('1. a repeal stated by the deciding sentence of a decision without items', () => {
  const repealOnly = (body: string) =>
    parseDecision(`# 某某市人民代表大会常务委员会关于废止《某某市甲乙管理条例》的决定\n\n（2020年6月1日某某市第一届人民代表大会常务委员会第二次会议通过）\n\n${body}\n\n本决定自公布之日起施行。\n`);

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
    const r = repealOnly('某某市第一届人民代表大会常务委员会第二次会议决定：\n\n废止《某某市戊己条例》（2010年1月2日某某市第八届人民代表大会常务委员会第三次会议通过）');
    expect(notInfo(r)).toEqual([]);
    expect(r.value.repealed.map((x) => [x.title, x.note])).toEqual([['某某市戊己条例', '2010年1月2日某某市第八届人民代表大会常务委员会第三次会议通过']]);
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
      ['# 某某决定', '某某决定：', '一、对《某某市甲条例》的修改', '1.删去第三条。', '二、废止《某某市乙条例》等1件地方性法规', '本决定自公布之日起施行。'].join('\n\n'),
    );
    expect(r.value.repealed.map((x) => x.title)).toEqual(['某某市乙条例']);
  });
});
