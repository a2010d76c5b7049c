/**
 * `amend diff` of two versions of a rule in which every article changed, so
 * no article is found again by its words alone: a phrase renamed and a
 * sentence added in every article, every 40th article struck out and a new
 * one written in after every 30th, so most articles also change number.
 * Timed at n, 2n and 4n articles in the same run; the exponent is
 * log(t(4n) / t(n)) / log 4 (1 is linear, 2 quadratic).
 */
import { parseRule } from '@amend/document';
import { toChinese } from '@amend/model';
import { diffDocuments } from '@amend/render';
import { legalText, rng } from './word-diff-cases.ts';

/** Characters of subjects of regulation: four of them name what an article is about. */
const SUBJECTS =
  '道路河流森林草原矿产药品食品燃气消防建筑学校医院港口机场铁路桥梁隧道档案文物宗教体育旅游广告出版电影广播网络数据气象地震测绘海洋渔业畜牧种子农药化肥粮食棉花烟草盐业邮政电信';

function article(seed: number): string {
  const next = rng(seed * 7919 + 1);
  let subject = '';
  for (let k = 0; k < 4; k++) subject += SUBJECTS[Math.floor(next() * SUBJECTS.length)];
  return `${subject}的管理，${legalText(150, seed)}`;
}

export interface ChangedRule {
  before: string;
  after: string;
  /** What `diffDocuments` should say, in its order (\* = words changed): `deleted* 17→`, `inserted* →7`, `renumbered* 8→9`, `modified* 3→3`. */
  expected: string[];
}

/** Two versions of a rule of `n` articles in which every article changed (see above). */
export function changedRule(n: number): ChangedRule {
  const title = '某市综合管理办法';
  const before: string[] = [];
  const after: string[] = [];
  const expected: string[] = [];
  const write = (out: string[], num: number, text: string) => out.push(`第${toChinese(num)}条　${text}`);
  for (let k = 1; k <= n; k++) {
    const text = article(k);
    write(before, k, text);
    if (k % 40 === 17) expected.push(`deleted* ${k}→`);
    else {
      const changed = `${text.replaceAll('人民政府', '人民政府及其有关部门')}有关部门应当将处理结果予以公告。`;
      write(after, after.length + 1, changed);
      expected.push(`${k === after.length ? 'modified' : 'renumbered'}* ${k}→${after.length}`);
    }
    if (k % 30 === 5) {
      write(after, after.length + 1, article(n + k));
      expected.push(`inserted* →${after.length}`);
    }
  }
  const rule = (articles: string[]) => `${title}\n\n${articles.join('\n\n')}\n`;
  return { before: rule(before), after: rule(after), expected };
}

export interface DiffGrowth {
  sizes: number[];
  ms: number[];
  exponent: number;
}

/** Median CPU time (user + system) of `runs` calls after `warmup`, in ms: other work on a shared machine does not count. */
function cpuMedian(fn: () => unknown, runs: number, warmup: number): number {
  for (let i = 0; i < warmup; i++) fn();
  const times = Array.from({ length: runs }, () => {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  });
  return times.sort((x, y) => x - y)[runs >> 1];
}

/** `diffDocuments` of `changedRule` at n, 2n and 4n articles, in CPU time (parsing not timed). */
export function diffGrowth(n: number): DiffGrowth {
  const sizes = [n, 2 * n, 4 * n];
  const ms = sizes.map((s) => {
    const { before, after } = changedRule(s);
    const [a, b] = [parseRule(before).value, parseRule(after).value];
    return cpuMedian(() => diffDocuments(a, b), 5, 2);
  });
  return { sizes, ms, exponent: Math.log(ms[2] / ms[0]) / Math.log(4) };
}

if (process.argv[1] === import.meta.filename) {
  const g = diffGrowth(Number(process.argv[2] ?? 750));
  console.log(`${g.sizes.map((s, k) => `${s} articles ${g.ms[k].toFixed(0)} ms CPU`).join(', ')}; exponent ${g.exponent.toFixed(2)}`);
}
