import { describe, expect, it } from 'vitest';
import { parseDecision } from '../src/index.ts';
import { opsOf, single } from './helpers.ts';

/**
 * Forms of real decisions left open by the earlier samples, each written here with the words of an invented
 * rule. Expected operations are worked out from the words (shapes of packages/model/src/operation.ts).
 */
const notInfo = (r: ReturnType<typeof parseDecision>) => r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.ruleId);

describe('1. 删去…中的“A”和第五项: words of one place, then another place whole', () => {
  it('删去第三十条第二项中的“A”和第五项: the words out of 项 2, 项 5 deleted', () => {
    const r = parseDecision(single('删去第三十条第二项中的“或者乙丙”和第五项。'));
    expect(notInfo(r)).toEqual([]);
    expect(opsOf(r.value, '一')).toEqual([
      {
        kind: 'deleteText',
        scope: [{ article: { n: 30 }, item: 2 }],
        phrases: ['或者乙丙'],
      },
      {
        kind: 'deleteNode',
        level: 'item',
        target: { article: { n: 30 }, item: 5 },
      },
    ]);
  });

  it('删去第八条第一款中的“A”和第三款: the 款 named after the words goes whole, in the same article', () => {
    const r = parseDecision(single('删去第八条第一款中的“甲”和第三款。'));
    expect(notInfo(r)).toEqual([]);
    expect(opsOf(r.value, '一')).toEqual([
      {
        kind: 'deleteText',
        scope: [{ article: { n: 8 }, paragraph: 1 }],
        phrases: ['甲'],
      },
      {
        kind: 'deleteNode',
        level: 'paragraph',
        target: { article: { n: 8 }, paragraph: 3 },
      },
    ]);
  });

  it('删去第十六条第六项中的“A”和第七项中的“B” is still words out of both', () => {
    const r = parseDecision(single('删去第十六条第六项中的“甲”和第七项中的“乙”。'));
    expect(notInfo(r)).toEqual([]);
    expect(opsOf(r.value, '一')).toEqual([
      {
        kind: 'deleteText',
        scope: [{ article: { n: 16 }, item: 6 }],
        phrases: ['甲'],
      },
      {
        kind: 'deleteText',
        scope: [{ article: { n: 16 }, item: 7 }],
        phrases: ['乙'],
      },
    ]);
  });
});

describe('2. 将其中第一项中的“A”改为“B”: 其中 after 将, before a place', () => {
  it('after a renumbering, 其中第一项 is item 1 of the article renumbered (its original number)', () => {
    const r = parseDecision(single('将第二十四条改为第三十条，将其中第一项中的“晚间”改为“夜间”，第二项中的“甲”改为“乙”。'));
    expect(notInfo(r)).toEqual([]);
    expect(opsOf(r.value, '一')).toEqual([
      {
        kind: 'renumber',
        level: 'article',
        target: { article: { n: 24 } },
        to: { article: { n: 30 } },
      },
      {
        kind: 'replaceText',
        scope: [{ article: { n: 24 }, item: 1 }],
        pairs: [{ from: '晚间', to: '夜间' }],
      },
      {
        kind: 'replaceText',
        scope: [{ article: { n: 24 }, item: 2 }],
        pairs: [{ from: '甲', to: '乙' }],
      },
    ]);
  });

  it('将其中第一项… after words of a 款 changed is within that 款', () => {
    const r = parseDecision(single('将第五条第二款中的“丁”修改为“戊”，将其中第一项中的“甲”改为“丙”。'));
    expect(notInfo(r)).toEqual([]);
    expect(opsOf(r.value, '一')).toEqual([
      {
        kind: 'replaceText',
        scope: [{ article: { n: 5 }, paragraph: 2 }],
        pairs: [{ from: '丁', to: '戊' }],
      },
      {
        kind: 'replaceText',
        scope: [{ article: { n: 5 }, paragraph: 2, item: 1 }],
        pairs: [{ from: '甲', to: '丙' }],
      },
    ]);
  });

  it('将其中第一项… with no place named before is an error, not a guess', () => {
    const r = parseDecision(single('将其中第一项中的“甲”改为“乙”。'));
    expect(notInfo(r)).toEqual(['decision/no-context']);
  });
});

describe('4. 将…“A”后的“B”删除: words deleted beside other words', () => {
  it('将第四十一条第一款“A”后的“B”删除: “AB” becomes “A” in that 款', () => {
    const r = parseDecision(single('将第四十一条第一款“应当提前参与”后的“甲方面的”删除。'));
    expect(notInfo(r)).toEqual([]);
    expect(opsOf(r.value, '一')).toEqual([
      {
        kind: 'replaceText',
        scope: [{ article: { n: 41 }, paragraph: 1 }],
        pairs: [{ from: '应当提前参与甲方面的', to: '应当提前参与' }],
      },
    ]);
  });

  it('将第三条中的“A”前的“B”删除: “BA” becomes “A”', () => {
    const r = parseDecision(single('将第三条中的“管理”前的“依法”删除。'));
    expect(notInfo(r)).toEqual([]);
    expect(opsOf(r.value, '一')).toEqual([
      {
        kind: 'replaceText',
        scope: [{ article: { n: 3 } }],
        pairs: [{ from: '依法管理', to: '管理' }],
      },
    ]);
  });

  it('将第三条中的“A”、“C”后的“B”删除: beside each', () => {
    const r = parseDecision(single('将第三条中的“甲”、“丙”后的“乙”删除。'));
    expect(opsOf(r.value, '一')).toEqual([
      {
        kind: 'replaceText',
        scope: [{ article: { n: 3 } }],
        pairs: [
          { from: '甲乙', to: '甲' },
          { from: '丙乙', to: '丙' },
        ],
      },
    ]);
  });
});

