import { describe, expect, it } from 'vitest';
import { familyRule } from './family-rule.ts';

/**
 * Which places and which words a clause of a decision reaches — the groups of
 * one replacement, 除本条外, 其中 after renumberings — end to end on one small
 * hand-written rule. Every expected line is worked out from the words of the
 * instruction.
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
地名档案应当妥善保存。

第五条　县（市、区）地名主管部门应当设置地名标志。
地名标志应当规范。

第六条　违反本办法的，由地名主管部门责令改正。

第七条　本办法自2010年3月1日起施行。
`;

const { original: ORIGINAL, apply, withLines } = familyRule(TITLE, RULE);
// Lines (without title and note): 0 第一条, 1 第二条, 2–8 第三条, 9–10 第四条, 11–12 第五条, 13 第六条, 14 第七条.

describe('groups of places, each with its words, and new words 分别 in order across them', () => {
  it('将第四条、第五条中的“A”，和第一条、第六条中的“B”分别修改为“C”、“D”: A becomes C, B becomes D', () => {
    expect(apply('一、将第四条、第五条中的“地名主管部门”，和第一条、第六条中的“本办法”分别修改为“民政部门”、“本规定”。')).toEqual(
      withLines({
        0: '第一条　为了加强地名管理，制定本规定。',
        9: '第四条　县（市、区）民政部门负责地名档案管理。',
        11: '第五条　县（市、区）民政部门应当设置地名标志。',
        13: '第六条　违反本规定的，由地名主管部门责令改正。',
      }),
    );
  });

  it('the same with the groups joined by a comma alone', () => {
    expect(apply('一、将第四条、第五条中的“地名主管部门”，第一条、第六条中的“本办法”分别修改为“民政部门”、“本规定”。')).toEqual(
      withLines({
        0: '第一条　为了加强地名管理，制定本规定。',
        9: '第四条　县（市、区）民政部门负责地名档案管理。',
        11: '第五条　县（市、区）民政部门应当设置地名标志。',
        13: '第六条　违反本规定的，由地名主管部门责令改正。',
      }),
    );
  });

  it('将第四条“A”、第一条中的“B”分别修改为“C”、“D”: the first place’s words right after it', () => {
    expect(apply('一、将第四条“地名主管部门”、第一条中的“本办法”分别修改为“民政部门”、“本规定”。')).toEqual(
      withLines({
        0: '第一条　为了加强地名管理，制定本规定。',
        9: '第四条　县（市、区）民政部门负责地名档案管理。',
      }),
    );
  });
});

describe('除本条外: the article the item just restated left out, whatever the words do', () => {
  const RESTATED = '一、将第四条第二款修改为：“地名档案由档案馆保存。”';

  it('除本条外，其他条文中的“A”前均增加“B”: not in 第四条', () => {
    expect(apply(`${RESTATED}除本条外，其他条文中的“地名主管部门”前均增加“市级”。`)).toEqual(
      withLines({
        10: '地名档案由档案馆保存。',
        11: '第五条　县（市、区）市级地名主管部门应当设置地名标志。',
        13: '第六条　违反本办法的，由市级地名主管部门责令改正。',
      }),
    );
  });

  it('删去除本条外，其他条文中的“A”: not in 第四条', () => {
    expect(apply(`${RESTATED}删去除本条外，其他条文中的“县（市、区）”。`)).toEqual(
      withLines({
        10: '地名档案由档案馆保存。',
        11: '第五条　地名主管部门应当设置地名标志。',
      }),
    );
  });

  it('；“C”均修改为“D” with no place named leaves 第四条 out too', () => {
    expect(apply(`${RESTATED}除本条外，其他条文中的“县（市、区）”均修改为“县级”；“地名主管部门”均修改为“民政部门”。`)).toEqual(
      withLines({
        10: '地名档案由档案馆保存。',
        11: '第五条　县级民政部门应当设置地名标志。',
        13: '第六条　违反本办法的，由民政部门责令改正。',
      }),
    );
  });

  it('；将本办法中的“C”修改为“D” names the whole rule: 第四条 too', () => {
    const whole = {
      9: '第四条　县（市、区）民政部门负责地名档案管理。',
      10: '地名档案由档案馆保存。',
      11: '第五条　县级民政部门应当设置地名标志。',
      13: '第六条　违反本办法的，由民政部门责令改正。',
    };
    for (const sep of ['；', '。']) {
      expect(
        apply(`${RESTATED}除本条外，其他条文中的“县（市、区）”均修改为“县级”${sep}将本办法中的“地名主管部门”修改为“民政部门”。`),
      ).toEqual(withLines(whole));
    }
  });
});

describe('其中 after renumberings: the run joined by ， only', () => {
  const ADDED = '一、增加一条，作为第二条：“地名应当规范。”';
  /** The rule with 第二条 added: 第四条 and 第五条 become 第五条 and 第六条, with 第五条 (now 第六条) as given. */
  const renumbered = (fourth: string, fifth: string): string[] => [
    ORIGINAL[0],
    '第二条　地名应当规范。',
    '第三条　县（市）人民政府负责本行政区域的地名管理。',
    '第四条　地名不得有下列情形：',
    ...ORIGINAL.slice(3, 9),
    `第五条　县（市、区）${fourth}负责地名档案管理。`,
    ORIGINAL[10],
    `第六条　县（市、区）${fifth}应当设置地名标志。`,
    ORIGINAL[12],
    '第七条　违反本办法的，由地名主管部门责令改正。',
    '第八条　本办法自2010年3月1日起施行。',
  ];

  it('原第四条改为第五条，原第五条改为第六条，其中的“A”统一修改为“B”: both articles', () => {
    expect(apply(`${ADDED}\n\n二、原第四条改为第五条，原第五条改为第六条，其中的“地名主管部门”统一修改为“民政部门”。`)).toEqual(
      renumbered('民政部门', '民政部门'),
    );
  });

  it('after a 。 or ；, 将第五条改为第六条，其中的“A”修改为“B” names 第五条 alone', () => {
    for (const sep of ['。', '；']) {
      expect(apply(`${ADDED}\n\n二、将第四条改为第五条${sep}将第五条改为第六条，其中的“地名主管部门”修改为“民政部门”。`)).toEqual(
        renumbered('地名主管部门', '民政部门'),
      );
    }
  });
});
