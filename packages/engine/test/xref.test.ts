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
    ['有前款规定情形、前两款情形或者本条第二款情形的，依照本款', [['前款', false, 1], ['前两款', false, 1], ['本条第二款', false, 1], ['本款', false, 1]]],
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
    const c = amend(doc, T, [['一', [
      { kind: 'insertNode', level: 'article', as: art(2), content: frag('新。', 'article') },
      { kind: 'insertNode', level: 'paragraph', parent: art(3), as: { paragraph: 1 }, content: frag('新款。', 'paragraph') },
    ]]]);
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