describe('3. 修改第一款为：… — the verb before the place', () => {
  it('将第三条改为第四条，修改第一款为：“…”: the article renumbered, its first 款 restated', () => {
    const r = parseDecision(single('将第三条改为第四条，修改第一款为：“甲机关可以制定乙规定。”'));
    expect(notInfo(r)).toEqual([]);
    expect(opsOf(r.value, '一')).toEqual([
      {
        kind: 'renumber',
        level: 'article',
        target: { article: { n: 3 } },
        to: { article: { n: 4 } },
      },
      {
        kind: 'replaceNode',
        level: 'paragraph',
        target: { article: { n: 3 }, paragraph: 1 },
        content: { level: 'paragraphs', text: '甲机关可以制定乙规定。' },
      },
    ]);
  });

  it('the text unquoted on the instruction’s own line, as after 修改为：', () => {
    const r = parseDecision(single('将第三条改为第四条，修改第一款为：甲机关在不抵触丙的前提下，可以制定乙规定。'));
    expect(notInfo(r)).toEqual([]);
    expect(opsOf(r.value, '一')[1]).toEqual({
      kind: 'replaceNode',
      level: 'paragraph',
      target: { article: { n: 3 }, paragraph: 1 },
      content: {
        level: 'paragraphs',
        text: '甲机关在不抵触丙的前提下，可以制定乙规定。',
      },
    });
  });

  it('修改第五条第二款为：“…” on its own', () => {
    const r = parseDecision(single('修改第五条第二款为：“丁。”'));
    expect(notInfo(r)).toEqual([]);
    expect(opsOf(r.value, '一')).toEqual([
      {
        kind: 'replaceNode',
        level: 'paragraph',
        target: { article: { n: 5 }, paragraph: 2 },
        content: { level: 'paragraphs', text: '丁。' },
      },
    ]);
  });
});

describe('5. …修改为：“…”，并调整为第一项 with no new number for the article', () => {
  it('the 项 restated moves to 第一项 of its own 款: a move whose `to` names no article', () => {
    const r = parseDecision(single('第三条第一款第二项修改为：“（二）乙；”，并调整为第一项，同时删去第一款第五项、第二款。'));
    expect(notInfo(r)).toEqual([]);
    expect(opsOf(r.value, '一')).toEqual([
      {
        kind: 'replaceNode',
        level: 'item',
        target: { article: { n: 3 }, paragraph: 1, item: 2 },
        content: { level: 'items', text: '（二）乙；' },
      },
      {
        kind: 'move',
        level: 'item',
        source: { article: { n: 3 }, paragraph: 1, item: 2 },
        to: { item: 1 },
      },
      {
        kind: 'deleteNode',
        level: 'item',
        target: { article: { n: 3 }, paragraph: 1, item: 5 },
      },
      {
        kind: 'deleteNode',
        level: 'paragraph',
        target: { article: { n: 3 }, paragraph: 2 },
      },
    ]);
  });

  it('with the article renumbered in the item, the move names the article’s new number (as before)', () => {
    const r = parseDecision(single('将第十五条改为第十三条，第一款第二项修改为：“（二）乙；”，并调整为第一项。'));
    expect(notInfo(r)).toEqual([]);
    expect(opsOf(r.value, '一')[2]).toEqual({
      kind: 'move',
      level: 'item',
      source: { article: { n: 15 }, paragraph: 1, item: 2 },
      to: { article: { n: 13 }, paragraph: 1, item: 1 },
    });
  });

  it('a bare 第二项调整为第一项 (nothing restated) stays a statement of the number', () => {
    const r = parseDecision(single('第三条第一款第二项调整为第一项。'));
    expect(opsOf(r.value, '一')).toEqual([
      {
        kind: 'renumber',
        level: 'item',
        target: { article: { n: 3 }, paragraph: 1, item: 2 },
        to: { item: 1 },
      },
    ]);
  });
});

describe('6. a chapter divided: 将第四章“A”改为两章，分别作为第四章“B”和第六章“C”', () => {
  it('which articles each new chapter holds is not said: an error naming the form, nothing read from the clause', () => {
    const r = parseDecision(single('将第四章“甲与乙事业”改为两章，分别作为第四章“甲事业”和第六章“乙事业”。'));
    expect(notInfo(r)).toEqual(['decision/unsupported-heading-division']);
    expect(r.diagnostics.find((d) => d.ruleId === 'decision/unsupported-heading-division')?.data).toMatchObject({
      target: '第四章',
      count: '两章',
    });
    expect(opsOf(r.value, '一')).toEqual([]);
  });

  it('the other clauses of the item are read (a chapter renamed before it)', () => {
    const r = parseDecision(
      single('将第三章“丙”修改为“丁”，将第四章“甲与乙事业”改为两章，分别作为第四章“甲事业”和第六章“乙事业”，将第五章“戊”修改为“己”。'),
    );
    expect(notInfo(r)).toEqual(['decision/unsupported-heading-division']);
    expect(opsOf(r.value, '一')).toEqual([
      { kind: 'replaceText', scope: [{ chapter: 3, special: 'heading' }], pairs: [{ from: '丙', to: '丁' }] },
      { kind: 'replaceText', scope: [{ chapter: 5, special: 'heading' }], pairs: [{ from: '戊', to: '己' }] },
    ]);
  });
});
