import type { Item, Node, Subitem } from '@amend/model';
import { articleLabel, toChinese } from '@amend/model';
import { concatSegs, newSegs, sliceSegs } from './segments.ts';
import { nodeOf, report, segsOf, type OpCtx, type Work } from './apply-state.ts';

/**
 * The punctuation of a list of 项 (or 目) after an operation edited it. In a
 * list every entry ends with ； and the last with the list's closing mark
 * (。 as a rule): a drafter who deletes the last 项 gives the new last one
 * its 。, one who appends a 项 turns the old last one's 。 into ；, and a 项
 * quoted without its closing mark gets the mark its place needs. Lists that
 * did not follow that pattern in the original rule are left as they are:
 * the pattern is the rule's own, read from it, never imposed.
 */

/** Marks that separate entries, and marks that may close a list. */
const SEPARATORS = '；;';
const CLOSERS = '。.；;';
/** Any mark an entry may end with; an entry ending otherwise was written without one. */
const MARKS = '。.；;，,、：:！!？?';
/**
 * Closing brackets and quotation marks belong to the words — （6月至8月）,
 * 标有“禁止通行” — and are not an entry's mark, unless a mark stands just
 * inside them (……。”).
 */
const CLOSING = '”’）)》」』';

interface Pattern {
  separator: string;
  closer: string;
}

export function punctuateLists(w: Work): void {
  const lists = [...w.dirty.items, ...w.dirty.subitems];
  if (lists.length === 0) return;
  // In reading order of the rule, so that the notes read from the top down.
  const order = new Map(w.ix.units.map((u, i) => [u.id, i]));
  lists.sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
  for (const [h, ctx] of lists) punctuate(w, h, ctx);
}

function punctuate(w: Work, container: string, ctx: OpCtx): void {
  const now = nodeOf(w, container);
  const was = w.ix.byId.get(container);
  if (!now || !was || now.kind !== was.kind || !('children' in now) || !('children' in was)) return;
  const pattern = patternOf((was.children as Node[]).filter(isEntry));
  const entries = (now.children as Node[]).filter(isEntry);
  if (!pattern || entries.length === 0) return;
  entries.forEach((entry, i) => {
    const want = i === entries.length - 1 ? pattern.closer : pattern.separator;
    const end = endOf(entry);
    const text = end.text;
    const last = text[text.length - 1] ?? '';
    if (last === want || !text) return;
    // A wrong list mark is replaced; a missing one is added; any other mark (：, ，) is the text's own.
    const replace = SEPARATORS.includes(last) || CLOSERS.includes(last);
    if (!replace && (MARKS.includes(last) || ownMarkInside(text))) return;
    const keep = replace ? text.length - 1 : text.length;
    w.texts.set(end.id, concatSegs(sliceSegs(segsOf(w, end.id, text), 0, keep), newSegs(want)));
    end.text = text.slice(0, keep) + want;
    const target = liveLabel(w, end.id);
    if (replace) report(w, 'engine/list-mark-changed', { target, from: last, to: want }, ctx);
    else report(w, 'engine/list-mark-added', { target, to: want }, ctx);
  });
}

function ownMarkInside(text: string): boolean {
  const t = text.length;
  return t >= 2 && CLOSING.includes(text[t - 1]) && MARKS.includes(text[t - 2]);
}

function isEntry(n: Node): n is Item | Subitem {
  return n.kind === 'item' || n.kind === 'subitem';
}

/** The text that ends an entry: its own, or its last 目's. */
function endOf(entry: Item | Subitem): Item | Subitem {
  return entry.kind === 'item' && entry.children.length > 0 ? entry.children[entry.children.length - 1] : entry;
}

/** The list's pattern in the original: every entry but the last ends with one separator, the last with a closing mark. */
function patternOf(entries: (Item | Subitem)[]): Pattern | undefined {
  if (entries.length === 0) return undefined;
  const lastMark = (e: Item | Subitem) => {
    const t = endOf(e).text;
    return t[t.length - 1] ?? '';
  };
  const closer = lastMark(entries[entries.length - 1]);
  if (!CLOSERS.includes(closer) || !closer) return undefined;
  const middle = entries.slice(0, -1).map(lastMark);
  const separator = middle[0] ?? (closer === '.' || closer === ';' ? ';' : '；');
  if (!SEPARATORS.includes(separator) || middle.some((m) => m !== separator)) return undefined;
  return { separator, closer };
}

/** 第三条第二款第四项 in the numbering as it now stands. */
function liveLabel(w: Work, handle: string): string {
  const path: Node[] = [];
  for (let h: string | undefined = handle; h !== undefined; h = w.slot.get(h)?.parent) {
    const n = nodeOf(w, h);
    if (!n) break;
    path.unshift(n);
    if (n.kind === 'article') break;
  }
  let s = '';
  path.forEach((n, i) => {
    if (n.kind === 'article') s += articleLabel(n.num);
    if (n.kind === 'paragraph') {
      const art = path[i - 1];
      if (art?.kind === 'article' && art.children.length > 1) s += `第${toChinese(art.children.indexOf(n) + 1)}款`;
    }
    if (n.kind === 'item') s += `第${toChinese(n.num)}项`;
    if (n.kind === 'subitem') s += `第${toChinese(n.num)}目`;
  });
  return s;
}
