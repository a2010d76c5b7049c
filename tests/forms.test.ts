import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serialize } from '@amend/document';
import { amend } from '@amend/pipeline';
import { run as cli, tempDir } from './helpers.ts';

/**
 * Drafting forms of real decisions (provincial and municipal 关于修改…政府规章
 * 的决定, NPC and court decisions) end to end: decision text → operations →
 * consolidated rule, on one small hand-written rule. Every expected line is
 * worked out from the words of the instruction.
 */
const TITLE = '某某市市容管理办法';
const RULE = `${TITLE}
（2015年3月1日某某市人民政府令第10号公布）

第一章　总则

第一条　为了加强市容管理，制定本办法。

第二条　本办法适用于本市行政区域。

第三条　市公安机关、卫生行政部门按照各自职责做好市容管理工作。
县级人民政府应当加强领导。

第二章　管理

第一节　一般规定

第四条　有下列行为之一的，由城市管理部门责令改正：
（一）乱扔垃圾；
（二）乱贴广告；
（三）其他影响市容的行为。

第五条　公安机关应当配合城市管理部门依照本办法第四条的规定处理。

第二节　监督检查

第六条　城市管理部门应当建立巡查制度，城管执法人员应当按照规定巡查。
巡查中发现违法行为的，应当及时处理。

第七条　城市管理部门应当公开举报电话。

第八条　举报可以采用下列方式：
（一）书面方式，包括：
1.信函；
2.传真。
（二）口头方式。

第三章　附则

第九条　本办法自2015年3月1日起施行。
`;

/** The body of the original, line by line (what each test's expectation starts from). */
const ORIGINAL = body(RULE);

function body(text: string): string[] {
  return text
    .split('\n')
    .slice(2)
    .filter((l) => l !== '');
}

/** A one-rule decision of numbered items, as a municipal government prints it. */
function decision(...items: string[]): string {
  const numbered = items.map((t, i) => `${'一二三四五六七八九十'[i]}、${t}`).join('\n\n');
  return `# 某某市人民政府关于修改《${TITLE}》的决定\n\n市人民政府决定对《${TITLE}》作如下修改：\n\n${numbered}\n\n本决定自公布之日起施行。\n`;
}

function run(...items: string[]) {
  const result = amend({ file: 'rule.txt', text: RULE }, { file: 'decision.md', text: decision(...items) });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  return { result, errors, lines: result.consolidation ? body(serialize(result.consolidation.after)) : [] };
}

/** Apply items that must succeed; the body lines of the consolidated rule. */
function apply(...items: string[]): string[] {
  const { errors, lines } = run(...items);
  expect(errors).toEqual([]);
  return lines;
}

/** The original body with some lines replaced (by index), for expectations that change a few lines. */
function withLines(changes: Record<number, string>): string[] {
  return ORIGINAL.map((l, i) => changes[i] ?? l);
}

describe('1. several phrases in one sentence', () => {
  it('“A”、“B”分别修改为“C”、“D”: in order', () => {
    expect(apply('将第三条中的“公安机关”、“卫生行政部门”分别修改为“公安部门”、“卫生健康部门”。')).toEqual(
      withLines({ 3: '第三条　市公安部门、卫生健康部门按照各自职责做好市容管理工作。' }),
    );
  });

  it('第三条、第五条中的“A”分别修改为“B”、“C”: one new phrase per article', () => {
    expect(apply('将第三条、第五条中的“公安机关”分别修改为“公安部门”、“公安派出所”。')).toEqual(
      withLines({
        3: '第三条　市公安部门、卫生行政部门按照各自职责做好市容管理工作。',
        11: '第五条　公安派出所应当配合城市管理部门依照本办法第四条的规定处理。',
      }),
    );
  });

  it('第三条、第五条中的“A”分别修改为“B”: the same change in each article', () => {
    expect(apply('将第三条、第五条中的“公安机关”分别修改为“公安部门”。')).toEqual(
      withLines({
        3: '第三条　市公安部门、卫生行政部门按照各自职责做好市容管理工作。',
        11: '第五条　公安部门应当配合城市管理部门依照本办法第四条的规定处理。',
      }),
    );
  });

  it('“A”修改为“B”、“C”修改为“D”', () => {
    expect(apply('将第三条中的“公安机关”修改为“公安部门”、“卫生行政部门”修改为“卫生健康部门”。')).toEqual(
      withLines({ 3: '第三条　市公安部门、卫生健康部门按照各自职责做好市容管理工作。' }),
    );
  });
});

