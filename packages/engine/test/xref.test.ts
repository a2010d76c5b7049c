import { describe, expect, it } from 'vitest';
import { serialize } from '@amend/document';
import { findReferences } from '../src/index.ts';
import { scanReferences } from '../src/xref/scan.ts';
import { amend, art, bodyLines, frag, rule } from './helpers.ts';

const scan = (text: string) => scanReferences(text).map((m) => [m.text, m.external, m.atoms.length]);

describe('finding references in a text', () => {
  it.each([
    ['依照本办法第八条规定执行', [['本办法第八条', false, 1]]],
    ['违反第二十六条规定的', [['第二十六条', false, 1]]],
    ['按照本办法第八条和第十八条的规定', [['本办法第八条和第十八条', false, 2]]],
    ['第八条、第九条', [['第八条、第九条', false, 2]]],
    ['违反本办法第十二条第一款第三项', [['本办法第十二条第一款第三项', false, 1]]],
    ['依照本办法第七条至第九条的规定', [['本办法第七条至第九条', false, 2]]],
    [
      '有前款规定情形、前两款情形或者本条第二款情形的，依照本款',
      [
        ['前款', false, 1],
        ['前两款', false, 1],
        ['本条第二款', false, 1],
        ['本款', false, 1],
      ],
    ],
    ['违反前款第一项、第二项规定', [['前款第一项、第二项', false, 2]]],
    ['第一百三十三条之一', [['第一百三十三条之一', false, 1]]],
    ['依照第8条', [['第8条', false, 1]]],
  ])('%s', (text, expected) => {
    expect(scan(text)).toEqual(expected);
  });

  it.each([
    ['依照《中华人民共和国行政处罚法》第七十二条的规定', '《中华人民共和国行政处罚法》第七十二条'],
    ['按照《宁夏回族自治区实施〈中华人民共和国消防法〉办法》第五条', '《宁夏回族自治区实施〈中华人民共和国消防法〉办法》第五条'],
    ['依照该法第十条、第十一条', '该法第十条、第十一条'],
    ['依照刑法第二百三十四条', '第二百三十四条'],
    ['应当依据民法典第五百一十条、第五百一十一条', '第五百一十条、第五百一十一条'],
    ['适用公司法第二十六条第二款的规定', '第二十六条第二款'],
  ])('another law: %s', (text, ref) => {
    expect(scan(text)).toEqual([[ref, true, ref.split('、').length]]);
  });

  it('does not take 依法 for a law', () => {
    expect(scan('应当依法第一次登记')).toEqual([]);
    expect(scan('违法第三条')).toEqual([['第三条', false, 1]]);
  });
});

describe('findReferences', () => {
  const doc = rule(`测试办法

第一条　甲。

第二条　乙。
丙。
依照前两款和本办法第一条的规定，按照《中华人民共和国行政处罚法》第十条处理。

第三条　违反本办法第二条第二款、第九条的，依照前条处理。
`);
  it('reports every reference with what it points to', () => {
    expect(findReferences(doc).map((r) => [r.where, r.text, r.status, r.oldTarget])).toEqual([
      ['art_2__para_3', '前两款', 'unchanged', ['art_2__para_1', 'art_2__para_2']],
      ['art_2__para_3', '本办法第一条', 'unchanged', ['art_1']],
      ['art_2__para_3', '《中华人民共和国行政处罚法》第十条', 'external', []],
      ['art_3__para_1', '本办法第二条第二款、第九条', 'dangling', ['art_2__para_2']],
      ['art_3__para_1', '前条', 'unchanged', ['art_2']],
    ]);
  });
});

