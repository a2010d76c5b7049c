import { describe, expect, it } from 'vitest';
import { parseDecision } from '@amend/decision';
import { familyRule } from './family-rule.ts';

/**
 * Restatements and renumberings read with what else their item (or an
 * earlier item) says: a clause describing the new text, a 款 named after
 * an earlier 款 of its article was deleted, 修改后的第N条 given by an earlier
 * item. Every expected line is worked out from the words of the instruction.
 */
const TITLE = '某某省人事任免条例';
const RULE = `${TITLE}
（2010年1月1日某某省人民代表大会常务委员会通过）

第一条　为了规范人事任免工作，制定本条例。

第二条　本条例适用于本省各级国家机关。

第三条　任免案由主任会议提请审议。
下列人员的任免由主任会议决定：甲院庭长和乙院检察员。

第四条　任免案的审议按照下列程序进行。
审议任免案，应当遵守下列规定：
（一）甲委员会先行审查；
（二）提请人到会说明；
（三）主任会议决定表决。

第五条　本条例自公布之日起施行。
`;

const { run, apply } = familyRule(TITLE, RULE);
const warnings = (items: string) =>
  run(items)
    .result.diagnostics.filter((d) => d.severity === 'warning')
    .map((d) => d.ruleId);

describe('a clause describing the new text between a renumbering and a restatement', () => {
  const items = (third: string) =>
    [
      '一、增加一条，作为第三条：“任免案应当附有说明。”',
      '',
      `二、将第三条改为第四条，其中第二款分成两项，修改为：“任免案经审议后，由主任会议提请审议。`,
      '',
      '“下列人员的任免由主任会议决定：',
      '',
      '“（一）甲院庭长；',
      '',
      `“（二）${third}”`,
      '',
      '三、将第五条改为第六条。',
    ].join('\n');

  it('将第三条改为第四条，其中第二款分成两项，修改为：“…”: the article renumbered and restated whole', () => {
    expect(apply(items('乙院检察员。'))).toEqual([
      '第一条　为了规范人事任免工作，制定本条例。',
      '第二条　本条例适用于本省各级国家机关。',
      '第三条　任免案应当附有说明。',
      '第四条　任免案经审议后，由主任会议提请审议。',
      '下列人员的任免由主任会议决定：',
      '（一）甲院庭长；',
      '（二）乙院检察员。',
      '第五条　任免案的审议按照下列程序进行。',
      '审议任免案，应当遵守下列规定：',
      '（一）甲委员会先行审查；',
      '（二）提请人到会说明；',
      '（三）主任会议决定表决。',
      '第六条　本条例自公布之日起施行。',
    ]);
    expect(warnings(items('乙院检察员。'))).toEqual([]);
  });

  it('the count the clause states is checked against the text: three 项 for 两项 is a warning', () => {
    const three = items('乙院检察员；”\n\n“（三）丙院审判员。');
    expect(warnings(three)).toEqual(['decision/described-count-mismatch']);
    expect(apply(three)).toContain('（三）丙院审判员。');
  });

  it('a text without the 款 the clause divides does not restate the article: an error, the article is not replaced by it', () => {
    // The text gives only 第二款's lead and its two 项 (or the two 项 alone): 第一款 of the article is nowhere in it.
    const part = (text: string) =>
      [
        '一、增加一条，作为第三条：“任免案应当附有说明。”',
        '',
        `二、将第三条改为第四条，其中第二款分成两项，修改为：${text}`,
        '',
        '三、将第五条改为第六条。',
      ].join('\n');
    for (const text of [
      '“下列人员的任免由主任会议决定：”“（一）甲院庭长；”“（二）乙院检察员。”',
      '“（一）甲院庭长；”“（二）乙院检察员。”',
    ]) {
      const { errors, lines } = run(part(text));
      expect(errors.map((e) => [e.ruleId, e.data?.place, e.data?.outer])).toEqual([
        ['decision/described-part-missing', '第二款', '第三条'],
      ]);
      expect(lines).toEqual([]);
    }
  });

  it('the operations: the renumbering and the restatement of the article, nothing divided', () => {
    const decision = (count: string) =>
      [
        '# 关于修改《某某条例》的决定\n\n某某决定对《某某条例》作如下修改：\n',
        `一、将第十条改为第十一条，其中第一款第二项分为${count}，修改为：“甲：`,
        '“（一）乙；\n“（二）丙：\n“1.丁；\n“2.戊。”\n',
      ].join('\n');
    const d = parseDecision(decision('两目'));
    const ops = d.value.amendments[0].items[0].operations.map((o) => [o.kind, 'target' in o ? o.target : undefined]);
    expect(ops).toEqual([
      ['renumber', { article: { n: 10 } }],
      ['replaceNode', { article: { n: 10 } }],
    ]);
    expect(d.diagnostics.filter((x) => x.severity !== 'info')).toEqual([]);
    // 第二项 of the text holds two 目, not three.
    const three = parseDecision(decision('三目'));
    expect(three.diagnostics.filter((x) => x.severity !== 'info').map((x) => [x.ruleId, x.data?.place, x.data?.units])).toEqual([
      ['decision/described-count-mismatch', '第一款第二项', 2],
    ]);
  });
});

