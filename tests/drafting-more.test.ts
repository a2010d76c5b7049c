import { describe, expect, it } from 'vitest';
import { familyRule } from './family-rule.ts';

/**
 * More drafting families end to end (docs/decision-grammar.md, forms of
 * provincial and municipal congresses): decision text → operations →
 * consolidated rule, on one small hand-written rule. Every expected line is
 * worked out from the words of the instruction.
 */
const TITLE = '某某市地名管理办法';
const RULE = `${TITLE}
（2010年1月1日某某市人民政府令第1号公布）

第一条　为了加强地名管理，制定本办法。

第二条　县（市）人民政府负责本行政区域的地名管理。

第三条　地名不得有下列情形：
（一）损害国家主权的；
（二）违背公序良俗的；
（三）重名的；
（四）同音的；
（五）使用生僻字的。
地名命名应当征求公众意见。

第四条　县（市、区）地名主管部门负责地名档案管理。

第五条　县（市、区）地名主管部门应当设置地名标志。

第六条　违反本办法的，由地名主管部门责令改正。

第七条　本办法自2010年3月1日起施行。
`;

const { original: ORIGINAL, run, apply, withLines } = familyRule(TITLE, RULE);

describe('two lists of places, each with its words, one replacement', () => {
  it('将第四条、第五条中的“A”，和第二条中的“B”统一修改为“C”: each list keeps its own words', () => {
    expect(apply('一、将第四条、第五条中的“县（市、区）”，和第二条中的“县（市）”统一修改为“区县”。')).toEqual(
      withLines({
        1: '第二条　区县人民政府负责本行政区域的地名管理。',
        9: '第四条　区县地名主管部门负责地名档案管理。',
        10: '第五条　区县地名主管部门应当设置地名标志。',
      }),
    );
  });

  it('the words of one list are looked for in its own places only', () => {
    // 第二条 has “县（市）” but not “县（市、区）”: the first list names 第二条 with the wrong words.
    const { errors } = run('一、将第二条、第五条中的“县（市、区）”，和第四条中的“县（市）”统一修改为“区县”。');
    expect(errors.map((e) => e.ruleId)).toContain('engine/phrase-not-found');
  });
});

describe('a 项 restated and renumbered, the order of the rest stated', () => {
  it('第一款第二项修改为：“…”，并调整为第一项，同时删去第一款第五项、第二款: the restated 项 goes first', () => {
    expect(
      apply(
        [
          '一、删去第二条。',
          '二、将第三条改为第二条，第一款第二项修改为：“影响民族团结的”，并调整为第一项，同时删去第一款第五项、第二款。',
        ].join('\n\n'),
      ),
    ).toEqual([
      ORIGINAL[0],
      '第二条　地名不得有下列情形：',
      '（一）影响民族团结的；',
      '（二）损害国家主权的；',
      '（三）重名的；',
      '（四）同音的。',
      '第三条　县（市、区）地名主管部门负责地名档案管理。',
      '第四条　县（市、区）地名主管部门应当设置地名标志。',
      '第五条　违反本办法的，由地名主管部门责令改正。',
      '第六条　本办法自2010年3月1日起施行。',
    ]);
  });

  it('a bare 第二项调整为第一项 stays a statement the engine checks (nothing moves it)', () => {
    const { errors } = run('一、将第三条第一款第二项调整为第一项。');
    expect(errors.map((e) => e.ruleId)).toEqual(['engine/renumber-mismatch']);
  });

  it('并将其他条文顺序作相应的调整(规范): a statement that the renumbering follows, no error', () => {
    for (const tail of ['并将其他条文顺序作相应的调整', '并将其他条文顺序作相应的调整规范']) {
      expect(apply(`一、删去第二条。\n\n二、将本办法中的“加强”修改为：“规范”，${tail}。`)).toEqual([
        '第一条　为了规范地名管理，制定本办法。',
        ...ORIGINAL.slice(2).map((l) => l.replace(/^第([三四五六七])条/, (_, n: string) => `第${'二三四五六'['三四五六七'.indexOf(n)]}条`)),
      ]);
    }
  });
});

