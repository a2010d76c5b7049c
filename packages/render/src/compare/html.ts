import { escapeHtml as esc } from '../escape.ts';
import { chunkHtml } from '../redline/redline.ts';
import { BASE_CSS, page } from '../html/html-style.ts';
import { GAP } from '../text.ts';
import { comparisonTable, comparisonTitle, type Cell, type Comparison, type Row, type TableOptions } from './comparison-rows.ts';

const TABLE_CSS = `
table.compare { table-layout: fixed; font-size: 12pt; }
table.compare th { text-align: center; background: #f2f2f2; }
table.compare td p { margin: 0 0 0.3em; }
table.compare td.empty { background: #fafafa; }
`.trim();

function cellHtml(cell: Cell | undefined, span: number): string {
  if (span === 0) return '';
  const rowspan = span > 1 ? ` rowspan="${span}"` : '';
  if (!cell) return `<td class="empty"${rowspan}></td>`;
  const lead = cell.label ? `<b class="num">${esc(cell.label)}</b>${GAP}` : '';
  const lines = cell.lines.map((l, k) => `<p>${k === 0 ? lead : ''}${l.map(chunkHtml).join('')}</p>`);
  const id = cell.id ? ` data-eid="${esc(cell.id)}"` : '';
  return `<td${rowspan}${id}>${lines.join('')}</td>`;
}

/** The rows as an HTML `<table>` (a fragment). */
export function comparisonTableHtml(rows: readonly Row[]): string {
  const body = rows.map((r) => `<tr class="${r.status}">${cellHtml(r.left, r.leftSpan)}${cellHtml(r.right, r.rightSpan)}</tr>`);
  return [
    '<table class="compare">',
    '<colgroup><col style="width:50%"><col style="width:50%"></colgroup>',
    '<thead><tr><th>修改前</th><th>修改后</th></tr></thead>',
    '<tbody>',
    ...body,
    '</tbody>',
    '</table>',
  ].join('\n');
}

/** The 修改前后对照表 as a standalone printable page. */
export function comparisonHtml(c: Comparison, options: TableOptions = {}): string {
  const title = esc(comparisonTitle(c));
  const table = comparisonTableHtml(comparisonTable(c, options));
  return page(title, `${BASE_CSS}\n${TABLE_CSS}`, `<h1>${title}</h1>\n${table}`);
}
