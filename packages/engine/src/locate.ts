import type { Address, Article, Item, Node, Paragraph } from '@amend/model';
import { addressLabel, articleLabel, headingNumber, pointedReplyParts, replyParts, toChinese } from '@amend/model';
import { DOC, PREAMBLE, TITLE, articleKey, headingOf, headingUnit, type TreeIndex } from './tree-index.ts';

export type Resolution = { ok: true; handle: string; label: string } | { ok: false; label: string };

/**
 * Find the node an address names in a version of the rule. Numbers are that
 * version's numbers; an item named without its 款 (第十四条第五项) is looked
 * for in the 款 that holds items.
 */
export function resolveAddress(ix: TreeIndex, a: Address): Resolution {
  const label = addressLabel(a);
  const found = (handle: string): Resolution => ({ ok: true, handle, label });
  const missing: Resolution = { ok: false, label };
  if (a.special === 'title') return found(TITLE);
  if (a.special === 'heading') {
    // 第二章的章名: the heading's words of the division named.
    const division = resolveAddress(ix, { ...a, special: undefined });
    const node = division.ok ? ix.byId.get(division.handle) : undefined;
    return node && (node.kind === 'part' || node.kind === 'chapter' || node.kind === 'section') ? found(headingUnit(node.id)) : missing;
  }
  if (a.special === 'preamble') {
    if (a.paragraph === undefined) return found(PREAMBLE);
    const p = preambleParagraphs(ix)[a.paragraph - 1];
    return p ? found(p.id) : missing;
  }
  if (a.special === 'body' || a.special === 'answer') {
    // 正文 / 答复内容 of a reply: the first of its paragraphs (a restatement replaces them all, replace-node.ts).
    const range = replyRange(ix, a.special);
    if (range) return found(ix.doc.preamble[range.from].id);
    // A reply with points: its first point stands for the part (restated whole, reply-points.ts).
    return pointedReplyParts(ix.doc.preamble, ix.doc.children)[a.special] ? found(ix.doc.children[0].id) : missing;
  }
  if (a.article) {
    const art = ix.articleByKey.get(articleKey(a.article));
    if (!art) return missing;
    const node = below(art, a);
    return node ? found(node.id) : missing;
  }
  if (a.paragraph !== undefined || a.item !== undefined || a.subitem !== undefined) return missing;
  if (a.section !== undefined) {
    const candidates = ix.sections.filter(
      (s) => s.num === a.section && (a.chapter === undefined || ix.parentOf.get(s.id) === chapterId(ix, a)),
    );
    return candidates.length === 1 ? found(candidates[0].id) : missing;
  }
  if (a.chapter !== undefined) {
    const id = chapterId(ix, a);
    return id ? found(id) : missing;
  }
  if (a.part !== undefined) {
    const part = ix.parts.find((p) => p.num === a.part);
    return part ? found(part.id) : missing;
  }
  return found(DOC);
}

/**
 * The paragraphs a 序言第X自然段 counts: the 引言, or, where the rule prints
 * its preamble under an unnumbered heading 序言 (the constitution), that
 * heading's paragraphs.
 */
function preambleParagraphs(ix: TreeIndex): Node[] {
  if (ix.doc.preamble.length) return ix.doc.preamble;
  const heading = ix.chapters.find((c) => c.num === 0 && c.title.replace(/\s/g, '') === '序言');
  return heading ? heading.children.filter((c) => c.kind === 'paragraph') : [];
}

/** The paragraphs of the 引言 that 正文 or 答复内容 names, in a reply with no articles or points (model replyParts). */
export function replyRange(ix: TreeIndex, part: 'body' | 'answer'): { from: number; to: number } | undefined {
  if (ix.doc.children.length) return undefined;
  return replyParts(ix.doc.preamble)[part];
}

function chapterId(ix: TreeIndex, a: Address): string | undefined {
  const partId = a.part !== undefined ? ix.parts.find((p) => p.num === a.part)?.id : undefined;
  if (a.part !== undefined && !partId) return undefined;
  return ix.chapters.find((c) => c.num === a.chapter && (partId === undefined || ix.parentOf.get(c.id) === partId))?.id;
}

function below(art: Article, a: Address): Node | undefined {
  if (a.paragraph === undefined && a.item === undefined) return art;
  let para: Paragraph | undefined;
  if (a.paragraph !== undefined) {
    para = art.children[a.paragraph - 1];
    if (!para) return undefined;
    if (a.item === undefined) return para;
  } else {
    // 第十四条第五项: the 款 holding an item with that number.
    para = art.children.find((p) => p.children.some((i) => i.num === a.item));
    if (!para) return undefined;
  }
  const item: Item | undefined = para.children.find((i) => i.num === a.item);
  if (!item) return undefined;
  if (a.subitem === undefined) return item;
  return item.children.find((s) => s.num === a.subitem);
}

/** The label of a text unit or node of a version: 第十二条第一款第三项, 第三章, 名称. */
export function handleLabel(ix: TreeIndex, handle: string): string {
  if (handle === TITLE) return '名称';
  if (handle === PREAMBLE) return '引言';
  if (handle === DOC) return '全文';
  const division = headingOf(handle);
  if (division !== undefined) {
    const kind = ix.byId.get(division)?.kind;
    return `${handleLabel(ix, division)}${kind === 'part' ? '编名' : kind === 'section' ? '节名' : '章名'}`;
  }
  const node = ix.byId.get(handle);
  if (!node) return handle;
  switch (node.kind) {
    case 'article':
      return articleLabel(node.num);
    case 'chapter':
    case 'section':
    case 'part':
      return headingNumber(node);
    case 'paragraph':
    case 'item':
    case 'subitem': {
      const place = ix.place.get(handle);
      if (!place?.article) return ix.doc.preamble.some((p) => p.id === handle) ? '引言' : node.kind === 'paragraph' ? '段落' : handle;
      let s = articleLabel(place.article.num);
      if (place.paragraphIndex !== undefined && place.article.children.length > 1) s += `第${toChinese(place.paragraphIndex)}款`;
      if (place.item) s += `第${toChinese(place.item.num)}项`;
      if (node.kind === 'subitem') s += `第${toChinese(node.num)}目`;
      return s;
    }
    default:
      return handle;
  }
}
