import { describe, expect, it } from 'vitest';
import { parseDecision } from '../src/index.ts';
import { bare, opsOf, single } from './helpers.ts';

/**
 * Forms seen in real decisions of a sixth sample (the State Council, ministries' 部令, people's governments'
 * 政府令, decisions before 2014, texts as law sites print them), each written here with the words of an invented
 * rule. Expected results are worked out from the words.
 */
const notInfo = (r: ReturnType<typeof parseDecision>) => r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.ruleId);

describe('1. a 部令 naming its rule with the rule’s decree in brackets, items written 一 、', () => {
  it('现决定对《X》(某部令第9号)的部分内容作以下修改 : then 一 、 / 二 、: the rule found, the items read', () => {
    const r = parseDecision(
      [
        '# 关于修改《某某名录》部分内容的决定',
        '',
        '为了简化手续 ,现决定对《某某名录》(某部令第9号)的部分内容作以下修改 :',
        '',
        '一 、将第三条中的“某某局”修改为“某某厅” 。',
        '',
        '二 、删去第五条 。',
        '',
        '本决定自公布之日起施行 。',
        '',
      ].join('\n'),
    );
    expect(notInfo(r)).toEqual([]);
    expect(r.value.amendments.map((a) => a.title)).toEqual(['某某名录']);
    expect(opsOf(r.value, '一')).toEqual([
      { kind: 'replaceText', scope: [{ article: { n: 3 } }], pairs: [{ from: '某某局', to: '某某厅' }] },
    ]);
    expect(opsOf(r.value, '二')).toEqual([{ kind: 'deleteNode', level: 'article', target: { article: { n: 5 } } }]);
  });

  it('决定对《X》（某部令2012年第2号）作如下修改： with items unnumbered: the rule found', () => {
    const r = parseDecision(
      '# 关于修改《某某规定》的决定\n\n某部决定对《某某规定》（某部令2012年第2号）作如下修改：\n\n第四条修改为：“新的第四条。”\n\n本决定自公布之日起施行。\n',
    );
    expect(notInfo(r)).toEqual([]);
    expect(r.value.amendments.map((a) => a.title)).toEqual(['某某规定']);
  });
});

describe('2. 同时，对附件…进行相应调整 after an unquoted restatement', () => {
  it('is a closing clause of adjusting, never a paragraph of the 项 restated before it', () => {
    const r = parseDecision(
      [
        '# 关于修改《某某规定》的决定',
        '',
        '某部决定对《某某规定》（某部令2010年第1号）作如下修改：',
        '',
        '一、第九条第一款第二项修改为：（二）持有某某证的；',
        '同时，对附件2某某证的样式进行相应调整。',
        '',
      ].join('\n'),
    );
    expect(notInfo(r)).toEqual([]);
    expect(opsOf(r.value, '一')).toEqual([
      {
        kind: 'replaceNode',
        level: 'item',
        target: { article: { n: 9 }, paragraph: 1, item: 2 },
        content: { level: 'items', text: '（二）持有某某证的；' },
      },
    ]);
    expect(r.value.closing.map((c) => c.kind)).toEqual(['adjust']);
  });
});

describe('3. 这条中的 after a renumbering (这一条 written without 一)', () => {
  it('将第六条改为第七条，这条中的“甲”修改为“乙”: the article renumbered, its words changed', () => {
    const r = parseDecision(single('将第六条改为第七条，这条中的“甲”修改为“乙”。'));
    expect(notInfo(r)).toEqual([]);
    expect(opsOf(r.value, '一')).toEqual([
      { kind: 'renumber', level: 'article', target: { article: { n: 6 } }, to: { article: { n: 7 } } },
      { kind: 'replaceText', scope: [{ article: { n: 6 } }], pairs: [{ from: '甲', to: '乙' }] },
    ]);
  });
});

