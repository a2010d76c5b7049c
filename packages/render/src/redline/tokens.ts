import { CN_NUMERAL_CHARS } from '@amend/model';

/**
 * Tokens for a word-level diff of Chinese text, which has no spaces.
 * `Intl.Segmenter` finds the words; numbering references (第十四条, 第五十二条之一,
 * 第三款) and item labels （一） are kept whole first, because the segmenter
 * cuts them at arbitrary places (第五|十二条) and a renumbered reference should
 * read as one change. Line breaks are tokens of their own.
 */
const NUMERAL = `[${CN_NUMERAL_CHARS}0-9０-９]`;
const WHOLE = new RegExp(
  [`第${NUMERAL}+[编章节条款项目](?:之${NUMERAL}+)?`, `[（(]${NUMERAL}+[）)]`, '[0-9]+(?:\\.[0-9]+)?', '\\n'].join('|'),
  'gu',
);

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let last = 0;
  for (const m of text.matchAll(WHOLE)) {
    const at = m.index ?? 0;
    if (at > last) segment(text.slice(last, at), tokens);
    tokens.push(m[0]);
    last = at + m[0].length;
  }
  if (last < text.length) segment(text.slice(last), tokens);
  return tokens;
}

function segment(text: string, into: string[]): void {
  for (const s of segmenter.segment(text)) into.push(s.segment);
}
