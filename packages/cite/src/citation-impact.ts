import type { Citation, CitationImpact, CitationTarget, ImpactStatus, Provision, TargetImpact } from '@amend/model';
import { compareArticleNumbers, sameArticleNumber } from '@amend/model';
import { MapIndex } from './version-map.ts';
import { provisionLabel, sameAbove, sameProvision, styleOf, type LabelStyle } from './provision-label.ts';

/**
 * One citation read through a map: each cited provision's new place, its
 * status, and the citation rewritten in the new numbering when every
 * provision still has a place.
 */

/** Below this a new place is given but a person should check it. */
export const TRUSTED = 0.6;

const SEVERITY: Record<ImpactStatus, number> = { unchanged: 0, 'text-changed': 1, renumbered: 2, deleted: 3 };

export function citationImpact(c: Citation, ix: MapIndex, context: string): CitationImpact {
  // A list written short (第四、六项) is read, and rewritten, written out in full.
  const full = c.targets.some((t) => t.shared) ? writtenOut(c) : c;
  const targets: TargetImpact[] = [];
  let prev: Provision | undefined;
  for (const t of full.targets) {
    const impact = targetImpact(t, ix, prev);
    targets.push(impact);
    prev = impact.after[impact.after.length - 1];
  }
  const status = targets.reduce<ImpactStatus>((s, t) => (SEVERITY[t.status] > SEVERITY[s] ? t.status : s), 'unchanged');
  const out: CitationImpact = { citation: c, context, status, targets };
  const text = rewrite(full, targets);
  if (text !== undefined && text !== full.text) out.newText = text;
  return out;
}

/** The citation with each target written as a label of its own (第二款第四项、第六项), its separators kept. */
function writtenOut(c: Citation): Citation {
  let text = c.text.slice(0, c.targets[0].start - c.start);
  let prev: Provision | undefined;
  const targets = c.targets.map((t, k) => {
    if (k > 0) text += c.text.slice(c.targets[k - 1].end - c.start, t.start - c.start);
    const start = c.start + text.length;
    let words = label(t.provision, { ...styleOf(t.text), itemWord: true, from: levelAfter(t.provision, prev) }, prev);
    if (t.through)
      words += `至${label(t.through, { ...styleOf(t.text), itemWord: true, from: levelAfter(t.through, t.provision) }, t.provision)}`;
    text += words;
    prev = t.through ?? t.provision;
    return { ...t, text: words, start, end: start + words.length };
  });
  text += c.text.slice(c.targets[c.targets.length - 1].end - c.start);
  return { ...c, text, targets, end: c.start + text.length };
}

/** The level a label starts at after `prev`: below the levels the two share. */
function levelAfter(p: Provision, prev: Provision | undefined): LabelStyle['from'] {
  if (!prev || !sameArticleNumber(p.article, prev.article)) return 'article';
  if (p.item !== undefined && p.paragraph === prev.paragraph) return 'item';
  return p.paragraph !== undefined ? 'paragraph' : 'article';
}

function targetImpact(t: CitationTarget, ix: MapIndex, prev: Provision | undefined): TargetImpact {
  const style = styleOf(t.text);
  if (t.through) return rangeImpact(t, ix, style, prev);
  const place = placeOf(t.provision, ix);
  const base: TargetImpact = {
    before: t.provision,
    status: 'unchanged',
    after: place.after,
    textChanged: place.textChanged,
    confidence: place.confidence,
  };
  if (place.review) base.review = place.review;
  if (place.after.length === 0) return { ...base, status: 'deleted' };
  const written = place.after.map((p, k) => label(keepShape(t.provision, p, place.paragraph), style, k === 0 ? prev : place.after[k - 1]));
  const newText = written.join('、');
  const renumbered = written.length !== 1 || newText !== t.text;
  const status: ImpactStatus = renumbered ? 'renumbered' : place.textChanged ? 'text-changed' : 'unchanged';
  return { ...base, status, ...(renumbered ? { newText } : {}) };
}

interface Place {
  after: Provision[];
  textChanged: boolean;
  confidence: number;
  review?: TargetImpact['review'];
  /** The 款 the old provision stood in (for a 项 cited without its 款). */
  paragraph?: number;
}

/** Where a provision of the old version went. */
export function placeOf(p: Provision, ix: MapIndex): Place {
  const row = ix.row(p.article);
  if (!row) return { after: [], textChanged: true, confidence: 1, review: 'not-in-old' };
  const rowReview: TargetImpact['review'] = row.after.length > 1 ? 'split' : row.before.length > 1 ? 'merged' : undefined;
  if (p.paragraph === undefined && p.item === undefined) {
    // Its 款 may have gone further than the row's articles (a 款 made part of another article).
    const nums = row.after.map((a) => a.num);
    for (const l of ix.paragraphs(p.article)) {
      for (const a of l.after) if (l.confidence >= TRUSTED && !nums.some((n) => sameArticleNumber(n, a.article))) nums.push(a.article);
    }
    nums.sort(compareArticleNumbers);
    const review = nums.length > 1 ? 'split' : (rowReview ?? (row.confidence < TRUSTED ? 'low-confidence' : undefined));
    return {
      after: nums.map((n) => ({ article: n })),
      textChanged: row.textChanged,
      confidence: row.confidence,
      ...(review ? { review } : {}),
    };
  }
  const link = ix.link(p);
  if (!link) return { after: [], textChanged: true, confidence: 1, review: 'not-in-old' };
  const after = link.after.map((a) => (p.subitem !== undefined && a.item !== undefined ? { ...a, subitem: p.subitem } : a));
  const review = link.confidence < TRUSTED ? 'low-confidence' : undefined;
  return {
    after,
    textChanged: link.textChanged,
    confidence: link.confidence,
    paragraph: link.before.paragraph,
    ...(review ? { review } : {}),
  };
}

