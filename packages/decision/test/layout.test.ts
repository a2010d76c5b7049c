import { describe, expect, it } from 'vitest';
import { parseDecision } from '../src/index.ts';
import { bare } from './helpers.ts';

/**
 * How decisions are laid out as people download them (the national
 * database's Markdown, Word exports): headings, bold lines, page residue,
 * repeal-only decisions. Hand-written examples of each family; what each
 * becomes is worked out from the words.
 */
function parse(text: string) {
  const r = parseDecision(text);
  return { d: r.value, errors: r.diagnostics.filter((x) => x.severity === 'error') };
}

const a = (n: number) => ({ article: { n } });

describe('rule headings of a decision amending several rules', () => {
  const body = (h1: string, h2: string) =>
    [
      '# 某某市人民代表大会常务委员会关于修改《某某市甲条例》和《某某市乙条例》的决定',
      '',
      '某某市人民代表大会常务委员会决定，对《某某市甲条例》和《某某市乙条例》作如下修改：',
      '',
      h1,
      '',
      '1.将第三条中的“规划”修改为“发展规划”。',
      '',
      '2.删去第五条。',
      '',
      h2,
      '',
      '1.将第七条中的“县”修改为“县级”。',
      '',
      '本决定自公布之日起施行。',
      '',
    ].join('\n');
  const expectRules = (text: string) => {
    const { d, errors } = parse(text);
    expect(errors).toEqual([]);
    expect(d.amendments.map((x) => [x.title, x.items.map((i) => i.path)])).toEqual([
      ['某某市甲条例', ['一1.', '一2.']],
      ['某某市乙条例', ['二1.']],
    ]);
    expect(d.amendments[1].items[0].operations.map(bare)).toEqual([
      { kind: 'replaceText', scope: [a(7)], pairs: [{ from: '县', to: '县级' }] },
    ]);
  };

  it('一、关于《A》', () => expectRules(body('一、关于《某某市甲条例》', '二、关于《某某市乙条例》')));
  it('一、关于《A》的修正, in bold', () => expectRules(body('**一、关于《某某市甲条例》的修正**', '**二、关于《某某市乙条例》的修正**')));
  it('一、对《A》作出修改 without a colon', () => expectRules(body('一、对《某某市甲条例》作出修改', '二、对《某某市乙条例》作出修改')));
});

