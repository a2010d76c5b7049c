import type { Document } from '@amend/model';
import { escapeHtml as esc } from '../escape.ts';
import { headingLabel, type Heading } from '../text.ts';
import { Anchors } from './anchors.ts';
import { printNode } from './html-printers.ts';
import { BASE_CSS, page } from './html-style.ts';

/** A rule as one standalone, printable HTML page. */
export function renderHtml(doc: Document): string {
  const anchors = new Anchors();
  const body = printNode(doc, { anchors, depth: 0 });
  const notes = doc.notes.map((n) => printNode(n, { anchors, depth: 0 }));
  const nav = navigation(doc.children, anchors);
  const parts = [
    `<header>\n<h1>${esc(doc.title)}</h1>${notes.length ? '\n' + notes.join('\n') : ''}\n</header>`,
    ...(nav ? [`<nav class="toc">\n${nav}\n</nav>`] : []),
    `<main>\n${body}\n</main>`,
  ];
  return page(esc(doc.title), BASE_CSS, parts.join('\n'));
}

/** Links to every 编/章/节, nested as in the rule; empty when the rule has no headings. */
function navigation(children: readonly Document['children'][number][], anchors: Anchors): string {
  const headings = children.filter((c): c is Heading => c.kind === 'part' || c.kind === 'chapter' || c.kind === 'section');
  if (headings.length === 0) return '';
  const items = headings.map((h) => {
    const sub = navigation(h.children, anchors);
    const link = `<a href="#${esc(anchors.for(h))}">${esc(headingLabel(h))}</a>`;
    return `<li>${link}${sub ? '\n' + sub + '\n' : ''}</li>`;
  });
  return `<ol>\n${items.join('\n')}\n</ol>`;
}
