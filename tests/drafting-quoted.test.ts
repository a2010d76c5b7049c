import { describe, expect, it } from 'vitest';
import { messageText } from '@amend/model';
import { familyRule } from './family-rule.ts';

/**
 * Families of drafting whose quotations say something besides new text (the
 * words a deleted provision has; paragraphs and articles quoted one after
 * another), end to end on one small hand-written rule. Every expected line is
 * worked out from the words of the instruction.
 */
const TITLE = '某某市甲乙管理条例';
const RULE = `${TITLE}
（2015年1月1日某某市人民代表大会常务委员会公布）

第一章　总则

第一条　为了规范甲乙管理，制定本条例。

第二条　市甲乙主管部门负责本条例的实施。
县级甲乙主管部门按照职责做好相关工作。
开发区管理机构应当在各自职责范围内做好甲乙管理工作。

第三条　有下列情形之一的，主管部门应当记入信用记录：
（一）拒不改正的；
（二）打击报复举报人的。

第二章　附则

第四条　本条例自2015年3月1日起施行。
`;

const { run, apply } = familyRule(TITLE, RULE);

describe('a deletion quoting what it deletes', () => {
  it('删除第三款：“…” (after an item on the article) and 删除第三条：“<lead-in and its 项>”: the provisions go', () => {
    const { lines, result } = run(
      [
        '一、将第二条第一款修改为：“市甲乙主管部门统一负责本条例的实施。”',
        '删除第三款：“开发区管理机构应当在各自职责范围内做好甲乙管理工作。”',
        '二、删除第三条：“有下列情形之一的，主管部门应当记入信用记录：',
        '“（一）拒不改正的；',
        '“（二）打击报复举报人的。”',
      ].join('\n\n'),
    );
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(lines).toEqual([
      '第一章　总则',
      '第一条　为了规范甲乙管理，制定本条例。',
      '第二条　市甲乙主管部门统一负责本条例的实施。',
      '县级甲乙主管部门按照职责做好相关工作。',
      '第二章　附则',
      '第三条　本条例自2015年3月1日起施行。',
    ]);
  });

  it('quoted words that are not the provision’s: deleted as named, with a warning showing both from where they part', () => {
    const { errors, lines, result } = run('一、删除第二条第三款：“开发区管理机构应当做好甲乙管理工作。”');
    expect(errors).toEqual([]);
    expect(lines).not.toContain('开发区管理机构应当在各自职责范围内做好甲乙管理工作。');
    const warned = result.diagnostics.filter((d) => d.ruleId === 'engine/deleted-text-differs');
    expect(warned.map((d) => messageText(d, 'zh'))).toEqual([
      '决定删去原第二条第三款，所引原文为“开发区管理机构应当做好甲乙管理工作。”，但原规章该处为“开发区管理机构应当在各自职责范围内做好甲乙管理工作。”；已按决定删去',
    ]);
    expect(messageText(warned[0], 'en')).toContain(
      'quoting it as “开发区管理机构应当做好甲乙管理工作。”, but the original reads “开发区管理机构应当在各自职责范围内做好甲乙管理工作。”',
    );
  });

  it('the article’s label quoted with it, and layout (spaces, a broken line) are no difference', () => {
    const { result } = run(
      '一、删除第三条：“第三条　有下列情形之一的，主管部门应当记入 信用记录：\n\n“（一）拒不改正的；\n\n“（二）打击报复举报人的。”',
    );
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(
      apply('一、删除第三条：“第三条　有下列情形之一的，主管部门应当记入信用记录：\n\n“（一）拒不改正的；\n\n“（二）打击报复举报人的。”'),
    ).not.toContain('（一）拒不改正的；');
  });
});

describe('a quoted passage whose first paragraph closes ”。 and goes on', () => {
  it('将第一条修改为：“…”。 then “…”: the article has both paragraphs, the first with its 。', () => {
    expect(
      apply('一、将第一条修改为：“为了规范甲乙管理，保障丙丁权益，制定本条例”。\n\n“本条例所称甲乙，是指戊己。”\n\n二、删除第三条。'),
    ).toEqual([
      '第一章　总则',
      '第一条　为了规范甲乙管理，保障丙丁权益，制定本条例。',
      '本条例所称甲乙，是指戊己。',
      '第二条　市甲乙主管部门负责本条例的实施。',
      '县级甲乙主管部门按照职责做好相关工作。',
      '开发区管理机构应当在各自职责范围内做好甲乙管理工作。',
      '第二章　附则',
      '第三条　本条例自2015年3月1日起施行。',
    ]);
  });
});