describe('repeal-only decisions', () => {
  it('a narrative sentence under a bold title split over lines: 审议了…议案，决定废止《…》', () => {
    const { d, errors } = parse(
      [
        '# 某某自治州人民代表大会关于废止《某某自治州甲条例》的决定',
        '',
        '**某某自治州人民代表大会**',
        '',
        '**关于废止《某某自治州甲条例》的决定**',
        '',
        '（2020年3月5日某某自治州第九届人民代表大会第二次会议通过',
        '2020年6月18日某某省第十届人民代表大会常务委员会第七次会议批准）',
        '',
        '某某自治州第九届人民代表大会第二次会议审议了主席团提请的《关于废止〈某某自治州甲条例〉的议案》，决定废止《某某自治州甲条例》，报省人大常委会批准后施行。',
        '',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
    expect(d.title).toBe('某某自治州人民代表大会关于废止《某某自治州甲条例》的决定');
    expect(d.repealed.map((r) => r.title)).toEqual(['某某自治州甲条例']);
    expect(d.amendments).toEqual([]);
  });
});

describe('closing clauses in other words', () => {
  it('本决定自公布后生效 is the effective clause, in force once published, not a paragraph left unread', () => {
    const r = parseDecision(
      [
        '# 某某市人民代表大会常务委员会关于废止《某某市甲条例》的决定',
        '',
        '某某市人民代表大会常务委员会决定，废止《某某市甲条例》。',
        '',
        '本决定自公布后生效。',
        '',
      ].join('\n'),
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.value.repealed.map((x) => x.title)).toEqual(['某某市甲条例']);
    expect(r.value.closing.map((c) => c.kind)).toEqual(['effective']);
    expect(r.value.meta.effective).toEqual({ clause: '自公布后生效' });
  });
});

describe('a 修正案 that narrates its changes', () => {
  it('each item the grammar cannot read whole is one descriptive error with no operation', () => {
    const { d, errors } = parse(
      [
        '# 《某某县甲条例》修正案',
        '',
        '**一、关于《某某县甲条例》的修正**',
        '',
        '原《条例》共十八条，修正后仍为十八条。',
        '',
        '1.第五条"和有关单位"删除。',
        '',
        '2.第八条修正后共六项，原第二、四项合并为第二项，增加第六项。',
        '',
        '3.第十条第二款修改为"......，报县人民政府批准"。',
        '',
        '4.其余条文内容作了修改。',
        '',
      ].join('\n'),
    );
    expect(errors.map((e) => [e.ruleId, e.data?.item])).toEqual([
      ['decision/descriptive-instruction', '一2.'],
      ['decision/descriptive-instruction', '一3.'],
      ['decision/descriptive-instruction', '一4.'],
    ]);
    expect(d.amendments.map((x) => x.title)).toEqual(['某某县甲条例']);
    const items = d.amendments[0].items;
    expect(items.map((i) => [i.path, i.operations.length > 0])).toEqual([
      ['一1.', true],
      ['一2.', false],
      ['一3.', false],
      ['一4.', false],
    ]);
  });
});

describe('headings, quotations and residue inside a single-rule decision', () => {
  const decision = (...lines: string[]) =>
    [
      '# 某某市人民代表大会关于修改《某某市议事规则》的决定',
      '',
      '某某市人民代表大会决定对《某某市议事规则》作如下修改：',
      '',
      ...lines,
      '',
      '本决定自公布之日起施行。',
      '',
    ].join('\n');

  it('其他修改： then a paragraph of unlabelled instructions: they are the item', () => {
    const { d, errors } = parse(
      decision('一、删去第三条。', '', '二、其他修改：', '', '在第七条第一款的“区人民政府”前增加“市、”；在第九条中的“组长”前增加“副”。'),
    );
    expect(errors).toEqual([]);
    const item = d.amendments[0].items[1];
    expect(item.path).toBe('二');
    expect(item.operations.map(bare)).toEqual([
      { kind: 'insertText', scope: [{ article: { n: 7 }, paragraph: 1 }], text: '市、', position: { before: '区人民政府' } },
      { kind: 'insertText', scope: [a(9)], text: '副', position: { before: '组长' } },
    ]);
  });

  it('"…、"三个代表"重要思想…": a quotation within an ASCII quotation written with the same marks', () => {
    const { d, errors } = parse(decision('一、将第二条修改为："坚持马克思列宁主义、"三个代表"重要思想。"'));
    expect(errors).toEqual([]);
    expect(d.amendments[0].items[0].operations.map(bare)).toEqual([
      // The inner quotation is the rule's own quotation: “” once the outer marks are gone, as for ‘’.
      {
        kind: 'replaceNode',
        target: a(2),
        level: 'article',
        content: { level: 'paragraphs', text: '坚持马克思列宁主义、“三个代表”重要思想。' },
      },
    ]);
  });

  it('page numbers a word processor left (─ 52 ─, －1－, PAGE) are no text', () => {
    const { d, errors } = parse(decision('一、删去第三条。', '', '─ 52 ─', '─ 51 ─', '', 'PAGE  ', '', '　－2－', '', '二、删去第五条。'));
    expect(errors).toEqual([]);
    expect(d.amendments[0].items.map((i) => [i.path, i.text])).toEqual([
      ['一', '删去第三条。'],
      ['二', '删去第五条。'],
    ]);
  });
});

describe('a repeal list in an annex table flattened to TAB-led cells', () => {
  it('each numbered row repeals its document; a list of documents repealed before repeals nothing', () => {
    const { d, errors } = parse(
      [
        '# 某某院关于废止部分规范性文件的决定',
        '',
        '一、对某某院制发的2件规范性文件予以废止（见附件1）。',
        '二、对已经被废止的1件规范性文件一并予以公布（见附件2）。',
        '',
        '附件1',
        '决定废止的规范性文件目录（2件）',
        '\t序号',
        '\t文件名称',
        '\t发文日期及文号',
        '\t废止理由',
        '\t1',
        '\t某某院关于甲问题的意见',
        '\t1987年3月2日',
        '（87）某字第5号',
        '\t已被新规定代替。',
        '\t2',
        '\t某某院关于印发《乙办法》的通知',
        '\t1995年9月14日',
        '某发〔1995〕11号',
        '\t调整对象已消失。',
        '附件2',
        '已被废止的规范性文件目录（1件）',
        '\t序号',
        '\t文件名称',
        '\t发文日期及文号',
        '\t废止理由',
        '\t1',
        '\t某某院关于丙问题的通知',
        '\t2003年10月8日',
        '\t已被废止。',
        '',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
    expect(d.repealed.map((r) => [r.label, r.title, r.note])).toEqual([
      ['1', '某某院关于甲问题的意见', '1987年3月2日　（87）某字第5号'],
      ['2', '某某院关于印发《乙办法》的通知', '1995年9月14日　某发〔1995〕11号'],
    ]);
  });
});

describe('a quotation left open', () => {
  const decision = (...lines: string[]) =>
    [
      '# 某某市人民代表大会常务委员会关于修改《某某市河道管理条例》的决定',
      '',
      '某某市人民代表大会常务委员会决定对《某某市河道管理条例》作如下修改：',
      '',
      ...lines,
      '',
    ].join('\n');

  it('ends with its line when the next line of the item is an instruction with its own text (第三款修改为：“…)', () => {
    const r = parseDecision(
      decision(
        '一、将第十一条改为第十二条。',
        '',
        '第二款修改为：“区人民政府负责本区的河道管理。',
        '',
        '第三款修改为：“河道管理应当统筹兼顾。”',
        '',
        '增加一款作为第四款：“经批准的除外。',
        '',
        '删去第五款。',
        '',
        '二、删去第十四条。',
        '',
        '本决定自公布之日起施行。',
      ),
    );
    expect(r.diagnostics.filter((x) => x.severity !== 'info').map((x) => [x.ruleId, x.data?.item])).toEqual([
      ['decision/unclosed-quote-cut', '一'],
      ['decision/unclosed-quote-cut', '一'],
    ]);
    const [one, two] = r.value.amendments[0].items;
    const p = (n: number) => ({ article: { n: 11 }, paragraph: n });
    expect(one.operations.map(bare)).toEqual([
      { kind: 'renumber', level: 'article', target: a(11), to: a(12) },
      {
        kind: 'replaceNode',
        level: 'paragraph',
        target: p(2),
        content: { level: 'paragraphs', text: '区人民政府负责本区的河道管理。' },
      },
      { kind: 'replaceNode', level: 'paragraph', target: p(3), content: { level: 'paragraphs', text: '河道管理应当统筹兼顾。' } },
      {
        kind: 'insertNode',
        level: 'paragraph',
        parent: a(11),
        as: { paragraph: 4 },
        content: { level: 'paragraphs', text: '经批准的除外。' },
      },
      { kind: 'deleteNode', level: 'paragraph', target: p(5) },
    ]);
    expect(two.operations.map(bare)).toEqual([{ kind: 'deleteNode', level: 'article', target: a(14) }]);
    expect(r.value.closing.map((c) => c.kind)).toEqual(['effective']);
  });
});

describe('words for every rule of a decision amending several', () => {
  it('此外，将上述…法规名称和内容中“A”统一修改为“B”: one replacement in each amended rule', () => {
    const { d, errors } = parse(
      [
        '# 某某市人民代表大会常务委员会关于修改《某某市甲条例》等两件地方性法规的决定',
        '',
        '某某市人民代表大会常务委员会决定：',
        '',
        '一、对《某某市甲条例》作出修改',
        '',
        '将第三条中的“规划”修改为“发展规划”。',
        '',
        '二、对《某某市乙条例》作出修改',
        '',
        '删去第五条。',
        '',
        '此外，将上述两件地方性法规名称和内容中“区县”统一修改为“区”，并对部分条款顺序作相应调整。',
        '',
        '本决定自公布之日起施行。',
        '',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
    // Marked as words for every rule: a rule without 区县 has nothing to change, not an error.
    const general = { kind: 'replaceText', scope: [], pairs: [{ from: '区县', to: '区' }], decisionWide: true };
    expect(d.amendments.map((x) => [x.title, x.items.map((i) => i.operations.map(bare)).at(-1)])).toEqual([
      ['某某市甲条例', [general]],
      ['某某市乙条例', [general]],
    ]);
  });
});

describe('closing clauses by meaning', () => {
  it('effect and republication in one paragraph are two clauses; 对相关部门名称作出修改 is a wording statement', () => {
    const { d, errors } = parse(
      [
        '# 某某市人民代表大会常务委员会关于修改《某某经济特区甲条例》的决定',
        '',
        '某某市人民代表大会常务委员会决定对《某某经济特区甲条例》作如下修改：',
        '',
        '一、删去第三条。',
        '',
        '此外，对相关部门名称作出修改。',
        '',
        '本决定自2025年1月1日起施行。《某某经济特区甲条例》根据本决定作相应修改后，重新公布。',
        '',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
    expect(d.closing.map((c) => [c.kind, c.text])).toEqual([
      ['adjust', '此外，对相关部门名称作出修改。'],
      ['effective', '本决定自2025年1月1日起施行。'],
      ['republish', '《某某经济特区甲条例》根据本决定作相应修改后，重新公布。'],
    ]);
    expect(d.meta.effective?.date).toBe('2025-01-01');
  });
});

describe('the signature under the last clause', () => {
  const body = '关于修改《某市供水管理办法》的决定\n\n一、将第二条中的“市水务部门”修改为“市水务局”。\n\n本决定自公布之日起施行。\n\n';
  it('the issuer and the date under it date the decision and are no clause', () => {
    const r = parseDecision(body + '某市人民政府\n2027年2月1日\n');
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(r.value.meta).toMatchObject({ issuer: '某市人民政府', promulgated: '2027-02-01' });
    expect(r.value.closing.map((c) => c.kind)).toEqual(['effective']);
  });
  it('a date alone signs too; a sentence ending in a date does not', () => {
    expect(parseDecision(body + '二〇二七年二月一日\n').value.meta.promulgated).toBe('2027-02-01');
    const sentence = parseDecision(body + '此件公开发布，2027年2月1日\n');
    expect(sentence.value.meta.promulgated).toBeUndefined();
  });
  it('a note under the title keeps its promulgation date', () => {
    const noted = body.replace('的决定\n', '的决定\n（2027年1月20日某市人民政府令第9号公布）\n');
    expect(parseDecision(noted + '某市人民政府\n2027年2月1日\n').value.meta.promulgated).toBe('2027-01-20');
  });
});

describe('ASCII quotation marks at a line end and after quoted words', () => {
  const rule = '某某市河道管理条例';
  const text = (item: string) =>
    `# 某某市人民代表大会常务委员会关于修改《${rule}》的决定\n\n某某市人民代表大会常务委员会决定对《${rule}》作如下修改：\n\n${item}\n\n本决定自公布之日起施行。\n`;

  it('修改为：" at the end of its line opens the provision on the lines below', () => {
    const { d, errors } = parse(text('一、将第五条修改为："\n县级人民政府负责。\n本条所称河道，是指江河。"'));
    expect(errors).toEqual([]);
    expect(d.amendments[0].items[0].operations.map(bare)).toEqual([
      {
        kind: 'replaceNode',
        level: 'article',
        target: a(5),
        content: { level: 'paragraphs', text: '县级人民政府负责。\n本条所称河道，是指江河。' },
      },
    ]);
  });

  it('；“丙”、“丁”均修改为“戊” after a list: each of them, in the place named before (not the whole rule)', () => {
    const { d, errors } = parse(text('一、将第五条中的“甲”修改为“乙”；“丙”、“丁”均修改为“戊”。'));
    expect(errors).toEqual([]);
    const ops = d.amendments[0].items[0].operations.map(bare);
    const texts = ops as { kind: string; scope: unknown; pairs: unknown[] }[];
    expect(texts.map((o) => [o.kind, o.scope])).toEqual(texts.map(() => ['replaceText', [a(5)]]));
    expect(texts.flatMap((o) => o.pairs)).toEqual([
      { from: '甲', to: '乙' },
      { from: '丙', to: '戊' },
      { from: '丁', to: '戊' },
    ]);
  });

  it('修改为："甲乙"并将第六条中的"丙"修改为"丁": the line goes on as an instruction, no quotation within', () => {
    const { d, errors } = parse(text('一、将第五条修改为："甲乙"并将第六条中的"丙"修改为"丁"。'));
    expect(errors).toEqual([]);
    const ops = d.amendments[0].items[0].operations.map(bare);
    expect(ops.map((o) => o.kind)).toEqual(['replaceNode', 'replaceText']);
    expect(ops[1]).toEqual({ kind: 'replaceText', scope: [a(6)], pairs: [{ from: '丙', to: '丁' }] });
  });
});
