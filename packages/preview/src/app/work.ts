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

/** A decision file's text: UTF-8, or GB18030 when the bytes are not UTF-8 (as the command line reads it). */
export async function readDecisionFile(file: File): Promise<DecisionText> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
  }
  return { name: file.name, text: text.replace(/^\uFEFF/, '') };
}

export function downloadDecision(d: DecisionText): void {
  const name = /\.(txt|md)$/i.test(d.name) ? d.name : `${d.name || '修改决定'}.txt`;
  download(name, d.text, 'text/plain;charset=utf-8');
}