/**
 * A 项 cited without its 款 (第三条第二项) keeps that shape when it stays in
 * the 款 it stood in; a 款 written for a one-款 article is dropped.
 */
function keepShape(old: Provision, now: Provision, oldParagraph: number | undefined): Provision {
  if (old.paragraph === undefined && now.item !== undefined && (now.paragraph === undefined || now.paragraph === oldParagraph)) {
    const { paragraph: _, ...rest } = now;
    return rest;
  }
  return now;
}

/** A new provision written from the level the old atom started at, when the one before it supplies the levels above. */
function label(p: Provision, style: LabelStyle, prev: Provision | undefined): string {
  if (style.from !== 'article' && prev && sameAbove(p, prev, style.from)) return provisionLabel(p, style);
  return provisionLabel(p, { ...style, from: 'article' });
}

/** 第八条至第十条: every article between moves; a range stays a range when they stay in one run. */
function rangeImpact(t: CitationTarget, ix: MapIndex, style: LabelStyle, prev: Provision | undefined): TargetImpact {
  const from = t.provision;
  const to = t.through!;
  const base = { before: from, through: to };
  if (from.paragraph !== undefined || from.item !== undefined || to.paragraph !== undefined || to.item !== undefined) {
    // 第一项至第三项 and the like: the ends only.
    const a = placeOf(from, ix);
    const b = placeOf(to, ix);
    if (a.after.length !== 1 || b.after.length !== 1)
      return { ...base, status: 'deleted', after: [], textChanged: true, confidence: 1, review: 'range-broken' };
    const start = keepShape(from, a.after[0], a.paragraph);
    const end = keepShape(to, b.after[0], b.paragraph);
    const endStyle = styleOf(t.text.split(/至|到/).pop()!);
    const newText = `${label(start, style, prev)}${/到/.test(t.text) ? '到' : '至'}${label(end, endStyle, start)}`;
    const renumbered = newText !== t.text;
    const confidence = Math.min(a.confidence, b.confidence);
    const textChanged = a.textChanged || b.textChanged;
    const status: ImpactStatus = renumbered ? 'renumbered' : textChanged ? 'text-changed' : 'unchanged';
    return { ...base, status, after: [a.after[0], b.after[0]], textChanged, confidence, ...(renumbered ? { newText } : {}) };
  }
  const articles = ix.map.rows
    .flatMap((r) => r.before.map((b) => b.num))
    .filter((n) => compareArticleNumbers(n, from.article) >= 0 && compareArticleNumbers(n, to.article) <= 0)
    .sort(compareArticleNumbers);
  const places = articles.map((n) => placeOf({ article: n }, ix));
  const after = places.flatMap((p) => p.after);
  const textChanged = places.some((p) => p.textChanged);
  const confidence = Math.min(1, ...places.map((p) => p.confidence));
  if (after.length === 0) return { ...base, status: 'deleted', after, textChanged, confidence };
  const nums = after.map((p) => p.article).sort(compareArticleNumbers);
  const run = nums.every(
    (n, k) => k === 0 || n.n === nums[k - 1].n + 1 || (n.n === nums[k - 1].n && (n.sub ?? 0) > (nums[k - 1].sub ?? 0)),
  );
  const gap = places.some((p) => p.after.length === 0);
  const art = { ...style, from: 'article' as const };
  const newText = run
    ? `${provisionLabel({ article: nums[0] }, art)}至${provisionLabel({ article: nums[nums.length - 1] }, art)}`
    : nums.map((n) => provisionLabel({ article: n }, art)).join('、');
  const renumbered = newText !== t.text;
  const status: ImpactStatus = renumbered ? 'renumbered' : textChanged ? 'text-changed' : 'unchanged';
  const review = !run || gap ? 'range-broken' : confidence < TRUSTED ? 'low-confidence' : undefined;
  return { ...base, status, after, textChanged, confidence, ...(renumbered ? { newText } : {}), ...(review ? { review } : {}) };
}

/**
 * The citation with each target's words replaced by its new ones; a target
 * that now repeats the one before it (two articles merged into one) is
 * dropped with its separator. Undefined when a target has no new place.
 */
function rewrite(c: Citation, targets: TargetImpact[]): string | undefined {
  if (targets.some((t) => t.after.length === 0)) return undefined;
  let out = '';
  let at = c.start;
  let previous: Provision[] | undefined;
  c.targets.forEach((t, k) => {
    const now = targets[k].after;
    const gap = c.text.slice(at - c.start, t.start - c.start);
    at = t.end;
    if (
      previous &&
      !t.through &&
      !targets[k - 1].through &&
      now.length === previous.length &&
      now.every((p, i) => sameProvision(p, previous![i]))
    )
      return;
    out += gap + (targets[k].newText ?? t.text);
    previous = now;
  });
  return out + c.text.slice(at - c.start);
}
