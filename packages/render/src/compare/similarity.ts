/**
 * Dice coefficient over character bigrams (as a multiset): 1 for equal
 * texts, near 0 for unrelated ones. Word order inside a bigram keeps enough
 * of the sentence that two rules' boilerplate (人民政府, 应当) does not make
 * unrelated articles look alike.
 */
export type Bigrams = Map<string, number>;

export function bigrams(text: string): Bigrams {
  const chars = [...text.replace(/\s+/g, '')];
  const out: Bigrams = new Map();
  if (chars.length === 1) out.set(chars[0], 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i] + chars[i + 1];
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

function size(b: Bigrams): number {
  let n = 0;
  for (const v of b.values()) n += v;
  return n;
}

export function dice(a: Bigrams, b: Bigrams): number {
  const total = size(a) + size(b);
  if (total === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const [g, n] of small) common += Math.min(n, large.get(g) ?? 0);
  return (2 * common) / total;
}
