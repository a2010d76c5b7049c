import type { Address, InsertNodeOp, Level, MoveOp, SplitOp } from '@amend/model';
import { above, levelOf, moveKind, own, sameAddress, STRUCTURE } from './address-rules.ts';
import type { Quote, TargetItem } from './clauses.ts';
import { fragmentOf } from './payload-fragment.ts';
import { isDraft, type Base, type ItemState } from './item-state.ts';

/**
 * New numbers an item states (第八条改为第九条, 移作第四十九条, 作为第十五条):
 * renumberings, and the splits and moves a number at another level means.
 */

/**
 * 第八条改为第九条 states a new number. A 款 or 项 given an article's number
 * (将第八条第三款移作第四十九条, …作为第四十九条) becomes an article of its own:
 * a split that keeps its words. One given a place in another container or
 * at another level (移作第七条第二款, 原第六项修改为第二款第一项) moves there.
 * An article given a 款 of the article it is renumbered to (将第四十二条改为
 * 第四十三条第二款) keeps being that article: the item's own insertions make
 * the other 款.
 */
export function renumberOrMove(s: ItemState, targets: Address[], toItems: TargetItem[], verb: string, base: Base): void {
  const dests = toItems.map((t) => s.at.fresh(t));
  // 将第三十条改为第三十七条第一款、第二款: the article is those 款 of its new number.
  const intoParagraphs =
    dests[0]?.article &&
    dests.every((d, i) => d.paragraph !== undefined && !d.item && (i === 0 || !d.article || d.article.n === dests[0].article!.n));
  if (targets.length === 1 && levelOf(targets[0]) === 'article' && intoParagraphs) {
    const target = targets[0];
    // 增加一款，作为第八条第二款：…；将第九条改为第八条第三款: the article becomes a later 款 of the article the item has
    // just given a 款 — no operation says that, and a renumbering would move the article instead.
    if (joinsAnother(s, target, dests[0])) {
      s.unsupported('decision/unsupported-move', '将第X条改为第Y条第Z款', base.span);
      return;
    }
    const n = dests[0].article!.n;
    if (n !== target.article!.n) s.push({ kind: 'renumber', ...base, level: 'article', target, to: { article: dests[0].article } });
    s.renumber(n, target);
    s.at.last = target;
    return;
  }
  if (targets.length > 1 && dests.length === 1 && levelOf(dests[0]) === 'article' && paragraphsToArticle(s, targets, dests[0], base))
    return;
  const kinds = targets.map((target, i) =>
    toItems[i] && !toItems[i].range && targets.length === toItems.length ? moveKind(target, dests[i], verb) : 'renumber',
  );
  if (kinds.every((k) => k === 'renumber')) {
    if (targets.length === 1 && dests.length === 1 && restatedMove(s, targets[0], dests[0], base)) return;
    renumber(s, targets, toItems, base);
    return;
  }
  targets.forEach((target, i) => {
    const dest = dests[i];
    if (kinds[i] === 'split') {
      s.push({ kind: 'split', ...base, level: 'article', source: target, as: own(dest) });
      // 将第十条第四款改为第十六条，修改为：“…”: the text is the new article's.
      if (targets.length === 1) s.joined = [target];
    } else if (heads(target, dest)) {
      // 将第四十三条第二款改为第四十八条第一款: the 款 heads an article of its own; the item may add its other 款.
      const as = { article: dest.article };
      s.push({ kind: 'split', ...base, level: 'article', source: target, as });
      s.made = { n: dest.article!.n, source: target, added: new Set([1]) };
    } else if (kinds[i] === 'renumber') s.push({ kind: 'renumber', ...base, level: levelOf(target), target, to: own(dest) });
    else s.push({ kind: 'move', ...base, level: levelOf(target), source: target, to: destination(s, target, dest) });
  });
}

