import { describe, expect, it } from 'vitest';
import { familyRule } from './family-rule.ts';

/**
 * Families about order, end to end on one small hand-written rule: words
 * moved within a list, a new chapter filled by the item's next clause.
 * Every expected line is worked out from the words of the instruction.
 */
const TITLE = '某某市河道管理条例';
const RULE = `${TITLE}
（2012年1月1日某某市人民代表大会常务委员会公布）

第一章　总则

第一条　为了加强河道管理，制定本条例。

第二条　市水务主管部门负责本条例的实施。

第二章　管理

第三条　禁止在河道内倾倒垃圾、渣土和建筑废料。

第四条　水务主管部门应当会同规划、住房城乡建设等部门编制河道规划。

第五条　工作人员玩忽职守滥用职权的，依法给予处分。

第六条　单位或者个人违反本条例的，由水务主管部门责令改正。

第七条　本条例自2012年3月1日起施行。
`;

const { original: ORIGINAL, run, apply, withLines } = familyRule(TITLE, RULE);

describe('words moved within a list: the members move, the marks stay', () => {
  // [what the case shows, the item, the line (by index) and what it becomes]: worked out from the words.
  it.each([
    [
      '甲、乙和丙 with 甲 after 丙 is 乙、丙和甲: 和 stays before the last member',
      '一、将第三条中的“垃圾”调整到“建筑废料”之后。',
      4,
      '第三条　禁止在河道内倾倒渣土、建筑废料和垃圾。',
    ],
    [
      '甲、乙和丙 with 丙 before 甲 is 丙、甲和乙',
      '一、将第三条中的“建筑废料”调整到“垃圾”之前。',
      4,
      '第三条　禁止在河道内倾倒建筑废料、垃圾和渣土。',
    ],
    [
      '甲、乙和丙 with 甲 after 乙: only the first two change places',
      '一、将第三条中的“垃圾”移至“渣土”的后面。',
      4,
      '第三条　禁止在河道内倾倒渣土、垃圾和建筑废料。',
    ],
    [
      'two words with no mark between them swap',
      '一、将第五条中的“玩忽职守”调整到“滥用职权”之后。',
      6,
      '第五条　工作人员滥用职权玩忽职守的，依法给予处分。',
    ],
    [
      '甲或者乙 with 乙 before 甲 is 乙或者甲',
      '一、将第六条中的“个人”移至“单位”前面。',
      7,
      '第六条　个人或者单位违反本条例的，由水务主管部门责令改正。',
    ],
  ] as const)('%s', (_, item, line, text) => {
    expect(apply(item)).toEqual(withLines({ [line]: text }));
  });

  it('another item changing the other words: both changes stand', () => {
    expect(apply('一、将第三条中的“垃圾”调整到“建筑废料”之后。\n\n二、将第三条中的“建筑废料”修改为“建筑垃圾”。')).toEqual(
      withLines({ 4: '第三条　禁止在河道内倾倒渣土、建筑垃圾和垃圾。' }),
    );
  });

  it('words the place does not hold are not found', () => {
    expect(run('一、将第五条中的“徇私舞弊”调整到“滥用职权”之后。').errors.map((d) => d.ruleId)).toEqual(['engine/phrase-not-found']);
    expect(run('一、将第五条中的“玩忽职守”调整到“徇私舞弊”之后。').errors.map((d) => d.ruleId)).toEqual(['engine/phrase-not-found']);
  });
});

