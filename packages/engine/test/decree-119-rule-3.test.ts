import { describe, expect, it } from 'vitest';
import { serialize } from '@amend/document';
import { applyAmendment } from '../src/index.ts';
import { amendment, art, decision, exampleExpected, exampleRule, frag } from './helpers.ts';

/**
 * The founding example: rule 三 of decree 119 (行政执法证件管理办法), every
 * item written out as operations from the decision's own words, applied to
 * the reconstructed original and compared with the consolidation worked out
 * by hand in examples/decree-119/expected/.
 */
const title = '宁夏回族自治区行政执法证件管理办法';
const r = (from: string, to: string) => ({ from, to });
const FZ = r('法制工作机构', '司法行政部门');

const rule3 = amendment(title, [
  [
    '三（一）',
    [
      {
        kind: 'replaceText',
        scope: [art(1)],
        pairs: [
          r(
            '为了加强行政执法监督，规范行政执法行为，统一管理行政执法证件',
            '为了加强行政执法证件管理，规范行政执法行为，促进严格规范公正文明执法',
          ),
        ],
      },
    ],
  ],
  ['三（二）', [{ kind: 'replaceText', scope: [4, 7, 9, 12, 19, 24, 25, 26, 32].map((n) => art(n)), pairs: [FZ] }]],
  [
    '三（三）',
    [
      {
        kind: 'insertNode',
        level: 'article',
        as: art(5),
        content: frag(
          '《行政执法证》应当载明以下信息：\n（一）持证人的姓名、照片等基本信息；\n（二）所属行政执法机关名称；\n（三）证件编号、有效期限；\n（四）持证人基本信息二维码；\n（五）其他依法需要载明的信息。',
          'article',
        ),
      },
    ],
  ],
  [
    '三（四）',
    [
      { kind: 'renumber', level: 'article', target: art(8), to: art(9) },
      {
        kind: 'replaceNode',
        level: 'article',
        target: art(8),
        content: frag(
          '设区的市、县（市、区）人民政府司法行政部门应当自收到申领材料之日起5个工作日内完成审核。申领资料齐全并符合条件的，报送自治区人民政府司法行政部门复核；申领资料不齐全或者不符合条件的，应当退回行政执法机关并说明理由。\n自治区人民政府司法行政部门应当自收到申领材料之日起5个工作日内完成审核。申领资料齐全并符合条件的，同意办理；申领资料不齐全或者不符合条件的，应当退回申报机关并说明理由。',
          'article',
        ),
      },
    ],
  ],
  [
    '三（五）',
    [
      { kind: 'renumber', level: 'article', target: art(10), to: art(11) },
      {
        kind: 'insertNode',
        level: 'paragraph',
        parent: art(10),
        as: art(11, { paragraph: 2 }),
        content: frag(
          '本办法所称在编人员，是指纳入上述单位行政编制或者事业编制的人员。但法律、法规规定不得从事行政执法工作的人员除外。',
          'paragraph',
        ),
      },
    ],
  ],
  [
    '三（六）',
    [
      { kind: 'renumber', level: 'article', target: art(13), to: art(14) },
      { kind: 'renumber', level: 'article', target: art(15), to: art(16) },
      { kind: 'deleteText', scope: [art(13), art(15)], phrases: ['和监察机关'] },
      { kind: 'replaceText', scope: [art(13), art(15)], pairs: [FZ] },
    ],
  ],
  [
    '三（七）',
    [
      { kind: 'renumber', level: 'article', target: art(16), to: art(17) },
      { kind: 'replaceText', scope: [art(16)], pairs: [r('必须', '应当')] },
      {
        kind: 'insertNode',
        level: 'paragraph',
        parent: art(16),
        as: art(17, { paragraph: 1 }),
        content: frag(
          '行政执法人员应当在《行政执法证》载明的执法权限、执法区域、证件有效期内使用证件；不得将证件交给他人使用或者用于行政执法以外的用途。',
          'paragraph',
        ),
      },
    ],
  ],
  [
    '三（八）',
    [
      { kind: 'renumber', level: 'article', target: art(17), to: art(18) },
      {
        kind: 'replaceNode',
        level: 'item',
        target: art(17, { item: 3 }),
        content: frag('（三）行政执法人员执法领域或者执法区域发生变更的。', 'item'),
      },
      {
        kind: 'insertNode',
        level: 'paragraph',
        parent: art(17),
        as: art(18, { paragraph: 2 }),
        content: frag('因执法领域变更申请变更《行政执法证》的人员，应当参加专业法律知识培训和考试。', 'paragraph'),
      },
    ],
  ],
  [
    '三（九）',
    [
      { kind: 'renumber', level: 'article', target: art(21), to: art(22) },
      { kind: 'replaceText', scope: [art(21)], pairs: [FZ] },
      {
        kind: 'insertNode',
        level: 'paragraph',
        parent: art(21),
        as: art(22, { paragraph: 2 }),
        content: frag('行政执法机关应当加强行政执法证件管理，及时做好证件的申领、补发、换发等工作。', 'paragraph'),
      },
    ],
  ],
  [
    '三（十）',
    [
      { kind: 'renumber', level: 'article', target: art(22), to: art(23) },
      { kind: 'replaceText', scope: [art(22)], pairs: [r('一律在自治区政府法制网站上公开', '应当在宁夏政府法制信息网上公开'), FZ] },
      {
        kind: 'insertNode',
        level: 'paragraph',
        parent: art(22),
        as: art(23, { paragraph: 2 }),
        content: frag(
          '县级以上人民政府司法行政部门应当利用宁夏行政执法监督平台对行政执法证件进行年度审验，并将审验资料推送给自治区人民政府司法行政部门。自治区人民政府司法行政部门应当及时复核行政执法证件年度审验资料。',
          'paragraph',
        ),
      },
    ],
  ],
  [
    '三（十一）',
    [
      { kind: 'renumber', level: 'article', target: art(23), to: art(24) },
      {
        kind: 'replaceNode',
        level: 'paragraph',
        target: art(23, { paragraph: 2 }),
        content: frag('《行政执法证》有效期届满前3个月，行政执法机关应当按照本办法第八条规定的程序申请换发。', 'paragraph'),
      },
      {
        kind: 'replaceNode',
        level: 'paragraph',
        target: art(23, { paragraph: 3 }),
        content: frag('行政执法种类变更、行政执法证件损坏严重的，应当及时按照本办法第八条和第十八条的规定申请换发。', 'paragraph'),
      },
    ],
  ],
  [
    '三（十二）',
    [
      { kind: 'renumber', level: 'article', target: art(27), to: art(28) },
      { kind: 'replaceText', scope: [art(27)], pairs: [FZ, r('第二十六条', '第二十七条')] },
    ],
  ],
  [
    '三（十三）',
    [
      { kind: 'renumber', level: 'article', target: art(28), to: art(29) },
      { kind: 'replaceText', scope: [art(28)], pairs: [r('第二十七条', '第二十八条'), FZ] },
    ],
  ],
  [
    '三（十四）',
    [
      { kind: 'renumber', level: 'article', target: art(29), to: art(30) },
      { kind: 'replaceText', scope: [art(29)], pairs: [r('第二十七条', '第二十八条')] },
    ],
  ],
  [
    '三（十五）',
    [
      { kind: 'renumber', level: 'article', target: art(30), to: art(31) },
      {
        kind: 'replaceNode',
        level: 'article',
        target: art(30),
        content: frag(
          '行政执法人员对被暂扣或者依照本办法第二十八条被注销《行政执法证》有异议的，可以自收到处理决定之日起30日内向决定机关申请复核；对复核结果不服的，可以自收到复核决定之日起15日内向决定机关的上一级主管部门提出申诉；也可以不经复核，自收到处理决定之日起30日内向决定机关的上一级主管部门提出申诉。',
          'article',
        ),
      },
    ],
  ],
  [
    '三（十六）',
    [
      { kind: 'renumber', level: 'article', target: art(31), to: art(32) },
      { kind: 'renumber', level: 'article', target: art(33), to: art(34) },
      { kind: 'replaceText', scope: [art(31), art(33)], pairs: [FZ, r('行政处分', '处分')] },
    ],
  ],
]);