describe('a restated 项 given a new number after its article lost a 款', () => {
  // 第二款 names the rule's own 第二款 (the words say so nowhere else); once 第一款 goes it is the article's first 款,
  // and 调整为第一项 puts its 第二项 first there.
  const expected = [
    '第一条　为了规范人事任免工作，制定本条例。',
    '第二条　任免案由主任会议提请审议。',
    '下列人员的任免由主任会议决定：甲院庭长和乙院检察员。',
    '第三条　审议任免案，应当遵守下列规定：',
    '（一）提请人应当到会说明；',
    '（二）甲委员会先行审查；',
    '（三）主任会议决定表决。',
    '第四条　本条例自公布之日起施行。',
  ];

  it('将第四条改为第三条，删去第一款，第二款第二项修改为：“…”，并调整为第一项', () => {
    const items =
      '一、删去第二条。\n\n二、将第四条改为第三条，删去第一款，第二款第二项修改为：“（二）提请人应当到会说明；”，并调整为第一项。';
    expect(apply(items)).toEqual(expected);
    const d = parseDecision(`# 关于修改《某某条例》的决定\n\n某某决定对《某某条例》作如下修改：\n\n${items}\n`);
    const move = d.value.amendments[0].items[1].operations.find((o) => o.kind === 'move');
    expect(move && move.kind === 'move' && [move.source, move.to]).toEqual([
      { article: { n: 4 }, paragraph: 2, item: 2 },
      { article: { n: 3 }, paragraph: 1, item: 1 },
    ]);
  });

  it('the 款 deleted after the move is written (，同时删去第一款): the same', () => {
    expect(
      apply(
        '一、删去第二条。\n\n二、将第四条改为第三条，第二款第二项修改为：“（二）提请人应当到会说明；”，并调整为第一项，同时删去第一款。',
      ),
    ).toEqual(expected);
  });

  it('a 款 added before it moves it down: 增加一款，作为第一款', () => {
    expect(
      apply(
        '一、删去第二条。\n\n二、将第四条改为第三条，增加一款，作为第一款：“任免案应当公开审议。”第二款第二项修改为：“（二）提请人应当到会说明；”，并调整为第一项。',
      ),
    ).toEqual([
      ...expected.slice(0, 3),
      '第三条　任免案应当公开审议。',
      '任免案的审议按照下列程序进行。',
      ...expected.slice(3).map((l) => l.replace('第三条　', '')),
    ]);
  });
});

