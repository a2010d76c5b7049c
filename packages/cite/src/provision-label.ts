import type { Provision } from '@amend/model';
import { componentText, type Digits } from '@amend/engine';

/**
 * A provision written as a citation writes it, in the style of the citation
 * it replaces: its numerals (第8条 stays ASCII), and items written with their
 * marker (第十七条第一款（一）项, 第（一）项) keep it. Article, 款 and 项 labels
 * come from the engine's reference writer; only the marker form is added.
 */

export type LabelLevel = 'article' | 'paragraph' | 'item' | 'subitem';

export interface LabelStyle {
  digits: Digits;
  /** 项 written with its marker: （一）项, or 第（一）项 when this is 第. */
  parenItem?: '' | '第';
  /** The level the label starts at: 第三款 continues the article named before it. */
  from: LabelLevel;
  /** A marker list's 项 comes after its last marker: （三）、（四）项. */
  itemWord: boolean;
}

/** How an atom was written: its numerals, item markers and first level. */
export function styleOf(text: string): LabelStyle {
  const digits: Digits = /[0-9]/.test(text) ? 'ascii' : /[０-９]/.test(text) ? 'full' : 'cn';
  const paren = /(第)?[（(][一二三四五六七八九十]+[）)]/.exec(text);
  const from: LabelLevel =
    /^[（(]/.test(text) || /^第[（(]/.test(text)
      ? 'item'
      : /^第[^条款项目]+条/.test(text)
        ? 'article'
        : /^第[^条款项目]+款/.test(text)
          ? 'paragraph'
          : /^第[^条款项目]+项/.test(text)
            ? 'item'
            : 'subitem';
  const style: LabelStyle = { digits, from, itemWord: !paren || text.endsWith('项') };
  if (paren) style.parenItem = paren[1] ? '第' : '';
  return style;
}

const ORDER: LabelLevel[] = ['article', 'paragraph', 'item', 'subitem'];

export function provisionLabel(p: Provision, style: Partial<LabelStyle> = {}): string {
  const digits = style.digits ?? 'cn';
  const from = ORDER.indexOf(style.from ?? 'article');
  let out = from <= 0 ? componentText('article', p.article.n, p.article.sub, digits) : '';
  if (p.paragraph !== undefined && from <= 1) out += componentText('paragraph', p.paragraph, undefined, digits);
  if (p.item !== undefined && from <= 2) {
    out +=
      style.parenItem !== undefined
        ? `${style.parenItem}（${componentText('item', p.item, undefined, 'cn').slice(1, -1)}）${style.itemWord === false ? '' : '项'}`
        : componentText('item', p.item, undefined, digits);
  }
  if (p.subitem !== undefined) out += componentText('subitem', p.subitem, undefined, digits);
  return out;
}

/** Do two provisions share every level above `level`? */
export function sameAbove(a: Provision, b: Provision, level: LabelLevel): boolean {
  const k = ORDER.indexOf(level);
  if (k >= 1 && (a.article.n !== b.article.n || (a.article.sub ?? 0) !== (b.article.sub ?? 0))) return false;
  if (k >= 2 && a.paragraph !== b.paragraph) return false;
  if (k >= 3 && a.item !== b.item) return false;
  return true;
}

export function sameProvision(a: Provision, b: Provision): boolean {
  return (
    a.article.n === b.article.n &&
    (a.article.sub ?? 0) === (b.article.sub ?? 0) &&
    a.paragraph === b.paragraph &&
    a.item === b.item &&
    a.subitem === b.subitem
  );
}
