import { isTextUnit, unitText, type TreeIndex } from './tree-index.ts';

/**
 * 第十条第二款第二句 → a character range of the 款's ORIGINAL text. A
 * sentence ends at 。！？ (a closing quotation mark after it stays with it);
 * a clause ended by ； is no sentence of its own. Words after the last mark
 * (a lead-in ending in ：) are the last sentence. Text edits of a sentence
 * are ordinary edits of that range, so the untouched sentences keep their
 * provenance and their references are still renumbered.
 */

export interface Range {
  start: number;
  end: number;
}

const ENDS = '。！？!?';
const CLOSERS = '”’」』"\'';

export function sentenceRanges(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!ENDS.includes(text[i])) continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.includes(text[end])) end++;
    out.push({ start, end });
    start = end;
    i = end - 1;
  }
  if (text.slice(start).trim()) out.push({ start, end: text.length });
  return out;
}

/**
 * The text unit whose sentences an address counts: the 款/项/目 itself, or an
 * article's only 款 (第三条第一句). An article of several 款 names none.
 */
export function sentenceUnit(ix: TreeIndex, handle: string): string | undefined {
  const node = ix.byId.get(handle);
  if (!node) return undefined;
  if (isTextUnit(node)) return handle;
  if (node.kind === 'article' && node.children.length === 1) return node.children[0].id;
  return undefined;
}

/** Sentence `n` (1-based, -1 the last) of a unit's original text. */
export function sentenceRange(ix: TreeIndex, unit: string, n: number): Range | undefined {
  const all = sentenceRanges(unitText(ix, unit));
  return n < 0 ? all[all.length + n] : all[n - 1];
}

/**
 * The 款 whose words before its 项 a 条首部分/款首部分 names: the 款 itself, or
 * the article's one 款 holding 项. Undefined when there is no such 款.
 */
export function leadUnit(ix: TreeIndex, handle: string): string | undefined {
  const node = ix.byId.get(handle);
  if (node?.kind === 'paragraph') return node.children.length ? handle : undefined;
  if (node?.kind !== 'article') return undefined;
  const holding = node.children.filter((p) => p.children.length > 0);
  return holding.length === 1 ? holding[0].id : undefined;
}