describe('a place in the new numbering; 其中 after a run of renumberings', () => {
  const items = [
    '一、增加一条，作为第四条：“地名标志由市人民政府统一制作。”',
    '二、原第四条改为第五条，原第五条改为第六条，其中的“地名主管部门”前统一增加“人民政府”。在修改后的第五条中的“档案”后增加“资料”。',
  ].join('\n\n');

  it('其中 names every article the renumberings named; 修改后的第五条 is the article this item made 第五条', () => {
    expect(apply(items)).toEqual([
      ...ORIGINAL.slice(0, 9),
      '第四条　地名标志由市人民政府统一制作。',
      '第五条　县（市、区）人民政府地名主管部门负责地名档案资料管理。',
      '第六条　县（市、区）人民政府地名主管部门应当设置地名标志。',
      '第七条　违反本办法的，由地名主管部门责令改正。',
      '第八条　本办法自2010年3月1日起施行。',
    ]);
  });

  it('修改后的第五条 with no renumbering of this item giving that number: an error naming it, no guess', () => {
    const { errors } = run('一、增加一条，作为第四条：“地名标志由市人民政府统一制作。”\n\n二、在修改后的第五条中的“档案”后增加“资料”。');
    expect(errors.map((e) => [e.ruleId, e.data?.target])).toEqual([['decision/amended-number-unknown', '第五条']]);
  });
});

describe('除本条外，其他条文中的“A”均修改为“B”: the whole rule but the article just restated', () => {
  const T2 = '某某市物业管理条例';
  const estate = familyRule(
    T2,
    `${T2}
（2010年1月1日某某市人民代表大会常务委员会公布）

第一条　为了规范物业服务企业的服务活动，制定本条例。

第二条　物业服务企业应当遵守本条例。
物业服务企业应当向业主公示收费标准。

第三条　业主可以选聘物业服务企业。

第四条　本条例自2010年3月1日起施行。
`,
  );

  it('on its own line after the item: every other article changes, 本条 keeps the words the item left it', () => {
    expect(
      estate.apply(
        '一、将第二条第一款修改为：“物业服务人应当遵守法律、法规和本条例。”\n\n除本条外，其他条文中的“物业服务企业”均修改为“物业服务人”。',
      ),
    ).toEqual([
      '第一条　为了规范物业服务人的服务活动，制定本条例。',
      '第二条　物业服务人应当遵守法律、法规和本条例。',
      '物业服务企业应当向业主公示收费标准。',
      '第三条　业主可以选聘物业服务人。',
      '第四条　本条例自2010年3月1日起施行。',
    ]);
  });

  it('；“C”均修改为“D” after it leaves the same article out; a whole article restated overlaps nothing', () => {
    const { result, errors } = estate.run(
      '一、将第二条修改为：“物业服务人应当遵守本条例，并向业主公示收费标准。”除本条外，其他条文中的“物业服务企业”均修改为“物业服务人”；“业主”均修改为“业主大会”。',
    );
    expect(errors).toEqual([]);
    expect(result.diagnostics.filter((d) => d.ruleId === 'engine/overlapping-operations')).toEqual([]);
    expect(
      estate.run(
        '一、将第二条第一款修改为：“物业服务人应当遵守本条例。”除本条外，其他条文中的“物业服务企业”均修改为“物业服务人”；“业主”均修改为“业主大会”。',
      ).lines,
    ).toEqual([
      '第一条　为了规范物业服务人的服务活动，制定本条例。',
      '第二条　物业服务人应当遵守本条例。',
      '物业服务企业应当向业主公示收费标准。',
      '第三条　业主大会可以选聘物业服务人。',
      '第四条　本条例自2010年3月1日起施行。',
    ]);
  });

  it('two 款 restated in clauses joined by ；, neither quoted with a final mark: both end with 。, as 款 do', () => {
    expect(
      estate.apply('一、将第二条第一款修改为：“物业服务企业应当遵守本条例”；第二款修改为：“物业服务企业应当公示收费标准”。').slice(1, 3),
    ).toEqual(['第二条　物业服务企业应当遵守本条例。', '物业服务企业应当公示收费标准。']);
  });

  it('除本条外 with no place named before it in the item: no context, no guess', () => {
    const { errors } = estate.run('一、除本条外，其他条文中的“物业服务企业”均修改为“物业服务人”。');
    expect(errors.map((e) => e.ruleId)).toEqual(['decision/no-context']);
  });
});

