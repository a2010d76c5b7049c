import { describe, expect, it } from 'vitest';
import { parseDecision } from '../src/index.ts';

/**
 * Forms of governments' decisions on their rules (规章), of courts and of provincial congresses, each in the words of
 * an invented rule. Expected results are worked out from the words.
 */
const notInfo = (r: ReturnType<typeof parseDecision>) => r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.ruleId);

describe('1. repeals in the deciding sentence', () => {
  const repealOnly = (title: string, body: string) =>
    parseDecision(
      `# ${title}\n\n（2021年5月6日某某省第一届人民代表大会常务委员会第二次会议通过）\n\n${body}\n\n本决定自公布之日起施行。\n`,
    );

  it('废止《A》《B》《C》: titles side by side, no 、 between them, are three repeals', () => {
    const r = repealOnly(
      '某某市人民代表大会常务委员会关于废止《某某市甲登记条例》等三件地方性法规的决定',
      '某某市第一届人民代表大会常务委员会第二次会议决定，废止《某某市甲登记条例》《某某市乙管理条例》《某某市丙拆迁条例》。',
    );
    expect(notInfo(r)).toEqual([]);
    expect(r.value.repealed.map((x) => [x.title, x.note])).toEqual([
      ['某某市甲登记条例', ''],
      ['某某市乙管理条例', ''],
      ['某某市丙拆迁条例', ''],
    ]);
    expect(r.value.amendments).toEqual([]);
  });

  it('决定废止某某省丁戊管理条例（history broken over lines）: the title written without 《》 is repealed', () => {
    const r = repealOnly(
      '某某省人民代表大会常务委员会关于废止《某某省丁戊管理条例》的决定',
      [
        '某某省第一届人民代表大会常务委员会第二次会议决定废止某某省丁戊管理条例（1990年1月2日某某省第七届人民代表大会常务委员会第三次会议通过',
        '根据2000年3月4日某某省第九届人民代表大会常务委员会第五次会议《关于修改部分地方性法规的决定》第一次修正）',
      ].join('\n'),
    );
    expect(notInfo(r)).toEqual([]);
    expect(r.value.repealed.map((x) => [x.title, x.note])).toEqual([
      [
        '某某省丁戊管理条例',
        '1990年1月2日某某省第七届人民代表大会常务委员会第三次会议通过根据2000年3月4日某某省第九届人民代表大会常务委员会第五次会议《关于修改部分地方性法规的决定》第一次修正',
      ],
    ]);
    expect(r.value.amendments).toEqual([]);
  });

  it('words that point at a rule (上述条例) are no title: nothing is repealed by them', () => {
    const r = repealOnly(
      '某某省人民代表大会常务委员会关于废止某某的决定',
      '某某省第一届人民代表大会常务委员会第二次会议决定废止上述条例（2001年1月1日通过）。',
    );
    expect(r.value.repealed).toEqual([]);
  });

  it('废止《A》第十条 / 废止《A》《B》中关于收费的规定: a part of a rule, not the rule: nothing is repealed whole', () => {
    for (const body of [
      '某某市第一届人民代表大会常务委员会第二次会议决定，废止《某某市甲登记条例》第十条。',
      '某某市第一届人民代表大会常务委员会第二次会议决定，废止《某某市甲登记条例》《某某市乙管理条例》中关于收费的规定。',
      '某某市第一届人民代表大会常务委员会第二次会议决定，废止《某某市甲登记条例》第十条、《某某市乙管理条例》。',
    ]) {
      const r = repealOnly('某某市人民代表大会常务委员会关于废止部分地方性法规的决定', body);
      expect(r.value.repealed).toEqual([]);
      expect(notInfo(r)).not.toEqual([]);
    }
  });
});

/** Each item's operations as [kind, level, target] (the payload's paragraphs for replaceNode). */
const opsOf = (r: ReturnType<typeof parseDecision>) =>
  r.value.amendments.map((a) => [
    a.title,
    a.items.flatMap((i) =>
      i.operations.map((o) => [
        o.kind,
        'level' in o ? o.level : '',
        'target' in o ? JSON.stringify(o.target) : '',
        o.kind === 'replaceNode' && o.content.level === 'paragraphs' ? o.content.paragraphs.map((p) => p.text).join('|') : '',
      ]),
    ),
  ]);

