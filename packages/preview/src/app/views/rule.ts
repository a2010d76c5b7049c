import { articleDiff, type Chunk } from '@amend/render';
import { articleLabel, headingNumber } from '@amend/model';
import type { Article, ArticleChange, Consolidation, Document } from '@amend/model';
import { el } from '../dom.ts';

/**
 * The consolidated rule with its redline: every article of the new version in
 * order, changed ones with struck and inserted words, deleted articles struck
 * through where they stood. Each article element carries the change that
 * made it, so a click can say which instruction did it.
 */

export interface ArticleView {
  element: HTMLElement;
  change?: ArticleChange;
  /** The article in the version shown (the old one for a deleted article). */
  article?: Article;
}

export interface RuleView {
  /** Article elements by id, in the new version (and by old id for deleted ones). */
  byId: Map<string, ArticleView>;
}

type Body = Document['children'][number];

/** Redlines are worked out once per pair of article objects; the engine shares unchanged ones. */
const diffs = new WeakMap<Article, WeakMap<Article | typeof NONE, Chunk[]>>();
const NONE = {} as Article;

function diffOf(before: Article | undefined, after: Article | undefined): Chunk[] {
  const key = after ?? before!;
  let inner = diffs.get(key);
  if (!inner) diffs.set(key, (inner = new WeakMap()));
  const other = after ? (before ?? NONE) : NONE;
  let chunks = inner.get(other);
  if (!chunks) inner.set(other, (chunks = articleDiff(before, after)));
  return chunks;
}

export function renderRule(container: HTMLElement, c: Consolidation): RuleView {
  const byId = new Map<string, ArticleView>();
  const beforeArticles = new Map<string, Article>();
  collect(c.before.children, beforeArticles);
  const changeOf = new Map<string, ArticleChange>();
  const order = new Map<ArticleChange, number>();
  c.changes.forEach((ch, k) => {
    order.set(ch, k);
    for (const a of ch.after) changeOf.set(a.id, ch);
  });
  const deleted = c.changes.filter((ch) => ch.status === 'deleted');
  let nextDeleted = 0;
  const out: Node[] = [];

  const emitDeletedBefore = (limit: number) => {
    while (nextDeleted < deleted.length && order.get(deleted[nextDeleted])! < limit) {
      const ch = deleted[nextDeleted++];
      for (const b of ch.before) {
        const old = beforeArticles.get(b.id);
        const element = articleElement(diffOf(old, undefined), ch);
        element.dataset.beforeId = b.id;
        byId.set(b.id, { element, change: ch, article: old });
        out.push(element);
      }
    }
  };

  const visit = (nodes: readonly Body[]) => {
    for (const node of nodes) {
      if (node.kind === 'article') {
        const ch = changeOf.get(node.id);
        emitDeletedBefore(ch ? order.get(ch)! : 0);
        const old = ch && ch.before.length === 1 ? beforeArticles.get(ch.before[0].id) : undefined;
        const changed = ch !== undefined && ch.status !== 'unchanged';
        const element = changed
          ? articleElement(diffOf(ch.status === 'inserted' ? undefined : old, node), ch)
          : plainArticle(node, diffOf(undefined, node));
        element.dataset.id = node.id;
        byId.set(node.id, { element, change: ch, article: node });
        out.push(element);
      } else if (node.kind === 'part' || node.kind === 'chapter' || node.kind === 'section') {
        const label = [headingNumber(node), node.title].filter(Boolean).join('\u3000');
        out.push(el('div', { class: `heading ${node.kind}` }, label));
        visit(node.children);
      } else if (node.kind === 'paragraph') {
        out.push(el('p', {}, node.text));
      }
    }
  };

  out.push(el('h2', { class: 'title' }, c.after.title));
  for (const n of c.after.notes) out.push(el('p', { class: 'note' }, n.text));
  for (const p of c.after.preamble) out.push(el('p', { class: 'preamble' }, p.text));
  visit(c.after.children);
  emitDeletedBefore(Infinity);
  container.replaceChildren(...out);
  return { byId };
}

/** A rule shown as it is, no change marked: what the page shows when the decision cannot be applied. */
export function renderUnamended(container: HTMLElement, doc: Document): RuleView {
  return renderRule(container, { before: doc, after: doc, changes: [], references: [], applied: [], diagnostics: [] });
}

function collect(nodes: readonly Body[], into: Map<string, Article>): void {
  for (const n of nodes) {
    if (n.kind === 'article') into.set(n.id, n);
    else if (n.kind === 'part' || n.kind === 'chapter' || n.kind === 'section') collect(n.children, into);
  }
}

const STATUS_TEXT: Record<ArticleChange['status'], string> = {
  unchanged: '未修改',
  modified: '修改',
  renumbered: '序号调整',
  inserted: '新增',
  deleted: '删除',
  merged: '合并',
  split: '拆分',
};

/** 序号调整 alone, or 修改、序号调整 when the words changed too. */
export function statusLabel(change: ArticleChange): string {
  const base = STATUS_TEXT[change.status];
  return change.status === 'renumbered' && change.textChanged ? `修改、${base}` : base;
}

/** An unchanged article: its number in bold, then its lines as text. */
function plainArticle(article: Article, chunks: readonly Chunk[]): HTMLElement {
  const text = chunks.map((c) => c.text).join('');
  const label = articleLabel(article.num);
  const [first, ...rest] = text.split('\n');
  const lead = first.startsWith(label) ? [el('span', { class: 'num' }, label), first.slice(label.length)] : [first];
  return el('div', { class: 'article' }, el('p', {}, ...lead), ...rest.map((l) => el('p', {}, l)));
}

/** One changed article: its lines, with `del` and `ins` pieces as elements and the rest as text. */
function articleElement(chunks: readonly Chunk[], change: ArticleChange): HTMLElement {
  const box = el('div', { class: `article changed${change.status === 'deleted' ? ' deleted' : ''}` });
  const items = change.items.length ? ` · ${change.items.join('、')}` : '';
  box.append(el('span', { class: 'marker' }, statusLabel(change) + items));
  let line = el('p');
  box.append(line);
  for (const c of chunks) {
    const pieces = c.text.split('\n');
    pieces.forEach((piece, k) => {
      if (k > 0) box.append((line = el('p')));
      if (!piece) return;
      line.append(c.type === 'equal' ? document.createTextNode(piece) : el(c.type, {}, piece));
    });
  }
  return box;
}
