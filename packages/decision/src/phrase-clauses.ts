import type { Address, Operation } from '@amend/model';
import { addressLabel, fromChinese, HEADING_LABEL } from '@amend/model';
import { above, levelOf, own, sameAddress } from './address-rules.ts';
import type { Clause, PhraseGroup, Quote } from './clauses.ts';
import { HEADINGS, type Base, type ItemState } from './item-state.ts';
import { replaceNodes } from './node-clauses.ts';
import { closed, fragmentOf } from './payload-fragment.ts';

/**
 * Clauses on words (将“A”修改为“B”, 删去“A”, 调整到“B”之后, 调整为第四款):
 * text replacements, deletions and moves within the places named.
 */

export function replacePhrases(s: ItemState, c: Extract<Clause, { kind: 'replacePhrases' }>, base: Base, explicit: boolean): void {
  const span = base.span;
  if (!explicit && renamesHeading(s, c, base)) return;
  const newsOf = groupNews(c);
  for (let g = 0; g < c.groups.length; g++) {
    const group = c.groups[g];
    const news = newsOf?.[g] ?? c.news;
    const except = exceptions(s, group.targets, span);
    if (except === null) return;
    let scope = group.targets ? s.places(group.targets, span) : (s.at.scope ?? []);
    if (!scope) return;
    // 将第六章“常务委员会办公厅”修改为“常务委员会办公室”: words of the heading, right after its number.
    if (c.restated && scope.length && scope.every((a) => HEADINGS.has(levelOf(a))))
      scope = scope.map((a) => ({ ...a, special: 'heading' as const }));
    if (group.targets) s.at.scope = scope;
    const olds = group.olds;
    let pairs: { from: string; to: string; occurrence?: number }[] | undefined;
    if (olds.length === news.length) {
      // “A”、“B”分别修改为“C”、“D”: in order, in every place named.
      pairs = olds.map((f, i) => pair(f, news[i]));
    } else if (news.length === 1) {
      pairs = olds.map((f) => pair(f, news[0]));
    } else if (c.respectively && olds.length === 1 && scope.length === news.length) {
      // 将第三条、第五条中的“A”分别修改为“B”、“C”: one new phrase per place.
      scope.forEach((place, i) => s.push({ kind: 'replaceText', ...base, scope: [place], pairs: [pair(olds[0], news[i])] }));
      continue;
    } else if (c.restated && scope.length === 1 && c.groups.length === 1) {
      // 宪法第十五条：“A”“B”修改为：“C”“D”“E”: the whole provision restated.
      replaceNodes(s, [scope[0]], news, base);
      return;
    } else {
      s.error('decision/pair-mismatch', { from: olds.length, to: news.length }, span);
      return;
    }
    if (!explicit && g === 0 && s.lastText?.kind === 'replaceText') {
      s.lastText.pairs.push(...pairs);
      continue;
    }
    const op: Operation = {
      kind: 'replaceText',
      rule: base.rule,
      item: base.item,
      span: base.span,
      scope,
      pairs,
      ...(except ? { except } : {}),
    };
    s.push(op);
    s.lastText = op;
  }
}

/**
 * The new words of each group. 将第四条中的“A”，第一条中的“B”分别修改为“C”、“D”:
 * as many new words as old ones in all the groups, so they pair in order
 * across them (A→C in 第四条, B→D in 第一条); otherwise every group takes them
 * all (one “C” for each group's words, or its own “A”、“B” → “C”、“D”): undefined.
 */
function groupNews(c: Extract<Clause, { kind: 'replacePhrases' }>): Quote[][] | undefined {
  if (c.groups.length < 2 || c.news.length < 2) return undefined;
  let total = 0;
  for (const g of c.groups) total += g.olds.length;
  if (total !== c.news.length) return undefined;
  let at = 0;
  return c.groups.map((g) => c.news.slice(at, (at += g.olds.length)));
}

/**
 * 除本条外，其他条文中的“A”均修改为“B”: 本条 is the article of the place named
 * last (the one the item just restated). The words after a ； that change
 * throughout the rule with no place named (；“C”均修改为“D”) leave it out too;
 * 本办法中的“C” names the whole rule and leaves nothing out. `null`: no place
 * was named before (reported).
 */
