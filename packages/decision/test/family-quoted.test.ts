import { describe, expect, it } from 'vitest';
import { describeOperation, parseDecision } from '../src/index.ts';

/**
 * Families of drafting whose quotations do more than give new text, each in
 * the words of an invented rule. Expected operations are worked out from the
 * words and the shapes of packages/model/src/operation.ts.
 */
const notInfo = (r: ReturnType<typeof parseDecision>) => r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.ruleId);

function ops(items: string) {
  const r = parseDecision(`# 关于修改《某某条例》的决定\n\n某某决定对《某某条例》作如下修改：\n\n${items}\n\n本决定自公布之日起施行。\n`);
  expect(notInfo(r)).toEqual([]);
  return r.value.amendments[0].items.flatMap((i) => i.operations.map(({ rule: _r, item: _i, span: _s, ...rest }) => rest));
}

describe('a deletion quoting what it deletes', () => {
  it('删除第三款：“…” after an item on 第四条: the 款 of that article, the words kept to be checked', () => {
    expect(ops('三、将第四条第一款修改为：“甲乙应当丙丁。”\n\n删除第三款：“戊己应当庚辛。”')).toEqual([
      {
        kind: 'replaceNode',
        level: 'paragraph',
        target: { article: { n: 4 }, paragraph: 1 },
        content: expect.objectContaining({ text: '甲乙应当丙丁。' }),
      },
      { kind: 'deleteNode', level: 'paragraph', target: { article: { n: 4 }, paragraph: 3 }, shown: '戊己应当庚辛。' },
    ]);
  });

  it('删除第四十条：“lead-in：” then its 项 each opening “: one article, its paragraphs one a line', () => {
    expect(ops('二十一、删除第四十条：“有下列情形之一的，予以公示：\n\n“（一）甲乙的；\n\n“（二）丙丁的。”')).toEqual([
      {
        kind: 'deleteNode',
        level: 'article',
        target: { article: { n: 40 } },
        shown: '有下列情形之一的，予以公示：\n（一）甲乙的；\n（二）丙丁的。',
      },
    ]);
  });

  it('several places, one quotation each, in order', () => {
    expect(ops('一、删除第五条第二款、第三款：“甲乙。”“丙丁。”')).toEqual([
      { kind: 'deleteNode', level: 'paragraph', target: { article: { n: 5 }, paragraph: 2 }, shown: '甲乙。' },
      { kind: 'deleteNode', level: 'paragraph', target: { article: { n: 5 }, paragraph: 3 }, shown: '丙丁。' },
    ]);
  });
});

describe('a quoted passage whose first paragraph closes ”。 and goes on', () => {
  const two = ['甲乙从事丙丁活动，适用本条例。', '戊己的保护，依照有关法律、法规执行。'];
  const paragraphs = (o: ReturnType<typeof ops>[number]) =>
    o.kind === 'replaceNode' && o.content.level === 'paragraphs' ? o.content.paragraphs.map((p) => p.text) : o;

  it('修改为：“…”。 then “…”: one passage of two paragraphs, the 。 the first one’s', () => {
    const got = ops('二、将第三条修改为：“甲乙从事丙丁活动，适用本条例”。\n\n“戊己的保护，依照有关法律、法规执行。”');
    expect(got.map((o) => [o.kind, o.kind === 'replaceNode' && o.target])).toEqual([['replaceNode', { article: { n: 3 } }]]);
    expect(paragraphs(got[0])).toEqual(two);
  });

  it('the same with ASCII quotation marks, and a third paragraph after a second ”。', () => {
    expect(paragraphs(ops('二、将第三条修改为："甲乙从事丙丁活动，适用本条例"。\n\n"戊己的保护，依照有关法律、法规执行。"')[0])).toEqual(
      two,
    );
    expect(
      paragraphs(ops('二、将第三条修改为：“甲乙从事丙丁活动，适用本条例”。\n\n“戊己的保护，依照有关法律、法规执行”。\n\n“庚辛。”')[0]),
    ).toEqual([...two, '庚辛。']);
  });

  it('修改为：“…。”。 then “…”: a paragraph that has its own 。 (or ；) inside the mark gets no second one', () => {
    expect(paragraphs(ops('二、将第三条修改为：“甲乙从事丙丁活动，适用本条例。”。\n\n“戊己的保护，依照有关法律、法规执行。”')[0])).toEqual(
      two,
    );
    expect(paragraphs(ops('二、将第三条修改为：“甲乙从事丙丁活动，适用本条例；”。\n\n“戊己的保护，依照有关法律、法规执行。”')[0])).toEqual([
      '甲乙从事丙丁活动，适用本条例；',
      two[1],
    ]);
  });

  it('a next paragraph whose quotation closes before its end is an instruction of its own', () => {
    const got = ops('二、将第三条修改为：“甲乙从事丙丁活动，适用本条例”。\n\n“丙丁”修改为“戊己”。');
    expect(got.map((o) => o.kind)).toEqual(['replaceNode', 'replaceText']);
    expect(got[0].kind === 'replaceNode' && got[0].content.level === 'paragraphs' && got[0].content.paragraphs.length).toBe(1);
  });
});

