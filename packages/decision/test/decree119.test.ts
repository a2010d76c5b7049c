import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDecision } from '../src/index.ts';
import { opsOf, read, repo, shared } from './helpers.ts';

/**
 * Decree 119 (宁夏回族自治区人民政府令第119号), the OCR'd gazette text. Every
 * expectation below is written from the decree's own words.
 */
const file = resolve(repo, 'examples/decree-119/decision.md');
const text = read(file);
const result = parseDecision(text, { file });
const d = result.value;
const a = (n: number) => ({ article: { n } });

describe('decree 119: structure', () => {
  it('parses without errors or warnings', () => {
    expect(result.diagnostics.filter((x) => x.severity !== 'info')).toEqual([]);
  });

  it('reads title and header', () => {
    expect(d.title).toBe('自治区人民政府关于废止和修改部分政府规章的决定');
    expect(d.meta).toMatchObject({
      issuer: '宁夏回族自治区人民政府',
      docNumber: '宁夏回族自治区人民政府令第119号',
      adopted: '2021-12-31',
      promulgated: '2022-01-08',
      signatory: '咸辉',
      effective: { clause: '自公布之日起施行' },
    });
    expect(d.preamble.startsWith('为了维护国家法治统一和政令畅通')).toBe(true);
  });

  it('lists the 10 repealed rules with their notes', () => {
    expect(d.repealed).toHaveLength(10);
    expect(d.repealed[0]).toMatchObject({
      label: '一、',
      title: '自治区人民政府关于发布《宁夏回族自治区村庄和集镇规划建设管理实施办法》的通知',
      note: '1994年12月6日宁政发〔1994〕131号公布',
    });
    expect(d.repealed[8]).toMatchObject({ title: '银川综合保税区管理试行办法', note: '2013年7月20日宁夏回族自治区人民政府令第57号公布' });
    expect(d.repealed.every((r) => /^\d{4}年\d{1,2}月\d{1,2}日.+公布$/.test(r.note))).toBe(true);
  });

  it('lists 13 amended rules and 138 numbered items', () => {
    expect(d.amendments.map((r) => r.title)).toEqual([
      '宁夏回族自治区禁止违法增加企业负担监督管理办法',
      '宁夏回族自治区农村五保供养办法',
      '宁夏回族自治区行政执法证件管理办法',
      '宁夏回族自治区罚没收入实行罚缴分离办法',
      '宁夏回族自治区测量标志管理规定',
      '宁夏回族自治区基础测绘管理办法',
      '宁夏回族自治区测绘成果管理办法',
      '宁夏回族自治区工程建设标准化管理办法',
      '宁夏回族自治区民用建筑节能办法',
      '宁夏回族自治区新型墙体材料推广应用管理规定',
      '宁夏回族自治区无规定动物疫病区管理办法',
      '宁夏回族自治区地震安全性评价管理办法',
      '宁夏回族自治区公共消防设施管理办法',
    ]);
    // Counted in the decree: （一）…（十一）, （一）…（九）, …
    expect(d.amendments.map((r) => r.items.length)).toEqual([11, 9, 16, 10, 12, 13, 10, 7, 12, 7, 14, 7, 10]);
    expect(d.amendments.reduce((n, r) => n + r.items.length, 0)).toBe(138);
    expect(d.amendments.every((r) => r.items.every((i) => i.operations.length > 0))).toBe(true);
  });

  it('numbers items by path, half-width labels included', () => {
    const rule1 = d.amendments[0];
    expect(rule1.label).toBe('一、');
    expect(rule1.items[9]).toMatchObject({ label: '(十)', num: 10, path: '一（十）' });
    expect(d.amendments[12].items.map((i) => i.path).at(-1)).toBe('十三（十）');
  });

  it('keeps the closing clauses', () => {
    expect(d.closing.map((c) => c.kind)).toEqual(['effective', 'adjust']);
    expect(d.closing[1].text).toBe('此外，对相关政府规章中的条文序号和个别文字作相应调整和修改。');
  });

  it('marks every operation with its rule, item and a span into the file', () => {
    const [del] = d.amendments[0].items[0].operations;
    expect(del.rule).toBe('宁夏回族自治区禁止违法增加企业负担监督管理办法');
    expect(del.item).toBe('一（一）');
    // （一）删去第三条第一款中的“规章”，… on line 47: the clause starts after the 3-character label.
    expect(del.span.start).toMatchObject({ line: 47, column: 4 });
    expect(del.span.end).toMatchObject({ line: 47, column: 18 });
    expect(text.slice(del.span.start.offset, del.span.end.offset)).toBe('删去第三条第一款中的“规章”');
  });
});

