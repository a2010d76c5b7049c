import { describe, expect, it } from 'vitest';
import { parseRule } from '@amend/document';
import type { Citation } from '@amend/model';
import { findCitations, LawIndex, provisionLabel } from '../src/index.ts';

/** A rule of one article whose first 款 is `text`. */
function cite(
  text: string,
  titles: string[] = [
    '中华人民共和国公司法',
    '中华人民共和国民事诉讼法',
    '中华人民共和国刑法',
    '中华人民共和国劳动合同法',
    '中华人民共和国仲裁法',
    '中华人民共和国企业破产法',
  ],
): Citation[] {
  const source = `测试规定\n\n第一条 ${text}\n`;
  const doc = parseRule(source, { file: 't.txt' }).value;
  return findCitations(doc, { index: new LawIndex(titles.map((title) => ({ title }))), source });
}

const brief = (c: Citation) => ({
  text: c.text,
  law: c.law.title ?? `?${c.law.name}`,
  targets: c.targets.map((t) => provisionLabel(t.provision) + (t.through ? `至${provisionLabel(t.through)}` : '')),
});

describe('finding citations of other rules', () => {
  it('reads a book title, a short name and the items of a list', () => {
    expect(cite('依照《中华人民共和国公司法》第七十一条、第七十二条的规定，适用公司法第二十二条第二款。').map(brief)).toEqual([
      { text: '《中华人民共和国公司法》第七十一条、第七十二条', law: '中华人民共和国公司法', targets: ['第七十一条', '第七十二条'] },
      { text: '公司法第二十二条第二款', law: '中华人民共和国公司法', targets: ['第二十二条第二款'] },
    ]);
  });

  it('continues a list below the article (第七十一条第二款、第三款或者第七十二条)', () => {
    expect(cite('适用公司法第七十一条第二款、第三款或者第七十二条规定。').map(brief)).toEqual([
      {
        text: '公司法第七十一条第二款、第三款或者第七十二条',
        law: '中华人民共和国公司法',
        targets: ['第七十一条第二款', '第七十一条第三款', '第七十二条'],
      },
    ]);
  });

  it('reads a range and a 项 of a 款', () => {
    expect(cite('民事诉讼法第一百一十九条至第一百二十一条以及民事诉讼法第一百一十九条第一款第三项。').map(brief)).toEqual([
      { text: '民事诉讼法第一百一十九条至第一百二十一条', law: '中华人民共和国民事诉讼法', targets: ['第一百一十九条至第一百二十一条'] },
      { text: '民事诉讼法第一百一十九条第一款第三项', law: '中华人民共和国民事诉讼法', targets: ['第一百一十九条第一款第三项'] },
    ]);
  });

  it('reads items written with their marker', () => {
    expect(cite('符合公司法第十七条第一款（一）项、第十五条（三）、（四）项规定的。').map(brief)).toEqual([
      {
        text: '公司法第十七条第一款（一）项、第十五条（三）、（四）项',
        law: '中华人民共和国公司法',
        targets: ['第十七条第一款第一项', '第十五条第三项', '第十五条第四项'],
      },
    ]);
  });

  it('reads 该法 as the rule named last, even without articles', () => {
    expect(cite('从企业破产法施行之日起计算，在该法第十八条第一款规定的期限内。').map(brief)).toEqual([
      { text: '该法第十八条第一款', law: '中华人民共和国企业破产法', targets: ['第十八条第一款'] },
    ]);
  });

  it('reads an alias the text defines, and a title followed by it', () => {
    const found = cite('根据《中华人民共和国民事诉讼法》（以下简称民诉法）第一百零八条，民诉法第二十九条也适用。').map(brief);
    expect(found).toEqual([
      { text: '《中华人民共和国民事诉讼法》（以下简称民诉法）第一百零八条', law: '中华人民共和国民事诉讼法', targets: ['第一百零八条'] },
      { text: '民诉法第二十九条', law: '中华人民共和国民事诉讼法', targets: ['第二十九条'] },
    ]);
  });

  it("leaves the rule's own articles alone (本法, 本实施条例, a bare 第五条)", () => {
    expect(cite('依照本法第五条、本实施条例第九条和第十条的规定处理。')).toEqual([]);
  });

  it('does not read the tail of a longer name as a rule the corpus has', () => {
    // 仲裁法 ends 劳动争议调解仲裁法; without a lead word before it, 调解仲裁法 is a name the corpus lacks.
    const found = cite('当事人依照调解仲裁法第四十七条申请，或者依照仲裁法第五十八条申请。', [
      '中华人民共和国仲裁法',
      '中华人民共和国劳动争议调解仲裁法',
    ]).map(brief);
    expect(found).toEqual([
      { text: '调解仲裁法第四十七条', law: '?调解仲裁法', targets: ['第四十七条'] },
      { text: '仲裁法第五十八条', law: '中华人民共和国仲裁法', targets: ['第五十八条'] },
    ]);
  });

  it('keeps a qualifier naming an earlier text', () => {
    const [c] = cite('适用修正前刑法第三百八十三条的规定。');
    expect(c.law.qualifier).toBe('修正前');
    expect(c.text).toBe('刑法第三百八十三条');
  });

  it('gives each citation its span in the source (the position convention)', () => {
    const [c] = cite('依照公司法第十条。');
    // "测试规定\n" and "\n" take offsets 0–5, so line 3 "第一条 依照公司法第十条。" starts at offset 6;
    // 公司法 is its 7th character (offset 12) and the citation's six characters end before offset 18.
    expect(c.span).toEqual({ start: { line: 3, column: 7, offset: 12 }, end: { line: 3, column: 13, offset: 18 } });
    expect(c.where).toBe('art_1__para_1');
  });
});