describe('rewriting references after an amendment', () => {
  const T = '测试办法';
  const doc = rule(`${T}

第一条　甲。

第二条　依照第3条、第三条第二款和本办法第四条至第五条的规定，适用《中华人民共和国民法典》第三条。

第三条　丙。
丁。

第四条　戊。

第五条　己。
`);
  it('keeps the numeral style, rewrites ranges at both ends, and never touches another law', () => {
    const c = amend(doc, T, [
      [
        '一',
        [
          { kind: 'insertNode', level: 'article', as: art(2), content: frag('新。', 'article') },
          { kind: 'insertNode', level: 'paragraph', parent: art(3), as: { paragraph: 1 }, content: frag('新款。', 'paragraph') },
        ],
      ],
    ]);
    expect(bodyLines(serialize(c.after))[2]).toBe(
      '第三条　依照第4条、第四条第三款和本办法第五条至第六条的规定，适用《中华人民共和国民法典》第三条。',
    );
    expect(c.references.map((r) => [r.text, r.newText, r.status])).toEqual([
      ['第3条、第三条第二款', '第4条、第四条第三款', 'auto-renumbered'],
      ['本办法第四条至第五条', '本办法第五条至第六条', 'auto-renumbered'],
      ['《中华人民共和国民法典》第三条', undefined, 'external'],
    ]);
  });

  it('a reference in a 款 that moved to a new article keeps pointing where it pointed', () => {
    const d2 = rule(`${T}\n\n第一条　甲。\n乙依照前款处理。\n\n第二条　丙。\n`);
    const c = amend(d2, T, [['一', [{ kind: 'split', level: 'paragraph', source: art(1, { paragraph: 2 }), as: art(2) }]]]);
    expect(c.references).toMatchObject([{ text: '前款', status: 'relative-shifted', where: 'art_2__para_1' }]);
  });
});

describe('a reference in text the decision deleted', () => {
  it('is gone, not reported', () => {
    const T = '测试办法';
    const d = rule(`${T}\n\n第一条　甲。丙依照本办法第二条处理。\n\n第二条　乙。\n`);
    const c = amend(d, T, [['一', [{ kind: 'deleteText', scope: [art(1)], phrases: ['丙依照本办法第二条处理。'] }]]]);
    expect(bodyLines(serialize(c.after))[0]).toBe('第一条　甲。');
    expect(c.references).toEqual([]);
  });
});

describe('references to chapters and sections', () => {
  const T = '某市物业管理办法';
  const doc = rule(`${T}

第一章　总则

第一条　本办法第三章另有规定的除外。本办法第二章第一节、第二节和第四章的规定适用于住宅。

第二章　业主

第一节　业主权利

第二条　业主享有本节规定的权利。

第二节　业主义务

第三条　违反本章规定的，依照第二章至第四章的规定处理。第一节的规定不适用于非住宅。

第三章　物业服务

第四条　物业服务企业应当按照合同提供服务。

第四章　附则

第五条　本办法第九章的规定另行制定。
`);

  it('findReferences lists them with their targets, and a chapter the rule lacks as dangling', () => {
    expect(findReferences(doc).map((r) => [r.text, r.status, r.oldTarget])).toEqual([
      ['本办法第三章', 'unchanged', ['chp_3']],
      ['本办法第二章第一节、第二节和第四章', 'unchanged', ['chp_2__sec_1', 'chp_2__sec_2', 'chp_4']],
      ['本节', 'unchanged', ['chp_2__sec_1']],
      ['本章', 'unchanged', ['chp_2']],
      ['第二章至第四章', 'unchanged', ['chp_2', 'chp_3', 'chp_4']],
      ['第一节', 'unchanged', ['chp_2__sec_1']],
      ['本办法第九章', 'dangling', []],
    ]);
  });

  it('删去第三章: later chapters renumber; a reference to it, or a range holding it, is left as written and reported', () => {
    const c = amend(doc, T, [['一', [{ kind: 'deleteNode', level: 'chapter', target: { chapter: 3 } }]]]);
    expect(bodyLines(serialize(c.after))).toEqual([
      '第一章　总则',
      '第一条　本办法第三章另有规定的除外。本办法第二章第一节、第二节和第三章的规定适用于住宅。',
      '第二章　业主',
      '第一节　业主权利',
      '第二条　业主享有本节规定的权利。',
      '第二节　业主义务',
      '第三条　违反本章规定的，依照第二章至第四章的规定处理。第一节的规定不适用于非住宅。',
      '第三章　附则',
      '第四条　本办法第九章的规定另行制定。',
    ]);
    const warnings = c.diagnostics.filter((d) => d.ruleId === 'engine/dangling-reference').map((d) => d.message);
    expect(warnings).toEqual([
      '“本办法第三章” in 第一条 (new numbering) refers to 第三章 (original numbering), which the decision deletes; the reference is left as written',
      '“第二章至第四章” in 第三条 (new numbering) refers to 第三章 (original numbering), which the decision deletes; the reference is left as written',
    ]);
  });

  it('增加一章 inside a range of chapters: the ends renumber and the range is reported as grown', () => {
    const c = amend(doc, T, [
      [
        '一',
        [
          {
            kind: 'insertNode',
            level: 'chapter',
            as: { chapter: 3 },
            content: frag('第三章　业主大会\n第四条　业主大会由全体业主组成。', 'chapter'),
          },
        ],
      ],
    ]);
    expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(bodyLines(serialize(c.after))[6]).toBe('第三条　违反本章规定的，依照第二章至第五章的规定处理。第一节的规定不适用于非住宅。');
    expect(bodyLines(serialize(c.after))[1]).toBe(
      '第一条　本办法第四章另有规定的除外。本办法第二章第一节、第二节和第五章的规定适用于住宅。',
    );
    expect(c.diagnostics.filter((d) => d.ruleId === 'engine/range-grows').map((d) => d.message)).toEqual([
      '“第二章至第四章” in 第三条 (new numbering) now reads “第二章至第五章” and also covers 第三章, which the decision puts inside the range; check that the range should include it',
    ]);
  });
});

