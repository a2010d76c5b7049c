import { describe, expect, it } from 'vitest';
import { parseDecision } from '../src/index.ts';
import { bare, type Bare } from './helpers.ts';

/**
 * Families of local drafting, each with the variations a drafter writes.
 * Expected operations are worked out from the words.
 */
function decision(items: string): string {
  return `# 关于修改《某某条例》的决定\n\n某某决定对《某某条例》作如下修改：\n\n${items}\n\n本决定自公布之日起施行。\n`;
}

function read(items: string) {
  const r = parseDecision(decision(items));
  return { ops: r.value.amendments[0]?.items.flatMap((i) => i.operations.map(bare)) ?? [], diagnostics: r.diagnostics };
}

/** One item's operations; no errors or warnings allowed. */
function ops(instruction: string): Bare[] {
  const r = read(`一、${instruction}`);
  expect(r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.ruleId)).toEqual([]);
  return r.ops;
}

const a = (n: number, more: Record<string, unknown> = {}) => ({ article: { n }, ...more });
const swap = (from: string, to: string) => [{ from, to }];

describe('1. a place running on to the end of the rule', () => {
  it('及其后条文 / 及其后各条 / 至最后一条: the article named and every one after it', () => {
    const expected = [{ kind: 'replaceText', scope: [a(11, { onward: 'from' })], pairs: swap('林业主管部门', '古茶树主管部门') }];
    expect(ops('第十一条及其后条文中的“林业主管部门”统一修改为“古茶树主管部门”。')).toEqual(expected);
    expect(ops('将第十一条及其后各条中的“林业主管部门”修改为“古茶树主管部门”。')).toEqual(expected);
    expect(ops('将第十一条至最后一条中的“林业主管部门”修改为“古茶树主管部门”。')).toEqual(expected);
  });

  it('以后各条 / 之后各条: only the articles after it', () => {
    const expected = [{ kind: 'deleteText', scope: [a(11, { onward: 'after' })], phrases: ['县级'] }];
    expect(ops('删去第十一条以后各条中的“县级”。')).toEqual(expected);
    expect(ops('删去第十一条之后各条中的“县级”。')).toEqual(expected);
  });

  it('其后各条中的: after the article named before', () => {
    expect(ops('将第十条中的“甲”修改为“乙”，其后各条中的“甲”统一修改为“丙”。')).toEqual([
      { kind: 'replaceText', scope: [a(10)], pairs: swap('甲', '乙') },
      { kind: 'replaceText', scope: [a(10, { onward: 'after' })], pairs: swap('甲', '丙') },
    ]);
  });

  it('其后各条 with no place named before has no context', () => {
    expect(read('一、其后各条中的“甲”修改为“乙”。').diagnostics.map((d) => d.ruleId)).toEqual(['decision/no-context']);
  });
});

describe('2. a place, a comma, then a clause about it', () => {
  it('将第二十二条，在“A”前增加“B” / 后 / 之后 / 前面 / 后面', () => {
    const at = (position: object) => [{ kind: 'insertText', scope: [a(22)], text: '县级以上人民政府', position }];
    expect(ops('将第二十二条，在“渔业行政主管部门”前增加“县级以上人民政府”。')).toEqual(at({ before: '渔业行政主管部门' }));
    expect(ops('将第二十二条，在“渔业行政主管部门”前面增加“县级以上人民政府”。')).toEqual(at({ before: '渔业行政主管部门' }));
    expect(ops('将第二十二条，在“渔业行政主管部门”后增加“县级以上人民政府”。')).toEqual(at({ after: '渔业行政主管部门' }));
    expect(ops('将第二十二条，在“渔业行政主管部门”之后增加“县级以上人民政府”。')).toEqual(at({ after: '渔业行政主管部门' }));
    expect(ops('将第二十二条，在“渔业行政主管部门”后面增加“县级以上人民政府”。')).toEqual(at({ after: '渔业行政主管部门' }));
  });

  it('the clause acts on that place, not on the place of the clause before', () => {
    expect(ops('将第十九条中的“各级”修改为“县级以上”；将第二十二条，在“主管部门”前增加“人民政府”。')).toEqual([
      { kind: 'replaceText', scope: [a(19)], pairs: swap('各级', '县级以上') },
      { kind: 'insertText', scope: [a(22)], text: '人民政府', position: { before: '主管部门' } },
    ]);
  });

  it('将第五条，删除“A” / 将第五条，修改为：“…”', () => {
    expect(ops('将第五条第二款，删除“县级”。')).toEqual([{ kind: 'deleteText', scope: [a(5, { paragraph: 2 })], phrases: ['县级'] }]);
    expect(ops('将第五条，修改为：“甲。”')).toEqual([
      { kind: 'replaceNode', level: 'article', target: a(5), content: { level: 'paragraphs', text: '甲。' } },
    ]);
  });
});