describe('a new chapter, then the articles put into it (列入本章)', () => {
  it('增加一章，作为第三章“附则”；增加一条，作为第八条：“…”，列入本章: the new article ends the rule under the new heading', () => {
    expect(apply('一、增加一章，作为第三章“附则”；增加一条，作为第八条：“本条例由市人民政府负责解释。”，列入本章。')).toEqual([
      ...ORIGINAL,
      '第三章　附则',
      '第八条　本条例由市人民政府负责解释。',
    ]);
  });

  it('列入第三章, the chapter the item just added: as 列入本章', () => {
    expect(apply('一、增加一章，作为第三章“附则”；增加一条，作为第八条：“本条例由市人民政府负责解释。”，列入第三章。')).toEqual([
      ...ORIGINAL,
      '第三章　附则',
      '第八条　本条例由市人民政府负责解释。',
    ]);
  });

  it('a new article and the renumbered last one, both 列入本章: the chapter takes both', () => {
    expect(
      apply(
        '一、增加一章，作为第三章“附则”；增加一条，作为第七条：“本条例由市人民政府负责解释。”，列入本章；将第七条改为第八条，列入本章。',
      ),
    ).toEqual([...ORIGINAL.slice(0, 8), '第三章　附则', '第七条　本条例由市人民政府负责解释。', '第八条　本条例自2012年3月1日起施行。']);
  });

  it('only what is put 列入本章 goes in: an article added before it, without 列入本章, stays in 第二章', () => {
    expect(apply('一、增加一章，作为第三章“附则”；增加一条，作为第八条：“甲。”；增加一条，作为第九条：“乙。”，列入本章。')).toEqual([
      ...ORIGINAL,
      '第八条　甲。',
      '第三章　附则',
      '第九条　乙。',
    ]);
  });

  it('articles put in out of order: the chapter runs from the lowest to the highest', () => {
    expect(
      apply('一、增加一章，作为第三章“附则”；增加一条，作为第九条：“乙。”，列入本章；增加一条，作为第八条：“甲。”，列入本章。'),
    ).toEqual([...ORIGINAL, '第三章　附则', '第八条　甲。', '第九条　乙。']);
  });
});

describe('numbers across items: the rule’s own provisions by their original numbers', () => {
  // The new 第三条 after 第二条, and original 第四条 (now 第五条) rewritten; every later article one number on.
  const ADDED = '在第二条后增加一条，作为第三条：“区水务主管部门负责本辖区河道的日常管理。”';
  const REWRITTEN = '将第五条（原第四条）修改为：“水务主管部门应当会同有关部门编制河道规划。”';
  const EXPECTED = [
    ...ORIGINAL.slice(0, 3),
    '第三条　区水务主管部门负责本辖区河道的日常管理。',
    '第二章　管理',
    '第四条　禁止在河道内倾倒垃圾、渣土和建筑废料。',
    '第五条　水务主管部门应当会同有关部门编制河道规划。',
    '第六条　工作人员玩忽职守滥用职权的，依法给予处分。',
    '第七条　单位或者个人违反本条例的，由水务主管部门责令改正。',
    '第八条　本条例自2012年3月1日起施行。',
  ];

  it('将第五条（原第四条）修改为 after an article added before it: original 第四条 is rewritten', () => {
    expect(apply(`一、${ADDED}\n\n二、${REWRITTEN}`)).toEqual(EXPECTED);
  });

  it('the same in one item: 在第二条后增加一条…；将第五条（原第四条）修改为 rewrites original 第四条', () => {
    expect(apply(`一、${ADDED}；${REWRITTEN}`)).toEqual(EXPECTED);
  });

  it('第四条及其后条文: the rule’s own 第四条 and the articles after it; the new 第五条 keeps the decision’s words', () => {
    const { errors, lines, result } = run(
      '一、在第四条后增加一条，作为第五条：“水务主管部门应当公布河道名录。”\n\n二、第四条及其后条文中的“水务主管部门”统一修改为“水行政主管部门”。',
    );
    expect(errors).toEqual([]);
    expect(lines).toEqual([
      ...ORIGINAL.slice(0, 5),
      '第四条　水行政主管部门应当会同规划、住房城乡建设等部门编制河道规划。',
      '第五条　水务主管部门应当公布河道名录。',
      '第六条　工作人员玩忽职守滥用职权的，依法给予处分。',
      '第七条　单位或者个人违反本条例的，由水行政主管部门责令改正。',
      '第八条　本条例自2012年3月1日起施行。',
    ]);
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('decision/range-leaves-new-text');
  });
});
