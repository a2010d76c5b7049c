import type { Address, Fragment, Item, Level, Paragraph, Subitem } from '@amend/model';
import { addressLabel } from '@amend/model';
import { levelOf, rankOf } from './address-rules.ts';
import type { Count } from './clauses.ts';
import { isDraft, type Base, type ItemState } from './item-state.ts';

/**
 * 将第十六条改为第十七条，其中第二款分成两项，修改为：“…”: the clause after 其中
 * says what the new text does with a part of the place named before; the text
 * restates that place whole. Nothing is divided: the count is only checked
 * against the text, and a warning says where they disagree.
 */

/** A division written after 其中: the place named before, the part it describes, and the count. */
export interface Described {
  outer: Address;
  part: Address;
  count: Count;
}

/** Whether `part` lies strictly inside `outer` (其中第二款 of 第十六条). */
export function inside(outer: Address, part: Address): boolean {
  const level = levelOf(outer);
  if (rankOf(level) < 0 || rankOf(levelOf(part)) <= rankOf(level)) return false;
  const key = level as 'article' | 'paragraph' | 'item';
  const a = outer[key];
  const b = part[key];
  if (typeof a === 'object' && typeof b === 'object') return a.n === b.n && (a.sub ?? 0) === (b.sub ?? 0);
  return a === b;
}

/** After the restatement of `d.outer` was pushed: its text must give the part the count stated. */
export function checkDescribed(s: ItemState, d: Described, base: Base): void {
  const op = s.out[s.out.length - 1];
  if (!op || isDraft(op) || !('content' in op) || !op.content) return;
  const found = childrenOf(op.content, d.part, levelOf(d.outer), d.count.level);
  if (found === undefined || found === d.count.n) return;
  const outer = addressLabel(d.outer);
  const place = addressLabel(d.part).replace(outer, '') || addressLabel(d.part);
  // The text has no such part: it is not the place named before restated whole (its other parts would be lost).
  if (found === MISSING) s.error('decision/described-part-missing', { place, outer, count: d.count.image }, base.span);
  else s.error('decision/described-count-mismatch', { place, count: d.count.image, units: found }, base.span);
}

type Unit = Paragraph | Item | Subitem;
/** The text gives the place no such part (第二款 of a text of one 款). */
const MISSING = -1;

/**
 * How many units of `level` the text gives the part (relative to the place it
 * restates), MISSING when the text has no such part, or undefined when the
 * text cannot say (a count at the part's own level: 其中第二款分为两款 makes
 * 款 the text numbers anew).
 */
function childrenOf(content: Fragment, part: Address, from: Level, level: Level): number | undefined {
  let units: Unit[];
  switch (content.level) {
    case 'articles':
      if (content.articles.length !== 1) return undefined;
      units = content.articles[0].children;
      break;
    case 'paragraphs':
      units = content.paragraphs;
      break;
    case 'items':
      units = content.items;
      break;
    case 'subitems':
      units = content.subitems;
      break;
    case 'heading':
      return undefined;
  }
  const path = (['paragraph', 'item', 'subitem'] as const).filter((l) => rankOf(l) > rankOf(from) && part[l] !== undefined);
  // 第十条其中第三项 with no 款 named: the article's 款 that holds 项.
  if (from === 'article' && part.paragraph === undefined && part.item !== undefined) {
    const holding = (units as Paragraph[]).filter((p) => p.children.length);
    if (holding.length !== 1) return undefined;
    units = [holding[0]];
    path.unshift('paragraph');
  }
  let unit: Unit | undefined;
  for (const l of path) {
    const n = l === 'paragraph' && part.paragraph === undefined ? 1 : part[l]!;
    unit = units[n - 1];
    if (!unit) return rankOf(level) === rankOf(levelOf(part)) + 1 ? MISSING : undefined;
    units = unit.kind === 'subitem' ? [] : unit.children;
  }
  if (!unit || rankOf(level) !== rankOf(levelOf(part)) + 1) return undefined;
  return units.length;
}
