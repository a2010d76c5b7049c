import { join } from 'node:path';
import type { Consolidation } from '@amend/model';
import type { Cell, Chunk } from '@amend/render';
import { amend } from '@amend/pipeline';
import { example, read } from '../helpers.ts';

/** Decree 119 and the three rules whose 对照表 rows the tests check (decision items 三, 四 and 十). */
export const DECISION = join(example, 'decision.md');
export const RULES = join(example, 'rules');
export const ZHENGJIAN = '宁夏回族自治区行政执法证件管理办法';
export const FAMEI = '宁夏回族自治区罚没收入实行罚缴分离办法';
export const QIANGTI = '宁夏回族自治区新型墙体材料推广应用管理规定';

export function ruleFile(title: string): string {
  return join(RULES, `${title}.txt`);
}

/** Decree 119 applied to one example rule through the CLI's pipeline; fails loudly on an error. */
export function consolidate(title: string): Consolidation {
  const file = ruleFile(title);
  const result = amend({ file, text: read(file) }, { file: DECISION, text: read(DECISION) });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length || !result.consolidation) throw new Error(`${title}: ${JSON.stringify(errors)}`);
  return result.consolidation;
}

/** The text one side of a cell stands for: equal pieces plus that side's changes. */
export function cellText(cell: Cell | undefined): string {
  return (cell?.lines ?? []).map((l) => l.map((c) => c.text).join('')).join('\n');
}

/** The changed pieces of a cell (`del` on the left, `ins` on the right). */
export function changed(cell: Cell | undefined): string[] {
  return (cell?.lines ?? [])
    .flat()
    .filter((c: Chunk) => c.type !== 'equal')
    .map((c) => c.text);
}