describe('decree 119, rule 三, operations written by hand', () => {
  const before = exampleRule(title);
  const c = applyAmendment(before, rule3, { decision });

  it('applies without errors and gives the hand-worked text', () => {
    expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(serialize(c.after)).toBe(exampleExpected(title));
  });

  it('leaves the original untouched and shares the articles before the first change', () => {
    expect(serialize(c.before)).toBe(serialize(before));
    const ch1 = (d: typeof before) => d.children[0];
    // 第二条 and 第三条 are neither renumbered nor edited.
    const art2 = (d: typeof before) => (ch1(d) as { children: unknown[] }).children[1];
    expect(art2(c.after)).toBe(art2(before));
  });

  it('rewrites carried-over references and leaves the decision’s own alone', () => {
    const by = (text: string) => c.references.filter((x) => x.text === text);
    expect(by('本办法第七条至第九条')[0]).toMatchObject({ newText: '本办法第八条至第十条', status: 'auto-renumbered' });
    expect(by('本办法第十六条第一款')[0]).toMatchObject({ newText: '本办法第十七条第二款', status: 'auto-renumbered' });
    // 三（十二） rewrote 第二十六条 itself: it is not renumbered a second time.
    const own = c.references.filter((x) => x.where.startsWith('art_29__') || x.where.startsWith('art_30__'));
    expect(own.map((x) => [x.text, x.status])).toEqual([
      ['本办法第二十八条', 'rewritten-by-decision'],
      ['本办法第二十八条', 'rewritten-by-decision'],
    ]);
    expect(by('本办法第八条和第十八条')[0]).toMatchObject({
      status: 'rewritten-by-decision',
      oldTarget: [],
      newTarget: ['art_8', 'art_18'],
    });
  });

  it('reports the 前款 that now follows an inserted paragraph', () => {
    const shifted = c.references.filter((x) => x.status === 'relative-shifted');
    expect(shifted.map((x) => [x.text, x.where])).toEqual([['前款', 'art_18__para_3']]);
    expect(c.diagnostics.some((d) => d.ruleId === 'engine/shifted-relative-reference')).toBe(true);
  });

  it('maps old articles to new ones', () => {
    const row = (n: number) => c.changes.find((x) => x.before[0]?.num.n === n);
    expect(c.changes.filter((x) => x.status === 'inserted').map((x) => x.after[0].num.n)).toEqual([5]);
    expect(row(2)).toMatchObject({ status: 'unchanged', textChanged: false, items: [] });
    expect(row(1)).toMatchObject({ status: 'modified', items: ['三（一）'] });
    expect(row(8)).toMatchObject({ status: 'renumbered', textChanged: true, after: [{ id: 'art_9', num: { n: 9 } }] });
    // 第六条 moves to 第七条 without a word changed.
    expect(row(6)).toMatchObject({ status: 'renumbered', textChanged: false });
    expect(c.changes).toHaveLength(36);
  });
});
