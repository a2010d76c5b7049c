import { expect } from 'vitest';
import { serialize } from '@amend/document';
import { amend } from '@amend/pipeline';

/**
 * One small hand-written rule that decisions of a drafting family are
 * applied to, end to end (decision text → operations → consolidated rule).
 * Lines are compared without the title, its note and blank lines.
 */
export function familyRule(title: string, rule: string) {
  const body = (text: string): string[] =>
    text
      .split('\n')
      .slice(2)
      .filter((l) => l !== '');
  const original = body(rule);
  /** A one-rule decision; `items` are written as printed (labels and continuation lines included). */
  const decision = (items: string): string =>
    `# 某某市人民代表大会常务委员会关于修改《${title}》的决定\n\n某某市人民代表大会常务委员会决定对《${title}》作如下修改：\n\n${items}\n\n本决定自公布之日起施行。\n`;
  const run = (items: string) => {
    const result = amend({ file: 'rule.txt', text: rule }, { file: 'decision.md', text: decision(items) });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    return { result, errors, lines: result.consolidation ? body(serialize(result.consolidation.after)) : [] };
  };
  /** The consolidated lines; no errors allowed. */
  const apply = (items: string): string[] => {
    const { errors, lines } = run(items);
    expect(errors).toEqual([]);
    return lines;
  };
  /** The original lines with some of them (by index) changed. */
  const withLines = (changes: Record<number, string>): string[] => original.map((l, i) => changes[i] ?? l);
  return { original, run, apply, withLines };
}
