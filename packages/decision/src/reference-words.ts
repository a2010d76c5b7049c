import type { IToken, TokenType } from 'chevrotain';
import type { Address, Level } from '@amend/model';
import { fromChinese } from '@amend/model';
import type { Count, Ref, RefLevel, TargetItem } from './clauses.ts';
import * as T from './instruction-tokens.ts';

/**
 * What the words of reference tokens say: the numbers a place names
 * (第二条之一, 第（三）项, 第二、三、四项), what an insertion counts (两款), the
 * heading 列入第三章 names.
 */

const REF_PATTERN: [RegExp, RefLevel][] = [
  [/^第?(.+?)[条條](?:之(.+))?$/, 'article'],
  [/^第(.+)款$/, 'paragraph'],
  [/^第[（(]?(.+?)[）)]?项$/, 'item'],
  [/^第[（(]?(.+?)[）)]?目$/, 'subitem'],
  [/^第(.+)节$/, 'section'],
  [/^第(.+)章$/, 'chapter'],
  [/^第(.+)编$/, 'part'],
  [/^第(.+)自然段$/, 'naturalPara'],
  [/^第(.+)段$/, 'duan'],
  [/^第(.+)部分$/, 'division'],
];

const UNIT_LEVEL: Record<string, RefLevel> = { 条: 'article', 款: 'paragraph', 项: 'item', 目: 'subitem', 章: 'chapter', 节: 'section' };

type RefNumber = Pick<Ref, 'level' | 'num' | 'article'>;

/**
 * What a reference's words say, read once per image and kind: decisions
 * repeat the same few references (第一款, 第二条) in every item.
 */
const REF_READINGS = new Map<string, RefNumber>();

/** The number a reference names (its image was matched by a token pattern built from numerals). */
export function refOf(token: IToken): Ref {
  const kind = token.tokenType === T.NaturalParaRef ? 'naturalPara' : token.tokenType === T.DuanRef ? 'duan' : undefined;
  const key = kind ? `${kind} ${token.image}` : token.image;
  let read = REF_READINGS.get(key);
  if (read === undefined) {
    read = readRef(token.image, kind);
    // Bounded: an editor re-reads ever new texts in one process.
    if (REF_READINGS.size >= 4096) REF_READINGS.clear();
    REF_READINGS.set(key, read);
  }
  const image = token.image;
  const from = token.startOffset;
  const to = (token.endOffset ?? token.startOffset) + 1;
  const a = read.article;
  // A fresh article number per reference: addresses take it over and are changed apart.
  if (a) return { level: read.level, num: read.num, article: a.sub !== undefined ? { n: a.n, sub: a.sub } : { n: a.n }, image, from, to };
  return { level: read.level, num: read.num, image, from, to };
}

function readRef(image: string, kind: RefLevel | undefined): RefNumber {
  for (const [pattern, level] of REF_PATTERN) {
    if (kind && level !== kind) continue;
    const m = pattern.exec(image);
    if (!m) continue;
    const num = fromChinese(m[1]) ?? 0;
    if (level === 'article') {
      const sub = m[2] ? fromChinese(m[2]) : undefined;
      // 之零 numbers nothing: read as an article that cannot exist, so the engine names it.
      if (sub === 0) return { level, num: 0, article: { n: 0 } };
      return { level, num, article: sub ? { n: num, sub } : { n: num } };
    }
    return { level, num };
  }
  return { level: 'article', num: 0, article: { n: 0 } };
}

/** 第二、三、四、六项 → 第二项, 第三项, 第四项, 第六项. */
export function elidedRefs(token: IToken): Ref[] {
  const unit = token.image.slice(-1);
  const level = UNIT_LEVEL[unit] ?? 'article';
  const where = { image: token.image, from: token.startOffset, to: (token.endOffset ?? token.startOffset) + 1 };
  // 前三项: the first three.
  const numbers =
    token.tokenType === T.LeadingRefs
      ? Array.from({ length: fromChinese(token.image.slice(1, -1)) ?? 0 }, (_, i) => i + 1)
      : token.image
          .slice(0, -1)
          .split('、')
          .map((part) => fromChinese(part.replace(/^第/, '').replace(/^[（(](.*)[）)]$/, '$1')) ?? 0);
  return numbers.map((num) => (level === 'article' ? { level, num, article: { n: num }, ...where } : { level, num, ...where }));
}

/** 第八条 quoted in 条文顺序 adjustments (“第八条”调整为“第七条”). */
export function articleOfText(text: string): { n: number; sub?: number } | undefined {
  const m = REF_PATTERN[0][0].exec(text);
  const n = m ? fromChinese(m[1]) : undefined;
  if (!m || n === undefined) return undefined;
  const sub = m[2] ? fromChinese(m[2]) : undefined;
  return sub ? { n, sub } : { n };
}

/** 最前面的“…” / 最后面的“…” in a deletion: which occurrence of the words is meant. */
export function edgeOf(token: IToken | undefined): { edge: 'start' | 'end' } | undefined {
  return token ? { edge: token.tokenType === T.Begin ? 'start' : 'end' } : undefined;
}

const COUNT_LEVEL = new Map<TokenType, Level>([
  [T.CountArticle, 'article'],
  [T.CountParagraph, 'paragraph'],
  [T.CountItem, 'item'],
  [T.CountSubitem, 'subitem'],
  [T.CountSection, 'section'],
  [T.CountChapter, 'chapter'],
  [T.CountPart, 'part'],
]);

/** 列入第三章, 列入第二章第一节: the heading named (original numbering); 列入本章 names none. */
export function headingNamed(image: string): { heading?: Address } {
  const heading: Address = {};
  const word = { 编: 'part', 章: 'chapter', 节: 'section' } as const;
  for (const m of image.matchAll(/第([一二三四五六七八九十百零〇]+)([编章节])/g)) {
    const n = fromChinese(m[1]);
    if (n === undefined) return {};
    heading[word[m[2] as '编' | '章' | '节']] = n;
  }
  return Object.keys(heading).length ? { heading } : {};
}

export function countOf(token: IToken): Count {
  return { level: COUNT_LEVEL.get(token.tokenType) ?? 'article', n: fromChinese(token.image.slice(0, -1)) ?? 0, image: token.image };
}

/** 增加第五项为：the count of a numbered insertion is one of the place's own level. */
export function countOfPlace(as: TargetItem[]): Count {
  const refs = as[0]?.refs ?? [];
  const last = refs[refs.length - 1];
  const level: Level = last
    ? last.level === 'naturalPara' || last.level === 'duan'
      ? 'paragraph'
      : last.level === 'division'
        ? 'chapter'
        : last.level
    : 'article';
  return { level, n: as.length || 1, image: '' };
}