describe('new articles announced by count, their texts one paragraph each', () => {
  it('在第一条后增加两条，分别作为第二条：“…” then 第三条：“…” of two paragraphs: both after 第一条, the others follow', () => {
    expect(
      apply(
        [
          '一、在第一条后增加两条，分别作为第二条：“甲乙活动应当遵循公开原则。”',
          '第三条：“丙丁应当依法登记。',
          '“登记事项变更的，应当及时办理变更登记。”',
        ].join('\n\n'),
      ),
    ).toEqual([
      '第一章　总则',
      '第一条　为了规范甲乙管理，制定本条例。',
      '第二条　甲乙活动应当遵循公开原则。',
      '第三条　丙丁应当依法登记。',
      '登记事项变更的，应当及时办理变更登记。',
      '第四条　市甲乙主管部门负责本条例的实施。',
      '县级甲乙主管部门按照职责做好相关工作。',
      '开发区管理机构应当在各自职责范围内做好甲乙管理工作。',
      '第五条　有下列情形之一的，主管部门应当记入信用记录：',
      '（一）拒不改正的；',
      '（二）打击报复举报人的。',
      '第二章　附则',
      '第六条　本条例自2015年3月1日起施行。',
    ]);
  });
});

describe('ASCII quotation marks nested in an ASCII-quoted passage', () => {
  it('修改为： then "…"甲乙"…" paragraphs: the inner marks are quotations within the article', () => {
    expect(apply('一、将第一条修改为：\n\n"为了规范"甲乙""丙丁"管理，制定本条例。\n\n"本条例所称"甲乙"，是指戊己。"').slice(0, 3)).toEqual([
      '第一章　总则',
      '第一条　为了规范“甲乙”“丙丁”管理，制定本条例。',
      '本条例所称“甲乙”，是指戊己。',
    ]);
  });
});

describe('an article added at the end of a chapter', () => {
  const tail = ['第二章　附则', '第四条　本条例自2015年3月1日起施行。'];
  it('在附则中新增一条：“…”: after the chapter’s last article, numbered on from it', () => {
    expect(apply('一、在附则中新增一条：“开发区参照本条例执行。”').slice(-3)).toEqual([...tail, '第五条　开发区参照本条例执行。']);
  });

  it('在第二章中增加一条：“…” reads the same; 在第三条后增加一条：“…” with no number goes after 第三条', () => {
    expect(apply('一、在第二章中增加一条：“开发区参照本条例执行。”').slice(-3)).toEqual([...tail, '第五条　开发区参照本条例执行。']);
    expect(apply('一、在第三条后增加一条：“开发区参照本条例执行。”').slice(-4)).toEqual([
      '（二）打击报复举报人的。',
      '第四条　开发区参照本条例执行。',
      '第二章　附则',
      '第五条　本条例自2015年3月1日起施行。',
    ]);
  });

  it('在总则中增加一条 in a rule with 总则: after its last article', () => {
    expect(apply('一、在总则中增加一条：“开发区参照本条例执行。”').slice(-4)).toEqual([
      '（二）打击报复举报人的。',
      '第四条　开发区参照本条例执行。',
      ...tail.slice(0, 1),
      '第五条　本条例自2015年3月1日起施行。',
    ]);
  });

  it('a title the rule has no division of is an error', () => {
    const plain = familyRule(
      '某某市丙丁办法',
      '某某市丙丁办法\n（2015年1月1日公布）\n\n第一条　为了规范丙丁，制定本办法。\n\n第二条　本办法自2015年3月1日起施行。\n',
    );
    const { errors } = plain.run('一、在附则中新增一条：“开发区参照本办法执行。”');
    expect(errors.map((d) => [d.ruleId, d.data?.target])).toEqual([['engine/target-not-found', '“附则”']]);
  });
});