const CHAPTERED = '某某市丙丁条例';
/** Two chapters: 总则 (第一条, 第二条) and 附则 (第三条, 第四条). */
const chaptered = familyRule(
  CHAPTERED,
  `${CHAPTERED}
（2010年1月1日某某市人民代表大会常务委员会公布）

第一章　总则

第一条　为了规范丙丁，制定本条例。

第二条　丙丁由市人民政府管理。

第二章　附则

第三条　本条例由市人民政府负责解释。

第四条　本条例自2010年3月1日起施行。
`,
);

describe('an article announced into a division by a number the division cannot hold', () => {
  it('在附则中增加一条，作为第二条: an error naming the numbers 附则 holds (第三条 to 第五条), not the place it was put', () => {
    const { errors } = chaptered.run('一、在附则中增加一条，作为第二条：“丙丁参照本条例执行。”');
    expect(errors.map((e) => [e.ruleId, e.data?.statedNew, e.data?.division, e.data?.first, e.data?.last])).toEqual([
      ['engine/announced-outside-division', '第二条', '第二章', '第三条', '第五条'],
    ]);
  });

  it('a number the division holds is no error: 作为第三条 goes first in 附则, 作为第五条 last', () => {
    expect(chaptered.apply('一、在附则中增加一条，作为第三条：“丙丁参照本条例执行。”').slice(-4)).toEqual([
      '第二章　附则',
      '第三条　丙丁参照本条例执行。',
      '第四条　本条例由市人民政府负责解释。',
      '第五条　本条例自2010年3月1日起施行。',
    ]);
    expect(chaptered.apply('一、在附则中增加一条，作为第五条：“丙丁参照本条例执行。”').slice(-2)).toEqual([
      '第四条　本条例自2010年3月1日起施行。',
      '第五条　丙丁参照本条例执行。',
    ]);
  });
});

describe('在本章中增加一条: the chapter the item adds or names', () => {
  it('after 增加一章，作为第二章“…”: the new article is in the new chapter (as 列入本章 puts it)', () => {
    expect(chaptered.apply('一、增加一章，作为第二章“监督管理”；在本章中增加一条，作为第三条：“市人民政府应当加强丙丁监督。”')).toEqual([
      '第一章　总则',
      '第一条　为了规范丙丁，制定本条例。',
      '第二条　丙丁由市人民政府管理。',
      '第二章　监督管理',
      '第三条　市人民政府应当加强丙丁监督。',
      '第三章　附则',
      '第四条　本条例由市人民政府负责解释。',
      '第五条　本条例自2010年3月1日起施行。',
    ]);
  });

  it('after 将第二章章名修改为“…”: the new article is in that chapter, though its number follows 第二条 of 第一章', () => {
    expect(chaptered.apply('一、将第二章章名修改为“附则和施行”，在本章中增加一条，作为第三条：“丙丁参照本条例执行。”')).toEqual([
      '第一章　总则',
      '第一条　为了规范丙丁，制定本条例。',
      '第二条　丙丁由市人民政府管理。',
      '第二章　附则和施行',
      '第三条　丙丁参照本条例执行。',
      '第四条　本条例由市人民政府负责解释。',
      '第五条　本条例自2010年3月1日起施行。',
    ]);
  });

  it('with no chapter added or named in the item: an error, the article not placed by guess', () => {
    const { errors } = chaptered.run('一、在本章中增加一条，作为第三条：“丙丁参照本条例执行。”');
    expect(errors.map((e) => [e.ruleId, e.data?.word])).toEqual([['decision/this-division-unknown', '章']]);
  });
});

