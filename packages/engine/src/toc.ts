import type { Chapter, Document, Part, Section } from '@amend/model';
import { headingNumber } from '@amend/model';

type Division = Part | Chapter | Section;

/**
 * The 目录 after the amendment: it lists the headings, so a chapter renamed,
 * added, removed or renumbered shows there too. A line whose heading did not
 * change is kept as the rule printed it; a new or changed one is written with
 * the spacing of the rule's own first line. A 目录 that does not list exactly
 * the original headings (page numbers, articles, a partial list) is kept.
 */
export function tocAfter(before: Document, after: Document): string[] {
  if (!before.toc.length) return after.toc;
  const was = headings(before);
  if (was.length !== before.toc.length || was.some((h, i) => bare(before.toc[i]) !== h)) return after.toc;
  const now = headings(after);
  if (now.length === was.length && now.every((h, i) => h === was[i])) return after.toc;
  const kept = new Map(was.map((h, i) => [h, before.toc[i]]));
  const sep = /^第[^\s　]+?[编章节]([\s　]*)/.exec(before.toc[0])?.[1] || '　';
  return divisions(after).map((d) => kept.get(bare(line(d))) ?? `${headingNumber(d)}${sep}${d.title}`);
}

function line(d: Division): string {
  return `${headingNumber(d)}${d.title}`;
}

function bare(s: string): string {
  return s.replace(/[\s　]/g, '');
}

function headings(doc: Document): string[] {
  return divisions(doc).map((d) => bare(line(d)));
}

function divisions(doc: Document): Division[] {
  const out: Division[] = [];
  const walk = (nodes: Document['children']): void => {
    for (const n of nodes) {
      if (n.kind !== 'part' && n.kind !== 'chapter' && n.kind !== 'section') continue;
      out.push(n);
      walk(n.children as Document['children']);
    }
  };
  walk(doc.children);
  return out;
}
