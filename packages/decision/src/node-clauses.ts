import type { Address, Operation } from '@amend/model';
import { addressLabel, readLabel } from '@amend/model';
import { above, levelOf, levelOrSentence, own, sameAddress } from './address-rules.ts';
import type { Clause, Count, Quote, TargetItem } from './clauses.ts';
import { checkDescribed, inside } from './described-division.ts';
import { HEADINGS, isDraft, type Base, type Draft, type ItemState } from './item-state.ts';
import { renumberOrMove } from './numbering-clauses.ts';
import { fragmentOf, splitFragment, splitUnits, unitCount } from './payload-fragment.ts';

/**
 * Clauses on whole provisions (修改为：“…”, 分为两款, 进行修改，作为第五条,
 * 合并): replacements, divisions, reworkings and merges.
 */

export function replaceNode(s: ItemState, c: Extract<Clause, { kind: 'replaceNode' }>, base: Base, explicit: boolean): void {
  const span = base.span;
  const targets = s.provisions(explicit ? s.places(c.targets!, span) : s.at.contextTarget(span), '修改', span);
  if (!targets) return;
  const lead = c.lead || c.targets?.some((t) => t.lead);
  if (lead) {
    // Only the words before the 项: an insertion announced into the article still stands.
    if (!c.payload || c.count || c.into || c.renumberTo || targets.length !== 1) {
      s.unsupported('decision/unsupported-instruction', '条首部分修改为', span);
      return;
    }
    const target = targets[0];
    // Its words keep the lead-in's ： when they have no mark: a 。 after the quotation is the sentence's, not theirs.
    const content = fragmentOf(c.payload, 'paragraph', { ...s.env, text: undefined });
    s.push({ kind: 'replaceNode', ...base, level: levelOf(target), target, content, leadIn: true });
    return;
  }
  // 将《条例》名称修改为《…》: the new name in 《》 (which the grammar may read as a rule named, a place) is the title's words.
  const title =
    c.title ?? (targets.length === 1 && targets[0].special === 'title' && !targets[0].paragraph ? ruleOnly(c.renumberTo) : undefined);
  if (title !== undefined) {
    s.push({ kind: 'renameHeading', ...base, level: 'title', target: { special: 'title' }, title });
    return;
  }
  if (c.renumberTo) renumberOrMove(s, targets, c.renumberTo, '修改为', base);
  if (c.payload && c.count && targets.length === 1) replaceCounted(s, targets[0], c.count, c.payload, base);
  else if (c.payload && c.into && targets.length === 1) replaceInto(s, targets[0], c.into, c.payload, base);
  else if (c.payload) replaceNodes(s, targets, c.payload, base, c.respectively);
  else if (!c.renumberTo) s.error('decision/missing-payload', { what: '修改为' }, span);
  // …其中第二款分成两项。修改为：“…”: the text the division after 其中 described.
  const described = s.described;
  if (described && c.payload && targets.length === 1 && sameAddress(targets[0], described.outer)) {
    s.described = undefined;
    if (s.dividing && sameAddress(s.dividing.target, described.part)) s.dividing = undefined;
    checkDescribed(s, described, base);
  }
  // 修改为：“…”，作为第二十六条第一款: the replaced article is that 款 of itself (the item adds the others).
  if (c.as && targets.length === 1) {
    const dest = s.at.fresh(c.as[0]);
    const target = targets[0];
    if (!(dest.article && target.article && dest.article.n === target.article.n)) renumberOrMove(s, targets, c.as, '作为', base);
  }
}

