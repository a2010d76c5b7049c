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

/**
 * A reference to another law (刑事诉讼法第二十九条, 《中华人民共和国行政处罚法》第七十二条):
 * the engine never renumbers it, so a change of its numbers is the drafter's
 * to state. Read from the words right before it, as the engine reads them.
 */
export function externalAt(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  if (/》$/.test(before) || /该(?:法|条例|办法|规定|细则|决定)$/.test(before)) return true;
  return /(?:法|条例)$/.test(before) && !/(?:依|违|合|执|办|本|方|守|立|非|用|说|做|想|司)法$/.test(before);
}
