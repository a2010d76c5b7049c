/**
 * Dice coefficient over character bigrams (as a multiset): 1 for equal
 * texts, near 0 for unrelated ones. Word order inside a bigram keeps enough
 * of the sentence that two rules' boilerplate (人民政府, 应当) does not make
 * unrelated articles look alike.
 */
export interface Bigrams {
  counts: Map<string, number>;
  /** How many bigrams in all (the sum of the counts). */
  total: number;
}

export function bigrams(text: string): Bigrams {
  const chars = [...text.replace(/\s+/g, '')];
  const counts = new Map<string, number>();
  if (chars.length === 1) counts.set(chars[0], 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i] + chars[i + 1];
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return { counts, total: chars.length <= 1 ? chars.length : chars.length - 1 };
}

export function dice(x: Bigrams, y: Bigrams): number {
  const total = x.total + y.total;
  if (total === 0) return 1;
  const [small, large] = x.counts.size <= y.counts.size ? [x.counts, y.counts] : [y.counts, x.counts];
  let common = 0;
  for (const [g, n] of small) common += Math.min(n, large.get(g) ?? 0);
  return (2 * common) / total;
}