describe('修改后的第N条 given its number by an earlier item', () => {
  it('在修改后的第二条中…, after 将第三条改为第二条 in an earlier item: the rule’s 第三条', () => {
    const lines = apply('一、删去第二条。\n\n二、将第三条改为第二条。\n\n三、在修改后的第二条中的“甲院庭长”后增加“、副庭长”。');
    expect(lines.slice(0, 3)).toEqual([
      '第一条　为了规范人事任免工作，制定本条例。',
      '第二条　任免案由主任会议提请审议。',
      '下列人员的任免由主任会议决定：甲院庭长、副庭长和乙院检察员。',
    ]);
    const d = parseDecision(
      '# 关于修改《某某条例》的决定\n\n某某决定对《某某条例》作如下修改：\n\n一、将第三条改为第二条。\n\n二、在修改后的第二条中的“甲”后增加“乙”。\n',
    );
    const op = d.value.amendments[0].items[1].operations[0];
    expect(op.kind === 'insertText' && op.scope).toEqual([{ article: { n: 3 } }]);
    expect(d.diagnostics.map((x) => [x.ruleId, x.severity, x.data?.original, x.data?.item])).toEqual([
      ['decision/amended-number-followed', 'info', '第三条', '一'],
    ]);
  });

  it('the same after 将, 删去 and at the start of an item: 将修改后的第二条…, 删去修改后的第二条第二款, 修改后的第二条第一款修改为', () => {
    const d = parseDecision(
      [
        '# 关于修改《某某条例》的决定\n\n某某决定对《某某条例》作如下修改：\n',
        '一、将第三条改为第二条。\n',
        '二、将修改后的第二条中的“丙”修改为“丁”。\n',
        '三、删去修改后的第二条第二款。\n',
        '四、修改后的第二条第一款修改为：“戊。”\n',
      ].join('\n'),
    );
    const places = d.value.amendments[0].items
      .slice(1)
      .map((i) => i.operations.map((o) => (o.kind === 'replaceText' ? o.scope : 'target' in o ? o.target : undefined)));
    expect(places).toEqual([[[{ article: { n: 3 } }]], [{ article: { n: 3 }, paragraph: 2 }], [{ article: { n: 3 }, paragraph: 1 }]]);
    expect(d.diagnostics.map((x) => x.ruleId)).toEqual(Array(3).fill('decision/amended-number-followed'));
  });

  it('no item gives that number (a later one does not count): the error stands, nothing is read of the clause', () => {
    const d = parseDecision(
      '# 关于修改《某某条例》的决定\n\n某某决定对《某某条例》作如下修改：\n\n一、在修改后的第二条中的“甲”后增加“乙”。\n\n二、将第三条改为第二条。\n',
    );
    expect(d.value.amendments[0].items[0].operations).toEqual([]);
    expect(d.diagnostics.map((x) => [x.ruleId, x.data?.target])).toEqual([['decision/amended-number-unknown', '第二条']]);
  });
});

describe('new words that break a 款 after a full stop, the old words written with other bracket widths', () => {
  const title = '某某市甲保护区管理条例';
  const zone = familyRule(
    title,
    `${title}
（2012年1月1日某某市人民代表大会常务委员会通过）

第一条　为了加强甲保护区管理，制定本条例。

第二条　甲保护区管理机构(以下简称管理机构)履行以下职责：
（一）编制保护区规划；
（二）组织日常巡查。

第三条　本条例自公布之日起施行。
`,
  );

  it('将第二条中的“甲保护区管理机构（以下简称管理机构）履行以下职责”修改为“…。⏎甲保护区管理机构（…）履行以下职责”', () => {
    const items =
      '一、将第二条中的“甲保护区管理机构（以下简称管理机构）履行以下职责”修改为“市人民政府负责甲保护区工作。\n甲保护区管理机构（以下简称管理机构）履行以下职责”。';
    // A new first 款; the old one keeps its 项, its words as the decision writes them.
    expect(zone.apply(items)).toEqual([
      '第一条　为了加强甲保护区管理，制定本条例。',
      '第二条　市人民政府负责甲保护区工作。',
      '甲保护区管理机构（以下简称管理机构）履行以下职责：',
      '（一）编制保护区规划；',
      '（二）组织日常巡查。',
      '第三条　本条例自公布之日起施行。',
    ]);
    const notes = zone.run(items).result.diagnostics.filter((d) => d.ruleId === 'engine/phrase-fuzzy-match');
    expect(notes.map((d) => d.data?.what)).toEqual(['full- and half-width forms']);
  });
});