describe('a provision made a new article, with its text', () => {
  it('增加一条，将第二条第三款作为第四条的内容：“…”: the 款 leaves 第二条 and is the new 第四条, in these words', () => {
    expect(apply('一、增加一条，将第二条第三款作为第四条的内容：“开发区管理机构按照职责做好甲乙管理工作。”')).toEqual([
      '第一章　总则',
      '第一条　为了规范甲乙管理，制定本条例。',
      '第二条　市甲乙主管部门负责本条例的实施。',
      '县级甲乙主管部门按照职责做好相关工作。',
      '第三条　有下列情形之一的，主管部门应当记入信用记录：',
      '（一）拒不改正的；',
      '（二）打击报复举报人的。',
      '第四条　开发区管理机构按照职责做好甲乙管理工作。',
      '第二章　附则',
      '第五条　本条例自2015年3月1日起施行。',
    ]);
  });
});

describe('the final mark of a provision written after its closing quotation mark', () => {
  it('将第一条修改为：“…”。: the article ends with the 。', () => {
    expect(apply('一、将第一条修改为：“为了规范甲乙管理，保障丙丁权益，制定本条例”。')[1]).toBe(
      '第一条　为了规范甲乙管理，保障丙丁权益，制定本条例。',
    );
  });
});

describe('new articles announced together, one quoted paragraph each', () => {
  const expected = [
    '第一章　总则',
    '第一条　为了规范甲乙管理，制定本条例。',
    '第二条　甲乙活动应当遵循公开原则。',
    '第三条　丙丁应当依法登记。',
    '第四条　市甲乙主管部门负责本条例的实施。',
    '县级甲乙主管部门按照职责做好相关工作。',
    '开发区管理机构应当在各自职责范围内做好甲乙管理工作。',
    '第五条　有下列情形之一的，主管部门应当记入信用记录：',
    '（一）拒不改正的；',
    '（二）打击报复举报人的。',
    '第二章　附则',
    '第六条　本条例自2015年3月1日起施行。',
  ];

  it('在第一条后增加两条，分别作为第二条、第三条：“…”“…”: one article each, not one article of two paragraphs', () => {
    expect(apply('一、在第一条后增加两条，分别作为第二条、第三条：“甲乙活动应当遵循公开原则。”“丙丁应当依法登记。”')).toEqual(expected);
  });

  it('the same as one passage of two paragraphs', () => {
    expect(apply('一、在第一条后增加两条，作为第二条、第三条：“甲乙活动应当遵循公开原则。\n\n“丙丁应当依法登记。”')).toEqual(expected);
  });

  it('three paragraphs for two articles: which goes where is not said, an error', () => {
    const { errors } = run(
      '一、在第一条后增加两条，作为第二条、第三条：“甲乙活动应当遵循公开原则。\n\n“丙丁应当依法登记。\n\n“登记事项变更的，应当及时办理变更登记。”',
    );
    expect(errors.map((d) => [d.ruleId, d.data?.targets, d.data?.units])).toEqual([['decision/payload-count-mismatch', 2, 3]]);
  });
});

describe('new 款 announced together, a quoted paragraph each', () => {
  it('增加两款，分别作为第二款、第三款：“…”“…”: one 款 each', () => {
    expect(apply('一、在第二条中增加两款，分别作为第二款、第三款：“甲乙丙。”“丁戊己。”').slice(2, 7)).toEqual([
      '第二条　市甲乙主管部门负责本条例的实施。',
      '甲乙丙。',
      '丁戊己。',
      '县级甲乙主管部门按照职责做好相关工作。',
      '开发区管理机构应当在各自职责范围内做好甲乙管理工作。',
    ]);
  });

  it('one paragraph, or three, for two 款 announced: an error, nothing inserted', () => {
    for (const payload of ['“甲乙丙。”', '“甲乙丙。\n\n“丁戊己。\n\n“庚辛。”']) {
      const { errors } = run(`一、在第二条中增加两款，分别作为第二款、第三款：${payload}`);
      expect(errors.map((d) => [d.ruleId, d.data?.targets])).toEqual([['decision/payload-count-mismatch', 2]]);
    }
  });
});
