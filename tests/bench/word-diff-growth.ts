/**
 * Growth of the word diff behind the 对照表, redlines and `diff --format html`:
 * each family timed at n, 2n and 4n in the same run; the exponent is
 * log(t(4n) / t(n)) / log 4 (1 is linear, 2 quadratic).
 */
import { wordDiff } from '@amend/render';
import { median } from './measure.ts';
import { replacedArticle, replacedPhrase, runOfDi } from './word-diff-cases.ts';

export interface Growth {
  what: string;
  sizes: string[];
  ms: number[];
  exponent: number;
}

function growth(what: string, make: (n: number) => [string, string], n: number, label: (n: number) => string): Growth {
  const sizes = [n, 2 * n, 4 * n];
  const ms = sizes.map((s) => {
    const [a, b] = make(s);
    return median(() => wordDiff(a, b), 5, 1);
  });
  return { what, sizes: sizes.map(label), ms, exponent: Math.log(ms[2] / ms[0]) / Math.log(4) };
}

export function wordDiffGrowth(): Growth[] {
  const mb = (n: number) => `${(n / 2 ** 20).toFixed(2)} MB`;
  return [
    growth('word diff of an article replaced whole', replacedArticle, 2 ** 18, mb),
    growth('word diff of an article with a phrase renamed in every sentence', replacedPhrase, 1250, (n) => `${n} occurrences`),
    growth('word diff of a run of 第 with every thousandth changed', runOfDi, 50_000, (n) => `${n / 1000}k 第`),
  ];
}

if (process.argv[1] === import.meta.filename) {
  for (const g of wordDiffGrowth())
    console.log(`${g.what}: ${g.sizes.map((s, k) => `${s} ${g.ms[k].toFixed(0)} ms`).join(', ')}; exponent ${g.exponent.toFixed(2)}`);
}
