import type { Article, ArticleChange, Consolidation, DecisionItem, Operation, RuleAmendment, Span } from '@amend/model';
import { articleLabel } from '@amend/model';
import { el } from './dom.ts';
import type { DecisionEditor } from './editor.ts';
import type { OpEntry } from './views/ops.ts';
import { statusLabel, type RuleView } from './views/rule.ts';
import type { TableView } from './views/table-view.ts';

/**
 * Linking the two sides: an operation to the articles it changed, an article
 * (or a 对照表 row) back to the decision items that changed it.
 */

export interface Shown {
  amendment?: RuleAmendment;
  consolidation?: Consolidation;
  rule?: RuleView;
  table?: TableView;
  ops: OpEntry[];
}

export class Linker {
  private marked: Element[] = [];

  constructor(
    private readonly editor: DecisionEditor,
    private readonly box: HTMLElement,
    private readonly activeTab: () => string,
  ) {}

  clear(): void {
    for (const m of this.marked) m.classList.remove('focus', 'selected');
    this.marked = [];
    this.box.hidden = true;
  }

  /** An operation was clicked: its words in the editor, the articles it changed on the right. */
  operation(op: Operation, shown: Shown): void {
    this.clear();
    this.editor.focusSpan(op.span);
    this.mark(
      shown.ops.filter((e) => e.op === op).map((e) => e.element),
      'selected',
    );
    const c = shown.consolidation;
    if (!c) return;
    const changes = changesOf(op, c);
    this.showArticles(changes, shown);
    if (changes.length) this.explain(changes[0], shown, false);
  }

  /** A changed article (or 对照表 row) was clicked: the instruction that changed it. */
  change(change: ArticleChange, shown: Shown, article?: Article): void {
    this.clear();
    this.showArticles([change], shown, false);
    this.explain(change, shown, true, article ? originsOf(article) : []);
  }

  /** `made`: items recorded as the origin of nodes inside the article (an inserted 款 or 项). */
  private explain(change: ArticleChange, shown: Shown, focusEditor: boolean, made: string[] = []): void {
    const paths = [...new Set([...change.items, ...made])];
    const items = paths
      .map((path) => shown.amendment?.items.find((i) => i.path === path))
      .filter((i): i is DecisionItem => i !== undefined);
    const nums = (change.after.length ? change.after : change.before).map((a) => articleLabel(a.num)).join('、');
    const was =
      change.before.length && change.status !== 'inserted' ? `（原${change.before.map((a) => articleLabel(a.num)).join('、')}）` : '';
    const close = el('button', { type: 'button', class: 'close', 'aria-label': '关闭' }, '×');
    close.addEventListener('click', () => (this.box.hidden = true));
    this.box.replaceChildren(
      close,
      el('strong', {}, `${nums}${was} · ${statusLabel(change)}`),
      items.length ? ` — 由决定 ${paths.join('、')} 所改：` : ' — 随其他条文的增删调整序号。',
      ...items.map((i) => el('span', { class: 'quote' }, `${i.label}${i.text.replace(/^\s*[（(][一二三四五六七八九十百]+[）)]\s*/, '')}`)),
    );
    this.box.hidden = false;
    if (focusEditor && items[0]) {
      this.editor.focusSpan(items[0].span);
      const wanted = new Set(paths);
      this.mark(
        shown.ops.filter((e) => wanted.has(e.op.item)).map((e) => e.element),
        'selected',
      );
    }
  }

  private showArticles(changes: ArticleChange[], shown: Shown, scroll = true): void {
    const ids = changes.flatMap((ch) => [...ch.after, ...ch.before].map((a) => a.id));
    const articles = ids.map((id) => shown.rule?.byId.get(id)?.element).filter((e): e is HTMLElement => !!e);
    const rows = ids.map((id) => shown.table?.rowsById.get(id)).filter((e): e is HTMLTableRowElement => !!e);
    this.mark(articles, 'focus');
    this.mark(rows, 'focus');
    if (!scroll) return;
    const target = this.activeTab() === 'table' ? rows[0] : articles[0];
    target?.scrollIntoView({ block: 'center' });
  }

  private mark(elements: Element[], cls: 'focus' | 'selected'): void {
    for (const e of elements) e.classList.add(cls);
    this.marked.push(...elements);
  }
}

/**
 * The articles an operation changed: those holding the nodes it targeted
 * (ids in the original numbering), else those the mapping credits to its item
 * (an inserted article has no original to target).
 */
export function changesOf(op: Operation, c: Consolidation): ArticleChange[] {
  const same = (s: Span) => s.start.offset === op.span.start.offset && s.end.offset === op.span.end.offset;
  const targets = c.applied.filter((a) => a.item === op.item && same(a.span)).flatMap((a) => a.targets);
  const hit = c.changes.filter(
    (ch) => ch.status !== 'unchanged' && ch.before.some((b) => targets.some((t) => t === b.id || t.startsWith(b.id + '__'))),
  );
  if (hit.length) return hit;
  return c.changes.filter((ch) => ch.status !== 'unchanged' && ch.items.includes(op.item));
}

/** Decision items that made the article or any 款, 项 or 目 inside it (their `origin`). */
function originsOf(article: Article): string[] {
  const out: string[] = [];
  const add = (n: { origin?: { item: string } }) => n.origin && out.push(n.origin.item);
  add(article);
  for (const p of article.children) {
    add(p);
    for (const item of p.children) {
      add(item);
      item.children.forEach(add);
    }
  }
  return out;
}