describe('2. 合并为一条', () => {
  it('合并为一条，作为第六条，修改为：the number follows an earlier deletion', () => {
    const lines = apply(
      '删去第六条。',
      '将第七条、第八条合并为一条，作为第六条，修改为：“城市管理部门应当公开举报电话，任何单位和个人可以书面或者口头举报。”',
    );
    // 第六条 goes; 第七条 and 第八条 become the new 第六条; 第九条 becomes 第七条.
    expect(lines).toEqual([
      ...ORIGINAL.slice(0, 13),
      '第六条　城市管理部门应当公开举报电话，任何单位和个人可以书面或者口头举报。',
      '第三章　附则',
      '第七条　本办法自2015年3月1日起施行。',
    ]);
  });

  it('合并为一条，修改为 (no 作为): the number of the first', () => {
    const lines = apply('将第七条、第八条合并为一条，修改为：“城市管理部门应当公开举报电话，受理书面或者口头举报。”');
    expect(lines.slice(15)).toEqual([
      '第七条　城市管理部门应当公开举报电话，受理书面或者口头举报。',
      '第三章　附则',
      '第八条　本办法自2015年3月1日起施行。',
    ]);
  });
});

describe('3. text added to a unit', () => {
  it('在第六条第二款末尾增加“，并…”: before the final 。', () => {
    expect(apply('在第六条第二款末尾增加“，并将处理结果告知举报人”。')[14]).toBe(
      '巡查中发现违法行为的，应当及时处理，并将处理结果告知举报人。',
    );
  });

  it('在第三条第二款最后增加一句：“…。”: after the 款', () => {
    expect(apply('在第三条第二款最后增加一句：“乡镇人民政府予以配合。”')[4]).toBe('县级人民政府应当加强领导。乡镇人民政府予以配合。');
  });

  it('在第三条第二款前增加“…”: at its start', () => {
    expect(apply('在第三条第二款前增加“设区的市、”。')[4]).toBe('设区的市、县级人民政府应当加强领导。');
  });

  it('在第四条第一项末尾增加“、…”: before the 项’s ；', () => {
    expect(apply('在第四条第一项末尾增加“、随地吐痰”。')[8]).toBe('（一）乱扔垃圾、随地吐痰；');
  });

  it('第三条第一款开始部分增加规定：“…” without a final mark: closed with ；', () => {
    expect(apply('第三条第一款开始部分增加规定：“市人民政府统一领导市容管理工作”。')[3]).toBe(
      '第三条　市人民政府统一领导市容管理工作；市公安机关、卫生行政部门按照各自职责做好市容管理工作。',
    );
  });

  it('在第五条中的“A”后增加“B”: the reference in the old words is still the rule’s own', () => {
    expect(apply('在第五条中的“公安机关”后增加“、交通运输部门”。')[11]).toBe(
      '第五条　公安机关、交通运输部门应当配合城市管理部门依照本办法第四条的规定处理。',
    );
  });
});

describe('4. phrase forms', () => {
  it('将第三条的“A”修改为“B” (的 for 中的)', () => {
    expect(apply('将第三条的“卫生行政部门”修改为“卫生健康部门”。')[3]).toBe(
      '第三条　市公安机关、卫生健康部门按照各自职责做好市容管理工作。',
    );
  });

  it('将第六条第一款中的“A”和“B”修改为“C”', () => {
    expect(apply('将第六条第一款中的“城市管理部门”和“城管执法人员”修改为“城市管理综合执法部门”。')[13]).toBe(
      '第六条　城市管理综合执法部门应当建立巡查制度，城市管理综合执法部门应当按照规定巡查。',
    );
  });

  it('将第三条中的“A”修改为“B”，第五条中的“C”修改为“D”', () => {
    expect(apply('将第三条中的“卫生行政部门”修改为“卫生健康部门”，第五条中的“公安机关”修改为“公安部门”。')).toEqual(
      withLines({
        3: '第三条　市公安机关、卫生健康部门按照各自职责做好市容管理工作。',
        11: '第五条　公安部门应当配合城市管理部门依照本办法第四条的规定处理。',
      }),
    );
  });

  it('将第三条第一款中的“A”修改为“B”，删去“C”', () => {
    expect(apply('将第三条第一款中的“公安机关”修改为“公安部门”，删去“按照各自职责”。')[3]).toBe(
      '第三条　市公安部门、卫生行政部门做好市容管理工作。',
    );
  });

  it('删去第四条第一款第三项中的“A”', () => {
    expect(apply('删去第四条第一款第三项中的“其他”。')[10]).toBe('（三）影响市容的行为。');
  });
});

