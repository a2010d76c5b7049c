import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { comparisonTable, type Row } from '@amend/render';
import { example, read, run, tempDir } from '../helpers.ts';
import { cellText, changed, consolidate, DECISION, FAMEI, QIANGTI, RULES, ZHENGJIAN } from './decree.ts';
import { docxRuns, documentXml } from './docx.ts';
import { xmlProblems } from './xml.ts';

/**
 * The 修改前后对照表 of decree 119 over the example rules. Every expectation
 * comes from the decision's words (examples/decree-119/decision.md) and the
 * rules' texts (examples/decree-119/rules):
 *
 *   三（三） 增加一条，作为第五条：“《行政执法证》应当载明以下信息：（一）…（五）…”
 *   三（四） 第八条改为第九条，修改为：“…5个工作日内完成审核。…”  (so old 第五条–第七条 move up one)
 *   四（三） 删去第七条、第二十一条、第二十二条。                  (so old 第八条 becomes 第七条)
 *   十（六） 将第十八条、第十九条、第二十条合并，作为第十八条，修改为：“…”
 *   十（七） 第二十二条改为第二十条                                (so old 第二十一条 becomes 第十九条)
 */

const TITLES = readdirSync(join(example, 'expected'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''));

/** 三（三）, line by line as the decision quotes it. */
const NEW_ART_5 = [
  '《行政执法证》应当载明以下信息：',
  '（一）持证人的姓名、照片等基本信息；',
  '（二）所属行政执法机关名称；',
  '（三）证件编号、有效期限；',
  '（四）持证人基本信息二维码；',
  '（五）其他依法需要载明的信息。',
];
/** 三（四）, the second paragraph of the new 第九条: wholly new words. */
const NEW_ART_9_PARA_2 =
  '自治区人民政府司法行政部门应当自收到申领材料之日起5个工作日内完成审核。申领资料齐全并符合条件的，同意办理；申领资料不齐全或者不符合条件的，应当退回申报机关并说明理由。';
/** 四（三）: the old 第七条 of the 罚缴分离办法, struck whole. */
const OLD_FAMEI_7 = '代收银行代收罚没款，由同级财政部门按照代收金额的千分之五支付手续费。';
/**
 * 十（六）: the merged 第十八条 as the decision words it. The scanned gazette
 * prints its two commas as ASCII `,`: scanning noise, read as `，`.
 */
const MERGED_18 =
  '违反本规定，在国务院或者自治区人民政府规定禁止生产、销售、使用粘土砖的期限或者区域内生产、销售或者使用粘土砖的，由住房城乡建设主管部门依照《中华人民共和国循环经济促进法》相关规定予以处罚。';
/** The three articles it replaces, from the rule. */
const OLD_QIANGTI = {
  18: '违反本规定，在国务院或者自治区人民政府规定禁止生产粘土砖的期限或者区域内生产粘土砖的，由县级以上人民政府建设主管部门责令停止生产，没收违法所得，处二万元以上三万元以下罚款。',
  19: '违反本规定，在国务院或者自治区人民政府规定禁止销售粘土砖的期限或者区域内销售粘土砖的，由工商行政管理部门责令停止销售，没收违法所得，处一万元以上三万元以下罚款。',
  20: '违反本规定，在国务院或者自治区人民政府规定禁止使用粘土砖的期限或者区域内使用粘土砖的，由县级以上人民政府建设主管部门责令改正，处一万元以上三万元以下罚款。',
};

const labels = (r: Row) => [r.left?.label ?? '', r.right?.label ?? ''];

