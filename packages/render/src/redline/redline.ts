import type { Article } from '@amend/model';
import { escapeHtml, escapeMd, escapeMdLine } from '../escape.ts';
import { articleText } from '../text.ts';
import { chunkLines, wordDiff, type Chunk } from './word-diff.ts';

/**
 * Redlines of one article, old against new: struck deletions (`<del>`) and
 * underlined insertions (`<ins>`) in the text of the new version. An absent
 * side stands for an inserted or a deleted article.
 */
export function articleDiff(before: Article | undefined, after: Article | undefined): Chunk[] {
  return wordDiff(before ? articleText(before) : '', after ? articleText(after) : '');
}

export function chunkHtml(c: Chunk): string {
  const text = escapeHtml(c.text);
  return c.type === 'equal' ? text : `<${c.type}>${text}</${c.type}>`;
}

/** GFM passes `<del>` and `<ins>` through; the text inside is escaped Markdown. */
export function chunkMd(c: Chunk): string {
  const text = escapeMd(c.text);
  return c.type === 'equal' ? text : `<${c.type}>${text}</${c.type}>`;
}

/** One line of Markdown; the first piece is escaped as a line start so `1.` cannot open a list. */
export function lineMd(line: readonly Chunk[]): string {
  return line.map((c, k) => (k === 0 && c.type === 'equal' ? escapeMdLine(c.text) : chunkMd(c))).join('');
}

/** An HTML fragment: one `<p>` per line of the article. */
export function redlineHtml(before: Article | undefined, after: Article | undefined): string {
  const lines = chunkLines(articleDiff(before, after)).map((l) => `<p>${l.map(chunkHtml).join('')}</p>`);
  return `<div class="redline">\n${lines.join('\n')}\n</div>\n`;
}

/** Markdown: one paragraph per line of the article. */
export function redlineMd(before: Article | undefined, after: Article | undefined): string {
  return chunkLines(articleDiff(before, after)).map(lineMd).join('\n\n') + '\n';
}
