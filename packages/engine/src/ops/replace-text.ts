import type { Item, Node, Operation, Paragraph, ReplaceNodeOp, ReplaceTextOp } from '@amend/model';
import { parseFragment } from '@amend/document';
import { toChinese } from '@amend/model';
import { describeDifference, findFolded, fold, foldString } from '../match.ts';
import type { Wide } from '../overlap.ts';
import type { Resolved } from '../targets.ts';
import { locatePhrases } from '../text-edit.ts';
import { report, type Work } from '../apply-state.ts';
import { applyReplaceNode } from './replace-node.ts';

/**
 * 将第五条中的“A”修改为“B”，“C”修改为“D”: every occurrence in every named
 * scope, all pairs located in the original text at once. A new phrase that
 * runs over several lines cannot stand inside one 款: the rule would gain a
 * line (perhaps one that reads as a new article) the decision never wrote —
 * unless the old words quoted are the whole of the place named (将第二十条
 * “<its lead-in, 项 and 款>”修改为“…”): then the place is restated.
 */
export function applyReplaceText(w: Work, r: Resolved, op: ReplaceTextOp, wide: Map<string, Wide>): void {
  if (restatesWhole(op)) return restate(w, r, op);
  const broken = op.pairs.find((p) => /[\r\n]/.test(p.to));
  if (broken) {
    report(
      w,
      'engine/content-mismatch',
      { target: r.labels.join('、'), found: overLines(broken.to), expected: 'a phrase inside one line' },
      r.ctx,
    );
    r.ok = false;
    return;
  }
  locatePhrases(w, r, op.pairs, wide);
}

/**
 * One pair in one place whose new words, or whose old lines, run over several lines: the
 * whole article (款, 项) restated, which runs with the other restatements
 * (phase `replace`), not with the phrases.
 */
export function restatesWhole(op: Operation): boolean {
  if (op.kind !== 'replaceText' || op.pairs.length !== 1 || op.scope.length !== 1 || op.scope[0].onward) return false;
  const [p] = op.pairs;
  // A break after a mark ends a line of the rule; one inside words is only a broken line of the gazette.
  return p.occurrence === undefined && (/[\r\n]/.test(p.to) || /[。；;：:][ \t　]*[\r\n]/.test(p.from));
}

const LEVELS = { article: 'article', paragraph: 'paragraph', item: 'item' } as const;

function restate(w: Work, r: Resolved, op: ReplaceTextOp): void {
  const [{ from, to }] = op.pairs;
  const handle = r.targets[0];
  const was = handle === undefined ? undefined : w.ix.byId.get(handle);
  const level = was && was.kind in LEVELS ? LEVELS[was.kind as keyof typeof LEVELS] : undefined;
  if (!was || !level) {
    report(
      w,
      'engine/content-mismatch',
      { target: r.labels.join('、'), found: overLines(to), expected: 'a phrase inside one line' },
      r.ctx,
    );
    r.ok = false;
    return;
  }
  if (fold(from).text !== fold(wholeText(was)).text) {
    if (splitsParagraph(w, r, op, was)) return;
    report(w, 'engine/phrase-not-found', { phrase: from.replace(/\r?\n|\r/g, '⏎'), target: r.labels[0] }, r.ctx);
    r.ok = false;
    return;
  }
  const fragment = parseFragment(to, level).value;
  const restated: ReplaceNodeOp = {
    kind: 'replaceNode',
    level,
    target: op.scope[0],
    content: fragment,
    rule: op.rule,
    item: op.item,
    span: op.span,
  };
  applyReplaceNode(w, r, restated);
}

/**
 * 将第五条中的“甲”修改为“乙。⏎甲”: words of one line whose new words run over
 * lines after a full stop (or ；：), found once in the own words of one 款 of
 * the place (its lead-in, not its 项). The 款 is restated with the words
 * changed: it becomes several 款, the last keeping its 项, as the new words
 * break it.
 */
function splitsParagraph(w: Work, r: Resolved, op: ReplaceTextOp, was: Node): boolean {
  const [{ from, to }] = op.pairs;
  // A break inside words is a broken line of the gazette, not a new 款: only breaks after a mark split.
  if (from === '' || /[\r\n]/.test(from) || !/[\r\n]/.test(to) || /[^。；;：:\s][ \t　]*(\r?\n|\r)/.test(to)) return false;
  const paragraphs = was.kind === 'paragraph' ? [was] : was.kind === 'article' ? was.children : [];
  const wholes = paragraphs.map(wholeText);
  // Found as every replacement finds its words: through bracket widths, spaces and quotation marks (match.ts).
  const needle = foldString(from);
  const hits = wholes.map((t) => findFolded(fold(t), needle));
  const holding = hits.flatMap((h, i) => (h.length ? [i] : []));
  if (holding.length !== 1) return false;
  const [i] = holding;
  const [p, whole] = [paragraphs[i], wholes[i]];
  // Once, and in the 款's own words (its first line), not in one of its 项.
  if (hits[i].length !== 1 || hits[i][0].end > p.text.length) return false;
  const { start, end } = hits[i][0];
  const restatedText = whole.slice(0, start) + to + whole.slice(end);
  const n = was.kind === 'paragraph' ? undefined : i + 1;
  const label = n === undefined ? r.labels[0] : `${r.labels[0]}第${toChinese(n)}款`;
  const target = n === undefined ? op.scope[0] : { ...op.scope[0], paragraph: n };
  const content = parseFragment(restatedText, 'paragraph').value;
  const differs = describeDifference(whole.slice(start, end), from);
  if (differs.length) report(w, 'engine/phrase-fuzzy-match', { phrase: from, target: label, what: differs.join(', ') }, r.ctx);
  applyReplaceNode(
    w,
    { ...r, targets: [p.id], labels: [label] },
    { kind: 'replaceNode', level: 'paragraph', target, content, rule: op.rule, item: op.item, span: op.span },
  );
  return true;
}

/** The words of an article, 款 or 项 as the rule prints them, without the article's label. */
export function wholeText(n: Node): string {
  const item = (i: Item): string[] => [i.label + i.text, ...i.children.map((s) => s.label + s.text)];
  const para = (p: Paragraph): string[] => [p.text, ...p.children.flatMap(item)];
  switch (n.kind) {
    case 'article':
      return n.children.flatMap(para).join('\n');
    case 'paragraph':
      return para(n).join('\n');
    case 'item':
      return item(n).join('\n');
    default:
      return '';
  }
}

function overLines(s: string): string {
  return `“${s.replace(/\r?\n|\r/g, '⏎')}” over several lines`;
}
