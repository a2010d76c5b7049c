import { produce } from 'immer';
import type { Article, Consolidation, Document, Paragraph } from '@amend/model';
import { wordDiff } from '@amend/render';

function articleText(a: Article): string {
  return a.children.map((p: Paragraph) => [p.text, ...p.children.map((i) => i.label + i.text)].join('\n')).join('\n');
}

function articles(doc: Document): Map<string, Article> {
  const out = new Map<string, Article>();
  const visit = (n: { kind: string; id: string; children?: unknown[] }) => {
    if (n.kind === 'article') out.set(n.id, n as Article);
    else for (const c of (n.children ?? []) as never[]) visit(c);
  };
  visit(doc);
  return out;
}

/** Word diff of every changed article against its counterpart, through the engine's mapping. */
export function alignedRedline(c: Consolidation): number {
  const before = articles(c.before);
  const after = articles(c.after);
  let chunks = 0;
  for (const change of c.changes) {
    if (change.status === 'unchanged' || !change.textChanged) continue;
    const a = change.before.map((x) => articleText(before.get(x.id)!)).join('\n');
    const b = change.after.map((x) => articleText(after.get(x.id)!)).join('\n');
    chunks += wordDiff(a, b).length;
  }
  return chunks;
}

/** 14 versions made by small edits with immer: unchanged nodes are shared. */
export function versionsShared(base: Document, count: number): Document[] {
  const versions = [base];
  for (let i = 1; i < count; i++) {
    versions.push(
      produce(versions[i - 1], (d) => {
        const first = firstArticle(d as Document);
        if (first) first.children[0].text += `（第${i}次修改）`;
      }),
    );
  }
  return versions;
}

/** The same 14 versions as deep copies. */
export function versionsCopied(base: Document, count: number): Document[] {
  return versionsShared(base, count).map((v) => structuredClone(v));
}

function firstArticle(n: { kind: string; children?: unknown[] }): Article | undefined {
  if (n.kind === 'article') return n as Article;
  for (const c of (n.children ?? []) as never[]) {
    const found = firstArticle(c);
    if (found) return found;
  }
  return undefined;
}