const seed = resolve(shared, 'seeds/000_82f25e182ccd271a.txt');

describe.runIf(existsSync(seed))('decree 119 inside the whole gazette issue', () => {
  it('finds the decision by its heading, not by the table of contents, and stops at the next document', () => {
    const gazette = parseDecision(read(seed));
    expect(gazette.diagnostics.filter((x) => x.severity !== 'info')).toEqual([]);
    expect(gazette.value.title).toBe(d.title);
    expect(gazette.value.meta).toEqual(d.meta);
    expect(gazette.value.amendments.map((r) => r.items.length)).toEqual(d.amendments.map((r) => r.items.length));
    expect(gazette.diagnostics.map((x) => x.ruleId)).toContain('decision/outside-text');
  });
});

describe("decree 119: instruction forms, in the decree's words", () => {
  it('deletes and replaces phrases in a scope; a bare 第二款 keeps the article', () => {
    // （一）删去第三条第一款中的“规章”，将第二款中的“工商行政管理部门”修改为“市场监督管理部门”。
    expect(opsOf(d, '一（一）')).toEqual([
      { kind: 'deleteText', scope: [{ ...a(3), paragraph: 1 }], phrases: ['规章'] },
      { kind: 'replaceText', scope: [{ ...a(3), paragraph: 2 }], pairs: [{ from: '工商行政管理部门', to: '市场监督管理部门' }] },
    ]);
  });

  it('puts several pairs of one sentence into one replaceText', () => {
    // （九）将第二十九条中的“监察机关或者其\n\n上级机关…”修改为“…”，“由司法机关依法追究刑事责任”修改为“依法追究刑事责任”。
    expect(opsOf(d, '一（九）')).toEqual([
      {
        kind: 'replaceText',
        scope: [a(29)],
        pairs: [
          { from: '监察机关或者其上级机关依法给予行政处分', to: '相关有权机关依法给予处分' },
          { from: '由司法机关依法追究刑事责任', to: '依法追究刑事责任' },
        ],
      },
    ]);
  });

  it('deletes several phrases at once', () => {
    // （八）删去第二十七条中的“或者监察机关”、“通报批评”。
    expect(opsOf(d, '十三（八）')).toEqual([{ kind: 'deleteText', scope: [a(27)], phrases: ['或者监察机关', '通报批评'] }]);
  });

  it('takes a list of scopes, across a page break inside 第十二条', () => {
    expect(opsOf(d, '三（二）')).toEqual([
      {
        kind: 'replaceText',
        scope: [4, 7, 9, 12, 19, 24, 25, 26, 32].map(a),
        pairs: [{ from: '法制工作机构', to: '司法行政部门' }],
      },
    ]);
    // （二）将第三条、第七条、第八条第八项、第九条第二款、第十二条、第十三条第一款、第十七条中的…
    expect(opsOf(d, '十一（二）')[0].scope).toEqual([
      a(3),
      a(7),
      { ...a(8), item: 8 },
      { ...a(9), paragraph: 2 },
      a(12),
      { ...a(13), paragraph: 1 },
      a(17),
    ]);
  });

  it('gives a second scope of the same sentence the article named before', () => {
    // （四）删去第十六条第六项中的“以赢利为目的”和第七项中的“以收费为目的”。
    expect(opsOf(d, '一（四）')).toEqual([
      { kind: 'deleteText', scope: [{ ...a(16), item: 6 }], phrases: ['以赢利为目的'] },
      { kind: 'deleteText', scope: [{ ...a(16), item: 7 }], phrases: ['以收费为目的'] },
    ]);
    // （六）将第二十五条中的“本级人民政府行\n\n政监察机关…”修改为“…”，第一项中的“物价主管部门”修改为“价格主管部门”。
    expect(opsOf(d, '一（六）')).toEqual([
      {
        kind: 'replaceText',
        scope: [a(25)],
        pairs: [
          {
            from: '本级人民政府行政监察机关或者其上级行政主管部门对直接负责的主管人员和其他直接责任人员给予行政处分',
            to: '相关有权机关对直接负责的主管人员和其他直接责任人员依法给予处分',
          },
        ],
      },
      { kind: 'replaceText', scope: [{ ...a(25), item: 1 }], pairs: [{ from: '物价主管部门', to: '价格主管部门' }] },
    ]);
  });

  it('reads continuation lines against the article of the line before', () => {
    // （七）将第十三条第一款中的“管理测绘工作的部门”修改为“自然资源主管部门”。\n\n第二款中的“转包”修改为“转让”。
    expect(opsOf(d, '六（七）')).toEqual([
      { kind: 'replaceText', scope: [{ ...a(13), paragraph: 1 }], pairs: [{ from: '管理测绘工作的部门', to: '自然资源主管部门' }] },
      { kind: 'replaceText', scope: [{ ...a(13), paragraph: 2 }], pairs: [{ from: '转包', to: '转让' }] },
    ]);
    // （三）将第十二条第一款中的“供市场自愿使用”修改为“…”。\n\n删去第二款。
    expect(opsOf(d, '八（三）')[1]).toEqual({ kind: 'deleteNode', level: 'paragraph', target: { ...a(12), paragraph: 2 } });
    // （十一）第二十三条改为第二十四条，将第二款修改为：“…”\n\n第三款修改为：“…”
    expect(opsOf(d, '三（十一）').map((o) => [o.kind, o.target])).toEqual([
      ['renumber', a(23)],
      ['replaceNode', { ...a(23), paragraph: 2 }],
      ['replaceNode', { ...a(23), paragraph: 3 }],
    ]);
    // （七）第十六条改为第十七条，将其中的“必须”修改为“应当”。\n\n增加一款，作为第一款：“…”
    const ops = opsOf(d, '三（七）');
    expect(ops[0]).toEqual({ kind: 'renumber', level: 'article', target: a(16), to: a(17) });
    expect(ops[1]).toEqual({ kind: 'replaceText', scope: [a(16)], pairs: [{ from: '必须', to: '应当' }] });
    expect(ops[2]).toMatchObject({ kind: 'insertNode', level: 'paragraph', parent: a(16), as: { paragraph: 1 } });
  });

  it('replaces whole nodes', () => {
    const [art] = opsOf(d, '一（十一）');
    expect(art).toMatchObject({ kind: 'replaceNode', level: 'article', target: a(31), content: { level: 'paragraphs' } });
    expect((art.content as { text: string }).text).toBe(
      '有关人民政府及其部门为应对突发事件，可以征用企业的财产。被征用的财产在使用完毕或者突发事件应急处置工作结束后，应当及时返还。财产被征用或者征用后毁损、灭失的，应当给予补偿。',
    );
    expect(opsOf(d, '二（四）')[0]).toMatchObject({ kind: 'replaceNode', level: 'paragraph', target: { ...a(20), paragraph: 3 } });
    // （八）第十七条改为第十八条，将第三项修改为：“（三）行政执法人员执法领域或者执法区域发生变更的。”
    expect(opsOf(d, '三（八）')[1]).toEqual({
      kind: 'replaceNode',
      level: 'item',
      target: { ...a(17), item: 3 },
      content: { level: 'items', text: '（三）行政执法人员执法领域或者执法区域发生变更的。' },
    });
    expect(opsOf(d, '十一（五）')).toEqual([
      { kind: 'renameHeading', level: 'chapter', target: { chapter: 3 }, title: '规定动物疫病的预防和控制' },
    ]);
  });

  it('inserts an article whose text runs over several quoted lines', () => {
    const [op] = opsOf(d, '三（三）');
    expect(op).toMatchObject({ kind: 'insertNode', level: 'article', as: a(5) });
    expect(op.parent).toBeUndefined();
    expect((op.content as { text: string }).text).toBe(
      [
        '《行政执法证》应当载明以下信息：',
        '（一）持证人的姓名、照片等基本信息；',
        '（二）所属行政执法机关名称；',
        '（三）证件编号、有效期限；',
        '（四）持证人基本信息二维码；',
        '（五）其他依法需要载明的信息。',
      ].join('\n'),
    );
    const content = d.amendments[2].items[2].operations[0];
    expect(content.kind === 'insertNode' && content.content.level === 'paragraphs' && content.content.paragraphs[0].children).toHaveLength(
      5,
    );
  });

  it('inserts a paragraph into the article named by a renumbering, closing a page break in the payload', () => {
    expect(opsOf(d, '三（五）')[1]).toMatchObject({ kind: 'insertNode', level: 'paragraph', parent: a(10), as: { paragraph: 2 } });
    const [, , add] = opsOf(d, '三（九）');
    expect((add.content as { text: string }).text).toBe('行政执法机关应当加强行政执法证件管理，及时做好证件的申领、补发、换发等工作。');
  });

  it('deletes nodes, one operation each', () => {
    expect(opsOf(d, '四（三）')).toEqual([7, 21, 22].map((n) => ({ kind: 'deleteNode', level: 'article', target: a(n) })));
    expect(opsOf(d, '五（一）')).toEqual([{ kind: 'deleteNode', level: 'paragraph', target: { ...a(2), paragraph: 2 } }]);
    expect(opsOf(d, '七（三）')).toEqual([
      { kind: 'deleteNode', level: 'article', target: a(7) },
      { kind: 'deleteNode', level: 'item', target: { ...a(14), item: 5 } },
    ]);
  });

  it('renumbers in the original numbering and replaces the old number', () => {
    const ops = opsOf(d, '三（四）');
    expect(ops[0]).toEqual({ kind: 'renumber', level: 'article', target: a(8), to: a(9) });
    expect(ops[1]).toMatchObject({ kind: 'replaceNode', level: 'article', target: a(8) });
    // （六）第十三条、第十五条分别改为第十四条、第十六条，删去其中的“和监察机关”，将“法制工作机构”修改为“司法行政部门”。
    expect(opsOf(d, '三（六）')).toEqual([
      { kind: 'renumber', level: 'article', target: a(13), to: a(14) },
      { kind: 'renumber', level: 'article', target: a(15), to: a(16) },
      { kind: 'deleteText', scope: [a(13), a(15)], phrases: ['和监察机关'] },
      { kind: 'replaceText', scope: [a(13), a(15)], pairs: [{ from: '法制工作机构', to: '司法行政部门' }] },
    ]);
    // （四）删去第十一条第二款第一项,第二项改为第一项,将其中的“《新型墙体材料目录》”修改为“…”。
    expect(opsOf(d, '十（四）')).toEqual([
      { kind: 'deleteNode', level: 'item', target: { ...a(11), paragraph: 2, item: 1 } },
      { kind: 'renumber', level: 'item', target: { ...a(11), paragraph: 2, item: 2 }, to: { item: 1 } },
      {
        kind: 'replaceText',
        scope: [{ ...a(11), paragraph: 2, item: 2 }],
        pairs: [{ from: '《新型墙体材料目录》', to: '《享受增值税即征即退政策的新型墙体材料目录》' }],
      },
    ]);
  });

  it('reads the traditional 條 and a payload of two separately quoted paragraphs', () => {
    // （八）第二十二條改为第二十一条，修改为：“基础测绘成果…应当无偿提供。”\n\n“各级人民政府…可以无偿使用测绘成果。”
    const ops = opsOf(d, '七（八）');
    expect(ops[0]).toEqual({ kind: 'renumber', level: 'article', target: a(22), to: a(21) });
    expect((ops[1].content as { text: string }).text.split('\n')).toHaveLength(2);
  });

  it('merges articles', () => {
    const [op] = opsOf(d, '十（六）');
    expect(op).toMatchObject({ kind: 'merge', level: 'article', targets: [a(18), a(19), a(20)], as: a(18) });
    // The gazette prints two ASCII commas here, scanning noise: the text is read with full-width ones.
    expect((op.content as { text: string }).text).toBe(
      '违反本规定，在国务院或者自治区人民政府规定禁止生产、销售、使用粘土砖的期限或者区域内生产、销售或者使用粘土砖的，由住房城乡建设主管部门依照《中华人民共和国循环经济促进法》相关规定予以处罚。',
    );
  });

  it('reads quoted text without the scanning noise of the gazette', () => {
    // 七（五）: “1：5000、1：10000 国家基本比例尺地图” — no Chinese text puts a space before 国家.
    const replace = opsOf(d, '七（五）')[2];
    expect(replace).toMatchObject({
      kind: 'replaceText',
      pairs: [{ from: '1：5000、1：10000国家基本比例尺地图', to: '1：10000至1：5000国家基本比例尺地图' }],
    });
  });

  it('turns nested ‘…’ into “…”', () => {
    expect(opsOf(d, '四（六）')[1]).toEqual({
      kind: 'replaceText',
      scope: [a(15)],
      pairs: [{ from: '自治区财政厅统一印制的“宁夏回族自治区罚没凭证”（以下简称罚没凭证）', to: '财政部门统一制发的财政票据' }],
    });
  });

  it('closes a page break between 修改为 and its quotation', () => {
    // （八）将第十二条第一款中的“…”修改为“…”，“临时性…”修改为\n\n“临时性测量标志用地，…”。\n\n删去第二款中的“…”。
    const ops = opsOf(d, '五（八）');
    expect(ops.map((o) => o.kind)).toEqual(['replaceText', 'deleteText']);
    expect((ops[0].pairs as unknown[]).length).toBe(2);
    expect(ops[1].scope).toEqual([{ ...a(12), paragraph: 2 }]);
  });
});
