import { describe, expect, it } from 'vitest';
import { parseDecision } from '../src/index.ts';

/**
 * Forms of governments' decisions on their rules (规章), of courts and of provincial congresses, each in the words of
 * an invented rule. Expected results are worked out from the words.
 */
const notInfo = (r: ReturnType<typeof parseDecision>) => r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.ruleId);

describe('1. repeals in the deciding sentence', () => {
  const repealOnly = (title: string, body: string) =>
    parseDecision(`# ${title}\n\n（2021年5月6日某某省第一届人民代表大会常务委员会第二次会议通过）\n\n${body}\n\n本决定自公布之日起施行。\n`);

  it('废止《A》《B》《C》: titles side by side, no 、 between them, are three repeals', () => {
    const r = repealOnly(
      '某某市人民代表大会常务委员会关于废止《某某市甲登记条例》等三件地方性法规的决定',
      '某某市第一届人民代表大会常务委员会第二次会议决定，废止《某某市甲登记条例》《某某市乙管理条例》《某某市丙拆迁条例》。',
    );
    expect(notInfo(r)).toEqual([]);
    expect(r.value.repealed.map((x) => [x.title, x.note])).toEqual([
      ['某某市甲登记条例', ''],
      ['某某市乙管理条例', ''],
      ['某某市丙拆迁条例', ''],
    ]);
    expect(r.value.amendments).toEqual([]);
  });

  it('决定废止某某省丁戊管理条例（history broken over lines）: the title written without 《》 is repealed', () => {
    const r = repealOnly(
      '某某省人民代表大会常务委员会关于废止《某某省丁戊管理条例》的决定',
      [
        '某某省第一届人民代表大会常务委员会第二次会议决定废止某某省丁戊管理条例（1990年1月2日某某省第七届人民代表大会常务委员会第三次会议通过',
        '根据2000年3月4日某某省第九届人民代表大会常务委员会第五次会议《关于修改部分地方性法规的决定》第一次修正）',
      ].join('\n'),
    );
    expect(notInfo(r)).toEqual([]);
    expect(r.value.repealed.map((x) => [x.title, x.note])).toEqual([
      [
        '某某省丁戊管理条例',
        '1990年1月2日某某省第七届人民代表大会常务委员会第三次会议通过根据2000年3月4日某某省第九届人民代表大会常务委员会第五次会议《关于修改部分地方性法规的决定》第一次修正',
      ],
    ]);
    expect(r.value.amendments).toEqual([]);
  });

  it('words that point at a rule (上述条例) are no title: nothing is repealed by them', () => {
    const r = repealOnly('某某省人民代表大会常务委员会关于废止某某的决定', '某某省第一届人民代表大会常务委员会第二次会议决定废止上述条例（2001年1月1日通过）。');
    expect(r.value.repealed).toEqual([]);
  });
});
