import { bigrams, dice } from '../compare/similarity.ts';

/** Lines alike at least this much (Dice over bigrams) are one line changed; less, one removed and another added. */
const ALIKE = 0.4;

export type LineStep = { pair: [number, number] } | { del: number } | { ins: number };

/**
 * Pair the old lines with the new ones, in order, so that the pairs are as
 * alike as can be (the sum of their similarities is largest). A line left
 * without a partner was deleted or inserted whole: a deleted 项 is struck
 * with its label, instead of lending its label to the 项 that moves up into
 * its number and having the rest of it read as a change of that one.
 */
export function alignLines(a: readonly string[], b: readonly string[]): LineStep[] {
  const ga = a.map((l) => bigrams(stripLabel(l)));
  const gb = b.map((l) => bigrams(stripLabel(l)));
  const sim = a.map((_, i) => b.map((_, j) => dice(ga[i], gb[j])));
  // best[i][j]: the largest sum for a[i..] and b[j..].
  const best = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const paired = sim[i][j] >= ALIKE ? sim[i][j] + best[i + 1][j + 1] : -1;
      best[i][j] = Math.max(paired, best[i + 1][j], best[i][j + 1]);
    }
  }
  const steps: LineStep[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (sim[i][j] >= ALIKE && best[i][j] === sim[i][j] + best[i + 1][j + 1]) steps.push({ pair: [i++, j++] });
    else if (best[i][j] === best[i + 1][j]) steps.push({ del: i++ });
    else steps.push({ ins: j++ });
  }
  while (i < a.length) steps.push({ del: i++ });
  while (j < b.length) steps.push({ ins: j++ });
  return steps;
}

/** A line's words without its number (（二）, 第三条, 1.), which renumbering changes. */
function stripLabel(line: string): string {
  return line.replace(
    /^\s*(?:[（(][一二三四五六七八九十百千零〇]+[）)]|第[一二三四五六七八九十百千零〇]+条(?:之[一二三四五六七八九十]+)?|\d+[.．、])\s*/,
    '',
  );
}
