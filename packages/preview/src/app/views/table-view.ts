import { comparisonTable, comparisonTitle, type Cell, type Row } from '@amend/render';
import type { Consolidation } from '@amend/model';
import { el } from '../dom.ts';

/**
 * The 修改前后对照表, built from @amend/render's rows (the same the HTML,
 * Markdown and docx tables are made of) as DOM: text through textContent,
 * changed words as `<del>`/`<ins>` elements, rows clickable.
 */

export interface TableView {
  /** Row elements by the ids of the articles in their cells (old and new). */
  rowsById: Map<string, HTMLTableRowElement>;
  rows: { element: HTMLTableRowElement; row: Row }[];
}

export function renderTable(container: HTMLElement, c: Consolidation): TableView {
  const rows = comparisonTable(c);
  const rowsById = new Map<string, HTMLTableRowElement>();
  const made: TableView['rows'] = [];
  const body = el('tbody');
  for (const row of rows) {
    const tr = el('tr', { class: row.status });
    if (row.leftSpan > 0) tr.append(cell(row.left, row.leftSpan));
    if (row.rightSpan > 0) tr.append(cell(row.right, row.rightSpan));
    if (row.items.length) tr.title = `决定 ${row.items.join('、')}`;
    for (const side of [row.left, row.right]) if (side?.id) rowsById.set(side.id, tr);
    made.push({ element: tr, row });
    body.append(tr);
  }
  const table = el(
    'table',
    { class: 'compare' },
    el('caption', {}, comparisonTitle(c)),
    el('thead', {}, el('tr', {}, el('th', {}, '修改前'), el('th', {}, '修改后'))),
    body,
  );
  container.replaceChildren(rows.length ? table : el('p', { class: 'empty-note' }, '没有修改的条文。'));
  return { rowsById, rows: made };
}

function cell(c: Cell | undefined, span: number): HTMLTableCellElement {
  const td = el('td', span > 1 ? { rowspan: String(span) } : {});
  if (!c) {
    td.className = 'empty';
    return td;
  }
  if (c.id) td.dataset.eid = c.id;
  c.lines.forEach((line, k) => {
    const p = el('p');
    if (k === 0 && c.label) p.append(el('b', { class: 'num' }, c.label), '\u3000');
    for (const piece of line) p.append(piece.type === 'equal' ? piece.text : el(piece.type, {}, piece.text));
    td.append(p);
  });
  return td;
}
