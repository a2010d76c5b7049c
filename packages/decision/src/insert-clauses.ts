import type { Address, InsertNodeOp, Operation, Span } from '@amend/model';
import { fromChinese, toChinese } from '@amend/model';
import { above, compareAddresses, levelOf, own, rankOf, sameAddress } from './address-rules.ts';
import type { Clause, Quote } from './clauses.ts';
import { LEVEL_WORD } from './describe-operation.ts';
import { HEADINGS, isDraft, type Base, type Draft, type ItemState } from './item-state.ts';
import { replaceNodes } from './node-clauses.ts';
import { fragmentOf, splitFragment, splitUnits, unitCount } from './payload-fragment.ts';

/**
 * Insertions (增加一条，作为第五条：“…”, 在第X条后增加一款, 列入本章) and the
 * text that completes them (内容如下：).
 */

export function insert(s: ItemState, c: Extract<Clause, { kind: 'insert' }>, base: Base): void {
  const level = c.count.level;
  const full = c.as.map((t) => ({ addr: s.at.fresh(t), range: t.range }));
  const as = full.length
    ? s.at.expand(
        full.map((f) => ({ addr: own(f.addr), range: f.range })),
        base.span,
      )
    : [{}];
  if (!as?.length) return;
  const op: Extract<Draft['op'], { kind: 'insertNode' }> = { kind: 'insertNode', ...base, level, as: as[0] };
  // 作为第三章第二节 / 作为第六条第一款: the levels above the new node's own number name its container.
  const container = full.length ? containerOf(s, above(full[0].addr, level)) : {};
  if (c.into !== undefined) op.into = c.into;
  else if (c.anchor) {
    const anchor = s.provisions(s.places(c.anchor.targets, base.span), '增加', base.span)?.[0];
    if (!anchor) return;
    // 在第X条第二款后增加一项: an anchor above the new node's level is its container.
    const shallower = rankOf(levelOf(anchor)) < rankOf(level);
    if (c.anchor.rel === 'in' || shallower) op.parent = anchor;
    else op[c.anchor.rel] = anchor;
  } else if (Object.keys(container).length) {
    op.parent = container;
    // 增加一款，作为第九条第一款：… then 删除第三款: a bare 款 after it is of 第九条.
    if (!s.at.last) s.at.last = container;
  } else if (level === 'paragraph' || level === 'item' || level === 'subitem') {
    const ctx = s.at.contextTarget(base.span)?.[0];
    if (!ctx) return;
    op.parent = above(ctx, level);
  }
  if (s.made && level === 'paragraph' && op.parent && sameAddress(op.parent, s.made.source)) {
    for (const a of as) if (a.paragraph) s.made.added.add(a.paragraph);
  }
  if (c.holds?.length && HEADINGS.has(level)) {
    const holds = s.at.expand(
      c.holds.map((t) => ({ addr: own(s.at.fresh(t)), range: t.range })),
      base.span,
    );
    if (holds?.length) op.holds = { from: holds[0], to: holds[holds.length - 1] };
  }
  const draft: Draft = { op, as, filled: false };
  s.out.push(draft);
  // 增加四条，分别作为第八条：“…”: the other three may follow one a paragraph (第九条：“…”).
  const last = as[as.length - 1].article;
  if (level === 'article' && c.count.n > as.length && last && !last.sub)
    s.announced = { draft, count: c.count.n, next: last.n + 1, left: c.count.n - as.length, span: base.span };
  if (c.payload) fill(s, draft, c.payload);
  else if (c.name && HEADINGS.has(level)) {
    // 增加一章，作为第七章“公布”: the heading, which 内容如下 may complete with its articles.
    op.content = { level: 'heading', text: c.name.text };
    draft.filled = true;
  }
}

/**
 * 增加一章，作为第九章“附则”，将第五十四条改为第六十六条，列入本章 (or
 * ；增加一条，作为第六十六条：“…”，列入本章): the new heading holds the
 * articles renumbered or added since it was announced.
 * 增加一条，作为第九条：“…”，列入第四章: the new article goes into that heading
 * (original numbering), where its number puts it there: the heading named
 * outweighs an article it was to be put beside. 列入本章 after such an
 * insertion: the heading of the article it is put beside, where it goes.
 */