describe('5. 项, 目 and headings', () => {
  it('在第四条中增加一项，作为第三项: the 项 after it renumbered', () => {
    expect(apply('在第四条中增加一项，作为第三项：“（三）占道经营；”').slice(7, 12)).toEqual([
      '第四条　有下列行为之一的，由城市管理部门责令改正：',
      '（一）乱扔垃圾；',
      '（二）乱贴广告；',
      '（三）占道经营；',
      '（四）其他影响市容的行为。',
    ]);
  });

  it('在第八条第一项中增加一目，作为第二目', () => {
    expect(apply('在第八条第一项中增加一目，作为第二目：“2.电子邮件；”').slice(17, 21)).toEqual([
      '（一）书面方式，包括：',
      '1.信函；',
      '2.电子邮件；',
      '3.传真。',
    ]);
  });

  it('将第二章第二节节名修改为 and 将第一章的章名修改为', () => {
    expect(apply('将第二章第二节节名修改为“监督与检查”。', '将第一章的章名修改为“一般规定”。')).toEqual(
      withLines({ 0: '第一章　一般规定', 12: '第二节　监督与检查' }),
    );
  });
});

describe('6. 在第二条后增加一条，作为第三条 (local style: the articles after it move up)', () => {
  it('goes after 第二条; what follows is renumbered, and so are references to it', () => {
    const lines = apply('在第二条后增加一条，作为第三条：“市、县（区）人民政府应当将市容管理经费列入预算。”');
    expect(lines.slice(2, 5)).toEqual([
      '第二条　本办法适用于本市行政区域。',
      '第三条　市、县（区）人民政府应当将市容管理经费列入预算。',
      '第四条　市公安机关、卫生行政部门按照各自职责做好市容管理工作。',
    ]);
    expect(lines[12]).toBe('第六条　公安机关应当配合城市管理部门依照本办法第五条的规定处理。');
    expect(lines[lines.length - 1]).toBe('第十条　本办法自2015年3月1日起施行。');
  });
});

describe('7. moves', () => {
  it('将第六条第二款移作第七条第二款: the 款 leaves 第六条 and becomes 第七条第二款', () => {
    const lines = apply('将第六条第二款移作第七条第二款。');
    const at = ORIGINAL.indexOf('巡查中发现违法行为的，应当及时处理。');
    expect(lines).toEqual([
      ...ORIGINAL.slice(0, at),
      '第七条　城市管理部门应当公开举报电话。',
      '巡查中发现违法行为的，应当及时处理。',
      ...ORIGINAL.slice(at + 2),
    ]);
  });

  it('将第六条第二款移作第十条: the 款 becomes an article of its own, words kept', () => {
    const lines = apply('将第六条第二款移作第十条。');
    expect(lines).toEqual([...ORIGINAL.slice(0, 14), ...ORIGINAL.slice(15), '第十条　巡查中发现违法行为的，应当及时处理。']);
  });

  it('将第三条调整为第五条, where nothing else moves it: the engine reports the disagreement', () => {
    const { errors } = run('将第三条调整为第五条。');
    expect(errors.map((e) => [e.ruleId, e.data?.statedNew, e.data?.computedNew])).toEqual([
      ['engine/renumber-mismatch', '第五条', '第三条'],
    ]);
  });
});

describe('an instruction no operation expresses', () => {
  it('is a warning when the decision is listed, and stops the application of its rule', async () => {
    const dir = tempDir();
    const rule = join(dir, 'rule.txt');
    const dec = join(dir, 'decision.txt');
    writeFileSync(rule, '某市养犬管理办法\n\n第一条　为了规范养犬行为。制定本办法。\n\n第二条　本办法自公布之日起施行。\n');
    // 后两句 names two sentences and no single one.
    writeFileSync(dec, '某市人民政府关于修改《某市养犬管理办法》的决定\n\n一、删去第一条后两句。\n\n本决定自公布之日起施行。\n');
    const listed = await cli('decision', dec);
    expect(listed.code).toBe(0);
    expect(listed.err).toMatch(/decision\.txt:3:\d+: warning: /);
    const out = join(dir, 'out.txt');
    const applied = await cli('apply', '--rule', rule, '--decision', dec, '-o', out);
    expect(applied.code).toBe(1);
    expect(applied.err).toMatch(/decision\.txt:3:\d+: error: /);
    expect(existsSync(out)).toBe(false);
  });
});

