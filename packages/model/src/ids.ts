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

const HEADING_UNIT = { part: '编', chapter: '章', section: '节' } as const;

/** 第二章; empty for an unnumbered heading (num 0: a bare 附则, 序言). */
export function headingNumber(h: { kind: keyof typeof HEADING_UNIT; num: number }): string {
  return h.num === 0 ? '' : `第${toChinese(h.num)}${HEADING_UNIT[h.kind]}`;
}

export function compareArticleNumbers(a: ArticleNumber, b: ArticleNumber): number {
  return a.n - b.n || (a.sub ?? 0) - (b.sub ?? 0);
}

export function sameArticleNumber(a: ArticleNumber, b: ArticleNumber): boolean {
  return a.n === b.n && (a.sub ?? 0) === (b.sub ?? 0);
}
