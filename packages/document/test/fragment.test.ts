import { describe, expect, it } from 'vitest';
import { parseFragment } from '../src/index.ts';

/** Payloads of decree 119 (seed 000), as the decision parser hands them over: unquoted lines. */

describe('parseFragment', () => {
  it('article level: the new 第五条 of 行政执法证件管理办法 is one 款 with five 项', () => {
    const text = [
      '《行政执法证》应当载明以下信息：',
      '（一）持证人的姓名、照片等基本信息；',
      '（二）所属行政执法机关名称；',
      '（三）证件编号、有效期限；',
      '（四）持证人基本信息二维码；',
      '（五）其他依法需要载明的信息。',
    ].join('\n');
    const { value, diagnostics } = parseFragment(text, 'article');
    expect(diagnostics).toEqual([]);
    if (value.level !== 'paragraphs') throw new Error(value.level);
    expect(value.text).toBe(text);
    expect(value.paragraphs).toHaveLength(1);
    expect(value.paragraphs[0].text).toBe('《行政执法证》应当载明以下信息：');
    expect(value.paragraphs[0].children.map((i) => [i.num, i.label, i.text])).toEqual([
      [1, '（一）', '持证人的姓名、照片等基本信息；'],
      [2, '（二）', '所属行政执法机关名称；'],
      [3, '（三）', '证件编号、有效期限；'],
      [4, '（四）', '持证人基本信息二维码；'],
      [5, '（五）', '其他依法需要载明的信息。'],
    ]);
    expect(value.paragraphs[0].pos).toBeUndefined();
  });

  it('article level with two 款 (第八条改为第九条，修改为：…)', () => {
    const text =
      '设区的市、县（市、区）人民政府司法行政部门应当自收到申领材料之日起5个工作日内完成审核。\n自治区人民政府司法行政部门应当自收到申领材料之日起5个工作日内完成审核。';
    const { value } = parseFragment(text, 'article');
    if (value.level !== 'paragraphs') throw new Error(value.level);
    expect(value.paragraphs.map((p) => p.text.slice(0, 8))).toEqual(['设区的市、县（市', '自治区人民政府司']);
  });

  it('article level starting with its own number gives whole articles (national 修正案 style)', () => {
    const { value } = parseFragment(
      '第一百三十三条之一　在道路上驾驶机动车，有下列情形之一的，处拘役：\n（一）追逐竞驶，情节恶劣的；',
      'article',
    );
    if (value.level !== 'articles') throw new Error(value.level);
    expect(value.articles.map((a) => [a.num, a.id, a.children[0].children.length])).toEqual([[{ n: 133, sub: 1 }, 'art_133_1', 1]]);
    expect(value.articles[0].pos).toBeUndefined();
  });

  it('paragraph level: 增加一款，作为第二款', () => {
    const { value } = parseFragment('因执法领域变更申请变更《行政执法证》的人员，应当参加专业法律知识培训和考试。', 'paragraph');
    if (value.level !== 'paragraphs') throw new Error(value.level);
    expect(value.paragraphs.map((p) => [p.text.length, p.children.length])).toEqual([[38, 0]]);
  });

  it('item level keeps the label as written, full-width or ASCII', () => {
    const full = parseFragment('（三）行政执法人员执法领域或者执法区域发生变更的。', 'item').value;
    if (full.level !== 'items') throw new Error(full.level);
    expect(full.items.map((i) => [i.num, i.label, i.text])).toEqual([[3, '（三）', '行政执法人员执法领域或者执法区域发生变更的。']]);
    const ascii = parseFragment('(三)其他情形。\n1.甲；\n2.乙。', 'item').value;
    if (ascii.level !== 'items') throw new Error(ascii.level);
    expect(ascii.items[0].label).toBe('(三)');
    expect(ascii.items[0].children.map((s) => [s.num, s.label, s.text])).toEqual([
      [1, '1.', '甲；'],
      [2, '2.', '乙。'],
    ]);
  });

  it('item level without a label: number 0, for the engine to fill in', () => {
    const { value } = parseFragment('行政执法人员执法领域发生变更的。', 'item');
    if (value.level !== 'items') throw new Error(value.level);
    expect(value.items.map((i) => [i.num, i.label])).toEqual([[0, '']]);
  });

  it('subitem level', () => {
    const { value } = parseFragment('2．被判处刑罚的。', 'subitem');
    if (value.level !== 'subitems') throw new Error(value.level);
    expect(value.subitems.map((s) => [s.num, s.label, s.text])).toEqual([[2, '2．', '被判处刑罚的。']]);
  });

  it('chapter level: a new chapter with its articles, or just a heading', () => {
    const withArticles = parseFragment('第三章　监督检查\n第十条　甲。\n第十一条　乙。\n丙。', 'chapter').value;
    if (withArticles.level !== 'articles') throw new Error(withArticles.level);
    expect(withArticles.articles.map((a) => [a.num.n, a.children.length])).toEqual([
      [10, 1],
      [11, 2],
    ]);
    // The chapter as read, holding the same articles.
    expect(withArticles.divisions?.map((d) => [d.kind, d.num, d.title, d.children.length])).toEqual([['chapter', 3, '监督检查', 2]]);
    expect(withArticles.divisions?.[0].children[0]).toBe(withArticles.articles[0]);
    const sections = parseFragment('第二章　管理\n第一节　登记\n第五条　甲。\n第二节　监督\n第六条　乙。', 'chapter').value;
    if (sections.level !== 'articles') throw new Error(sections.level);
    expect(sections.divisions?.[0].children.map((s) => s.kind === 'section' && [s.num, s.title])).toEqual([
      [1, '登记'],
      [2, '监督'],
    ]);
    expect(parseFragment('第三章　监督 检查', 'chapter').value).toEqual({ level: 'heading', text: '监督检查' });
    expect(parseFragment('法律责任', 'chapter').value).toEqual({ level: 'heading', text: '法律责任' });
  });

  it('title level gives a heading', () => {
    expect(parseFragment('宁夏回族自治区行政执法证件管理办法', 'title').value).toEqual({
      level: 'heading',
      text: '宁夏回族自治区行政执法证件管理办法',
    });
  });

  it('an empty payload is an error', () => {
    expect(parseFragment('  \n', 'article').diagnostics.map((d) => d.ruleId)).toEqual(['document/empty-fragment']);
  });

  it('reads a payload of plain lines the same whether or not the caller vouches for no CR or TAB', () => {
    const texts = [
      '设区的市人民政府司法行政部门应当完成审核。\n\n  自治区人民政府司法行政部门应当完成审核。  \n# 第三款的文字。',
      Array.from({ length: 20 }, (_, i) => `第${i + 1}段的文字。`).join('\n'),
      '一、总体要求\n1. 第一点；\n（一）一项；\n第二段。',
      '前一段。\n第八条　后一条。',
      '前一段。\n第二章　新的一章',
    ];
    for (const text of texts) {
      for (const level of ['article', 'paragraph', 'preamble', 'sentence'] as const) {
        expect(parseFragment(text, level, true), `${level} ${text}`).toEqual(parseFragment(text, level));
      }
    }
    // Twenty 款: ids past the sixteen made once.
    const many = parseFragment(texts[1], 'paragraph', true).value;
    if (many.level !== 'paragraphs') throw new Error(many.level);
    expect(many.paragraphs.map((p) => p.id).slice(-2)).toEqual(['para_19', 'para_20']);
  });
});
