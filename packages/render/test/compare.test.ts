import { describe, expect, it } from 'vitest';
import type { Consolidation } from '@amend/model';
import { comparisonDocx, comparisonHtml, comparisonMd, comparisonTable, comparisonTitle } from '../src/index.ts';
import { art, change, doc } from './trees.ts';
import { unzipEntry } from './zip.ts';

const a1 = art(1, '为了规范行政执法证件管理，制定本办法。');
const a2 = art(2, '县级以上人民政府工商行政管理部门负责行政执法证件的监督。');
const a3 = art(3, '行政执法证件每年审验一次。');
const a4 = art(4, '行政执法证件由自治区人民政府统一制作。');
const a5 = art(5, '行政执法证件的式样由自治区人民政府法制机构确定。');
const b1 = art(1, '为了规范行政执法证件管理，制定本办法。');
const b2 = art(2, '县级以上人民政府市场监督管理部门负责行政执法证件的监督。');
const b3 = art(3, '行政执法证件由自治区人民政府统一制作，式样由自治区人民政府司法行政部门确定。');
const b4 = art(4, '行政执法人员调离执法岗位的，应当交回行政执法证件。');

/** 一、第二条 工商→市场; 二、删去第三条; 三、第四条、第五条合并为第三条; 四、增加一条作为第四条. */
const c: Consolidation = {
  before: doc('某某办法', [a1, a2, a3, a4, a5]),
  after: doc('某某办法', [b1, b2, b3, b4]),
  changes: [
    change('unchanged', [a1], [b1], false),
    change('modified', [a2], [b2], true, ['一']),
    change('deleted', [a3], [], true, ['二']),
    change('merged', [a4, a5], [b3], true, ['三']),
    change('inserted', [], [b4], true, ['四']),
  ],
  references: [],
  applied: [],
  diagnostics: [],
};

describe('comparisonTable', () => {
  const rows = comparisonTable(c);

  it('has one row per changed article, unchanged ones left out, merged ones sharing the right cell', () => {
    expect(rows.map((r) => [r.status, r.left?.label ?? '', r.right?.label ?? '', r.leftSpan, r.rightSpan])).toEqual([
      ['modified', '第二条', '第二条', 1, 1],
      ['deleted', '第三条', '', 1, 1],
      ['merged', '第四条', '第三条', 1, 2],
      ['merged', '第五条', '', 1, 0],
      ['inserted', '', '第四条', 1, 1],
    ]);
    expect(rows[2].items).toEqual(['三']);
  });

  it('marks the changed words: struck on the left, inserted on the right', () => {
    expect(rows[0].left?.lines).toEqual([
      [
        { type: 'equal', text: '县级以上人民政府' },
        { type: 'del', text: '工商行政管理' },
        { type: 'equal', text: '部门负责行政执法证件的监督。' },
      ],
    ]);
    expect(rows[0].right?.lines).toEqual([
      [
        { type: 'equal', text: '县级以上人民政府' },
        { type: 'ins', text: '市场监督管理' },
        { type: 'equal', text: '部门负责行政执法证件的监督。' },
      ],
    ]);
    expect(rows[1].left?.lines).toEqual([[{ type: 'del', text: '行政执法证件每年审验一次。' }]]);
    expect(rows[4].right?.lines).toEqual([[{ type: 'ins', text: '行政执法人员调离执法岗位的，应当交回行政执法证件。' }]]);
  });

  it('diffs a merged article against the articles it was made of', () => {
    expect(rows[2].left?.lines).toEqual([
      [
        { type: 'equal', text: '行政执法证件由自治区人民政府统一制作' },
        { type: 'del', text: '。' },
      ],
    ]);
    expect(rows[3].left?.lines[0]).toContainEqual({ type: 'del', text: '法制机构' });
    expect(rows[2].right?.lines[0]).toContainEqual({ type: 'ins', text: '司法行政部门' });
    expect(rows[2].right?.lines[0].map((x) => x.text).join('')).toBe(
      '行政执法证件由自治区人民政府统一制作，式样由自治区人民政府司法行政部门确定。',
    );
  });

  it('is titled after the rule', () => {
    expect(comparisonTitle(c)).toBe('《某某办法》修改前后对照表');
  });

  it('can leave out articles whose only change is their number', () => {
    const moved = art(3, '行政执法证件由自治区人民政府统一制作。');
    const r = comparisonTable(
      { before: doc('办法', [a4]), after: doc('办法', [moved]), changes: [change('renumbered', [a4], [moved], false)] },
      { omitRenumbered: true },
    );
    expect(r).toEqual([]);
  });

  it('shows a changed title first', () => {
    const r = comparisonTable({ before: doc('某某暂行办法', [a1]), after: doc('某某办法', [b1]), changes: [] });
    expect(r.map((x) => x.kind)).toEqual(['title']);
    expect(r[0].left?.lines).toEqual([
      [
        { type: 'equal', text: '某某' },
        { type: 'del', text: '暂行' },
        { type: 'equal', text: '办法' },
      ],
    ]);
  });
});