describe('3. a parenthetical original number', () => {
  it('将第八条（原第七条），修改为"…": read as written, the note kept as information', () => {
    const r = read('三、将第八条（原第七条），修改为"本市市区内为限制燃放区。"');
    expect(r.ops).toEqual([
      { kind: 'replaceNode', level: 'article', target: a(8), content: { level: 'paragraphs', text: '本市市区内为限制燃放区。' } },
    ]);
    expect(r.diagnostics.map((d) => [d.ruleId, d.severity, d.data?.was])).toEqual([['decision/original-number-noted', 'info', '原第七条']]);
  });

  it('(原第七条) after the item itself renumbered 第七条 to 第八条: the original article', () => {
    expect(ops('将第七条改为第八条，将第八条（原第七条）中的“甲”修改为“乙”。')).toEqual([
      { kind: 'renumber', level: 'article', target: a(7), to: a(8) },
      { kind: 'replaceText', scope: [a(7)], pairs: swap('甲', '乙') },
    ]);
  });

  it('a note the item contradicts is a warning, and the place is read as written', () => {
    const r = read('一、将第七条改为第八条，删去第八条（原第六条）中的“甲”。');
    expect(r.ops).toEqual([
      { kind: 'renumber', level: 'article', target: a(7), to: a(8) },
      { kind: 'deleteText', scope: [a(8)], phrases: ['甲'] },
    ]);
    expect(r.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['decision/original-number-conflict', 'warning']]);
  });
});

describe('4. 的后面, 的前面, 最后面, 最前面 wherever a place or words are', () => {
  it('在“A”的后面增加“B” / 的前面, after a renumbering in the same item', () => {
    expect(ops('将第十八条改为第十九条，在“修建农村公路”的后面增加“需要使用国有荒山、荒地或者”，将其中的“挖沙”修改为“挖砂”。')).toEqual([
      { kind: 'renumber', level: 'article', target: a(18), to: a(19) },
      { kind: 'insertText', scope: [a(18)], text: '需要使用国有荒山、荒地或者', position: { after: '修建农村公路' } },
      { kind: 'replaceText', scope: [a(18)], pairs: swap('挖沙', '挖砂') },
    ]);
    expect(ops('在第七条中的“审批”的前面增加“依法”。')).toEqual([
      { kind: 'insertText', scope: [a(7)], text: '依法', position: { before: '审批' } },
    ]);
  });

  it('在最后面增加 / 在最前面增加: the edge of the place named before', () => {
    expect(ops('将第二十九条改为第三十一条，将原第二款改为第三款，在最后面增加“属于下放事项的，由乡镇人民政府处罚。”')).toEqual([
      { kind: 'renumber', level: 'article', target: a(29), to: a(31) },
      { kind: 'renumber', level: 'paragraph', target: a(29, { paragraph: 2 }), to: { paragraph: 3 } },
      { kind: 'insertText', scope: [a(29, { paragraph: 2 })], text: '属于下放事项的，由乡镇人民政府处罚。', position: 'end' },
    ]);
    expect(ops('将第三十四条改为第三十六条，在最后面增加“、收费、罚款和拦截车辆”。')).toEqual([
      { kind: 'renumber', level: 'article', target: a(34), to: a(36) },
      { kind: 'insertText', scope: [a(34)], text: '、收费、罚款和拦截车辆', position: 'end' },
    ]);
    expect(ops('将第五条，在最前面增加“除法律另有规定外，”。')).toEqual([
      { kind: 'insertText', scope: [a(5)], text: '除法律另有规定外，', position: 'start' },
    ]);
  });

  it('在第五条第二款的最后面增加', () => {
    expect(ops('在第五条第二款的最后面增加“，但是法律另有规定的除外”。')).toEqual([
      { kind: 'insertText', scope: [a(5, { paragraph: 2 })], text: '，但是法律另有规定的除外', position: 'end' },
    ]);
  });

  it('删除最后面的“…” / 删除第二款最后面的“…” / 将…最前面的“…”删除: the last (first) occurrence of the words', () => {
    expect(ops('将第三十二条改为第三十四条，删除最后面的“，并承担补偿费用”。')).toEqual([
      { kind: 'renumber', level: 'article', target: a(32), to: a(34) },
      { kind: 'deleteText', scope: [a(32)], phrases: ['，并承担补偿费用'], edge: 'end' },
    ]);
    expect(ops('删除第二十四条第二款最后面的“不能按期归还的，重新办理手续。”')).toEqual([
      { kind: 'deleteText', scope: [a(24, { paragraph: 2 })], phrases: ['不能按期归还的，重新办理手续。'], edge: 'end' },
    ]);
    expect(ops('将第六条第一款最前面的“县级”删除。')).toEqual([
      { kind: 'deleteText', scope: [a(6, { paragraph: 1 })], phrases: ['县级'], edge: 'start' },
    ]);
  });
});