export function replaceNodes(s: ItemState, targets: Address[], payload: Quote[], base: Base, respectively?: true): void {
  // A replaced article already holds the 款 an announced insertion would add (在第X条中增加一款…，将该条修改为).
  for (const t of targets) if (t.sentence === undefined) dropDraftsUnder(s, t);
  if (targets.length === 1) {
    const target = targets[0];
    const level = levelOrSentence(target);
    if (target.special === 'title' && target.paragraph === undefined) {
      s.push({ kind: 'renameHeading', ...base, level: 'title', target, title: payload.map((q) => q.text).join('') });
      return;
    }
    // 将第一条与第二条合并表述，第一条修改为：“…”: the text of the node the item just merged, given after the merge.
    const merged = s.out[s.out.length - 1];
    if (
      merged &&
      !isDraft(merged) &&
      merged.kind === 'merge' &&
      !merged.content &&
      merged.level === level &&
      sameAddress(merged.as, target)
    ) {
      merged.content = fragmentOf(payload, level, s.env);
      return;
    }
    s.push({
      kind: 'replaceNode',
      rule: base.rule,
      item: base.item,
      span: base.span,
      level,
      target,
      content: fragmentOf(payload, level, s.env),
    });
    return;
  }
  const level = levelOf(targets[0]);
  const parts = splitUnits(payload, targets.length, level === 'article' ? 'article' : 'paragraph', s.env);
  if (!parts) {
    const units = fragmentOf(payload, 'paragraph', s.env);
    const n = units.level === 'paragraphs' ? units.paragraphs.length : 1;
    // 将第七十三条第一、二款修改为：“…” (one 款 of text): the 款 named become that one.
    const together = targets.every((t) => levelOf(t) === level && sameAddress(above(t, level), above(targets[0], level)));
    if (n === 1 && together && level !== 'article' && !respectively) {
      s.push({ kind: 'merge', ...base, level, targets, as: own(targets[0]), content: fragmentOf(payload, level, s.env) });
      return;
    }
    // 将第九条第二项、第二十二条第二项修改为“（二）…”: provisions of different articles given one same text.
    if (
      !respectively &&
      payload.length === 1 &&
      !payload[0].text.includes('\n') &&
      level !== 'article' &&
      targets.every((t) => levelOf(t) === level && labelFits(payload[0].text, t))
    ) {
      for (const target of targets) s.push({ kind: 'replaceNode', ...base, level, target, content: fragmentOf(payload, level, s.env) });
      return;
    }
    // “（二）…”“（二）…”: one quotation per place, in order.
    if (
      payload.length === targets.length &&
      level !== 'article' &&
      targets.every((t, i) => levelOf(t) === level && labelFits(payload[i].text, t))
    ) {
      targets.forEach((target, i) =>
        s.push({ kind: 'replaceNode', ...base, level, target, content: fragmentOf([payload[i]], level, s.env) }),
      );
      return;
    }
    s.error('decision/payload-count-mismatch', { targets: targets.length, units: n }, base.span);
    return;
  }
  targets.forEach((target, i) => s.push({ kind: 'replaceNode', ...base, level: levelOrSentence(target), target, content: parts[i] }));
}

/**
 * 将第十条修改为两条，作为第十条、第十一条：the first new article replaces
 * the old one, the others are inserted after it with the numbers announced.
 */
function replaceInto(s: ItemState, target: Address, into: TargetItem[], payload: Quote[], base: Base): void {
  const as = s.at.expand(
    into.map((t) => ({ addr: own(s.at.fresh(t)), range: t.range })),
    base.span,
  );
  const level = levelOf(target);
  const parts = as && as.length > 1 ? splitUnits(payload, as.length, level, s.env) : undefined;
  if (!as || !parts) {
    replaceNodes(s, [target], payload, base);
    return;
  }
  s.push({ kind: 'replaceNode', ...base, level, target, content: parts[0] });
  for (let i = 1; i < as.length; i++) s.push({ kind: 'insertNode', ...base, level, after: target, as: as[i], content: parts[i] });
}

/**
 * 将第十条修改为两款：“…”“…” / 将第三项修改为两项：… — the count must match
 * the payload. 修改为两条 needs the new articles' numbers, which only their
 * own labels (第十条…“第十一条…) can give.
 */
function replaceCounted(s: ItemState, target: Address, count: Count, payload: Quote[], base: Base): void {
  const level = levelOf(target);
  const content = fragmentOf(payload, level, s.env);
  const units = unitCount(content);
  if (count.level === 'article' && count.n > 1 && level === 'article') {
    const parts = splitFragment(content, count.n);
    if (!parts) return s.error('decision/payload-count-mismatch', { targets: count.n, units }, base.span);
    const nums = parts.map((f) => (f.level === 'articles' && /^第/.test(f.text) ? f.articles[0].num : undefined));
    if (!nums.every((x) => x !== undefined)) return s.error('decision/unnumbered-articles', { count: count.image }, base.span);
    s.push({ kind: 'replaceNode', ...base, level, target, content: parts[0] });
    for (let i = 1; i < count.n; i++)
      s.push({ kind: 'insertNode', ...base, level, after: target, as: { article: nums[i] }, content: parts[i] });
    return;
  }
  if (count.level !== 'article' && units !== count.n)
    return s.error('decision/payload-count-mismatch', { targets: count.n, units }, base.span);
  dropDraftsUnder(s, target);
  s.push({ kind: 'replaceNode', ...base, level, target, content });
}

/**
 * 改为两款 / 分为两款，修改为：… / 改为三条，作为第十二条、第十三条、第十四条，修改为：… /
 * 改为两条，分别作为第十五条、第十六条 (text given by 内容如下): one provision made several.
 */
