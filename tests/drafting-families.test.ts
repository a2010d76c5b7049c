import { describe, expect, it } from 'vitest';
import { familyRule } from './family-rule.ts';

/**
 * Families of local drafting (docs/decision-grammar.md §4) end to end:
 * decision text → operations → consolidated rule, on one small hand-written
 * rule. Every expected line is worked out from the words of the instruction.
 */
const TITLE = '某某市道路绿化条例';
const RULE = `${TITLE}
（2010年1月1日某某市人民代表大会常务委员会公布）

第一章　总则

第一条　为了加强道路绿化管理，制定本条例。

第二条　市林业主管部门负责本条例的实施。

第三条　县级林业主管部门按照职责做好道路绿化工作。

第二章　管理

第四条　工作人员玩忽职守、滥用职权、徇私舞弊的，依法给予处分。

第五条　占用道路的，由道路管理机构责令改正，并承担占用道路的补偿费用。

第六条　任何单位不得在道路上设卡。林业主管部门应当加强巡查。

第七条　城市绿化建设应当符合规划。城市绿化建设应当与各种设施管线保持规定的安全距离。

第八条　临时占用绿地的，应当经有关部门审批后方可占用。
占用期满后，应当恢复原状。

第九条　本条例自2010年3月1日起施行。
`;

const { original: ORIGINAL, run, apply, withLines } = familyRule(TITLE, RULE);

describe('a place running on to the end of the rule', () => {
  it('第三条及其后条文中的“A”统一修改为“B”: 第二条 keeps its words', () => {
    const changed = withLines({
      3: '第三条　县级古茶树主管部门按照职责做好道路绿化工作。',
      7: '第六条　任何单位不得在道路上设卡。古茶树主管部门应当加强巡查。',
    });
    expect(apply('一、第三条及其后条文中的“林业主管部门”统一修改为“古茶树主管部门”。')).toEqual(changed);
    expect(apply('一、将第二条以后各条中的“林业主管部门”修改为“古茶树主管部门”。')).toEqual(changed);
    expect(apply('一、将第三条至最后一条中的“林业主管部门”修改为“古茶树主管部门”。')).toEqual(changed);
  });

  it('其后各条: after the article named before', () => {
    expect(apply('一、将第二条中的“市林业主管部门”修改为“市古茶树主管部门”，其后各条中的“林业主管部门”修改为“古茶树主管部门”。')).toEqual(
      withLines({
        2: '第二条　市古茶树主管部门负责本条例的实施。',
        3: '第三条　县级古茶树主管部门按照职责做好道路绿化工作。',
        7: '第六条　任何单位不得在道路上设卡。古茶树主管部门应当加强巡查。',
      }),
    );
  });
});

describe('a place, a comma, then what happens there', () => {
  it('将第六条，在“A”前增加“B”', () => {
    expect(apply('一、将第六条，在“设卡”前增加“擅自”。')).toEqual(
      withLines({ 7: '第六条　任何单位不得在道路上擅自设卡。林业主管部门应当加强巡查。' }),
    );
  });

  it('将第六条（原第五条），修改为“…”: read as written, the note reported', () => {
    const { errors, lines, result } = run('一、将第六条（原第五条），修改为“任何单位和个人不得在道路上设卡。”');
    expect(errors).toEqual([]);
    expect(lines).toEqual(withLines({ 7: '第六条　任何单位和个人不得在道路上设卡。' }));
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('decision/original-number-noted');
  });
});