export function intoHeading(s: ItemState, span: Span, named: Address | undefined): void {
  // 增加一章，作为第三章“附则”；增加一条…，列入第三章: the heading this item just announced, as 本章.
  const announced = (o: ItemState['out'][number]): boolean =>
    isDraft(o) && o.op.kind === 'insertNode' && HEADINGS.has(o.op.level) && (!named || sameAddress(o.op.as, named));
  const i = named && !s.out.some(announced) ? -1 : s.out.findLastIndex(announced);
  const heading = i < 0 ? undefined : (s.out[i] as Draft);
  // What the clause just before 列入本章 added or renumbered (its operations share its span), not every article since.
  const since = s.out.slice(i + 1);
  const last = since.length ? spanStart(since[since.length - 1]) : -1;
  const held = since.filter((o) => spanStart(o) === last).flatMap(heldArticle);
  // Only a heading announced alone (增加一章，作为第九章“附则”) waits for the articles put into it.
  if (heading?.op.kind === 'insertNode' && (!heading.filled || heading.op.content?.level === 'heading') && held.length) {
    // Articles may be put into it in any order (第六条 first, then 第五条): the range runs from the lowest to the highest.
    const prev = heading.op.holds;
    const all = prev?.from.article && prev.to.article ? [...held, prev.from.article, prev.to.article] : held;
    const lowest = all.reduce((a, b) => (compareAddresses({ article: b }, { article: a }) < 0 ? b : a));
    const highest = all.reduce((a, b) => (compareAddresses({ article: b }, { article: a }) > 0 ? b : a));
    heading.op.holds = { from: { article: lowest }, to: { article: highest } };
    return;
  }
  const article = s.out.findLast((o): o is Draft => isDraft(o) && o.op.kind === 'insertNode' && o.op.level === 'article');
  if (heading || article?.op.kind !== 'insertNode') {
    s.error('decision/no-context', {}, span);
    return;
  }
  if (!named) return;
  article.op.parent = named;
  delete article.op.after;
  delete article.op.before;
}

/**
 * 在本章中增加一条：“…”: 本章 is the chapter this item adds (增加一章，作为第三章
 * “附则”；在本章中增加一条…), read as 列入本章 after the insertion, or else the
 * one it names (将第二章章名修改为“…”，在本章中增加一条…), read as 列入第二章.
 * With neither, which chapter is meant is not known.
 */
export function intoThisDivision(s: ItemState, level: 'part' | 'chapter' | 'section', span: Span): void {
  if (s.out.some((o) => isDraft(o) && o.op.kind === 'insertNode' && o.op.level === level)) return intoHeading(s, span, undefined);
  const named = s.at.last && levelOf(s.at.last) === level ? s.at.last : undefined;
  if (named) {
    const { special: _heading, ...chapter } = named;
    return intoHeading(s, span, chapter);
  }
  s.error('decision/this-division-unknown', { word: LEVEL_WORD[level] }, span);
}

/**
 * The container an insertion names, in the original numbering: an article
 * this item renumbered (将第四条…作为第十条, 增加两款，作为第十条第一款、第二款)
 * is named by its new number; one it made of a 项 (作为第六条) by that 项.
 */
function containerOf(s: ItemState, addr: Address): Address {
  const n = addr.article && !addr.article.sub ? addr.article.n : undefined;
  if (n === undefined || Object.keys(addr).length !== 1) return addr;
  if (s.made?.n === n) return s.made.source;
  return s.renumbered.get(n) ?? addr;
}

/** Levels whose new units a payload gives one a paragraph (款) or one a label (项, 目). */
const UNITS = new Set(['paragraph', 'item', 'subitem']);

export function fill(s: ItemState, draft: Draft, payload: Quote[]): void {
  const { op, as } = draft;
  if (op.kind !== 'insertNode') {
    op.content = fragmentOf(payload, op.level, s.env);
    draft.filled = true;
    return;
  }
  if (as.length > 1 && op.level !== 'article') {
    const parts = splitUnits(payload, as.length, op.level, s.env);
    if (parts) {
      // 增加两款，作为第二款、第三款：one insertion per new 款.
      const i = s.out.indexOf(draft);
      const ops = as.map((a, k) => ({ ...op, as: a, content: parts[k] }) as InsertNodeOp);
      s.out.splice(i, 1, ...ops);
      return;
    }
    if (UNITS.has(op.level)) {
      // 增加两款，作为第二款、第三款：“甲。” (or three paragraphs): which text is which new 款 is not said.
      s.out.splice(s.out.indexOf(draft), 1);
      s.error('decision/payload-count-mismatch', { targets: as.length, units: unitCount(fragmentOf(payload, op.level, s.env)) }, op.span);
      return;
    }
  }
  const content = fragmentOf(payload, op.level, s.env);
  if (as.length > 1 && op.level === 'article' && content.level === 'paragraphs') {
    // 增加两条，作为第八条、第九条：“…”“…”: one paragraph an article, as 改为两条 divides (none of them numbered).
    const i = s.out.indexOf(draft);
    const parts = splitFragment(content, as.length);
    if (!parts) {
      s.out.splice(i, 1);
      s.error('decision/payload-count-mismatch', { targets: as.length, units: content.paragraphs.length }, op.span);
      return;
    }
    // The first goes where the instruction puts it, the others after it by their numbers (as 第九条：“…” does).
    const ops = as.map((a, k) => {
      const one = { ...op, as: a, content: parts[k] } as InsertNodeOp;
      if (k > 0) {
        delete one.after;
        delete one.before;
      }
      return one;
    });
    s.out.splice(i, 1, ...ops);
    return;
  }
  op.content = content;
  draft.filled = true;
}