describe('对照表 rows of decree 119 (API)', () => {
  const zhengjian = comparisonTable(consolidate(ZHENGJIAN));
  const famei = comparisonTable(consolidate(FAMEI));
  const qiangti = comparisonTable(consolidate(QIANGTI));

  it('三（三）: the new 第五条 has an empty left cell and is all inserted words', () => {
    const rows = zhengjian.filter((r) => r.status === 'inserted');
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row.left).toBeUndefined();
    expect(row.right?.label).toBe('第五条');
    expect(row.right?.lines).toEqual(NEW_ART_5.map((text) => [{ type: 'ins', text }]));
    // It sits between 第四条 (三（二）) and the old 第五条, now 第六条.
    const at = zhengjian.indexOf(row);
    expect(labels(zhengjian[at - 1])).toEqual(['第四条', '第四条']);
    expect(labels(zhengjian[at + 1])).toEqual(['第五条', '第六条']);
  });

  it('an article the decision only moved sits beside its old self, both numbers shown, no words marked', () => {
    for (const [from, to] of [
      ['第五条', '第六条'],
      ['第六条', '第七条'],
    ]) {
      const row = zhengjian.find((r) => r.left?.label === from);
      expect(row).toMatchObject({ status: 'renumbered', right: { label: to } });
      expect(changed(row?.left)).toEqual([]);
      expect(changed(row?.right)).toEqual([]);
      expect(cellText(row?.left)).toBe(cellText(row?.right));
    }
    expect(cellText(zhengjian.find((r) => r.left?.label === '第五条')?.left)).toBe(
      '行政执法人员从事行政执法活动，应当持有《行政执法证》。法律、行政法规对持证执法另有规定的，从其规定。\n未取得《行政执法证》的人员，不得从事行政执法活动。',
    );
  });

  it('三（四）: old 第八条 beside new 第九条, the changed words struck and inserted', () => {
    const row = zhengjian.find((r) => r.left?.label === '第八条');
    expect(row).toMatchObject({ status: 'renumbered', right: { label: '第九条' } });
    // 法制工作机构 → 司法行政部门, 10 → 5 个工作日, and a whole new second paragraph.
    expect(changed(row?.left)).toEqual(expect.arrayContaining(['法制工作机构', '10']));
    expect(changed(row?.right)).toEqual(expect.arrayContaining(['司法行政部门', '5']));
    expect(row?.right?.lines[1]).toEqual([{ type: 'ins', text: NEW_ART_9_PARA_2 }]);
    expect(row?.left?.lines).toHaveLength(1);
  });

  it('四（三）: the deleted 第七条 has an empty right cell, its words struck; 第八条 becomes 第七条', () => {
    const deleted = famei.filter((r) => r.status === 'deleted');
    expect(deleted.map(labels)).toEqual([
      ['第七条', ''],
      ['第二十一条', ''],
      ['第二十二条', ''],
    ]);
    expect(deleted[0].right).toBeUndefined();
    expect(deleted[0].left?.lines).toEqual([[{ type: 'del', text: OLD_FAMEI_7 }]]);
    expect(famei.find((r) => r.left?.label === '第八条')).toMatchObject({ status: 'renumbered', right: { label: '第七条' } });
  });

  it('十（六）: 第十八条 to 第二十条 share one right cell, the new 第十八条', () => {
    const merged = qiangti.filter((r) => r.status === 'merged');
    expect(merged.map(labels)).toEqual([
      ['第十八条', '第十八条'],
      ['第十九条', ''],
      ['第二十条', ''],
    ]);
    expect(merged.map((r) => [r.leftSpan, r.rightSpan])).toEqual([
      [1, 3],
      [1, 0],
      [1, 0],
    ]);
    expect(cellText(merged[0].right)).toBe(MERGED_18);
    // Each left cell still reads as its old article: nothing lost, nothing added.
    expect(merged.map((r) => cellText(r.left))).toEqual([OLD_QIANGTI[18], OLD_QIANGTI[19], OLD_QIANGTI[20]]);
    // Words of the new text in none of the three old articles are marked inserted...
    expect(changed(merged[0].right)).toContain('依照《中华人民共和国循环经济促进法》相关规定予以处罚');
    // ...and words in none of the new text are struck.
    expect(changed(merged[0].left).join('')).toContain('没收违法所得');
    // 十（七）: 第二十二条改为第二十条, so 第二十一条 is now 第十九条.
    expect(labels(qiangti[qiangti.indexOf(merged[2]) + 1])).toEqual(['第二十一条', '第十九条']);
  });
});