describe('5. divided by a phrase', () => {
  it('将第十条分解为两款，将其中“…”的规定调整作为第二款: the sentence leaves and becomes the second 款', () => {
    expect(ops('将第十条分解为两款，将其中“城市绿化建设应当与设施管线保持安全距离”的规定调整作为第二款。')).toEqual([
      { kind: 'deleteText', scope: [a(10)], phrases: ['城市绿化建设应当与设施管线保持安全距离'] },
      {
        kind: 'insertNode',
        level: 'paragraph',
        parent: a(10),
        as: { paragraph: 2 },
        content: { level: 'paragraphs', text: '城市绿化建设应当与设施管线保持安全距离。' },
      },
    ]);
  });

  it('分为两款 with nothing moved is still a missing text', () => {
    expect(read('一、将第十一条分解为两款。').diagnostics.map((d) => d.ruleId)).toEqual(['decision/missing-payload']);
  });
});

describe('6. words moved among the words of their place', () => {
  it('调整到“A”之后 / 之前 / 后面 / 前面, 移至', () => {
    // The words themselves move; which marks of a list stay is the engine's, from the rule's text.
    const after = [{ kind: 'insertText', scope: [a(50)], text: '玩忽职守', position: { after: '滥用职权' }, moved: true }];
    expect(ops('将第五十条中的“玩忽职守”调整到“滥用职权”之后。')).toEqual(after);
    expect(ops('将第五十条中的“玩忽职守”调整至“滥用职权”后面。')).toEqual(after);
    expect(ops('将第五十条中的“玩忽职守”移至“滥用职权”的后面。')).toEqual(after);
    expect(ops('将第五十条中的“滥用职权”调整到“玩忽职守”之前。')).toEqual([
      { kind: 'insertText', scope: [a(50)], text: '滥用职权', position: { before: '玩忽职守' }, moved: true },
    ]);
  });
});

describe('7. a reason after the changes', () => {
  it('，与《…》等…保持一致 after a list of replacements (ASCII quotes) is commentary', () => {
    const r = read(
      '四、对部分字词进一步规范表述，条例中的"物业共用部位"修改为"业主共有部位"，"村（居）民委员会"修改为"村民委员会、居民委员会"，"牵引带"修改为"犬绳"，与《民法典》《动物防疫法》等新出台或者新修订的法律表述保持一致。',
    );
    expect(r.ops).toEqual([
      {
        kind: 'replaceText',
        scope: [],
        pairs: [
          { from: '物业共用部位', to: '业主共有部位' },
          { from: '村（居）民委员会', to: '村民委员会、居民委员会' },
          { from: '牵引带', to: '犬绳' },
        ],
      },
    ]);
    expect(r.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([
      ['decision/commentary-skipped', 'warning'],
      ['decision/commentary-skipped', 'warning'],
    ]);
  });

  it('，以与…相衔接 / ，使…更加规范', () => {
    for (const reason of ['以与《某某法》相衔接', '使表述更加规范', '与上位法保持一致']) {
      const r = read(`一、将第三条中的“甲”修改为“乙”，${reason}。`);
      expect(r.ops).toEqual([{ kind: 'replaceText', scope: [a(3)], pairs: swap('甲', '乙') }]);
      expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['decision/commentary-skipped']);
    }
  });

  it('a clause that changes something is never a reason: not passed over', () => {
    const r = read('一、将第三条中的“甲”修改为“乙”，与第四条合并。');
    expect(r.diagnostics.map((d) => d.severity)).toContain('error');
    expect(r.diagnostics.map((d) => d.ruleId)).not.toContain('decision/commentary-skipped');
  });
});