/** 第九条：“…” after 增加四条，分别作为第八条：“…”: the next article announced, placed by its number. */
export function numberedText(s: ItemState, c: Extract<Clause, { kind: 'numberedText' }>, base: Base): void {
  const a = s.announced;
  const target = c.targets.length === 1 ? s.at.fresh(c.targets[0]) : undefined;
  const n = target?.article && !target.article.sub && Object.keys(target).length === 1 ? target.article.n : undefined;
  if (!a || a.left === 0 || n !== a.next) {
    s.error('decision/unannounced-text', { target: c.targets.map((t) => t.refs.map((r) => r.image).join('')).join('、') }, base.span);
    return;
  }
  s.push({ kind: 'insertNode', ...base, level: 'article', as: { article: { n } }, content: fragmentOf(c.payload, 'article', s.env) });
  a.next++;
  a.left--;
}

/** Articles announced by count (增加四条) and never given their text. */
export function announcedLeft(s: ItemState): void {
  const a = s.announced;
  if (!a?.left) return;
  const content = a.draft.op.content;
  // 增加四条，分别作为第八条：“第八条…”“第九条…”…: the payload numbers them itself.
  if (content?.level === 'articles' && content.articles.length >= a.count) return;
  s.error('decision/missing-payload', { what: `第${toChinese(a.next)}条` }, a.span);
}

/** 内容如下：“…” completes the provisions announced before it. */
export function content(s: ItemState, payload: Quote[], span: Span): void {
  const drafts = s.out.filter((o): o is Draft => isDraft(o) && !o.filled);
  const numbered = s.out.filter((o): o is Draft => isDraft(o) && o.number !== undefined && !o.filled);
  const heading = s.out.find(
    (o): o is Draft =>
      isDraft(o) && o.op.kind === 'insertNode' && HEADINGS.has(o.op.level) && (!o.filled || o.op.content?.level === 'heading'),
  );
  if (numbered.length && heading) {
    // 在第一章后增加一章…；对第四十八条…进行修改，分别作为第十三条…。内容如下: the heading to the chapter, each article to its own.
    distribute(s, payload, heading, numbered, span);
    return;
  }
  if (heading) {
    // 增加一节…；增加五条…。内容如下：the text is the new section, heading and articles.
    fill(s, heading, payload);
    for (const d of drafts) if (d !== heading && d.op.kind === 'insertNode') s.out.splice(s.out.indexOf(d), 1);
    return;
  }
  if (!drafts.length) {
    // 第十八条改为第十九条，内容为：“…” — the place named before, restated.
    const last = s.at.last;
    if (last) replaceNodes(s, [last], payload, { rule: s.env.rule, item: s.env.item, span });
    else s.error('decision/missing-payload', { what: '内容如下' }, span);
    return;
  }
  for (const d of drafts) fill(s, d, payload);
}

/** A payload of a heading and numbered articles, shared out by number. */
function distribute(s: ItemState, payload: Quote[], heading: Draft, numbered: Draft[], span: Span): void {
  const whole = fragmentOf(payload, 'chapter', s.env);
  const articles = whole.level === 'articles' ? whole.articles : [];
  const title = whole.level === 'articles' ? (whole.divisions?.[0]?.title ?? '') : whole.text;
  if (heading.op.kind === 'insertNode') {
    heading.op.content = { level: 'heading', text: title };
    const nums = numbered.map((d) => d.number!).sort((a, b) => a - b);
    heading.op.holds = { from: { article: { n: nums[0] } }, to: { article: { n: nums[nums.length - 1] } } };
  }
  heading.filled = true;
  const lines = whole.text.split('\n');
  for (const d of numbered) {
    const article = articles.find((a) => a.num.n === d.number && !a.num.sub);
    if (!article) {
      s.error('decision/missing-payload', { what: `第${d.number}条` }, span);
      continue;
    }
    const text = articleText(lines, d.number!);
    d.op.content = { level: 'articles', text, articles: [article] };
    d.filled = true;
  }
}

/** The new number (NEW numbering, as `holds` counts) of an article renumbered or added by one of an item's operations. */
function spanStart(o: Operation | Draft): number {
  return (isDraft(o) ? o.op.span : o.span).start.offset;
}

function heldArticle(o: Operation | Draft): NonNullable<Address['article']>[] {
  if (!isDraft(o)) return o.kind === 'renumber' && o.level === 'article' && o.to.article ? [o.to.article] : [];
  if (o.op.kind !== 'insertNode' || o.op.level !== 'article' || !o.op.as.article) return [];
  // 增加两条，作为第十条、第十一条：“第十条…”“第十一条…”: one insertion, numbered by its payload.
  const many = o.op.content?.level === 'articles' ? o.op.content.articles.map((a) => a.num) : [];
  return many.length > 1 ? many : [o.op.as.article];
}

/** The lines of one article of a payload, from its 第X条 to the next article or heading. */
function articleText(lines: string[], n: number): string {
  const out: string[] = [];
  let inside = false;
  for (const line of lines) {
    const m = /^第([零〇一二两三四五六七八九十百千0-9]+)条/.exec(line);
    if (m || /^第[零〇一二两三四五六七八九十百千0-9]+[章节编]/.test(line)) inside = !!m && fromChinese(m[1]) === n;
    if (inside) out.push(line);
  }
  return out.join('\n');
}
