import type { Address, Article, Chapter, Document, Item, Node, Paragraph, Subitem } from '@amend/model';
import { addressLabel, articleLabel, CN_NUMERAL, sameArticleNumber, toChinese } from '@amend/model';
import { DOC, articlesOf } from './tree-index.ts';
import { handleLabel } from './locate.ts';
import { nodeOf, report, type Announced, type OpCtx, type Work } from './apply-state.ts';

/**
 * Numbering is recomputed once, after every structural edit, and only where
 * something moved: articles run on through chapters (a 之一 article follows
 * the number of the article before it and shifts nothing), chapters and
 * sections restart within their parent, 项 and 目 restart in each 款/项 and
 * keep their own bracket style. 款 have no printed number.
 */

export function liveArticles(w: Work): Article[] {
  return articlesOf(nodeOf(w, DOC) as Document);
}

export function renumber(w: Work): void {
  renumberHeadings(w);
  renumberArticles(w);
  renumberItems(w);
}

/**
 * Parts, chapters and sections, each run restarting within its parent —
 * except chapters in a code that numbers them through all its parts
 * (民事诉讼法: 第二编 opens with 第十二章), which run on through the parts.
 */
export function renumberHeadings(w: Work): void {
  if (w.dirty.headings) numberHeadings((nodeOf(w, DOC) as Document).children, chaptersThroughParts(w.ix.doc) ? { chapter: 0 } : undefined);
}

/** Whether a rule's parts continue the chapter numbers of the parts before them. */
function chaptersThroughParts(doc: Document): boolean {
  return doc.children.some((p, k) => {
    if (k === 0 || p.kind !== 'part') return false;
    const first = p.children.find((c): c is Chapter => c.kind === 'chapter' && c.num !== 0);
    return (first?.num ?? 1) > 1;
  });
}

export function renumberArticles(w: Work): void {
  if (!w.dirty.articles) return;
  let counter = 0;
  for (const a of liveArticles(w)) {
    const num = a.num.sub && counter > 0 ? { n: counter, sub: a.num.sub } : { n: ++counter };
    if (!sameArticleNumber(num, a.num)) a.num = num;
  }
}

export function renumberItems(w: Work): void {
  for (const h of w.dirty.items.keys()) {
    const para = nodeOf(w, h);
    if (para?.kind === 'paragraph') relabelAll(para.children);
  }
  for (const h of w.dirty.subitems.keys()) {
    const item = nodeOf(w, h);
    if (item?.kind === 'item') relabelAll(item.children);
  }
}

/** An unnumbered heading (a bare 附则, 序言: num 0) keeps no number and takes none. */
function numberHeadings(nodes: readonly Node[], through?: { chapter: number }): void {
  const counters = { part: 0, chapter: 0, section: 0 };
  for (const n of nodes) {
    if (n.kind === 'part' || n.kind === 'chapter' || n.kind === 'section') {
      if (n.num !== 0) {
        const num = n.kind === 'chapter' && through ? ++through.chapter : ++counters[n.kind];
        if (n.num !== num) n.num = num;
      }
      numberHeadings(n.children, through);
    }
  }
}

function relabelAll(list: (Item | Subitem)[]): void {
  list.forEach((x, i) => {
    if (x.num !== i + 1) {
      x.num = i + 1;
      x.label = relabel(x.label, i + 1);
    }
  });
}

const CN_NUMERAL_RE = new RegExp(CN_NUMERAL);