/**
 * 将第十五条改为第十三条，第一款第二项修改为：“…”，并调整为第一项: a 款, 项 or 目
 * the item restates and gives another number in its own container moves
 * there, as an article restated under a new number does (docs/operations.md,
 * renumber). The move's place is in the new numbering: the item says what its
 * article becomes, or the number is within its own container (no article in
 * `to`); a bare statement (no restatement) stays a statement.
 */
function restatedMove(s: ItemState, target: Address, dest: Address, base: Base): boolean {
  const level = levelOf(target);
  if (!(level === 'paragraph' || level === 'item' || level === 'subitem') || !target.article || target.article.sub) return false;
  const restated = s.out.some((o) => !isDraft(o) && o.kind === 'replaceNode' && sameAddress(o.target, target));
  if (!restated) return false;
  const article = [...s.renumbered.entries()].find(
    ([, a]) => levelOf(a) === 'article' && a.article?.n === target.article!.n && !a.article.sub,
  )?.[0];
  const at = dest[level as 'paragraph' | 'item' | 'subitem'];
  if (at === undefined || at === target[level as 'paragraph' | 'item' | 'subitem']) return false;
  if (article === undefined) {
    // 第一款第二项修改为：“…”，并调整为第一项 with no new number for the article: the place in its own 款
    // (article), whatever number the other items give them — a `to` naming no article.
    if (dest.article || (level !== 'paragraph' && dest.paragraph !== undefined)) return false;
    s.push({ kind: 'move', ...base, level, source: target, to: { [level]: at } });
    return true;
  }
  const move: MoveOp = {
    kind: 'move',
    ...base,
    level,
    source: target,
    to: { ...above(target, level), article: { n: article }, [level]: at },
  };
  s.push(move);
  // 删去第一款，第二款第二项…调整为第一项: the 项 stays in its 款, whose new number the item's other changes give.
  if (level !== 'paragraph' && target.paragraph !== undefined) (s.settle ??= []).push(move);
  return true;
}

/**
 * The new number of the 款 a restated 项 moved within (see restatedMove):
 * its original number, less the 款 before it the item deletes from its
 * article, plus the 款 the item adds before it.
 */
export function settleMoves(s: ItemState): void {
  // An insertion whose text came with 内容如下 (or after its number) is a draft by now, filled.
  const ops = s.out.map((o) => (isDraft(o) ? o.op : o));
  for (const move of s.settle ?? []) {
    const source = move.source;
    const inArticle = (a: Address | undefined) => !!a?.article && sameAddress({ article: a.article }, { article: source.article });
    let n = source.paragraph!;
    for (const o of ops)
      if (o.kind === 'deleteNode' && o.level === 'paragraph' && inArticle(o.target) && o.target.paragraph! < source.paragraph!) n--;
    const added = ops
      .filter((o) => o.kind === 'insertNode' && o.level === 'paragraph' && inArticle(o.parent ?? o.after ?? o.before))
      .map((o) => (o as Pick<InsertNodeOp, 'as'>).as.paragraph)
      .filter((p): p is number => p !== undefined)
      .sort((a, b) => a - b);
    for (const p of added) if (p <= n) n++;
    move.to = { ...move.to, paragraph: n };
  }
  s.settle = undefined;
}

/** The item has already inserted a 款 into the article `dest` numbers, another than `target`, before the 款 it names. */
function joinsAnother(s: ItemState, target: Address, dest: Address): boolean {
  const n = dest.article!.n;
  if (n === target.article!.n || dest.paragraph === undefined || dest.paragraph === 1) return false;
  return s.out.some((d) => {
    const o = isDraft(d) ? d.op : d;
    return o.kind === 'insertNode' && o.level === 'paragraph' && o.parent?.article?.n === n && !o.parent.article.sub;
  });
}

/**
 * 将第七条第二款、第三款改为第十五条: the first 款 becomes the new article,
 * the others follow it there as its further 款.
 */
