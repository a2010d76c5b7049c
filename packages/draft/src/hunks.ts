import { NUMERAL_CHARS } from '@amend/model';
import { wordDiff } from '@amend/render';

/**
 * The changes between an old and a new text of one 款, 项 or 目, as a
 * drafter sees them: whole words (the render package's word diff, which
 * segments with Intl.Segmenter and keeps 第十四条 whole), each change a
 * stretch of the old text and what stands there now.
 */
export interface Hunk {
  /** Offsets in the old text, end exclusive; start === end for an insertion. */
  start: number;
  end: number;
  /** The new words. */
  text: string;
}

export function hunks(oldText: string, newText: string): Hunk[] {
  if (oldText === newText) return [];
  const out: Hunk[] = [];
  let at = 0;
  let open: Hunk | undefined;
  for (const c of wordDiff(oldText, newText)) {
    if (c.type === 'equal') {
      open = undefined;
      at += c.text.length;
      continue;
    }
    if (!open) out.push((open = { start: at, end: at, text: '' }));
    if (c.type === 'del') {
      at += c.text.length;
      open.end = at;
    } else {
      open.text += c.text;
    }
  }
  return out;
}

const N = `[${NUMERAL_CHARS}]+`;
const ATOM = `第${N}[编章节条款项目](?:之${N})?`;
/** References and the words that join them, nothing else: 第十条、第十一条; 第三款; 第五条至第七条. */
const REFERENCES = new RegExp(`^(?:${ATOM}|[、，和及与至到或者])+$`, 'u');

/**
 * A change of reference numbers only (第十条 → 第十一条): the engine makes it
 * itself when it renumbers, so a drafter leaves it to the closing clause.
 */
export function referencesOnly(oldPart: string, newPart: string): boolean {
  return oldPart !== '' && newPart !== '' && REFERENCES.test(oldPart) && REFERENCES.test(newPart) && shape(oldPart) === shape(newPart);
}

const NUMERALS = new RegExp(N, 'gu');

function shape(s: string): string {
  return s.replace(NUMERALS, '#');
}
