import { messageText } from '@amend/model';
import { readInput } from '@amend/word';
import { download } from './dom.ts';

/**
 * The drafter's work survives a reload: the decision is kept in the
 * browser's storage on every change and restored when the page opens. It can
 * also be opened from a file and saved to one.
 */

export interface DecisionText {
  name: string;
  text: string;
}

const KEY = 'amend.preview.decision';

export function savedDecision(): DecisionText | undefined {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return undefined;
    const v = JSON.parse(raw) as Partial<DecisionText>;
    return typeof v.name === 'string' && typeof v.text === 'string' ? { name: v.name, text: v.text } : undefined;
  } catch {
    return undefined;
  }
}

/** Kept on every change; a browser that refuses storage (private mode, quota) only loses this convenience. */
export function saveDecision(d: DecisionText): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(d));
  } catch {
    // nothing to do: the editor still holds the text
  }
}

/**
 * A file's text as the command line reads it: a Word document (.docx) with
 * its automatic numbers written out, or UTF-8 / GB18030 text. A file that
 * cannot be read is an error in Chinese naming it.
 */
export async function readTextFile(file: File): Promise<DecisionText> {
  const read = readInput(new Uint8Array(await file.arrayBuffer()), file.name);
  if (read.value === undefined) {
    const why = read.diagnostics.find((d) => d.severity === 'error');
    throw new Error(`${file.name}：${why ? messageText(why, 'zh') : '无法读取'}`);
  }
  return { name: file.name, text: read.value.text };
}

export function downloadDecision(d: DecisionText): void {
  // A decision opened from a Word document is saved as the text it was read as.
  const name = /\.(txt|md)$/i.test(d.name) ? d.name : `${d.name.replace(/\.(docx|docm|dotx|dotm)$/i, '') || '修改决定'}.txt`;
  download(name, d.text, 'text/plain;charset=utf-8');
}