describe('edges and neighbours: 的后面, 最后面', () => {
  it('在“A”的后面增加“B”', () => {
    expect(apply('一、在第一条中的“加强”的后面增加“和规范”。')).toEqual(
      withLines({ 1: '第一条　为了加强和规范道路绿化管理，制定本条例。' }),
    );
  });

  it('将第五条，删除最后面的“…”', () => {
    expect(apply('一、将第五条，删除最后面的“，并承担占用道路的补偿费用”。')).toEqual(
      withLines({ 6: '第五条　占用道路的，由道路管理机构责令改正。' }),
    );
  });

  it('最后面的 / 最前面的 words occurring twice: only the last (first) occurrence is deleted', () => {
    expect(apply('一、删除第七条最后面的“城市绿化建设”。')).toEqual(
      withLines({ 8: '第七条　城市绿化建设应当符合规划。应当与各种设施管线保持规定的安全距离。' }),
    );
    expect(apply('一、将第七条最前面的“城市绿化建设”删除。')).toEqual(
      withLines({ 8: '第七条　应当符合规划。城市绿化建设应当与各种设施管线保持规定的安全距离。' }),
    );
  });

  it('删除第八条第二款最后面的“…” / 在最后面增加 after the place named', () => {
    expect(apply('一、删除第八条第二款最后面的“，应当恢复原状”。')).toEqual(withLines({ 10: '占用期满后。' }));
    expect(apply('一、将第八条第二款，在最后面增加“，并承担恢复费用”。')).toEqual(
      withLines({ 10: '占用期满后，应当恢复原状，并承担恢复费用。' }),
    );
  });
});

describe('words moved', () => {
  it('将第四条中的“A”调整到“B”之后', () => {
    expect(apply('一、将第四条中的“玩忽职守”调整到“滥用职权”之后。')).toEqual(
      withLines({ 5: '第四条　工作人员滥用职权、玩忽职守、徇私舞弊的，依法给予处分。' }),
    );
  });

  it('移至“A”前面: the mirror', () => {
    expect(apply('一、将第四条中的“滥用职权”移至“玩忽职守”前面。')).toEqual(
      withLines({ 5: '第四条　工作人员滥用职权、玩忽职守、徇私舞弊的，依法给予处分。' }),
    );
  });

  it('将第七条分解为两款，将其中“…”的规定调整作为第二款: the sentence becomes the second 款', () => {
    const lines = apply('一、将第七条分解为两款，将其中“城市绿化建设应当与各种设施管线保持规定的安全距离”的规定调整作为第二款。');
    expect(lines).toEqual([
      ...ORIGINAL.slice(0, 8),
      '第七条　城市绿化建设应当符合规划。',
      '城市绿化建设应当与各种设施管线保持规定的安全距离。',
      ...ORIGINAL.slice(9),
    ]);
  });
});

describe('a reason after the changes', () => {
  it('，与《…》等法律表述保持一致 changes nothing', () => {
    const { errors, lines, result } = run(
      '一、对部分字词进一步规范表述，条例中的"道路管理机构"修改为"道路主管部门"，"林业主管部门"修改为"园林主管部门"，与《某某法》《某某条例》等法律表述保持一致。',
    );
    expect(errors).toEqual([]);
    expect(lines).toEqual(
      withLines({
        2: '第二条　市园林主管部门负责本条例的实施。',
        3: '第三条　县级园林主管部门按照职责做好道路绿化工作。',
        6: '第五条　占用道路的，由道路主管部门责令改正，并承担占用道路的补偿费用。',
        7: '第六条　任何单位不得在道路上设卡。园林主管部门应当加强巡查。',
      }),
    );
    expect(result.diagnostics.filter((d) => d.ruleId === 'decision/commentary-skipped')).toHaveLength(2);
  });
});

describe('bare 款 on the lines after an item names its article', () => {
  it('增加一款，作为第八条第一款 / 删除第二款。 / 增加一款作为第三款', () => {
    const lines = apply(
      '一、增加一款，作为第八条第一款：“临时占用绿地应当符合规划。”\n\n删除第二款。\n\n增加一款作为第三款：“占用单位应当承担恢复费用。”',
    );
    expect(lines).toEqual([
      ...ORIGINAL.slice(0, 9),
      '第八条　临时占用绿地应当符合规划。',
      '临时占用绿地的，应当经有关部门审批后方可占用。',
      '占用单位应当承担恢复费用。',
      ...ORIGINAL.slice(11),
    ]);
  });
});

describe('a stated number of characters', () => {
  it('删除…中的“有关部门”四个字', () => {
    expect(apply('一、删除第八条第一款中的“有关部门”四个字。')).toEqual(withLines({ 9: '第八条　临时占用绿地的，应当经审批后方可占用。' }));
  });
});