describe('a reply (批复) with no articles: its 正文 or 答复内容 restated', () => {
  const title = '最高人民法院关于甲证明书应否受理问题的批复';
  const reply = (...body: string[]) =>
    familyRule(
      title,
      [
        title,
        '（2005年1月1日最高人民法院审判委员会第1000次会议通过）',
        '',
        '某某省高级人民法院：',
        '',
        ...body.flatMap((p) => [p, '']),
        '此复。',
        '',
      ].join('\n'),
    );
  const asked = '你院《关于甲证明书有关问题的请示》收悉。经研究，答复如下：';

  it('将答复内容修改为：“…”: the paragraphs after 答复如下： change; addressee, the 收悉 paragraph and 此复 stay', () => {
    const r = reply(asked, '当事人持甲证明书申请承认其效力的，人民法院应予受理。');
    expect(r.apply('将答复内容修改为：\n“当事人持甲证明书申请承认其效力的，人民法院应予受理，并依法审查。”')).toEqual([
      '某某省高级人民法院：',
      asked,
      '当事人持甲证明书申请承认其效力的，人民法院应予受理，并依法审查。',
      '此复。',
    ]);
  });

  it('将正文修改为：“…”: every paragraph between the addressee line and 此复 gives way to the text', () => {
    const r = reply('你院《关于乙问题的请示》收悉。经研究，我们认为，乙属于生产者。', '丙不属于生产者。');
    expect(r.apply('将正文修改为：\n“你院《关于乙问题的请示》收悉。经研究，我们认为，乙和丙均属于生产者。”')).toEqual([
      '某某省高级人民法院：',
      '你院《关于乙问题的请示》收悉。经研究，我们认为，乙和丙均属于生产者。',
      '此复。',
    ]);
  });

  it('将正文中的“A”修改为“B”: the words changed in a 正文 of one paragraph; over several, an error, nothing applied', () => {
    const one = reply('你院《关于乙问题的请示》收悉。经研究，我们认为，乙属于生产者。');
    expect(one.apply('将正文中的“生产者”修改为“制造者”。')).toEqual([
      '某某省高级人民法院：',
      '你院《关于乙问题的请示》收悉。经研究，我们认为，乙属于制造者。',
      '此复。',
    ]);
    const two = reply('你院《关于乙问题的请示》收悉。经研究，我们认为，乙属于生产者。', '丙不属于生产者。');
    expect(two.run('将正文中的“生产者”修改为“制造者”。').errors.map((e) => e.ruleId)).toEqual(['engine/unsupported-operation']);
  });

  it('答复内容 where the answer runs on in the 收悉 paragraph (经研究，我们认为，…): no such part, an error, nothing applied', () => {
    const r = reply('你院《关于乙问题的请示》收悉。经研究，我们认为，乙属于生产者。');
    const { errors, lines } = r.run('将答复内容修改为：\n“乙和丙均属于生产者。”');
    expect(errors.map((e) => [e.ruleId, e.data?.target])).toEqual([['engine/target-not-found', '答复内容']]);
    expect(lines).toEqual([]);
  });
});