describe('references that follow a 款 or 项 to its new place', () => {
  const T = '测试办法';
  const doc = rule(`${T}

第一条　甲。

第二条　乙。
丙。

第三条　违反本办法第二条第二款的，依照第四条处理。

第四条　丁。
`);

  it('单列: after 将第二条第二款单列一条，作为第三条, 第二条第二款 reads 第三条, and the warning says it moved', () => {
    const c = amend(doc, T, [['一', [{ kind: 'split', level: 'paragraph', source: art(2, { paragraph: 2 }), as: art(3) }]]]);
    expect(bodyLines(serialize(c.after))).toEqual([
      '第一条　甲。',
      '第二条　乙。',
      '第三条　丙。',
      '第四条　违反本办法第三条的，依照第五条处理。',
      '第五条　丁。',
    ]);
    expect(c.diagnostics.map((d) => d.message)).toEqual([
      '“本办法第二条第二款” in 第四条 (new numbering) now reads “本办法第三条”: the decision moves 第二条第二款 (original numbering) to 第三条 (new numbering)',
    ]);
  });

  it('单列 with new words: the reference follows to the new article too', () => {
    const c = amend(doc, T, [
      ['一', [{ kind: 'split', level: 'paragraph', source: art(2, { paragraph: 2 }), as: art(3), content: frag('丙丙。', 'article') }]],
    ]);
    expect(bodyLines(serialize(c.after))[3]).toBe('第四条　违反本办法第三条的，依照第五条处理。');
  });

  it('移作第四条第二款: the reference names the 款 where it now is', () => {
    const c = amend(doc, T, [
      ['一', [{ kind: 'move', level: 'paragraph', source: art(2, { paragraph: 2 }), to: art(4, { paragraph: 2 }) }]],
    ]);
    expect(bodyLines(serialize(c.after))).toEqual([
      '第一条　甲。',
      '第二条　乙。',
      '第三条　违反本办法第四条第二款的，依照第四条处理。',
      '第四条　丁。',
      '丙。',
    ]);
    expect(c.diagnostics.map((d) => d.ruleId)).toEqual(['engine/reference-follows-move']);
  });

  it('a 款 merged away with its article: the reference to the article is reported as merged, one to its 款 follows', () => {
    const c = amend(doc, T, [['一', [{ kind: 'merge', level: 'article', targets: [art(1), art(2)], as: art(1) }]]]);
    expect(bodyLines(serialize(c.after))[3]).toBe('第二条　违反本办法第一条第三款的，依照第三条处理。');
    expect(c.diagnostics.map((d) => d.ruleId)).toEqual(['engine/reference-follows-move']);
  });

  it('前款 with no 款 left before it: left as written, and the message says it points to nothing', () => {
    const c = amend(rule(`${T}\n\n第一条　甲。\n违反前款规定的，予以警告。\n`), T, [
      ['一', [{ kind: 'deleteNode', level: 'paragraph', target: art(1, { paragraph: 1 }) }]],
    ]);
    expect(bodyLines(serialize(c.after))).toEqual(['第一条　违反前款规定的，予以警告。']);
    expect(c.diagnostics.map((d) => d.message)).toEqual([
      '“前款” in 第一条 (new numbering) pointed to 第一条第一款 (original numbering); nothing now stands where it points, so it is left as written',
    ]);
  });

  it('删去第二条第一款: the 款 left alone in its article is cited by the article, as an article of one 款 is', () => {
    const c = amend(doc, T, [['一', [{ kind: 'deleteNode', level: 'paragraph', target: art(2, { paragraph: 1 }) }]]]);
    expect(bodyLines(serialize(c.after))).toEqual([
      '第一条　甲。',
      '第二条　丙。',
      '第三条　违反本办法第二条的，依照第四条处理。',
      '第四条　丁。',
    ]);
  });
});