describe('4. a rule heading giving the rule’s decree in brackets and ending in 。', () => {
  it('一、《X》（2005年市人民政府令第9号）。 then the changes on the next lines: each rule its own changes', () => {
    const r = parseDecision(
      [
        '# 某某市人民政府关于修改部分市政府规章的决定',
        '',
        '市人民政府决定对下列规章作如下修改：',
        '',
        '一、《某某市甲办法》（2005年市人民政府令第9号）。',
        '删去第九条第二款。',
        '',
        '二、《某某市乙规定》（1997年市人民政府令第8号）。',
        '将第七条第一款修改为：“新的第一款。”',
        '',
        '本决定自公布之日起施行。',
        '',
      ].join('\n'),
    );
    expect(notInfo(r)).toEqual([]);
    const byLaw = Object.fromEntries(r.value.amendments.map((a) => [a.title, a.items.flatMap((i) => i.operations.map(bare))]));
    expect(byLaw).toEqual({
      某某市甲办法: [{ kind: 'deleteNode', level: 'paragraph', target: { article: { n: 9 }, paragraph: 2 } }],
      某某市乙规定: [
        {
          kind: 'replaceNode',
          level: 'paragraph',
          target: { article: { n: 7 }, paragraph: 1 },
          content: { level: 'paragraphs', text: '新的第一款。' },
        },
      ],
    });
  });
});

describe('5. 增加一款，作为第二款，内容为：<the text unquoted>, then 原第二款变为第三款', () => {
  it('the new 款 is the words after the colon; 变为 renumbers as 改为 does, and is no paragraph of the new 款', () => {
    const r = parseDecision(
      [
        '# 关于修改《某某规定》的决定',
        '',
        '某部决定对《某某规定》(某部令2012年第2号)作如下修改:',
        '',
        '一、',
        '第二条增加一款,作为第二款,内容为:新的第二款文字。',
        '原第二款变为第三款。',
        '',
        '本决定自公布之日起施行。',
        '',
      ].join('\n'),
    );
    expect(notInfo(r)).toEqual([]);
    expect(opsOf(r.value, '一')).toEqual([
      {
        kind: 'insertNode',
        level: 'paragraph',
        as: { paragraph: 2 },
        parent: { article: { n: 2 } },
        content: { level: 'paragraphs', text: '新的第二款文字。' },
      },
      { kind: 'renumber', level: 'paragraph', target: { article: { n: 2 }, paragraph: 2 }, to: { paragraph: 3 } },
    ]);
  });
});

describe('6. 在第X条增加“…”，作为第N款: a new 款 given inline, a comma before 作为', () => {
  it('is an insertion of that 款 into the article, as 增加“…”作为第二款 is', () => {
    const r = parseDecision(single('在第二条增加“甲机构应当合理布局。”，作为第二款。'));
    expect(notInfo(r)).toEqual([]);
    expect(opsOf(r.value, '一')).toEqual([
      {
        kind: 'insertNode',
        level: 'paragraph',
        as: { paragraph: 2 },
        parent: { article: { n: 2 } },
        content: { level: 'paragraphs', text: '甲机构应当合理布局。' },
      },
    ]);
  });
});

describe('2b. an annex changed by its own words is no closing clause', () => {
  it('对附件2进行修改，修改后的附件2见本决定附件: an error (the annex is not given), never a clause read and dropped', () => {
    const r = parseDecision(single('将第三条中的“甲”修改为“乙”。', '对附件2进行修改，修改后的附件2见本决定附件。'));
    expect(r.value.closing.map((c) => c.kind)).not.toContain('adjust');
    expect(notInfo(r)).toContain('decision/unrecognised-instruction');
  });

  it('同时，对附件3的格式作相应修改 after the items: the annex follows the changes, a closing clause of adjusting', () => {
    const r = parseDecision(
      '# 关于修改《某某条例》的决定\n\n某某决定对《某某条例》作如下修改：\n\n一、将第三条中的“甲”修改为“乙”。\n\n同时，对附件3的格式作相应修改。\n',
    );
    expect(notInfo(r)).toEqual([]);
    expect(r.value.closing.map((c) => c.kind)).toEqual(['adjust']);
  });
});