describe('2. a government decision over several of its rules (规章)', () => {
  it('rule headings without 《》, their history in brackets (ASCII or full-width); an unquoted payload; 删去第二款 after it', () => {
    const r = parseDecision(
      [
        '# 某某市人民政府关于修改《某某市甲办法》等2项规章部分条款的决定',
        '某某市人民政府决定对《某某市甲办法》等2项规章的部分条款作如下修改:',
        '一、某某市甲办法(2001年2月3日某某市人民政府第5号令发布,根据2010年4月5日某某市人民政府第20号令修改)',
        '1.删去第八条。',
        '2.第七条修改为:“甲乙丙。”',
        '二、某某市乙规定（2003年1月1日某某市人民政府第9号令发布）',
        '将第三条修改为:',
        '丁戊己。',
        '删去第二款。',
        '本决定自公布之日起施行。',
      ].join('\n\n'),
    );
    expect(notInfo(r)).toEqual([]);
    expect(opsOf(r)).toEqual([
      [
        '某某市甲办法',
        [
          ['deleteNode', 'article', '{"article":{"n":8}}', ''],
          ['replaceNode', 'article', '{"article":{"n":7}}', '甲乙丙。'],
        ],
      ],
      [
        '某某市乙规定',
        [
          ['replaceNode', 'article', '{"article":{"n":3}}', '丁戊己。'],
          ['deleteNode', 'paragraph', '{"article":{"n":3},"paragraph":2}', ''],
        ],
      ],
    ]);
  });

  // The payload's ASCII commas between Chinese words are read as ， (the source's normalisation); its other marks stay.
  it('一、对下列政府规章的部分条款予以修改 heads the amended rules; (一)某某办法 then an unquoted payload opening with 在 and holding its own (一)(二)(三)', () => {
    const r = parseDecision(
      [
        '# 某某市人民政府关于修改部分市政府规章的决定',
        '经研究,市政府决定,对下列市政府规章予以修改:',
        '一、对下列政府规章的部分条款予以修改',
        '(一)某某市丙办法',
        '将第二条修改为:',
        '某某市丁委负责本办法的实施。',
        '(二)某某市戊办法',
        '1.将第七条修改为:',
        '在保护范围内,禁止下列行为:',
        '(一)甲;',
        '(二)乙;',
        '(三)丙。',
        '在控制范围内,禁止丁。',
        '本决定自2026年3月1日起施行。',
      ].join('\n\n'),
    );
    expect(notInfo(r)).toEqual([]);
    expect(opsOf(r)).toEqual([
      ['某某市丙办法', [['replaceNode', 'article', '{"article":{"n":2}}', '某某市丁委负责本办法的实施。']]],
      ['某某市戊办法', [['replaceNode', 'article', '{"article":{"n":7}}', '在保护范围内，禁止下列行为:|在控制范围内，禁止丁。']]],
    ]);
    const op = r.value.amendments[1].items[0].operations[0];
    const first = op.kind === 'replaceNode' && op.content.level === 'paragraphs' ? op.content.paragraphs[0] : undefined;
    expect(first?.children.map((c) => c.text)).toEqual(['甲;', '乙;', '丙。']);
  });

  it('二、废止五件地方性法规 / 对以下2件市政府规章予以废止： head lists of titles, each entry repealed', () => {
    const r = parseDecision(
      [
        '# 某某市人民代表大会常务委员会关于集中修改和废止部分地方性法规的决定',
        '某某市人民代表大会常务委员会决定，对一件地方性法规作出修改，对两件地方性法规予以废止。',
        '一、修改一件地方性法规的部分条款',
        '（一）《某某市甲条例》',
        '将第十四条中的“甲”修改为“乙”。',
        '二、废止两件地方性法规',
        '（一）《某某市乙条例》',
        '（二）《某某市实施<某某法>办法》',
        '本决定自公布之日起施行。',
      ].join('\n\n'),
    );
    expect(notInfo(r)).toEqual([]);
    expect(r.value.repealed.map((x) => x.title)).toEqual(['某某市乙条例', '某某市实施<某某法>办法']);
    expect(r.value.amendments.map((a) => [a.title, a.items.flatMap((i) => i.operations.map((o) => o.kind))])).toEqual([
      ['某某市甲条例', ['replaceText']],
    ]);

    const g = parseDecision(
      '# 某某市人民政府关于废止部分市政府规章的决定\n\n市政府决定对以下2件市政府规章予以废止:\n\n一、《某某市丙办法》(2016年12月1日某某市人民政府令第2号发布)\n\n二、《某某市丁办法》(2018年11月23日某某市人民政府令第8号发布)\n\n本决定自公布之日起施行。\n',
    );
    expect(notInfo(g)).toEqual([]);
    expect(g.value.repealed.map((x) => [x.title, x.note])).toEqual([
      ['某某市丙办法', '2016年12月1日某某市人民政府令第2号发布'],
      ['某某市丁办法', '2018年11月23日某某市人民政府令第8号发布'],
    ]);
  });

  it('（一）《甲条例》 and its items, then 《乙条例》 alone on a line (its label left out): the items after it amend 乙', () => {
    const r = parseDecision(
      [
        '# 某某市人民代表大会常务委员会关于修改部分地方性法规的决定',
        '某某市人民代表大会常务委员会决定：',
        '一、修改两件地方性法规的部分条款',
        '（一）《某某市甲条例》',
        '删去第五条。',
        '《某某市乙条例》',
        '1.将第六条中的“丙”修改为“丁”。',
        '（三）《某某市戊条例》',
        '删去第九条。',
        '本决定自公布之日起施行。',
      ].join('\n\n'),
    );
    expect(r.value.amendments.map((a) => [a.title, a.items.flatMap((i) => i.operations.map((o) => o.kind))])).toEqual([
      ['某某市甲条例', ['deleteNode']],
      ['某某市乙条例', ['replaceText']],
      ['某某市戊条例', ['deleteNode']],
    ]);
  });
});

