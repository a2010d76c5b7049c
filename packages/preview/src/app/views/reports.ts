import { expectedText, idLabel, messageText, severityText, termText } from '@amend/model';
import type { Diagnostic, ReferenceReport } from '@amend/model';
import { el } from '../dom.ts';

/** The cross-reference report and the list of warnings. */

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
      el('td', { class: `status-${r.status}` }, termText(r.status, 'zh')),
      el('td', { title: r.where }, idLabel(r.where)),
    );
    tr.addEventListener('click', () => onPick(r));
    body.append(tr);
  }
  container.replaceChildren(
    el('p', {}, `共 ${refs.length} 处引用，其中 ${changed} 处随修改变化。`),
    el(
      'table',
      { class: 'xref' },
      el('thead', {}, el('tr', {}, el('th', {}, '原文'), el('th', {}, '修改后'), el('th', {}, '处理'), el('th', {}, '位置'))),
      body,
    ),
  );
}

export function renderWarnings(container: HTMLElement, list: readonly Diagnostic[], onPick: (d: Diagnostic) => void): void {
  if (list.length === 0) {
    container.replaceChildren(el('li', { class: 'empty-note' }, '没有错误或警告。'));
    return;
  }
  const rank = { error: 0, warning: 1, info: 2 };
  const sorted = [...list].sort((a, b) => rank[a.severity] - rank[b.severity]);
  container.replaceChildren(
    ...sorted.map((d) => {
      const where = d.span ? `${d.file ?? ''}:${d.span.start.line}:${d.span.start.column}` : (d.file ?? '');
      const li = el(
        'li',
        { 'data-rule': d.ruleId },
        el('span', { class: `sev sev-${d.severity}` }, severityText(d.severity, 'zh')),
        messageText(d, 'zh'),
        d.expected ? `（应为：${expectedText(d, 'zh')}）` : '',
        el('span', { class: 'where' }, `${where} [${d.ruleId}]`),
      );
      li.addEventListener('click', () => onPick(d));
      return li;
    }),
  );
}
