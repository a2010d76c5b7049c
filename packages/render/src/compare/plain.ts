import type { Chunk } from '../redline/word-diff.ts';
import { GAP } from '../text.ts';
import { comparisonTable, type Cell, type Comparison, type Row, type TableOptions } from './comparison-rows.ts';

/**
 * Two versions compared article by article as plain text, for a terminal:
 * each changed article once, its old lines after `-` with the deleted words
 * in [-…-], its new lines after `+` with the added words in {+…+}, an
 * unchanged article never shown. Articles are paired by the alignment of the
 * 对照表 (number and content), so an inserted article does not shift every
 * later one into a false pairing, as a line diff does.
 */
export function comparisonPlain(c: Comparison, options: TableOptions = {}): string {
  const blocks = groups(comparisonTable(c, options)).map(({ left, right }) => {
    const head = [left.map((x) => x.label).join('、'), right.map((x) => x.label).join('、')];
    const title = head[0] && head[1] && head[0] !== head[1] ? `${head[0]} → ${head[1]}` : head[0] || head[1] || '';
    const lines = [...left.flatMap((x) => cellLines(x, '-')), ...right.flatMap((x) => cellLines(x, '+'))];
    return [title || '标题、引言', ...lines].join('\n');
  });
  return blocks.length ? blocks.join('\n\n') + '\n' : '';
}

/** The rows of one merge or split travel together: a row with a span of 0 belongs to the row above. */
function groups(rows: readonly Row[]): { left: Cell[]; right: Cell[] }[] {
  const out: { left: Cell[]; right: Cell[] }[] = [];
  for (const r of rows) {
    const joins = (r.leftSpan === 0 || r.rightSpan === 0) && out.length > 0;
    const target = joins ? out[out.length - 1] : { left: [], right: [] };
    if (!joins) out.push(target);
    if (r.left && r.leftSpan > 0) target.left.push(r.left);
    if (r.right && r.rightSpan > 0) target.right.push(r.right);
  }
  return out;
}

function cellLines(cell: Cell, sign: '-' | '+'): string[] {
  return cell.lines.map((line, k) => `${sign} ${k === 0 && cell.label ? cell.label + GAP : ''}${line.map(piece).join('')}`);
}

function piece(c: Chunk): string {
  return c.type === 'equal' ? c.text : c.type === 'del' ? `[-${c.text}-]` : `{+${c.text}+}`;
}