describe('8. bare 款 on the lines of an item name the article it named', () => {
  it('增加一款，作为第九条第一款 / 删除第三款。 / 增加一款作为第四款', () => {
    const r = read(
      '（一）增加一款，作为第九条第一款：“本省划定重点预防区。”\n\n删除第三款。\n\n增加一款作为第四款：“生态脆弱区应当划定。”',
    );
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(r.ops).toEqual([
      {
        kind: 'insertNode',
        level: 'paragraph',
        parent: a(9),
        as: { paragraph: 1 },
        content: { level: 'paragraphs', text: '本省划定重点预防区。' },
      },
      { kind: 'deleteNode', level: 'paragraph', target: a(9, { paragraph: 3 }) },
      {
        kind: 'insertNode',
        level: 'paragraph',
        parent: a(9),
        as: { paragraph: 4 },
        content: { level: 'paragraphs', text: '生态脆弱区应当划定。' },
      },
    ]);
  });
});

describe('9. a stated number of characters', () => {
  it('“审批后”三个字 / “擅自”二字 / “及”字: read, and checked', () => {
    expect(ops('删除第二十四条第一款中的“审批后”三个字。')).toEqual([
      { kind: 'deleteText', scope: [a(24, { paragraph: 1 })], phrases: ['审批后'] },
    ]);
    expect(ops('删除第二十四条第一款中的“审批后”三字。')).toEqual([
      { kind: 'deleteText', scope: [a(24, { paragraph: 1 })], phrases: ['审批后'] },
    ]);
    expect(ops('在第二十五条第一项的内容最前面增加“擅自”二字。')).toEqual([
      { kind: 'insertText', scope: [a(25, { item: 1 })], text: '擅自', position: 'start' },
    ]);
  });

  it('counts past ten: “县级以上人民政府的主管”十一个字', () => {
    expect(ops('删除第五条中的“县级以上人民政府的主管”十一个字。')).toEqual([
      { kind: 'deleteText', scope: [a(5)], phrases: ['县级以上人民政府的主管'] },
    ]);
  });

  it('a count the words do not have is a warning', () => {
    const r = read('一、删除第十二条第四项中的“中心区”二字。');
    expect(r.ops).toEqual([{ kind: 'deleteText', scope: [a(12, { item: 4 })], phrases: ['中心区'] }]);
    expect(r.diagnostics.map((d) => [d.ruleId, d.data?.phrase, d.data?.count])).toEqual([['decision/stated-length-mismatch', '中心区', 3]]);
  });
});

describe('a ； misprinted for the colon after 修改为', () => {
  it('修改为第六条；“A”… is a renumbering, then a clause on the same article — not new text', () => {
    const renumber = { kind: 'renumber', level: 'article', target: a(5), to: a(6) };
    expect(ops('将第五条修改为第六条；“林业主管部门”后增加“依法”。')).toEqual([
      renumber,
      { kind: 'insertText', scope: [a(5)], text: '依法', position: { after: '林业主管部门' } },
    ]);
    expect(ops('将第五条修改为第六条；“甲”修改为“乙”。')).toEqual([
      renumber,
      { kind: 'replaceText', scope: [a(5)], pairs: swap('甲', '乙') },
    ]);
  });

  it('将第三十八条修改为；“…” is read as 修改为：“…”', () => {
    expect(ops('将第三十八条修改为；“违反本条例第十八条规定的，责令限期完成。”')).toEqual([
      {
        kind: 'replaceNode',
        level: 'article',
        target: a(38),
        content: { level: 'paragraphs', text: '违反本条例第十八条规定的，责令限期完成。' },
      },
    ]);
  });
});
