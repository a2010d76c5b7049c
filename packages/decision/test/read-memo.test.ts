import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Decision } from '@amend/model';
import { parseDecision, ReadMemo } from '../src/index.ts';
import { read, repo } from './helpers.ts';

/**
 * A decision being edited is re-parsed with the memo of the previous parse
 * (the preview's keystrokes): what comes out is what a fresh parse of the
 * edited text gives, whatever the edit did to the items after it.
 */
const file = resolve(repo, 'examples/decree-119/decision.md');
const text = read(file);

function edit(t: string, at: string, insert: string, remove = 0): string {
  const i = t.indexOf(at);
  expect(i).toBeGreaterThanOrEqual(0);
  return t.slice(0, i) + insert + t.slice(i + remove);
}

function itemOf(d: Decision, path: string) {
  for (const a of d.amendments) for (const item of a.items) if (item.path === path) return item;
  throw new Error(`no item ${path}`);
}

describe('re-parsing an edited decision with the memo of the previous parse', () => {
  it('a character typed into one payload: that item changes, the later ones move by the characters typed', () => {
    const memo = new ReadMemo();
    const before = parseDecision(text, { file, memo }).value;
    const typed = edit(text, '“价格主管部门”', '“价格', 1);
    const after = parseDecision(typed, { file, memo });
    expect(after).toEqual(parseDecision(typed, { file }));
    // 三（三） of the rule on page one: 物价主管部门 now becomes 价格价格主管部门, as typed.
    const changed = after.value.amendments.flatMap((a) => a.items).find((i) => i.text.includes('“价格价格主管部门”'));
    expect(changed?.operations[0]).toMatchObject({ kind: 'replaceText', pairs: [{ from: '物价主管部门', to: '价格价格主管部门' }] });
    // A later item keeps its words, two characters further on, on the same line.
    const last = before.amendments[before.amendments.length - 1].items.at(-1)!;
    const moved = itemOf(after.value, last.path);
    expect(moved.span.start.offset).toBe(last.span.start.offset + 2);
    expect(moved.span.start.line).toBe(last.span.start.line);
    expect(moved.operations.map((o) => o.kind)).toEqual(last.operations.map((o) => o.kind));
  });

  it('lines added, items renumbered, a quotation left open, a closing clause typed: always the fresh reading', () => {
    const memo = new ReadMemo();
    const verbatim = new ReadMemo();
    let t = text;
    parseDecision(t, { file, memo });
    parseDecision(t, { file, memo: verbatim, verbatim: true });
    const steps = [
      (s: string) => edit(s, '（二）将第五条', '\n\n'),
      (s: string) => edit(s, '（三）将第十条', '（三）将第九条、', 3),
      (s: string) => edit(s, '修改为“价格主管部门”', '修改为“价格主管部门', 11),
      (s: string) => edit(s, '（三）将第九条', '本决定自公布之日起施行。\n\n'),
      (s: string) => s.replace(/\n/g, '\r\n'),
      (s: string) => edit(s, '（一）删去', '"'),
    ];
    for (const step of steps) {
      t = step(t);
      expect(parseDecision(t, { file, memo })).toEqual(parseDecision(t, { file }));
      expect(parseDecision(t, { file, memo: verbatim, verbatim: true })).toEqual(parseDecision(t, { file, verbatim: true }));
    }
  });

  it('a payload the rule parser warns about, with the item moved: the warning stays where a fresh parse puts it', () => {
    const decision = [
      '全国人民代表大会常务委员会关于修改《中华人民共和国某某法》的决定',
      '',
      '一、在第五条后增加两条，作为第五条之一、第五条之二：',
      '“第五条之一　甲应当乙。',
      '“第五条之三　丙应当丁。”',
      '',
      '二、将第七条中的“丙”修改为“丁”。',
      '',
      '本决定自公布之日起施行。',
    ].join('\n');
    const memo = new ReadMemo();
    const first = parseDecision(decision, { file: 'x.md', memo });
    expect(first.diagnostics.map((d) => d.ruleId)).toContain('document/article-out-of-order');
    for (const edited of [decision.replace('一、在', '\n一、在'), decision.replace('决定\n', '决定（草案）\n')]) {
      expect(parseDecision(edited, { file: 'x.md', memo })).toEqual(parseDecision(edited, { file: 'x.md' }));
    }
  });
});
