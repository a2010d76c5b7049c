import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, Diagnostic, Document } from '@amend/model';

export const shared = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../shared');
export const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

export function read(path: string): string {
  return readFileSync(path, 'utf8');
}

export function seed(n: number): { file: string; text: string } {
  const dir = join(shared, 'seeds');
  const name = readdirSync(dir).find((f) => f.startsWith(String(n).padStart(3, '0') + '_'))!;
  return { file: join(dir, name), text: read(join(dir, name)) };
}

export function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? markdownFiles(p) : p.endsWith('.md') ? [p] : [];
  });
}

export function errors(list: readonly Diagnostic[]): Diagnostic[] {
  return list.filter((d) => d.severity === 'error');
}

/** A tree without ids and positions, for comparing two parses. */
export function bare<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (k, v) => (k === 'pos' || k === 'id' ? undefined : v)));
}

/** The articles of a document, in order, through parts, chapters and sections. */
export function articles(doc: Document): Article[] {
  const out: Article[] = [];
  const visit = (nodes: readonly Document['children'][number][]) => {
    for (const n of nodes) {
      if (n.kind === 'article') out.push(n);
      else if (n.kind === 'part' || n.kind === 'chapter' || n.kind === 'section') visit(n.children);
    }
  };
  visit(doc.children);
  return out;
}