/** The rows of an HTML 对照表, one `<tr>` per line as the renderer writes them. */
function htmlRows(html: string): string[] {
  return html.split('\n').filter((l) => l.startsWith('<tr class='));
}

describe('amend table --corpus for decree 119', () => {
  const out = { html: tempDir(), md: tempDir(), docx: tempDir() };
  const page = (format: keyof typeof out, title: string) => read(join(out[format], `${title}.${format}`));

  beforeAll(async () => {
    for (const format of ['html', 'md', 'docx'] as const) {
      const r = await run('table', '--corpus', RULES, '--decision', DECISION, '--format', format, '-o', out[format]);
      expect(r.code, r.err).toBe(0);
    }
  }, 60_000);

  it('writes one table per amended rule and an index page linking them all', () => {
    for (const format of ['html', 'md', 'docx'] as const) {
      const files = readdirSync(out[format]).sort();
      const index = format === 'md' ? 'index.md' : 'index.html';
      expect(files).toEqual([...TITLES.map((t) => `${t}.${format}`), index].sort());
      const text = read(join(out[format], index));
      for (const t of TITLES) expect(text).toContain(encodeURI(`${t}.${format}`));
      expect(text).toContain(`《${ZHENGJIAN}》修改前后对照表`);
    }
    // 十: items （一）（二）（四）（五） change one article each, （三） four, （六） merges three into one,
    // （七） rewrites and renumbers 第二十二条: 10 changes; 第二十三条 only moves up to 第二十一条.
    expect(read(join(out.html, 'index.html'))).toContain(
      `《${QIANGTI}》修改前后对照表</a><span class="count">10 处修改，1 条仅调整序号</span>`,
    );
  });

  it('HTML: the insert, delete, merge and renumber rows', () => {
    const zhengjian = htmlRows(page('html', ZHENGJIAN));
    expect(zhengjian).toContainEqual(
      '<tr class="inserted"><td class="empty"></td><td data-eid="art_5">' +
        NEW_ART_5.map((l, k) => `<p>${k === 0 ? '<b class="num">第五条</b>　' : ''}<ins>${l}</ins></p>`).join('') +
        '</td></tr>',
    );
    const renumbered = zhengjian.find((r) => /^<tr class="\w+"><td data-eid="art_8">/.test(r));
    expect(renumbered).toMatch(
      /^<tr class="renumbered"><td data-eid="art_8"><p><b class="num">第八条<\/b>　设区的市、县（市、区）人民政府<del>法制工作机构<\/del>/,
    );
    expect(renumbered).toContain(
      '</td><td data-eid="art_9"><p><b class="num">第九条</b>　设区的市、县（市、区）人民政府<ins>司法行政部门</ins>',
    );
    expect(renumbered).toContain('之日起<del>10</del>个工作日');
    expect(renumbered).toContain('之日起<ins>5</ins>个工作日');
    expect(renumbered).toContain(`<p><ins>${NEW_ART_9_PARA_2}</ins></p>`);

    expect(htmlRows(page('html', FAMEI))).toContainEqual(
      `<tr class="deleted"><td data-eid="art_7"><p><b class="num">第七条</b>　<del>${OLD_FAMEI_7}</del></p></td><td class="empty"></td></tr>`,
    );

    const merged = htmlRows(page('html', QIANGTI)).filter((r) => r.startsWith('<tr class="merged">'));
    expect(merged).toHaveLength(3);
    expect(merged[0]).toMatch(
      /^<tr class="merged"><td data-eid="art_18"><p><b class="num">第十八条<\/b>.*<\/td><td rowspan="3" data-eid="art_18"><p><b class="num">第十八条<\/b>　.*<\/td><\/tr>$/,
    );
    expect(merged[0]).toContain('<ins>依照《中华人民共和国循环经济促进法》相关规定予以处罚</ins>');
    // The other two rows hold only their left cell: the right one is spanned.
    expect(merged[1]).toMatch(/^<tr class="merged"><td data-eid="art_19"><p><b class="num">第十九条<\/b>　[^]*<\/td><\/tr>$/);
    expect(merged[2]).toMatch(/^<tr class="merged"><td data-eid="art_20"><p><b class="num">第二十条<\/b>　[^]*<\/td><\/tr>$/);
    for (const r of merged.slice(1)) expect(r.match(/<td/g)).toHaveLength(1);
  });

  it('Markdown: the same rows, a merge folded into one', () => {
    const zhengjian = page('md', ZHENGJIAN).split('\n');
    expect(zhengjian).toContain(`|  | **第五条**　${NEW_ART_5.map((l) => `<ins>${l}</ins>`).join('<br>')} |`);
    const renumbered = zhengjian.find((l) => l.startsWith('| **第八条**'));
    expect(renumbered).toMatch(
      /^\| \*\*第八条\*\*　设区的市、县（市、区）人民政府<del>法制工作机构<\/del>.* \| \*\*第九条\*\*　设区的市、县（市、区）人民政府<ins>司法行政部门<\/ins>.* \|$/,
    );
    expect(renumbered).toContain(`<br><ins>${NEW_ART_9_PARA_2}</ins> |`);
    expect(zhengjian).toContain(
      '| **第五条**　行政执法人员从事行政执法活动，应当持有《行政执法证》。法律、行政法规对持证执法另有规定的，从其规定。<br>未取得《行政执法证》的人员，不得从事行政执法活动。 | ' +
        '**第六条**　行政执法人员从事行政执法活动，应当持有《行政执法证》。法律、行政法规对持证执法另有规定的，从其规定。<br>未取得《行政执法证》的人员，不得从事行政执法活动。 |',
    );

    expect(page('md', FAMEI).split('\n')).toContain(`| **第七条**　<del>${OLD_FAMEI_7}</del> |  |`);

    const merged = page('md', QIANGTI)
      .split('\n')
      .filter((l) => l.startsWith('| **第十八条**'));
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatch(
      /^\| \*\*第十八条\*\*　.*<br><br>\*\*第十九条\*\*　.*<br><br>\*\*第二十条\*\*　.* \| \*\*第十八条\*\*　[^|]* \|$/,
    );
  });

  it('docx: well-formed, titled, article numbers bold, changed words struck or bold underlined, the merge a vertical merge', () => {
    const xmlOf = (title: string) => documentXml(readFileSync(join(out.docx, `${title}.docx`)));
    const zhengjian = xmlOf(ZHENGJIAN);
    expect(xmlProblems(zhengjian)).toEqual([]);
    expect(zhengjian).toContain(`>《${ZHENGJIAN}》<`);
    expect(zhengjian).toContain('>修改前后对照表<');
    const runs = docxRuns(zhengjian);
    for (const n of ['第八条', '第九条', '第五条']) expect(runs.filter((r) => r.text === n).every((r) => r.bold)).toBe(true);
    expect(runs).toContainEqual({ text: '法制工作机构', bold: false, strike: true, underline: false });
    expect(runs).toContainEqual({ text: '司法行政部门', bold: true, strike: false, underline: true });
    expect(runs).toContainEqual({ text: NEW_ART_9_PARA_2, bold: true, strike: false, underline: true });

    const famei = docxRuns(xmlOf(FAMEI));
    expect(famei).toContainEqual({ text: OLD_FAMEI_7, bold: false, strike: true, underline: false });

    const qiangti = xmlOf(QIANGTI);
    expect(xmlProblems(qiangti)).toEqual([]);
    expect(qiangti.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(1);
    expect(qiangti.match(/<w:vMerge w:val="continue"\/>/g)).toHaveLength(2);
    expect(docxRuns(qiangti)).toContainEqual({
      text: '依照《中华人民共和国循环经济促进法》相关规定予以处罚',
      bold: true,
      strike: false,
      underline: true,
    });
  });
});