describe('8. sentences (第二句) of a 款', () => {
  const DOG = '某市养犬管理办法';
  const DOG_RULE = `${DOG}
（2015年3月1日某市人民政府令第12号公布）

第一条　为了规范养犬行为，制定本办法。

第二条　养犬人应当为犬只办理登记。未办理登记的，不得携犬出户。登记证件遗失的，应当补办。

第三条　违反本办法第二条规定的，由公安机关责令改正。拒不改正的，处二百元罚款。

第四条　本办法自公布之日起施行。
`;
  const dogDecision = (...items: string[]) =>
    `# 某市人民政府关于修改《${DOG}》的决定\n\n市人民政府决定对《${DOG}》作如下修改：\n\n${items.map((t, i) => `${'一二三四五'[i]}、${t}`).join('\n\n')}\n\n本决定自公布之日起施行。\n`;
  const dog = (...items: string[]) => {
    const result = amend({ file: 'rule.txt', text: DOG_RULE }, { file: 'decision.md', text: dogDecision(...items) });
    return { result, lines: result.consolidation ? body(serialize(result.consolidation.after)) : [] };
  };
  const dogApply = (...items: string[]) => {
    const { result, lines } = dog(...items);
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    return lines;
  };
  const DOG_ORIGINAL = body(DOG_RULE);

  it('删去第二条第二句', () => {
    expect(dogApply('删去第二条第二句。')[1]).toBe('第二条　养犬人应当为犬只办理登记。登记证件遗失的，应当补办。');
  });

  it('将第二条第二句修改为：“…”', () => {
    expect(dogApply('将第二条第二句修改为：“未办理登记的，不得饲养。”')[1]).toBe(
      '第二条　养犬人应当为犬只办理登记。未办理登记的，不得饲养。登记证件遗失的，应当补办。',
    );
  });

  it('在第二条第一句后增加一句：“…”', () => {
    expect(dogApply('在第二条第一句后增加一句：“登记免收费用。”')[1]).toBe(
      '第二条　养犬人应当为犬只办理登记。登记免收费用。未办理登记的，不得携犬出户。登记证件遗失的，应当补办。',
    );
  });

  it('将第三条第二句中的“A”修改为“B”', () => {
    expect(dogApply('将第三条第二句中的“二百元”修改为“五百元”。')).toEqual([
      ...DOG_ORIGINAL.slice(0, 2),
      '第三条　违反本办法第二条规定的，由公安机关责令改正。拒不改正的，处五百元罚款。',
      DOG_ORIGINAL[3],
    ]);
  });

  it('删去第三条最后一句 with 删去第一条: the reference in the sentence kept is renumbered', () => {
    // 第一条 goes: 第二条 → 第一条, 第三条 → 第二条 (its reference to 第二条 follows), 第四条 → 第三条.
    expect(dogApply('删去第一条。', '删去第三条最后一句。')).toEqual([
      '第一条　养犬人应当为犬只办理登记。未办理登记的，不得携犬出户。登记证件遗失的，应当补办。',
      '第二条　违反本办法第一条规定的，由公安机关责令改正。',
      '第三条　本办法自公布之日起施行。',
    ]);
  });

  it('a sentence the 款 does not have: an error naming it, nothing applied', () => {
    const { result } = dog('删去第一条第二句。');
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.ruleId, d.data?.target])).toEqual([
      ['engine/target-not-found', '第一条第二句'],
    ]);
    expect(result.consolidation).toBeUndefined();
  });
});

describe('9. sentences and the lead-in of the shared rule', () => {
  it('在第六条第一款第一句后增加一句 and a phrase of the same sentence changed by another item', () => {
    expect(apply('在第六条第一款第一句后增加一句：“巡查应当作记录。”', '将第六条第一款第一句中的“城管执法人员”修改为“执法人员”。')).toEqual(
      withLines({ 13: '第六条　城市管理部门应当建立巡查制度，执法人员应当按照规定巡查。巡查应当作记录。' }),
    );
  });

  it('第四条条首部分修改为：the words before the 项 change, the ： and the 项 stay', () => {
    expect(apply('第四条条首部分修改为：“有下列行为之一的，由城市管理部门责令改正，可以处警告”。')).toEqual(
      withLines({ 7: '第四条　有下列行为之一的，由城市管理部门责令改正，可以处警告：' }),
    );
  });

  it('删去第三条第一款第二句, a sentence the 款 does not have: an error, nothing applied', () => {
    const { errors, result } = run('删去第三条第一款第二句。');
    expect(errors.map((e) => [e.ruleId, e.data?.target])).toEqual([['engine/target-not-found', '第三条第一款第二句']]);
    expect(result.consolidation).toBeUndefined();
  });
});