/** （三） → （四）, (3) → (4), 3. → 4.: the numeral changes, the brackets stay as written. */
export function relabel(label: string, n: number): string {
  if (/[0-9]/.test(label)) return label.replace(/[0-9]+/, String(n));
  if (/[０-９]/.test(label)) {
    return label.replace(/[０-９]+/, [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join(''));
  }
  const out = label.replace(CN_NUMERAL_RE, toChinese(n));
  return out === label && !CN_NUMERAL_RE.test(label) ? `（${toChinese(n)}）` : out;
}

/** The number a live node has now, as an address at its own level, or undefined when it is gone. */
function numberNow(w: Work, handle: string): { label: string; matches: (a: Address) => boolean } | undefined {
  const node = nodeOf(w, handle);
  if (!node) return undefined;
  switch (node.kind) {
    case 'article':
      return { label: articleLabel(node.num), matches: (a) => !!a.article && sameArticleNumber(a.article, node.num) };
    case 'paragraph': {
      const parent = nodeOf(w, w.slot.get(handle)!.parent);
      const index = parent?.kind === 'article' ? parent.children.indexOf(node as Paragraph) + 1 : 0;
      const art = parent?.kind === 'article' ? articleLabel(parent.num) : '';
      // 移作第七条第二款 names the article too; 作为第二款 only the 款.
      const inArticle = (a: Address) => !a.article || (parent?.kind === 'article' && sameArticleNumber(a.article, parent.num));
      return { label: `${art}第${toChinese(index)}款`, matches: (a) => a.paragraph === index && inArticle(a) };
    }
    case 'item':
      return { label: `第${toChinese(node.num)}项`, matches: (a) => a.item === node.num };
    case 'subitem':
      return { label: `第${toChinese(node.num)}目`, matches: (a) => a.subitem === node.num };
    case 'chapter':
      return { label: `第${toChinese(node.num)}章`, matches: (a) => a.chapter === node.num };
    case 'section':
      return { label: `第${toChinese(node.num)}节`, matches: (a) => a.section === node.num };
    case 'part':
      return { label: `第${toChinese(node.num)}编`, matches: (a) => a.part === node.num };
    default:
      return undefined;
  }
}

/**
 * Does the computed numbering give `handle` the number the decision states?
 * Error if not: `stated` names an original node (第八条改为第九条; a move's or
 * merge's source) in the original numbering; without it the node is new.
 */
export function checkNumber(w: Work, handle: string, stated: string | undefined, statedNew: Address, ctx: OpCtx): boolean {
  const now = numberNow(w, handle);
  if (now && now.matches(statedNew)) return true;
  const said = addressLabel(statedNew);
  if (stated === undefined)
    report(w, 'engine/announced-number-mismatch', { level: levelWord(statedNew), statedNew: said, computedNew: now?.label ?? '—' }, ctx);
  else if (!now) report(w, 'engine/renumbered-node-removed', { stated, statedNew: said }, ctx);
  else report(w, 'engine/renumber-mismatch', { stated, statedNew: said, computedNew: now.label }, ctx);
  return false;
}

/**
 * 在附则中增加一条，作为第二条 where 附则 holds 第三条 to 第五条: the number is
 * outside the division named, so the message names the numbers it holds
 * (the article was only put at its edge).
 */
function outsideDivision(w: Work, a: Announced, division: string): boolean {
  const node = nodeOf(w, division);
  const now = numberNow(w, a.handle);
  if (!node || (node.kind !== 'part' && node.kind !== 'chapter' && node.kind !== 'section') || (now && now.matches(a.as))) return false;
  const held = articlesOf(node);
  const data = {
    statedNew: addressLabel(a.as),
    division: handleLabel(w.ix, division),
    first: articleLabel(held[0].num),
    last: articleLabel(held[held.length - 1].num),
  };
  report(w, 'engine/announced-outside-division', data, a.ctx);
  return true;
}

/** Every number the decision announces for a created, moved or merged node (作为第五条). */
export function checkAnnounced(w: Work): void {
  for (const a of w.announced) {
    // A created node that never found its place has had its error already.
    if (!w.slot.has(a.handle) && !w.ix.byId.has(a.handle)) continue;
    const division = a.stated === undefined ? w.kept?.get(a.handle) : undefined;
    if (division !== undefined && outsideDivision(w, a, division)) continue;
    checkNumber(w, a.handle, a.stated, a.as, a.ctx);
  }
}

/** The level of an announced number, in the words messages use (translated with the model's terms). */
function levelWord(a: Address): string {
  if (a.subitem !== undefined) return '目';
  if (a.item !== undefined) return '项';
  if (a.paragraph !== undefined) return '款';
  if (a.article) return 'article';
  if (a.section !== undefined) return 'section';
  if (a.chapter !== undefined) return 'chapter';
  if (a.part !== undefined) return 'part';
  return 'node';
}