describe('款 made an article and given its text; an article divided in two by 款', () => {
  const T5 = '某某市立法条例';
  const law = familyRule(
    T5,
    `${T5}
（2010年1月1日某某市人民代表大会常务委员会公布）

第一条　为了规范立法，制定本条例。

第二条　立法规划由常务委员会编制。
立法计划由法制工作机构拟订。
立法计划应当向社会公布。
设区的市的立法计划应当报告省常务委员会。

第三条　本条例自公布之日起施行。
`,
  );

  it('将第二条第二款至第四款改为第三条，修改为：“…”“…”: the new article has the quoted text (was the last 款 alone given it)', () => {
    expect(
      law.apply('一、将第二条第二款至第四款改为第三条，修改为：“立法计划由法制工作机构拟订并公布。”“设区的市的立法计划报省备案。”'),
    ).toEqual([
      '第一条　为了规范立法，制定本条例。',
      '第二条　立法规划由常务委员会编制。',
      '第三条　立法计划由法制工作机构拟订并公布。',
      '设区的市的立法计划报省备案。',
      '第四条　本条例自公布之日起施行。',
    ]);
  });

  it('将第二条修改后分作第三条和第四条，其中将第二条第一款至第三款改为第三条，修改为：“…” / 将第二条第四款改为第四条，修改为：“…”', () => {
    const items = [
      '一、增加一条，作为第二条：“立法应当坚持人大主导。”',
      '二、将第二条修改后分作第三条和第四条，其中将第二条第一款至第三款改为第三条，修改为：“立法规划和立法计划由常务委员会编制。”“立法计划应当向社会公布。”',
      '将第二条第四款改为第四条，修改为：“设区的市的立法计划应当报告省常务委员会。”“省常务委员会应当加强指导。”',
    ].join('\n\n');
    expect(law.apply(items)).toEqual([
      '第一条　为了规范立法，制定本条例。',
      '第二条　立法应当坚持人大主导。',
      '第三条　立法规划和立法计划由常务委员会编制。',
      '立法计划应当向社会公布。',
      '第四条　设区的市的立法计划应当报告省常务委员会。',
      '省常务委员会应当加强指导。',
      '第五条　本条例自公布之日起施行。',
    ]);
  });
});

describe('原第二款 and 第二款 after an earlier item added a 款', () => {
  it('both name the 款 that was second in the rule as it stood (every number of a decision is the original one): the same reading', () => {
    const T6 = '某某市物业管理条例';
    const estate = familyRule(
      T6,
      `${T6}\n（2010年1月1日公布）\n\n第一条　物业服务企业应当遵守本条例。\n物业服务企业应当公示收费标准。\n\n第二条　本条例自2010年3月1日起施行。\n`,
    );
    const expected = [
      '第一条　业主大会依法选聘物业服务企业。',
      '物业服务企业应当遵守本条例。',
      '物业服务企业应当按年公示收费标准。',
      '第二条　本条例自2010年3月1日起施行。',
    ];
    for (const place of ['第一条原第二款', '第一条第二款']) {
      expect(
        estate.apply(`一、在第一条中增加一款，作为第一款：“业主大会依法选聘物业服务企业。”\n\n二、在${place}中的“应当”后增加“按年”。`),
      ).toEqual(expected);
    }
  });
});

const law2 = familyRule(
  '某某市立法条例',
  '某某市立法条例\n（2010年1月1日公布）\n\n第一条　为了规范立法，制定本条例。\n\n第二条　立法规划由常务委员会编制。\n\n第三条　本条例自公布之日起施行。\n',
);

describe('an unquoted payload broken over lines', () => {
  it('a line with no final mark followed by another: read as written, and a warning names both lines', () => {
    const { result, lines } = law2.run(
      '一、将第二条修改为：\n\n立法规划由常务委员会编制，立法\n\n计划由法制工作机构拟订。\n\n立法计划应当向社会公布。',
    );
    const warned = result.diagnostics.filter((d) => d.ruleId === 'decision/payload-line-unfinished');
    // The decision's line 5 is the item's first line (title, blank, preamble, blank before it).
    expect(warned.map((d) => [d.data?.line, d.data?.next])).toEqual([[7, 9]]);
    expect(lines.slice(1, 4)).toEqual(['第二条　立法规划由常务委员会编制，立法', '计划由法制工作机构拟订。', '立法计划应当向社会公布。']);
  });

  it('paragraphs each ending in a mark: no warning, the same reading', () => {
    const { result, lines } = law2.run('一、将第二条修改为：\n\n立法规划由常务委员会编制。\n\n立法计划应当向社会公布。');
    expect(result.diagnostics.filter((d) => d.ruleId === 'decision/payload-line-unfinished')).toEqual([]);
    expect(lines.slice(1, 3)).toEqual(['第二条　立法规划由常务委员会编制。', '立法计划应当向社会公布。']);
  });
});