describe('families met in documents outside the annotated samples', () => {
  it('reads lists written short: numbers sharing one 第 and one level word, or a number without its 第', () => {
    // 人民法院办理仲裁裁决执行案件的规定 第八条; 人民检察院刑事诉讼规则（试行）; 民兵工作条例 第九条.
    expect(cite('有民事诉讼法第二百三十七条第二款第四、六项规定情形的。').map(brief)).toEqual([
      {
        text: '民事诉讼法第二百三十七条第二款第四、六项',
        law: '中华人民共和国民事诉讼法',
        targets: ['第二百三十七条第二款第四项', '第二百三十七条第二款第六项'],
      },
    ]);
    expect(cite('对刑法第一百一十五条第一款第三至五项的申诉。').map(brief)).toEqual([
      {
        text: '刑法第一百一十五条第一款第三至五项',
        law: '中华人民共和国刑法',
        targets: ['第一百一十五条第一款第三项至第一百一十五条第一款第五项'],
      },
    ]);
    expect(cite('依照《中华人民共和国刑法》第三十七条、三十八条的规定。').map(brief)).toEqual([
      { text: '《中华人民共和国刑法》第三十七条、三十八条', law: '中华人民共和国刑法', targets: ['第三十七条', '第三十八条'] },
    ]);
    expect(cite('适用公司法第十条第一、二款和第二十条第（一）至（三）项。').map(brief)).toEqual([
      {
        text: '公司法第十条第一、二款和第二十条第（一）至（三）项',
        law: '中华人民共和国公司法',
        targets: ['第十条第一款', '第十条第二款', '第二十条第一项至第二十条第三项'],
      },
    ]);
  });

  it('reads a list written short right after a name (第三、四条), and one starting again after a 款 (第二款、第三、四款)', () => {
    // Line 3 is "第一条 依照民事诉讼法第三、四条和公司法第十条第二款、第三、四款的规定。", from offset 6:
    // 民 is its 7th character, 条 of 四条 its 16th, 公 its 18th, 款 of 四款 its 32nd.
    const found = cite('依照民事诉讼法第三、四条和公司法第十条第二款、第三、四款的规定。');
    expect(found.map(brief)).toEqual([
      { text: '民事诉讼法第三、四条', law: '中华人民共和国民事诉讼法', targets: ['第三条', '第四条'] },
      { text: '公司法第十条第二款、第三、四款', law: '中华人民共和国公司法', targets: ['第十条第二款', '第十条第三款', '第十条第四款'] },
    ]);
    expect(found.map((c) => c.span)).toEqual([
      { start: { line: 3, column: 7, offset: 12 }, end: { line: 3, column: 17, offset: 22 } },
      { start: { line: 3, column: 18, offset: 23 }, end: { line: 3, column: 33, offset: 38 } },
    ]);
    // Each number is a target of its own, written short: a rewrite writes the list out in full.
    expect(found.map((c) => c.targets.map((t) => [t.text, t.shared ?? false]))).toEqual([
      [
        ['第三', true],
        ['四条', true],
      ],
      [
        ['第十条第二款', false],
        ['第三', true],
        ['四款', true],
      ],
    ]);
    expect(cite('依照民事诉讼法第三至五条处理。').map(brief)).toEqual([
      { text: '民事诉讼法第三至五条', law: '中华人民共和国民事诉讼法', targets: ['第三条至第五条'] },
    ]);
    // The rule's own articles: 本法, 本《规定》, or no name at all.
    expect(cite('依照本法第三、四条和第五、六条，不受本《规定》第三、四、五条的限制。')).toEqual([]);
  });

  it('reads a numbered interpretation by its short name (公司法解释（四）), resolved only where the corpus has it', () => {
    const titles = [
      '最高人民法院关于适用《中华人民共和国公司法》若干问题的规定（四）',
      '最高人民法院关于适用《中华人民共和国民法典》婚姻家庭编的解释（一）',
      '中华人民共和国公司法',
    ];
    // Line 3 is "第一条 适用公司法解释（四）第五条、《民法典婚姻家庭编解释（一）》第三条和合同法解释（二）第二十四条。":
    // 公 is its 7th character, 条 of 第五条 its 17th, 《 its 19th, 条 of 第三条 its 36th, 合 its 38th, the last 条 its 50th.
    const found = cite('适用公司法解释（四）第五条、《民法典婚姻家庭编解释（一）》第三条和合同法解释（二）第二十四条。', titles);
    expect(found.map(brief)).toEqual([
      { text: '公司法解释（四）第五条', law: '最高人民法院关于适用《中华人民共和国公司法》若干问题的规定（四）', targets: ['第五条'] },
      {
        text: '《民法典婚姻家庭编解释（一）》第三条',
        law: '最高人民法院关于适用《中华人民共和国民法典》婚姻家庭编的解释（一）',
        targets: ['第三条'],
      },
      // The corpus has no 合同法解释（二）: found, with the name as written and no title.
      { text: '合同法解释（二）第二十四条', law: '?合同法解释（二）', targets: ['第二十四条'] },
    ]);
    expect(found.map((c) => [c.law.naming, c.span!.start.column, c.span!.end.column, c.span!.start.offset, c.span!.end.offset])).toEqual([
      ['short', 7, 18, 12, 23],
      ['title', 19, 37, 24, 42],
      ['short', 38, 51, 43, 56],
    ]);
    // 公司法规定（四） names the same interpretation; a number after words that name no law's interpretation is no name.
    expect(cite('依照公司法规定（四）第二条。', titles).map(brief)).toEqual([
      { text: '公司法规定（四）第二条', law: '最高人民法院关于适用《中华人民共和国公司法》若干问题的规定（四）', targets: ['第二条'] },
    ]);
    expect(cite('按照若干问题的规定（一）第三条和本解释（二）第四条。', titles)).toEqual([]);
  });

  it('reads a title written in 〈〉 instead of 《》, but not a title inside a title', () => {
    expect(cite('依照〈中华人民共和国公司法〉第十条处理。').map(brief)).toEqual([
      { text: '〈中华人民共和国公司法〉第十条', law: '中华人民共和国公司法', targets: ['第十条'] },
    ]);
    expect(cite('《关于〈中华人民共和国刑法〉第三百四十一条的解释》').map(brief)).toEqual([]);
  });

  it('reads names ending in 通则 or 总则, and a part (分则) of a rule the corpus knows', () => {
    expect(cite('人民法院可以依照民法通则第一百三十四条第三款的规定给予民事制裁。').map(brief)).toEqual([
      { text: '民法通则第一百三十四条第三款', law: '?民法通则', targets: ['第一百三十四条第三款'] },
    ]);
    expect(cite('应当适用民法总则第一百八十八条关于三年诉讼时效期间的规定。').map(brief)).toEqual([
      { text: '民法总则第一百八十八条', law: '?民法总则', targets: ['第一百八十八条'] },
    ]);
    expect(cite('触犯刑法分则第九章第三百九十八条至第四百一十九条规定的。').map(brief)).toEqual([
      { text: '刑法分则第九章第三百九十八条至第四百一十九条', law: '中华人民共和国刑法', targets: ['第三百九十八条至第四百一十九条'] },
    ]);
  });

  it('reads a court interpretation by its 关于 form, with 〈〉 for 《》 inside, and 关于适用《X》的解释 as X解释', () => {
    const titles = [
      '最高人民法院关于审理劳动争议案件适用法律问题的解释（一）',
      '中华人民共和国民事诉讼法',
      '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释',
    ];
    expect(
      cite(
        '依照《关于审理劳动争议案件适用法律问题的解释（一）》第三条、《最高人民法院关于适用〈民事诉讼法〉的解释》第二十条和《民事诉讼法》第五条处理；依照民事诉讼法解释第二十一条。',
        titles,
      ).map(brief),
    ).toEqual([
      {
        text: '《关于审理劳动争议案件适用法律问题的解释（一）》第三条',
        law: '最高人民法院关于审理劳动争议案件适用法律问题的解释（一）',
        targets: ['第三条'],
      },
      {
        text: '《最高人民法院关于适用〈民事诉讼法〉的解释》第二十条',
        law: '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释',
        targets: ['第二十条'],
      },
      { text: '《民事诉讼法》第五条', law: '中华人民共和国民事诉讼法', targets: ['第五条'] },
      { text: '民事诉讼法解释第二十一条', law: '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释', targets: ['第二十一条'] },
    ]);
  });

  it('does not take a kind of rule alone for another rule (删除条例第七条 in a decision amending a 条例)', () => {
    expect(cite('删除条例第七条、第十一条。')).toEqual([]);
  });

  it('cuts a name the corpus lacks after 如无, and reads 该公约', () => {
    expect(cite('对该合同效力发生争议的，如无合同法第五十二条规定的情形，应当认定有效。').map(brief)).toEqual([
      { text: '合同法第五十二条', law: '?合同法', targets: ['第五十二条'] },
    ]);
    expect(cite('适用《承认及执行外国仲裁裁决公约》的，依照该公约第五条第一款的规定审查。').map(brief)).toEqual([
      { text: '该公约第五条第一款', law: '?承认及执行外国仲裁裁决公约', targets: ['第五条第一款'] },
    ]);
  });
});