describe('对照表 renderers', () => {
  it('HTML: a two-column page, row spans for merges, empty cells for insertions and deletions', () => {
    const html = comparisonHtml(c);
    expect(html).toContain('<h1>《某某办法》修改前后对照表</h1>');
    expect(html).toContain('<thead><tr><th>修改前</th><th>修改后</th></tr></thead>');
    expect(html).toContain(
      '<tr class="modified"><td data-eid="art_2"><p><b class="num">第二条</b>　县级以上人民政府<del>工商行政管理</del>部门负责行政执法证件的监督。</p></td>' +
        '<td data-eid="art_2"><p><b class="num">第二条</b>　县级以上人民政府<ins>市场监督管理</ins>部门负责行政执法证件的监督。</p></td></tr>',
    );
    expect(html).toContain('<td class="empty"></td></tr>');
    expect(html).toMatch(/<tr class="merged"><td data-eid="art_4">.*?<\/td><td rowspan="2" data-eid="art_3">/);
    expect(html).toMatch(/<tr class="merged"><td data-eid="art_5">[^\n]*?<\/td><\/tr>/);
    expect(html).toContain('<tr class="inserted"><td class="empty"></td><td data-eid="art_4">');
  });

  it('Markdown: one table row per change, a merge folded into one row', () => {
    const md = comparisonMd(c).split('\n');
    expect(md.slice(0, 4)).toEqual(['# 《某某办法》修改前后对照表', '', '| 修改前 | 修改后 |', '| --- | --- |']);
    expect(md[4]).toBe(
      '| **第二条**　县级以上人民政府<del>工商行政管理</del>部门负责行政执法证件的监督。 | **第二条**　县级以上人民政府<ins>市场监督管理</ins>部门负责行政执法证件的监督。 |',
    );
    expect(md[5]).toBe('| **第三条**　<del>行政执法证件每年审验一次。</del> |  |');
    expect(md[6]).toMatch(/^\| \*\*第四条\*\*　.*<br><br>\*\*第五条\*\*　.* \| \*\*第三条\*\*　.* \|$/);
    expect(md[7]).toBe('|  | **第四条**　<ins>行政执法人员调离执法岗位的，应当交回行政执法证件。</ins> |');
    expect(md).toHaveLength(9);
  });

  it('docx: a table with struck and bold underlined runs and a vertical merge', async () => {
    const xml = unzipEntry(await comparisonDocx(c), 'word/document.xml') ?? '';
    expect(xml).toContain('>《某某办法》修改前后对照表<');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toMatch(/<w:rPr>(?:(?!<\/w:rPr>).)*<w:strike\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t[^>]*>工商行政管理</);
    expect(xml).toMatch(
      /<w:rPr>(?=(?:(?!<\/w:rPr>).)*<w:b\/>)(?=(?:(?!<\/w:rPr>).)*<w:u w:val="single"\/>)(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t[^>]*>市场监督管理</,
    );
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    expect(xml).toContain('<w:vMerge w:val="continue"/>');
  });

  it('escapes rule text in every form', async () => {
    const x = art(1, '罚款<script>alert(1)</script>元');
    const y = art(1, '罚款<b>二千</b>元');
    const evil = { before: doc('办法', [x]), after: doc('办法', [y]), changes: [change('modified', [x], [y], true)] };
    expect(comparisonHtml(evil)).not.toMatch(/<script>|<b>二千/);
    expect(comparisonMd(evil)).not.toMatch(/<script>|<b>二千/);
    expect(unzipEntry(await comparisonDocx(evil), 'word/document.xml')).not.toMatch(/<script>|<b>二千/);
  });
});
