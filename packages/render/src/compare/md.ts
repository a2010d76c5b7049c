import { escapeMd } from '../escape.ts';
import { chunkMd } from '../redline/redline.ts';
import { GAP } from '../text.ts';
import { comparisonTable, comparisonTitle, type Cell, type Comparison, type Row, type TableOptions } from './comparison-rows.ts';

/**
 * Markdown tables have no row spans, so the rows of one merge or split are
 * folded into a single table row whose cells list the articles one after
 * another. Lines inside a cell are joined by `<br>`, articles by a blank line.
 */
function cellMd(cells: readonly Cell[]): string {
  return cells
    .map((cell) => {
      const lead = cell.label ? `**${escapeMd(cell.label)}**${GAP}` : '';
      return cell.lines.map((l, k) => (k === 0 ? lead : '') + l.map(chunkMd).join('')).join('<br>');
    })
    .join('<br><br>');
}

/** Rows of one change travel together: a row with a span of 0 belongs to the row above. */
function folded(rows: readonly Row[]): { left: Cell[]; right: Cell[] }[] {
  const out: { left: Cell[]; right: Cell[] }[] = [];
  for (const r of rows) {
    const joins = r.leftSpan === 0 || r.rightSpan === 0;
    const target = joins && out.length ? out[out.length - 1] : { left: [], right: [] };
    if (!joins || out.length === 0) out.push(target);
    if (r.left) target.left.push(r.left);
    if (r.right) target.right.push(r.right);
  }
  return out;
}

export function comparisonTableMd(rows: readonly Row[]): string {
  const lines = folded(rows).map((r) => `| ${cellMd(r.left)} | ${cellMd(r.right)} |`);
  return ['| 修改前 | 修改后 |', '| --- | --- |', ...lines].join('\n');
}

export function comparisonMd(c: Comparison, options: TableOptions = {}): string {
  return `# ${escapeMd(comparisonTitle(c))}\n\n${comparisonTableMd(comparisonTable(c, options))}\n`;
}