export function divide(s: ItemState, c: Extract<Clause, { kind: 'divide' }>, base: Base, explicit: boolean): void {
  const outer = c.within ? s.at.last : undefined;
  const targets = s.provisions(explicit ? s.places(c.targets!, base.span) : s.at.contextTarget(base.span), '分', base.span);
  if (!targets) return;
  if (targets.length > 1) {
    // 将第二十五条、第二十七条和第三十条改为一条，作为第二十八条: several made one is a merger.
    if (c.count.n === 1 && targets.every((t) => levelOf(t) === c.count.level) && (c.as?.length ?? 0) <= 1)
      return merge(s, c.targets!, c.as?.[0], c.payload, undefined, base);
    // 第一款、第二款分成两项: no operation divides several places; dropping the clause would lose its words unsaid.
    const names = targets.map((t) => addressLabel(t)).join('、');
    s.error('decision/unsupported-division', { targets: names, count: c.count.image }, base.span);
    return;
  }
  const target = targets[0];
  if (HEADINGS.has(c.count.level)) {
    // 将第四章“A”改为两章，分别作为第四章“B”和第六章“C”: which articles each new heading holds is not said.
    s.error('decision/unsupported-heading-division', { target: addressLabel(target), count: c.count.image }, base.span);
    return;
  }
  if (outer && inside(outer, target)) {
    // 其中第二款分成两项，修改为：“…”: the text restates the place named before; 其中… describes it.
    const described = { outer, part: target, count: c.count };
    s.at.last = outer;
    s.at.scope = [outer];
    if (c.payload) {
      replaceNodes(s, [outer], c.payload, base);
      checkDescribed(s, described, base);
    } else {
      s.described = described;
      s.dividing = { target, what: c.count.image, span: base.span };
    }
    return;
  }
  // 改为三条，作为第四条、第五条: the count and the numbers disagree; which the drafter meant is not guessed.
  if (c.as?.length && c.count.level === levelOf(target) && !c.as.some((t) => t.range) && c.as.length !== c.count.n) {
    s.error('decision/announced-count-mismatch', { target: addressLabel(target), count: c.count.image, numbers: c.as.length }, base.span);
    return;
  }
  if (c.payload) {
    if (c.as?.length && c.count.level === levelOf(target)) replaceInto(s, target, c.as, c.payload, base);
    else replaceCounted(s, target, c.count, c.payload, base);
    return;
  }
  if (!c.as?.length) {
    // 分解为两款，将其中“…”的规定调整作为第二款: the words the item moves next make the division.
    s.dividing = { target, what: c.count.image, span: base.span };
    return;
  }
  // The text comes with 内容如下: the first new number is the provision's own, the others follow it.
  const as = s.at.expand(
    c.as.map((t) => ({ addr: own(s.at.fresh(t)), range: t.range })),
    base.span,
  );
  if (!as) return;
  const level = levelOf(target);
  as.forEach((a, i) => {
    if (i === 0) {
      s.push({ kind: 'move', ...base, level, source: target, to: withNewHeading(s, a) });
      s.out.push({ op: { kind: 'replaceNode', ...base, level, target }, as: [a], number: a.article?.n, filled: false });
    } else {
      s.out.push({ op: { kind: 'insertNode', ...base, level, after: target, as: a }, as: [a], number: a.article?.n, filled: false });
    }
  });
}

/**
 * 进行修改，作为第五条：“…” — a provision given new text where it goes: a 项
 * or 款 that becomes an article is a split with that text; an article that
 * takes another number moves there (into a new chapter of this item: its
 * text may come with 内容如下); an article that becomes a 款 of the article
 * it is renumbered to (将第四条进行修改，作为第十条第三款) keeps its words.
 */
export function rework(s: ItemState, c: Extract<Clause, { kind: 'rework' }>, base: Base): void {
  const targets = s.places(c.targets, base.span);
  if (!targets) return;
  const dests = s.at.expand(
    c.as.map((t) => ({ addr: s.at.fresh(t), range: t.range })),
    base.span,
  );
  if (!dests || dests.length !== targets.length) {
    s.error('decision/count-mismatch', { from: targets.length, to: dests?.length ?? 0 }, base.span);
    return;
  }
  targets.forEach((target, i) => {
    const dest = dests[i];
    const from = levelOf(target);
    const to = levelOf(dest);
    if (to === 'article' && from !== 'article') {
      const op: Operation = { kind: 'split', ...base, level: 'article', source: target, as: own(dest) };
      if (c.payload) op.content = fragmentOf(c.payload, 'article', s.env);
      s.push(op);
      s.made = { n: dest.article!.n, source: target, added: new Set() };
      return;
    }
    if (from === 'article' && dest.article) {
      if (dest.article.n !== target.article!.n) {
        s.push({ kind: 'renumber', ...base, level: 'article', target, to: { article: dest.article } });
        s.renumber(dest.article.n, target);
      }
      s.at.last = target;
      if (to !== 'article') return;
      if (c.payload) {
        s.push({ kind: 'replaceNode', ...base, level: 'article', target, content: fragmentOf(c.payload, 'article', s.env) });
        return;
      }
      // The text comes with 内容如下, and the article goes where it is numbered (a new chapter of this item).
      s.out.splice(
        s.out.findIndex((o) => !isDraft(o) && o.kind === 'renumber' && o.target === target),
        1,
      );
      s.push({ kind: 'move', ...base, level: 'article', source: target, to: withNewHeading(s, own(dest)) });
      s.out.push({
        op: { kind: 'replaceNode', ...base, level: 'article', target },
        as: [own(dest)],
        number: dest.article.n,
        filled: false,
      });
      return;
    }
    renumberOrMove(s, [target], [c.as[i] ?? c.as[0]], '作为', base);
  });
}

