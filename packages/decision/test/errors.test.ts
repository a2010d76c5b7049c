import { describe, expect, it } from 'vitest';
import { parseDecision } from '../src/index.ts';
import { bare } from './helpers.ts';

/** A decree-style decision of one rule: heading line 3, items from line 5 on, one per line pair. */
function decree(...items: string[]): string {
  const labels = ['（一）', '（二）', '（三）', '（四）'];
  return `# 关于修改部分规章的决定\n\n一、某某管理办法\n\n${items.map((t, i) => labels[i] + t).join('\n\n')}\n`;
}

const errorsOf = (text: string) => parseDecision(text, { file: 'd.md' }).diagnostics.filter((d) => d.severity === 'error');

describe('errors are values with places', () => {
  it('a sentence that fits no rule: line, column, the sentence and what was expected', () => {
    const text = decree('将第五条写成“甲”。');
    const [e] = errorsOf(text);
    expect(e.ruleId).toBe('decision/unrecognised-instruction');
    expect(e.file).toBe('d.md');
    // Line 5 is （一）将第五条写成“甲”。: 写 is the 8th character.
    expect(e.span?.start).toMatchObject({ line: 5, column: 8 });
    expect(text.slice(e.span!.start.offset, e.span!.end.offset)).toBe('写');
    expect(e.message).toContain('将第五条写成“甲”。');
    expect(e.expected?.split(' ')).toEqual(expect.arrayContaining(['修改为', '中的', '改为']));
  });

  it('a quotation never closed', () => {
    const text = decree('将第五条中的“监察修改为“审计”。');
    const ids = errorsOf(text).map((e) => e.ruleId);
    expect(ids).toContain('decision/unclosed-quote');
    const unclosed = errorsOf(text).find((e) => e.ruleId === 'decision/unclosed-quote')!;
    expect(unclosed.span?.start).toMatchObject({ line: 5, column: 10 });
  });

  it('a payload left open at the end of its item is read to the end, with a warning', () => {
    const r = parseDecision(decree('将第五条修改为：“甲。', '删去第六条。'));
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.diagnostics.map((d) => d.ruleId)).toContain('decision/unclosed-quote-at-end');
    expect(r.value.amendments[0].items.map((i) => i.operations.map(bare))).toEqual([
      [{ kind: 'replaceNode', level: 'article', target: { article: { n: 5 } }, content: { level: 'paragraphs', text: '甲。' } }],
      [{ kind: 'deleteNode', level: 'article', target: { article: { n: 6 } } }],
    ]);
  });

  it('a continuation line with no article before it', () => {
    const [e] = errorsOf(decree('第二款中的“甲”修改为“乙”。'));
    expect(e.ruleId).toBe('decision/no-context');
    expect(e.span?.start).toMatchObject({ line: 5, column: 4 });
    expect(e.data?.sentence).toBe('第二款中的“甲”修改为“乙”。');
  });

  it('分别改为 with more old numbers than new ones', () => {
    const [e] = errorsOf(decree('第十三条、第十五条分别改为第十四条。'));
    expect(e.ruleId).toBe('decision/count-mismatch');
    expect(e.message).toBe('分别改为 lists 2 numbers but 1 new numbers');
  });

  it('修改为： with no text', () => {
    expect(errorsOf(decree('将第三条修改为：')).map((e) => e.ruleId)).toEqual(['decision/missing-payload']);
  });

  it('one bad item never stops the others, and every bad one is reported', () => {
    const r = parseDecision(decree('删去第三条。', '将第五条写成“甲”。', '把第七条弄成“乙”。', '删去第九条。'));
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((e) => e.span?.start.line)).toEqual([7, 9]);
    expect(r.value.amendments[0].items.map((i) => i.operations.map((o) => o.kind))).toEqual([['deleteNode'], [], [], ['deleteNode']]);
  });

  it('a stated count that the lists do not match is a warning', () => {
    const text = '# 关于废止和修改部分规章的决定\n\n现决定：对2件规章予以废止。\n\n## 决定废止的规章\n\n一、某某办法（2000年1月1日公布）\n';
    const r = parseDecision(text);
    expect(r.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['decision/stated-count-mismatch', 'warning']]);
    // It points at the preamble that states the count.
    expect(r.diagnostics[0].span?.start).toMatchObject({ line: 3, column: 1 });
    expect(r.value.repealed).toEqual([expect.objectContaining({ title: '某某办法', note: '2000年1月1日公布' })]);
  });
});
