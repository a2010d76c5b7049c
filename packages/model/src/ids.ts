import type { ArticleNumber } from './tree.ts';
import { toChinese } from './numeral.ts';

/** Akoma Ntoso style eId segments: `chp_2`, `art_133_2`, `para_1`, `item_3`. */
export function articleSegment(num: ArticleNumber): string {
  return num.sub ? `art_${num.n}_${num.sub}` : `art_${num.n}`;
}

export function joinId(parent: string, segment: string): string {
  return parent ? `${parent}__${segment}` : segment;
}

/** 第一百三十三条之二 */
export function articleLabel(num: ArticleNumber): string {
  return `第${toChinese(num.n)}条${num.sub ? '之' + toChinese(num.sub) : ''}`;
}

export function compareArticleNumbers(a: ArticleNumber, b: ArticleNumber): number {
  return a.n - b.n || (a.sub ?? 0) - (b.sub ?? 0);
}

export function sameArticleNumber(a: ArticleNumber, b: ArticleNumber): boolean {
  return a.n === b.n && (a.sub ?? 0) === (b.sub ?? 0);
}