describe('修改后的第N条 listed, each given its number by an earlier item', () => {
  it('在修改后的第二条、第三条中…: each names the article an earlier item gave that number, not one renamed twice', () => {
    const items =
      '一、删去第二条。\n\n二、将第三条改为第二条，第四条改为第三条。\n\n三、在修改后的第二条、第三条中的“主任会议”前增加“本级”。';
    expect(apply(items)).toEqual([
      '第一条　为了规范人事任免工作，制定本条例。',
      '第二条　任免案由本级主任会议提请审议。',
      '下列人员的任免由本级主任会议决定：甲院庭长和乙院检察员。',
      '第三条　任免案的审议按照下列程序进行。',
      '审议任免案，应当遵守下列规定：',
      '（一）甲委员会先行审查；',
      '（二）提请人到会说明；',
      '（三）本级主任会议决定表决。',
      '第四条　本条例自公布之日起施行。',
    ]);
    const d = parseDecision(`# 关于修改《某某条例》的决定\n\n某某决定对《某某条例》作如下修改：\n\n${items}\n`);
    const op = d.value.amendments[0].items[2].operations[0];
    expect(op.kind === 'insertText' && op.scope).toEqual([{ article: { n: 3 } }, { article: { n: 4 } }]);
  });
});

describe('a provision divided into a stated number of articles, with their numbers', () => {
  const items = (count: string) =>
    `一、将第四条改为${count}，作为第四条、第五条：“第四条　任免案的审议按照下列程序进行。”“第五条　审议任免案，应当遵守规定。”\n\n二、将第五条改为第六条。`;

  it('改为两条，作为第四条、第五条: the two numbers, each with its text', () => {
    expect(apply(items('两条')).slice(4)).toEqual([
      '第四条　任免案的审议按照下列程序进行。',
      '第五条　审议任免案，应当遵守规定。',
      '第六条　本条例自公布之日起施行。',
    ]);
  });

  it('改为三条 with two numbers: the words disagree, an error names both counts', () => {
    const { errors, lines } = run(items('三条'));
    expect(errors.map((e) => [e.ruleId, e.data?.count, e.data?.numbers])).toEqual([['decision/announced-count-mismatch', '三条', 2]]);
    expect(lines).toEqual([]);
  });
});

describe('several provisions divided in one clause', () => {
  it('第一款、第二款分成两项, with or without 其中: an error, not the clause dropped without a word', () => {
    const text = '修改为：“甲。”“乙：”“（一）丙；”“（二）丁。”';
    for (const items of [
      `一、将第三条第一款、第二款分成两项，${text}`,
      `一、增加一条，作为第三条：“任免案应当附有说明。”\n\n二、将第三条改为第四条，其中第一款、第二款分成两项，${text}\n\n三、将第五条改为第六条。`,
    ]) {
      const { errors, lines } = run(items);
      expect(errors.map((e) => [e.ruleId, e.data?.targets, e.data?.count])).toEqual([
        ['decision/unsupported-division', '第三条第一款、第三条第二款', '两项'],
      ]);
      expect(lines).toEqual([]);
    }
  });
});

describe('several articles 改为一条: a merger', () => {
  it('将第三条、第四条改为一条，作为第三条，修改为：“…”: one article with the text, the next renumbered', () => {
    const items = '一、将第三条、第四条改为一条，作为第三条，修改为：“任免案由主任会议提请审议和决定。”\n\n二、将第五条改为第四条。';
    expect(apply(items)).toEqual([
      '第一条　为了规范人事任免工作，制定本条例。',
      '第二条　本条例适用于本省各级国家机关。',
      '第三条　任免案由主任会议提请审议和决定。',
      '第四条　本条例自公布之日起施行。',
    ]);
    const d = parseDecision(`# 关于修改《某某条例》的决定\n\n某某决定对《某某条例》作如下修改：\n\n${items}\n`);
    const op = d.value.amendments[0].items[0].operations[0];
    expect(op.kind === 'merge' && [op.targets, op.as]).toEqual([[{ article: { n: 3 } }, { article: { n: 4 } }], { article: { n: 3 } }]);
  });
});