describe('lists and ranges', () => {
  const T = '测试办法';
  const doc = rule(`${T}

第一条　甲。

第二条　乙。

第三条　丙。

第四条　依照本办法第一条至第三条、第五条的规定。违反第二条、第五条规定的，依照前条处理。

第五条　丁。
`);

  it('a list holding a deleted article is left exactly as written, not half rewritten', () => {
    const c = amend(doc, T, [['一', [{ kind: 'deleteNode', level: 'article', target: art(2) }]]]);
    expect(bodyLines(serialize(c.after))[2]).toBe(
      '第三条　依照本办法第一条至第三条、第五条的规定。违反第二条、第五条规定的，依照前条处理。',
    );
    expect(c.references.map((r) => [r.text, r.status])).toEqual([
      ['本办法第一条至第三条、第五条', 'dangling'],
      ['第二条、第五条', 'dangling'],
      ['前条', 'unchanged'],
    ]);
  });

  it('前条 is an article: when it comes to mean another one, the message names both', () => {
    const c = amend(doc, T, [['一', [{ kind: 'deleteNode', level: 'article', target: art(3) }]]]);
    expect(c.references.find((r) => r.text === '前条')?.status).toBe('relative-shifted');
    expect(c.diagnostics.find((d) => d.ruleId === 'engine/shifted-relative-reference')?.message).toBe(
      '“前条” in 第三条 (new numbering) pointed to 第三条 (original numbering) and now points to 第二条 (new numbering); check that it still means what it meant',
    );
  });

  it('a range whose inside receives a new article: both ends renumber and the new article is named', () => {
    const c = amend(doc, T, [['一', [{ kind: 'insertNode', level: 'article', as: art(2), content: frag('新。', 'article') }]]]);
    expect(bodyLines(serialize(c.after))[4]).toBe(
      '第五条　依照本办法第一条至第四条、第六条的规定。违反第三条、第六条规定的，依照前条处理。',
    );
    expect(c.diagnostics.filter((d) => d.ruleId === 'engine/range-grows').map((d) => d.message)).toEqual([
      '“本办法第一条至第三条、第五条” in 第五条 (new numbering) now reads “本办法第一条至第四条、第六条” and also covers 第二条, which the decision puts inside the range; check that the range should include it',
    ]);
  });
});

describe('ranges of 款 and 项', () => {
  const T = '测试办法';
  const doc = rule(`${T}

第一条　有下列情形之一的，不予批准：
（一）甲；
（二）乙；
（三）丙；
（四）丁。

第二条　有前条第一项至第三项情形的，责令改正；有前条第四项情形的，予以警告。
`);

  it('a range of 项 that loses one inside is left as written; one that gains one inside is reported', () => {
    const lost = amend(doc, T, [['一', [{ kind: 'deleteNode', level: 'item', target: art(1, { item: 2 }) }]]]);
    expect(bodyLines(serialize(lost.after))[4]).toBe('第二条　有前条第一项至第三项情形的，责令改正；有前条第三项情形的，予以警告。');
    expect(lost.references.map((r) => [r.text, r.status])).toEqual([
      ['前条第一项至第三项', 'dangling'],
      ['前条第四项', 'auto-renumbered'],
    ]);
    const gained = amend(doc, T, [
      ['一', [{ kind: 'insertNode', level: 'item', parent: art(1), as: { item: 2 }, content: frag('（二）戊；', 'item') }]],
    ]);
    expect(bodyLines(serialize(gained.after))[6]).toBe('第二条　有前条第一项至第四项情形的，责令改正；有前条第五项情形的，予以警告。');
    expect(gained.diagnostics.filter((d) => d.ruleId === 'engine/range-grows').map((d) => d.data?.added)).toEqual(['第一条第二项']);
  });
});
