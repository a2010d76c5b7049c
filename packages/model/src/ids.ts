import type { Address } from './operation.ts';
import type { ArticleNumber, Level } from './tree.ts';
import { toChinese } from './numeral.ts';

/**
 * The one home of labels: eId segments, and how articles, headings and
 * whole addresses are written (第一百三十三条之二, 第二章, 第十二条第一款第三项).
 */

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

/** Structural levels from the top down; an address is written in this order. */
const LEVELS: Level[] = ['part', 'chapter', 'section', 'article', 'paragraph', 'item', 'subitem'];
const UNIT: Partial<Record<Level, string>> = { part: '编', chapter: '章', section: '节', paragraph: '款', item: '项', subitem: '目' };

/**
 * 第十二条第一款第三项; 第二章第一节; 名称; 序言第七自然段 — an address as a
 * decision writes it, and as every message names a place.
 */
export function addressLabel(a: Address): string {
  const parts: string[] = [];
  if (a.special === 'title') parts.push('名称');
  if (a.special === 'preamble') parts.push(a.paragraph !== undefined ? '序言' : '引言');
  if (a.special === 'body') parts.push('正文');
  if (a.special === 'answer') parts.push('答复内容');
  for (const l of LEVELS) {
    const v = a[l as keyof Address];
    if (v === undefined) continue;
    if (l === 'article' && typeof v === 'object') parts.push(articleLabel(v));
    else if (typeof v === 'number') parts.push(`第${toChinese(v)}${a.special === 'preamble' && l === 'paragraph' ? '自然段' : UNIT[l]}`);
  }
  if (a.special === 'heading') parts.push(a.section !== undefined ? '节名' : a.chapter !== undefined ? '章名' : '编名');
  if (a.sentence !== undefined) parts.push(a.sentence < 0 ? '最后一句' : `第${toChinese(a.sentence)}句`);
  if (a.onward) parts.push(a.onward === 'from' ? '及其后各条' : '以后各条');
  return parts.join('') || '全文';
}

const ID_UNIT: Record<string, string> = { part: '编', chp: '章', sec: '节', art: '条', para: '款', item: '项', subitem: '目' };

/**
 * An eId (docs/ids.md) as a drafter reads it: `art_12__para_1__item_4` →
 * 第十二条第一款第四项, `art_5_2` → 第五条之二; anything else is returned as it is.
 */
export function idLabel(id: string): string {
  const parts = id.split('__').map((seg) => /^([a-z]+)_(\d+)(?:_(\d+))?$/.exec(seg));
  if (parts.length === 0 || parts.some((m) => !m || !(m[1] in ID_UNIT))) return id;
  return parts.map((m) => `第${toChinese(Number(m![2]))}${ID_UNIT[m![1]]}${m![3] ? '之' + toChinese(Number(m![3])) : ''}`).join('');
}