describe('new articles announced by count, their texts one paragraph each', () => {
  const items = [
    '四、在第七条后增加三条，分别作为第八条：“甲乙应当丙丁。”',
    '第九条：“戊己应当庚辛。',
    '“庚辛应当壬癸。”',
    '第十条：“子丑应当寅卯。”',
  ].join('\n\n');

  it('在第七条后增加三条，分别作为第八条：“…” then 第九条：“…”, 第十条：“…”: three insertions, the later ones placed by their numbers', () => {
    const got = ops(items);
    expect(got.map((o) => (o.kind === 'insertNode' ? [o.level, o.after ?? null, o.as, o.content.text] : o.kind))).toEqual([
      ['article', { article: { n: 7 } }, { article: { n: 8 } }, '甲乙应当丙丁。'],
      ['article', null, { article: { n: 9 } }, '戊己应当庚辛。\n庚辛应当壬癸。'],
      ['article', null, { article: { n: 10 } }, '子丑应当寅卯。'],
    ]);
  });

  it('with ASCII quotation marks', () => {
    expect(ops(items.replace(/[“”]/g, '"')).map((o) => o.kind === 'insertNode' && o.as.article?.n)).toEqual([8, 9, 10]);
  });

  it('an article announced and never given its text is missing; a number out of turn, or with no count before it, is an error', () => {
    const parse = (body: string) =>
      parseDecision(`# 关于修改《某某条例》的决定\n\n某某决定对《某某条例》作如下修改：\n\n${body}\n\n本决定自公布之日起施行。\n`);
    const short = parse('四、在第七条后增加三条，分别作为第八条：“甲乙应当丙丁。”\n\n第九条：“戊己应当庚辛。”');
    expect(short.diagnostics.map((d) => [d.ruleId, d.data?.what])).toEqual([['decision/missing-payload', '第十条']]);
    expect(
      parse('四、在第七条后增加三条，分别作为第八条：“甲乙应当丙丁。”\n\n第十条：“戊己应当庚辛。”').diagnostics.map((d) => d.ruleId),
    ).toEqual(['decision/unannounced-text', 'decision/missing-payload']);
    expect(parse('四、将第七条修改为：“甲乙应当丙丁。”\n\n第八条：“戊己应当庚辛。”').diagnostics.map((d) => d.ruleId)).toEqual([
      'decision/unannounced-text',
    ]);
  });
});

