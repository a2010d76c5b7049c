import { toChinese } from '@amend/model';
import type { Diagnostic, ReferenceReport, ReferenceStatus } from '@amend/model';
import { el } from '../dom.ts';

/** The cross-reference report and the list of warnings. */

const REFERENCE_STATUS: Record<ReferenceStatus, string> = {
  unchanged: '未变',
  'auto-renumbered': '随序号调整',
  'rewritten-by-decision': '由决定改写',
  external: '引用其他文件',
  dangling: '所指条文已删除',
  'relative-shifted': '相对引用偏移',
};

export function renderReferences(container: HTMLElement, refs: readonly ReferenceReport[], onPick: (ref: ReferenceReport) => void): void {
  if (refs.length === 0) {
    container.replaceChildren(el('p', { class: 'empty-note' }, '这部规章没有内部引用。'));
    return;
  }
  const changed = refs.filter((r) => r.status !== 'unchanged' && r.status !== 'external').length;
  const body = el('tbody');
  for (const r of refs) {
    const tr = el(
      'tr',
      {},
      el('td', {}, r.text),
      el('td', {}, r.newText ?? (r.status === 'dangling' ? '—' : r.text)),
      el('td', { class: `status-${r.status}` }, REFERENCE_STATUS[r.status] ?? r.status),
      el('td', { title: r.where }, placeLabel(r.where)),
    );
    tr.addEventListener('click', () => onPick(r));
    body.append(tr);
  }
  container.replaceChildren(
    el('p', {}, `共 ${refs.length} 处引用，其中 ${changed} 处随修改变化。`),
    el('table', { class: 'xref' }, el('thead', {}, el('tr', {}, el('th', {}, '原文'), el('th', {}, '修改后'), el('th', {}, '处理'), el('th', {}, '位置'))), body),
  );
}

const UNITS: Record<string, string> = { part: '编', chp: '章', sec: '节', art: '条', para: '款', item: '项', subitem: '目' };

/**
 * An eId (docs/ids.md) as a drafter reads it: `art_12__para_1__item_4` →
 * 第十二条第一款第四项; anything else is shown as it is.
 */
export function placeLabel(id: string): string {
  const parts = id.split('__').map((seg) => /^([a-z]+)_(\d+)(?:_(\d+))?$/.exec(seg));
  if (parts.some((m) => !m || !(m[1] in UNITS))) return id;
  return parts
    .map((m) => `第${toChinese(Number(m![2]))}${UNITS[m![1]]}${m![3] ? '之' + toChinese(Number(m![3])) : ''}`)
    .join('');
}

const SEVERITY: Record<Diagnostic['severity'], string> = { error: '错误', warning: '警告', info: '提示' };

export function renderWarnings(container: HTMLElement, list: readonly Diagnostic[], onPick: (d: Diagnostic) => void): void {
  if (list.length === 0) {
    container.replaceChildren(el('li', { class: 'empty-note' }, '没有错误或警告。'));
    return;
  }
  const rank = { error: 0, warning: 1, info: 2 };
  const sorted = [...list].sort((a, b) => rank[a.severity] - rank[b.severity]);
  container.replaceChildren(
    ...sorted.map((d) => {
      const where = d.span ? `${d.file ?? ''}:${d.span.start.line}:${d.span.start.column}` : d.file ?? '';
      const li = el(
        'li',
        { 'data-rule': d.ruleId },
        el('span', { class: `sev sev-${d.severity}` }, SEVERITY[d.severity]),
        d.message,
        d.expected ? `（应为：${d.expected}）` : '',
        el('span', { class: 'where' }, `${where} [${d.ruleId}]`),
      );
      li.addEventListener('click', () => onPick(d));
      return li;
    }),
  );
}