export function exceptions(s: ItemState, targets: PhraseGroup['targets'], span: Base['span']): Address[] | undefined | null {
  const sel = targets?.length === 1 ? targets[0] : undefined;
  if (sel?.kind !== 'whole') return undefined;
  // Only the ；“C”均修改为“D” that names no place: 将本办法中的“C”… names the whole rule, 本条 too.
  if (!sel.exceptThis) return sel.implied && s.lastText?.kind === 'replaceText' && !s.lastText.scope.length ? s.lastText.except : undefined;
  const last = s.at.contextTarget(span)?.[0];
  if (!last?.article) {
    if (last) s.error('decision/no-context', {}, span);
    return null;
  }
  return [{ article: last.article }];
}

/** 将“第二章立法规划”修改为“第二章立法规划和计划”: a heading named by its number and title. */
function renamesHeading(s: ItemState, c: Extract<Clause, { kind: 'replacePhrases' }>, base: Base): boolean {
  if (c.groups.length !== 1 || c.groups[0].olds.length !== 1 || c.news.length !== 1) return false;
  const from = headingOf(c.groups[0].olds[0].text);
  const to = headingOf(c.news[0].text);
  if (!from || !to || from.level !== to.level || from.n !== to.n) return false;
  const target: Address = { [from.level]: from.n };
  s.push({ kind: 'renameHeading', ...base, level: from.level, target, title: to.title });
  s.at.last = target;
  return true;
}

/** 将第一款中的“…。”调整为第四款: the words go, and come back as a 款 of their own. */
export function movePhrase(s: ItemState, c: Extract<Clause, { kind: 'movePhrase' }>, base: Base): void {
  const scope = c.targets ? s.places(c.targets, base.span) : (s.at.scope ?? s.at.contextTarget(base.span));
  if (!scope?.length) return;
  const dest = c.to.map((t) => s.at.fresh(t))[0];
  const level = levelOf(dest);
  if (level !== 'paragraph' && level !== 'item') {
    s.unsupported('decision/unsupported-move', `“${c.phrases.map((q) => q.text).join('')}”调整为${addressLabel(dest)}`, base.span);
    return;
  }
  s.push({ kind: 'deleteText', ...base, scope, phrases: c.phrases.map((q) => q.text) });
  const parent = Object.keys(above(dest, level)).length ? above(dest, level) : above(scope[0], level);
  if (s.dividing && sameAddress(s.dividing.target, parent)) s.dividing = undefined;
  // The words quoted without their final mark (“…的安全距离”的规定) make a provision that has one.
  const words = [{ ...c.phrases[0], text: closed(c.phrases, true, 'end') }];
  s.push({ kind: 'insertNode', ...base, level, parent, as: own(dest), content: fragmentOf(words, level, s.env) });
}

/**
 * 将第五十条中的“玩忽职守”调整到“滥用职权”之后: the words leave their place
 * and go beside the other words. How a list's marks stay put (甲、乙和丙)
 * depends on the rule's text, so the engine rearranges them (`moved`).
 */
export function reorderPhrase(s: ItemState, c: Extract<Clause, { kind: 'reorderPhrase' }>, base: Base): void {
  const scope = c.targets ? s.places(c.targets, base.span) : (s.at.scope ?? s.at.contextTarget(base.span));
  if (!scope?.length) return;
  if (c.targets) s.at.scope = scope;
  const text = c.phrases.map((q) => q.text).join('、');
  const position = c.position === 'after' ? { after: c.anchor.text } : { before: c.anchor.text };
  s.push({ kind: 'insertText', ...base, scope, text, position, moved: true });
}

/** 第二章立法规划 / 第三节　监督 → the heading's level, number and title. */
const HEADING_TITLE = new RegExp(`^${HEADING_LABEL}[\\s\\u3000]*(\\S.*)$`);

function headingOf(text: string): { level: 'part' | 'chapter' | 'section'; n: number; title: string } | undefined {
  const m = HEADING_TITLE.exec(text);
  const n = m ? fromChinese(m[1]) : undefined;
  if (!m || n === undefined || m[2] === '分编') return undefined;
  return { level: /[编編]/.test(m[2]) ? 'part' : m[2] === '章' ? 'chapter' : 'section', n, title: m[3] };
}

function pair(from: Quote, to: Quote): { from: string; to: string; occurrence?: number } {
  return from.occurrence ? { from: from.text, to: to.text, occurrence: from.occurrence } : { from: from.text, to: to.text };
}