describe('3. the rule as amended, appended after 附', () => {
  it('附 alone on a line after the closing clauses: the text after it is not read as instructions', () => {
    const r = parseDecision(
      [
        '# 某某法院关于修改《关于审理甲乙案件若干问题的解释》的决定',
        '现决定对《关于审理甲乙案件若干问题的解释》（以下简称《解释》）作如下修改：',
        '一、将《解释》原第二条修改为："甲乙。"',
        '根据本决定，对《解释》作相应修改后，重新公布。',
        '附',
        '关于审理甲乙案件若干问题的解释',
        '第一条　丙丁。',
        '第二条　甲乙。',
      ].join('\n\n'),
    );
    expect(notInfo(r)).toEqual([]);
    expect(r.diagnostics.map((d) => d.ruleId)).toContain('decision/outside-text');
    expect(opsOf(r)).toEqual([['关于审理甲乙案件若干问题的解释', [['replaceNode', 'article', '{"article":{"n":2}}', '甲乙。']]]]);
  });
});

describe('4. 其余各项顺延 after a payload', () => {
  it('…修改为：“…”其余各项顺延。: the numbering statement gives no operation', () => {
    const r = parseDecision(
      '# 关于修改《某某办法》的决定\n\n某某决定对《某某办法》作如下修改：\n\n一、第五条增加一项，作为第一项，即“甲。”\n将原第一项改为第二项，修改为：“乙。”其余各项顺延。\n\n本决定自公布之日起施行。\n',
    );
    expect(notInfo(r)).toEqual([]);
    expect(r.value.amendments[0].items[0].operations.map((o) => o.kind)).toEqual(['insertNode', 'renumber', 'replaceNode']);
  });
});

describe('5. a deletion that quotes what it deletes after 即', () => {
  it('删去第五条第三款，即：“…”: the 款 goes, the words shown are checked against it', () => {
    const r = parseDecision(
      '# 关于修改《某某条例》的决定\n\n某某决定对《某某条例》作如下修改：\n\n一、删去第五条第三款，即：“甲乙丙。”\n\n本决定自公布之日起施行。\n',
    );
    expect(notInfo(r)).toEqual([]);
    const op = r.value.amendments[0].items[0].operations[0];
    expect(op.kind === 'deleteNode' && [op.level, op.target, op.shown]).toEqual([
      'paragraph',
      { article: { n: 5 }, paragraph: 3 },
      '甲乙丙。',
    ]);
  });
});

describe('6. an elided list of bracketed item numbers', () => {
  it('删去第十三条第（二）、（六）项 / 第(二)、(六)项: items 2 and 6 of article 13 go', () => {
    for (const list of ['第（二）、（六）项', '第(二)、(六)项']) {
      const r = parseDecision(
        `# 关于修改《某某办法》的决定\n\n某某决定对《某某办法》作如下修改：\n\n一、删去第十三条${list}。\n\n本决定自公布之日起施行。\n`,
      );
      expect(notInfo(r)).toEqual([]);
      expect(r.value.amendments[0].items[0].operations.map((o) => (o.kind === 'deleteNode' ? [o.level, o.target] : o.kind))).toEqual([
        ['item', { article: { n: 13 }, item: 2 }],
        ['item', { article: { n: 13 }, item: 6 }],
      ]);
    }
  });
});

describe('7. an insertion whose opening quote is left out, after a closed payload', () => {
  it('…修改为：“甲。” then 增加一项，作为第十二项：乙。”: an error at 乙, never a second paragraph of the text before', () => {
    const r = parseDecision(
      '# 关于修改《某某条例》的决定\n\n某某决定对《某某条例》作如下修改：\n\n一、将第三条第八项修改为第十一项，修改为：“甲。”\n\n增加一项，作为第十二项：乙。”\n\n本决定自公布之日起施行。\n',
    );
    expect(notInfo(r)).toContain('decision/unexpected-token');
    const replaced = r.value.amendments[0].items[0].operations.find((o) => o.kind === 'replaceNode');
    expect(replaced?.kind === 'replaceNode' && replaced.content.text).toBe('甲。');
  });

  it.each([
    '第十二项修改为：（十二）乙。”',
    '在第十一项后增加一项：（十二）乙。”',
    '增加两项，分别作为第十二项、第十三项：（十二）乙。”',
    '将第三条第九项修改为：（九）乙。”',
  ])('…修改为：“甲。” then %s (the other instructions that introduce a text): an error, never a second paragraph', (line) => {
    const r = parseDecision(
      `# 关于修改《某某条例》的决定\n\n某某决定对《某某条例》作如下修改：\n\n一、将第三条第十一项修改为：“（十一）甲；”\n\n${line}\n\n本决定自公布之日起施行。\n`,
    );
    expect(notInfo(r).length).toBeGreaterThan(0);
    const replaced = r.value.amendments[0].items[0].operations.find((o) => o.kind === 'replaceNode');
    expect(replaced?.kind === 'replaceNode' && replaced.content.text).toBe('（十一）甲；');
  });
});
