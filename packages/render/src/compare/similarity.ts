/**
 * Dice coefficient over character bigrams (as a multiset): 1 for equal
 * texts, near 0 for unrelated ones. Word order inside a bigram keeps enough
 * of the sentence that two rules' boilerplate (人民政府, 应当) does not make
 * unrelated articles look alike.
 */
export interface Bigrams {
  /** Two UTF-16 code units as one number (first × 65536 + second) → how often. */
  counts: Map<number, number>;
  /** How many bigrams in all (the sum of the counts). */
  total: number;
}

/** Whitespace does not count: a line break or a space is layout. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0;
}

export function bigrams(text: string): Bigrams {
  // Numbers as keys, not two-character strings: linear with no garbage, so long articles stay cheap.
  const counts = new Map<number, number>();
  let prev = -1;
  let chars = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    chars++;
    if (prev >= 0) {
      const g = prev * 65536 + c;
      counts.set(g, (counts.get(g) ?? 0) + 1);
    }
    prev = c;
  }
  if (chars === 1) counts.set(prev, 1);
  return { counts, total: chars <= 1 ? chars : chars - 1 };
}

export function dice(x: Bigrams, y: Bigrams): number {
  const total = x.total + y.total;
  if (total === 0) return 1;
  const [small, large] = x.counts.size <= y.counts.size ? [x.counts, y.counts] : [y.counts, x.counts];
  let common = 0;
  for (const [g, n] of small) common += Math.min(n, large.get(g) ?? 0);
  return (2 * common) / total;
}