function paragraphsToArticle(s: ItemState, targets: Address[], dest: Address, base: Base): boolean {
  const first = targets[0];
  if (!targets.every((t) => levelOf(t) === 'paragraph' && sameAddress(above(t, 'paragraph'), above(first, 'paragraph')))) return false;
  const as = own(dest);
  s.push({ kind: 'split', ...base, level: 'article', source: first, as });
  targets
    .slice(1)
    .forEach((t, i) => s.push({ kind: 'move', ...base, level: 'paragraph', source: t, to: { article: as.article, paragraph: i + 2 } }));
  s.made = { n: as.article!.n, source: first, added: new Set(targets.map((_, i) => i + 1)) };
  s.joined = targets;
  return true;
}

/**
 * 将第十条第一款至第三款改为第十五条，修改为：“…”: the text is the new
 * article's — the first 款 is split off with it as its content, the others
 * (whose words the text replaces) are deleted instead of moved after it.
 */
export function restateJoined(s: ItemState, joined: Address[], payload: Quote[]): boolean {
  const at = s.out.findIndex((o) => !isDraft(o) && o.kind === 'split' && sameAddress(o.source, joined[0]));
  if (at < 0) return false;
  const split = s.out[at] as SplitOp;
  // 分作第十五条和第十六条，其中将第十条第一款至第三款改为第十五条: the article's first part is the article, renumbered.
  if (s.divided && joined[0].paragraph === 1 && sameAddress(above(joined[0], 'paragraph'), s.divided)) {
    const { rule, item, span } = split;
    s.out.splice(
      at,
      1,
      { kind: 'renumber', rule, item, span, level: 'article', target: s.divided, to: split.as },
      { kind: 'replaceNode', rule, item, span, level: 'paragraph', target: joined[0], content: fragmentOf(payload, 'paragraph', s.env) },
    );
  } else split.content = fragmentOf(payload, 'article', s.env);
  for (let i = 0; i < s.out.length; i++) {
    const o = s.out[i];
    if (isDraft(o) || o.kind !== 'move' || !joined.slice(1).some((j) => sameAddress(j, o.source))) continue;
    s.out[i] = { kind: 'deleteNode', rule: o.rule, item: o.item, span: o.span, level: o.level, target: o.source };
  }
  return true;
}

/** Where a moved node goes, in full: a 项 given 第二款第一项 stays in its article. */
function destination(s: ItemState, target: Address, dest: Address): Address {
  // 将第二十九条第三款改为第三十七条第三款, after 将第三十条改为第三十七条第一款: the article this item renumbered.
  const renumbered = dest.article && !dest.article.sub ? s.renumbered.get(dest.article.n) : undefined;
  if (renumbered && dest.paragraph !== undefined) return { ...dest, ...renumbered };
  if (dest.article || dest.chapter || dest.part) return dest;
  const level = STRUCTURE.find((l) => dest[l as keyof Address] !== undefined) as Level | undefined;
  return level ? { ...above(target, level), ...dest } : dest;
}

export function renumber(s: ItemState, targets: Address[], toItems: TargetItem[], base: Base): void {
  const to = s.at.expand(
    toItems.map((t) => ({ addr: own(s.at.fresh(t)), range: t.range })),
    base.span,
  );
  if (!to) return;
  if (to.length !== targets.length) {
    s.error('decision/count-mismatch', { from: targets.length, to: to.length }, base.span);
    return;
  }
  targets.forEach((target, i) => {
    s.push({ kind: 'renumber', ...base, level: levelOf(target), target, to: to[i] });
    if (to[i].article && levelOf(target) === 'article') s.renumber(to[i].article!.n, target);
  });
}

/** A 款 or 项 given the first 款 of an article (第Y条第一款) starts that article. */
function heads(target: Address, dest: Address): boolean {
  const from = levelOf(target);
  return (
    (from === 'paragraph' || from === 'item') &&
    // 将第二十七条第一款改为第二十九条第一款: a first 款 stays its article's first, the article renumbered — a move.
    !(from === 'paragraph' && target.paragraph === 1) &&
    dest.article !== undefined &&
    dest.paragraph === 1 &&
    dest.item === undefined &&
    !sameAddress(above(target, 'article'), { article: dest.article })
  );
}