/** An article numbered into a chapter this item adds goes into that chapter. */
function withNewHeading(s: ItemState, to: Address): Address {
  const chapter = s.out.find((o): o is Draft => isDraft(o) && o.op.kind === 'insertNode' && o.op.level === 'chapter');
  return chapter?.as[0]?.chapter ? { chapter: chapter.as[0].chapter, ...to } : to;
}

export function merge(
  s: ItemState,
  targetItems: TargetItem[],
  asSel: TargetItem | undefined,
  payload: Quote[] | undefined,
  title: Quote | undefined,
  base: Base,
  count?: Count,
): void {
  const targets = s.provisions(s.places(targetItems, base.span), '合并', base.span);
  if (!targets) return;
  const as = asSel ? own(s.at.fresh(asSel)) : own(targets[0]);
  // 合并…修改为两款：the text must hold as many units as it says.
  if (payload && count) {
    const units = unitCount(fragmentOf(payload, levelOf(as), s.env));
    if (count.level === levelOf(as) || count.level === 'article' || units !== count.n)
      return s.error('decision/payload-count-mismatch', { targets: count.n, units }, base.span);
  }
  if (payload && as.article && mergeAcross(s, targets, as, payload, base)) return;
  const level = levelOf(targets[0]);
  const op: Operation = { kind: 'merge', ...base, level, targets, as };
  // Without new text (合并为一款) the merged node keeps the words of its parts; 章名修改为 names a merged chapter.
  if (payload) op.content = fragmentOf(payload, level, s.env);
  else if (title) op.content = { level: 'heading', text: title.text };
  s.push(op);
}

/**
 * 将第七条第一款和第十条第二款合并，作为第十四条，修改为：… / 将第四十五条第一款和
 * 第四十八条合并，作为第五十二条: parts of different articles made one new
 * article with the text given. The articles merged keep their place (a single
 * one is restated and renumbered); with none, the first 款 becomes the article.
 * The other parts go.
 */
function mergeAcross(s: ItemState, targets: Address[], as: Address, payload: Quote[], base: Base): boolean {
  const articles = targets.filter((t) => levelOf(t) === 'article');
  const parts = targets.filter((t) => levelOf(t) !== 'article');
  const containers = new Set(parts.map((t) => JSON.stringify(above(t, levelOf(t)))));
  if (!parts.length || (!articles.length && containers.size < 2)) return false;
  const content = fragmentOf(payload, 'article', s.env);
  if (articles.length > 1) s.push({ kind: 'merge', ...base, level: 'article', targets: articles, as, content });
  else if (articles.length === 1) {
    const target = articles[0];
    if (target.article!.n !== as.article!.n) s.push({ kind: 'renumber', ...base, level: 'article', target, to: as });
    s.push({ kind: 'replaceNode', ...base, level: 'article', target, content });
  } else s.push({ kind: 'split', ...base, level: 'article', source: parts[0], as, content });
  for (const t of articles.length ? parts : parts.slice(1)) s.push({ kind: 'deleteNode', ...base, level: levelOf(t), target: t });
  return true;
}

function dropDraftsUnder(s: ItemState, target: Address): void {
  for (let i = s.out.length - 1; i >= 0; i--) {
    const o = s.out[i];
    if (isDraft(o) && !o.filled && o.op.kind === 'insertNode' && o.op.parent && sameAddress(above(o.op.parent, 'paragraph'), target))
      s.out.splice(i, 1);
  }
}

/** A 项's text labelled （二） fits only a second 项: a label that names another number is not this place's text. */
function labelFits(text: string, target: Address): boolean {
  const label = readLabel(text, ['paren']);
  if (!label || target.item === undefined || target.subitem !== undefined) return true;
  return label.num === target.item;
}

/** The rule a place list names and nothing more (《某某条例》, no 第N条 after it), or undefined. */
function ruleOnly(to: TargetItem[] | undefined): string | undefined {
  const only = to?.length === 1 ? to[0] : undefined;
  return only && only.kind === 'whole' && only.refs.length === 0 && !only.part && !only.heading ? only.law : undefined;
}
