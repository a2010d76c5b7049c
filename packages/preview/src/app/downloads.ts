import { comparisonHtml, comparisonTitle, render, renderDocx, trackedDocx } from '@amend/render';
import type { Consolidation, Decision } from '@amend/model';
import { download } from './dom.ts';

/** The consolidated rule and its 对照表 as files, made in the browser by @amend/render. */

/** A title as a file name: path separators and characters Windows refuses are replaced. */
function fileName(title: string, ext: string): string {
  const safe = title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim() || 'rule';
  return `${safe}.${ext}`;
}

export function downloadText(c: Consolidation): void {
  download(fileName(c.after.title, 'txt'), render(c.after, 'text'), 'text/plain;charset=utf-8');
}

export async function downloadDocx(c: Consolidation): Promise<void> {
  const bytes = await renderDocx(c.after);
  download(fileName(c.after.title, 'docx'), bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
}

/** The consolidated rule whose Word revisions are the amendment, dated the decision's day (as `apply --track-changes`). */
export async function downloadTracked(c: Consolidation, decision: Decision): Promise<void> {
  const date = decision.meta.promulgated ?? decision.meta.effective?.date;
  const bytes = await trackedDocx(c, date ? { date } : {});
  download(fileName(`${c.after.title}（修订）`, 'docx'), bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
}

export function downloadTable(c: Consolidation): void {
  download(fileName(comparisonTitle(c), 'html'), comparisonHtml(c), 'text/html;charset=utf-8');
}
