import { Paragraph, Table, TableCell, TableRow, VerticalMergeType, WidthType } from 'docx';
import type { TextRun } from 'docx';
import { GRID_BORDERS } from '../docx/docx-printers.ts';
import { cellParagraph, centred, pack, run, TABLE_SIZE, titleParagraph } from '../docx/docx-style.ts';
import type { Chunk } from '../redline/word-diff.ts';
import { GAP } from '../text.ts';
import { comparisonTable, comparisonTitle, TABLE_SUFFIX, type Cell, type Comparison, type TableOptions } from './comparison-rows.ts';
import { versionDate } from '../akn/akn-meta.ts';

/** Struck on the left, bold and underlined on the right. */
function chunkRun(c: Chunk): TextRun {
  if (c.type === 'del') return run(c.text, { strike: true, size: TABLE_SIZE });
  if (c.type === 'ins') return run(c.text, { bold: true, underline: {}, size: TABLE_SIZE });
  return run(c.text, { size: TABLE_SIZE });
}

function cellParagraphs(cell: Cell | undefined): Paragraph[] {
  if (!cell) return [new Paragraph({})];
  return cell.lines.map((l, k) => {
    const lead = k === 0 && cell.label ? [run(cell.label, { bold: true, size: TABLE_SIZE }), run(GAP, { size: TABLE_SIZE })] : [];
    return cellParagraph([...lead, ...l.map(chunkRun)]);
  });
}

/** A cell covered by the span of the cell above continues that cell's vertical merge. */
function cell(c: Cell | undefined, span: number): TableCell {
  const width = { size: 50, type: WidthType.PERCENTAGE };
  if (span === 0) return new TableCell({ children: [new Paragraph({})], verticalMerge: VerticalMergeType.CONTINUE, width });
  return new TableCell({
    children: cellParagraphs(c),
    width,
    ...(span > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {}),
  });
}

export function comparisonDocx(c: Comparison, options: TableOptions = {}): Promise<Uint8Array> {
  const title = comparisonTitle(c);
  const header = new TableRow({
    tableHeader: true,
    children: ['修改前', '修改后'].map(
      (h) =>
        new TableCell({ children: [centred([run(h, { bold: true, size: TABLE_SIZE })])], width: { size: 50, type: WidthType.PERCENTAGE } }),
    ),
  });
  const rows = comparisonTable(c, options).map((r) => new TableRow({ children: [cell(r.left, r.leftSpan), cell(r.right, r.rightSpan)] }));
  const table = new Table({
    rows: [header, ...rows],
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: GRID_BORDERS,
    margins: { top: 40, bottom: 40, left: 100, right: 100 },
  });
  // A long rule title would wrap mid-word; the 对照表 part goes on its own line instead.
  const lines = title.endsWith(`》${TABLE_SUFFIX}`) && title.length > 20 ? [title.slice(0, -TABLE_SUFFIX.length), TABLE_SUFFIX] : [title];
  return pack(title, [titleParagraph(lines), table], versionDate(c.after));
}