describe('ASCII quotation marks nested in an ASCII-quoted passage, with nothing before them', () => {
  const texts = (o: ReturnType<typeof ops>[number]) =>
    o.kind === 'replaceNode' && o.content.level === 'paragraphs' ? o.content.paragraphs.map((p) => p.text) : o;
  const expected = ['甲乙委员会应当依托本市“一网通办”“一网统管”平台，健全预警平台。', '各成员单位应当予以配合。'];

  it('修改为： then the passage on the next lines, the marks in a paragraph that is not the last', () => {
    const got = ops(
      '十三、将第四十一条修改为：\n\n"甲乙委员会应当依托本市"一网通办""一网统管"平台，健全预警平台。\n\n"各成员单位应当予以配合。"',
    );
    expect(got.map((o) => o.kind)).toEqual(['replaceNode']);
    expect(texts(got[0])).toEqual(expected);
  });

  it('the passage opened on the instruction’s own line', () => {
    expect(
      texts(
        ops('十三、将第四十一条修改为："甲乙委员会应当依托本市"一网通办""一网统管"平台，健全预警平台。\n\n"各成员单位应当予以配合。"')[0],
      ),
    ).toEqual(expected);
  });

  it('a mark after which the line goes on as an instruction still closes', () => {
    const got = ops('十三、将第四十一条修改为："甲乙委员会应当健全预警平台"并删去第四十二条。');
    expect(got.map((o) => o.kind)).toEqual(['replaceNode', 'deleteNode']);
  });
});

describe('an article added to a chapter named by its title', () => {
  it('在附则中新增一条：“…” (after a clause of its own): an article into the division titled 附则, with no number', () => {
    const got = ops('八、删除第十三条中的“甲乙”，在附则中新增一条：“丙丁参照本条例执行。”');
    expect(
      got.map((o) =>
        o.kind === 'insertNode' ? { level: o.level, as: o.as, into: o.into, parent: o.parent, text: o.content.text } : o.kind,
      ),
    ).toEqual(['deleteText', { level: 'article', as: {}, into: '附则', parent: undefined, text: '丙丁参照本条例执行。' }]);
  });

  it('is described as put last in that division; one with an anchor and no number, beside the anchor', () => {
    const r = parseDecision(
      '# 关于修改《某某条例》的决定\n\n某某决定对《某某条例》作如下修改：\n\n一、在附则中新增一条：“丙丁参照本条例执行。”\n\n二、在第七条后增加一条：“戊己。”\n\n本决定自公布之日起施行。\n',
    );
    expect(r.value.amendments[0].items.flatMap((i) => i.operations.map(describeOperation))).toEqual([
      '增加条 附则末尾：丙丁参照本条例执行。',
      '增加条 第七条后：戊己。',
    ]);
  });
});

describe('a provision made a new article, with its text', () => {
  it('增加一条，将第五条第二款作为第九条的内容：“…”: one split of 5/2 into article 9, with the text; 增加一条 is that article', () => {
    expect(ops('三、增加一条，将第五条第二款作为第九条的内容：“甲乙所需经费，应当列入财政预算。”')).toEqual([
      {
        kind: 'split',
        level: 'article',
        source: { article: { n: 5 }, paragraph: 2 },
        as: { article: { n: 9 } },
        content: expect.objectContaining({ text: '甲乙所需经费，应当列入财政预算。' }),
      },
    ]);
  });
});

describe('the final mark of a provision written after its closing quotation mark', () => {
  const text = (o: ReturnType<typeof ops>[number]) => (o.kind === 'replaceNode' || o.kind === 'insertNode' ? o.content.text : o.kind);

  it('将第三条修改为：“…”。 / 第二款修改为：“…”。 / 增加一条，作为第九条：“…”。: the 。 is the provision’s', () => {
    expect(ops('一、将第三条修改为：“甲乙适用本条例”。').map(text)).toEqual(['甲乙适用本条例。']);
    expect(ops('一、将第三条第二款修改为：“甲乙适用本条例”。').map(text)).toEqual(['甲乙适用本条例。']);
    expect(ops('一、增加一条，作为第九条：“甲乙适用本条例”。').map(text)).toEqual(['甲乙适用本条例。']);
  });

  it('words with a mark of their own, a 项 (its mark is the list’s), and replaced words are left as quoted', () => {
    expect(ops('一、将第三条修改为：“甲乙适用本条例；”。').map(text)).toEqual(['甲乙适用本条例；']);
    expect(ops('一、将第三条第二项修改为：“甲乙”。').map(text)).toEqual(['甲乙']);
    expect(ops('一、将第三条中的“甲乙”修改为“丙丁”。')).toEqual([
      { kind: 'replaceText', scope: [{ article: { n: 3 } }], pairs: [{ from: '甲乙', to: '丙丁' }] },
    ]);
  });
});
