import { describe, expect, it } from 'vitest';
import { serialize } from '@amend/document';
import { SMALL, SMALL_TITLE as T, amend, art, bodyLines, rule } from './helpers.ts';

/**
 * 将第三条“<its whole old text>”修改为“<new text>”: old words quoted over
 * several lines that are the whole place named restate it, like 将第三条修改为.
 * Expected texts written from the decision's words.
 */
const small = rule(SMALL);
const lines = (c: ReturnType<typeof amend>) => bodyLines(serialize(c.after));
const errors = (c: ReturnType<typeof amend>) => c.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId);

describe('an article restated by quoting its whole old text', () => {
  it('the whole of 第三条 quoted (full-width brackets for the rule’s half-width ones): the article is restated; a reference to one of its old 项 is left as written and reported', () => {
    const from = '有下列情形之一的，不予批准：\n（一）申请材料不全的；\n（二）不符合条件的；\n（三）其他情形。';
    const to = '有下列情形之一的，不予批准：\n（一）申请材料不全的；\n（二）其他情形。\n申请人可以补正后重新申请。';
    const c = amend(small, T, [
      [
        '一',
        [
          { kind: 'deleteNode', level: 'article', target: art(1) },
          { kind: 'replaceText', scope: [art(3)], pairs: [{ from, to }] },
        ],
      ],
    ]);
    expect(errors(c)).toEqual([]);
    expect(lines(c).slice(3, 9)).toEqual([
      '第二章　管理',
      '第二条　有下列情形之一的，不予批准：',
      '（一）申请材料不全的；',
      '（二）其他情形。',
      '申请人可以补正后重新申请。',
      '第三条　有本规定第三条第二项情形的，依照本规定第四条处理。',
    ]);
    expect(c.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.ruleId)).toEqual(['engine/reference-to-rewritten']);
  });

  it('a 款 quoted whole and restated as two 款', () => {
    const c = amend(small, T, [
      [
        '一',
        [
          {
            kind: 'replaceText',
            scope: [art(2, { paragraph: 1 })],
            pairs: [{ from: '本规定适用于本行政区域。', to: '本规定适用于本市行政区域。\n本市所属开发区参照执行。' }],
          },
        ],
      ],
    ]);
    expect(errors(c)).toEqual([]);
    expect(lines(c).slice(2, 5)).toEqual([
      '第二条　本规定适用于本市行政区域。',
      '本市所属开发区参照执行。',
      '前款所称本行政区域，包括开发区。',
    ]);
  });

  it('old words over several lines that are not the whole article: an error, nothing applied', () => {
    const c = amend(small, T, [
      [
        '一',
        [
          {
            kind: 'replaceText',
            scope: [art(3)],
            pairs: [{ from: '（一）申请材料不全的；\n（二）不符合条件的；', to: '（一）申请材料不全的；\n（二）不符合法定条件的；' }],
          },
        ],
      ],
    ]);
    expect(errors(c)).toEqual(['engine/phrase-not-found']);
  });

  it('words of one line whose new words break the line (将第三条中的“甲”修改为“乙。⏎甲”): the 款 holding them becomes two 款, the second keeping its 项', () => {
    const c = amend(small, T, [
      [
        '一',
        [{ kind: 'replaceText', scope: [art(3)], pairs: [{ from: '有下列情形之一的', to: '申请人应当如实提交材料。\n有下列情形之一的' }] }],
      ],
    ]);
    expect(errors(c)).toEqual([]);
    expect(lines(c).slice(5, 11)).toEqual([
      '第三条　申请人应当如实提交材料。',
      '有下列情形之一的，不予批准：',
      '(一)申请材料不全的；',
      '(二)不符合条件的；',
      '(三)其他情形。',
      '第四条　有本规定第三条第二项情形的，依照本规定第五条处理。',
    ]);
    // Its 项 are now those of 第二款: the reference to one of them is left as written and reported.
    expect(c.diagnostics.map((d) => [d.ruleId, d.data?.target])).toEqual([['engine/reference-to-rewritten', '第三条第二项']]);
  });

  it('the old words found as every replacement finds them: an ASCII comma for the rule’s ，, reported as a near match', () => {
    const c = amend(small, T, [
      [
        '一',
        [
          {
            kind: 'replaceText',
            scope: [art(3)],
            pairs: [{ from: '有下列情形之一的,不予批准', to: '申请人应当如实提交材料。\n有下列情形之一的，不予批准' }],
          },
        ],
      ],
    ]);
    expect(errors(c)).toEqual([]);
    expect(lines(c).slice(5, 7)).toEqual(['第三条　申请人应当如实提交材料。', '有下列情形之一的，不予批准：']);
    expect(c.diagnostics.filter((d) => d.ruleId === 'engine/phrase-fuzzy-match').map((d) => [d.data?.target, d.data?.what])).toEqual([
      ['第三条第一款', 'full- and half-width forms'],
    ]);
  });

  it('the same in a 款 named, and words found in two 款 of the article named: an error, nothing applied', () => {
    const named = amend(small, T, [
      ['一', [{ kind: 'replaceText', scope: [art(2, { paragraph: 2 })], pairs: [{ from: '前款所称', to: '开发区参照执行。\n前款所称' }] }]],
    ]);
    expect(errors(named)).toEqual([]);
    expect(lines(named).slice(2, 6)).toEqual([
      '第二条　本规定适用于本行政区域。',
      '开发区参照执行。',
      '前款所称本行政区域，包括开发区。',
      '第二章　管理',
    ]);
    const twice = amend(small, T, [
      ['一', [{ kind: 'replaceText', scope: [art(2)], pairs: [{ from: '行政区域', to: '甲。\n行政区域' }] }]],
    ]);
    expect(errors(twice)).toEqual(['engine/phrase-not-found']);
    // A break inside words (no mark before it) is a broken line of the gazette, not a new 款.
    const broken = amend(small, T, [
      [
        '一',
        [{ kind: 'replaceText', scope: [art(2, { paragraph: 2 })], pairs: [{ from: '前款所称', to: '开发区参照\n执行的，前款所称' }] }],
      ],
    ]);
    expect(errors(broken)).toEqual(['engine/phrase-not-found']);
  });
});
