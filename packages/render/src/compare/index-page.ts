import type { Consolidation } from '@amend/model';
import { escapeHtml, escapeMd } from '../escape.ts';
import { BASE_CSS, page } from '../html/html-style.ts';
import { comparisonTitle } from './comparison-rows.ts';

const INDEX_CSS = `${BASE_CSS}
p.decision { text-align: center; text-indent: 0; margin: 0 0 1.2em; }
li { margin: 0.2em 0; }
.count { color: #555; font-size: 12pt; margin-left: 0.5em; }`;

/** What a 对照表 holds: changes of words (including insertions, deletions, merges) and moves of number only. */
function counts(c: Consolidation): string {
  const changed = c.changes.filter((x) => x.status !== 'unchanged' && x.textChanged).length;
  const moved = c.changes.filter((x) => x.status === 'renumbered' && !x.textChanged).length;
  return `${changed} 处修改${moved ? `，${moved} 条仅调整序号` : ''}`;
}

/**
 * The index of the 对照表 of a multi-rule decision: one link per rule, in the
 * decision's order, with what changed in it. `file` names each rule's table.
 */
export function comparisonIndex(
  results: readonly Consolidation[],
  format: 'html' | 'md',
  file: (c: Consolidation) => string,
  decision?: string,
): string {
  if (format === 'md') {
    const lines = results.map((c, k) => `${k + 1}. [${escapeMd(comparisonTitle(c))}](${encodeURI(file(c))})（${counts(c)}）`);
    return ['# 修改前后对照表', '', ...(decision ? [escapeMd(decision), ''] : []), ...lines, ''].join('\n');
  }
  const items = results.map(
    (c) =>
      `<li><a href="${escapeHtml(encodeURI(file(c)))}">${escapeHtml(comparisonTitle(c))}</a><span class="count">${counts(c)}</span></li>`,
  );
  const body = [
    '<h1>修改前后对照表</h1>',
    ...(decision ? [`<p class="decision">${escapeHtml(decision)}</p>`] : []),
    '<ol>',
    ...items,
    '</ol>',
  ];
  return page('修改前后对照表', INDEX_CSS, body.join('\n'));
}
