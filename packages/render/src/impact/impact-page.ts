import type { CitationImpact, DocumentImpact, ImpactReport, ImpactStatus, Lang, TargetImpact } from '@amend/model';
import { articleLabel, citationWord, type CitationWord } from '@amend/model';
import { escapeHtml } from '../escape.ts';
import { BASE_CSS, page } from '../html/html-style.ts';

/**
 * The impact report as one page a reviewer clicks through: a summary, a
 * table of contents of the documents affected, and for each document every
 * citation in place (its sentence, the citation marked), what it becomes,
 * and the old and new words of the article it cites.
 */

const CSS = `${BASE_CSS}
body { max-width: 64em; font-size: 13pt; }
p.sub { text-align: center; text-indent: 0; }
table.cites td:first-child { white-space: nowrap; font-size: 11pt; color: #555; }
td.status { white-space: nowrap; }
tr.deleted td.status { color: #a00; font-weight: bold; }
tr.renumbered td.status { color: #05a; }
tr.text-changed td.status { color: #a60; }
tr.unchanged { color: #777; }
mark { background: #fe8; }
.new { font-weight: bold; color: #050; }
.review { color: #a00; font-size: 11pt; }
.meta { text-indent: 0; font-size: 11pt; color: #555; }
details { font-size: 11pt; margin-top: 0.3em; }
details p { text-indent: 0; white-space: pre-wrap; }
ul.tail { font-size: 11pt; }`;

type Word = CitationWord;

export function impactHtml(report: ImpactReport, lang: Lang = 'zh'): string {
  const w = (k: Word) => escapeHtml(citationWord(k, lang));
  const count = (s: ImpactStatus) => report.documents.reduce((n, d) => n + d.citations.filter((c) => c.status === s).length, 0);
  const heading = `《${escapeHtml(report.law)}》 ${escapeHtml(report.from.date ?? '?')} → ${escapeHtml(report.to.date ?? '?')}（${w(report.basis)}${report.decision ? `：${escapeHtml(report.decision)}` : ''}）`;
  const summary = (['renumbered', 'deleted', 'text-changed'] as const).map((s) => `${w(s)} ${count(s)}`).join('；');
  const toc = report.documents.map(
    (d, k) =>
      `<li><a href="#doc-${k + 1}">${escapeHtml(d.title)}</a> <span class="meta">${escapeHtml(d.date ?? '')} · ${changed(d)}</span></li>`,
  );
  const body = [
    `<h1>${w('title')}</h1>`,
    `<p class="sub">${heading}</p>`,
    `<p class="sub">${w('documents')} ${report.documents.length}：${summary}</p>`,
    `<nav class="toc"><ol>${toc.join('')}</ol></nav>`,
    ...report.documents.map((d, k) => section(d, k + 1, report, lang)),
    tail(report, lang),
  ];
  return page(`${w('title')}：${escapeHtml(report.law)}`, CSS, body.join('\n'));
}

function changed(d: DocumentImpact): number {
  return d.citations.filter((c) => c.status !== 'unchanged').length;
}

function section(d: DocumentImpact, k: number, report: ImpactReport, lang: Lang): string {
  const w = (x: Word) => escapeHtml(citationWord(x, lang));
  const version = `${w(d.version)}${d.inForce ? `（${w('inForce')}：${escapeHtml(d.inForce)}）` : ''}`;
  const meta = [d.date, d.file]
    .filter(Boolean)
    .map((x) => escapeHtml(x!))
    .join(' · ');
  const head = `<tr><th>${w('where')}</th><th>${w('citation')}</th><th>${w('status')}</th><th>${w('becomes')}</th></tr>`;
  const rows = d.citations.map((c) => row(c, report, lang));
  return [
    `<section id="doc-${k}">`,
    `<h2>${escapeHtml(d.title)}</h2>`,
    `<p class="meta">${meta}<br>${version}</p>`,
    `<table class="cites">${head}${rows.join('')}</table>`,
    '</section>',
  ].join('\n');
}

function row(c: CitationImpact, report: ImpactReport, lang: Lang): string {
  const w = (x: Word) => escapeHtml(citationWord(x, lang));
  const at = c.citation.span ? `${c.citation.span.start.line}:${c.citation.span.start.column}` : c.citation.where;
  const reviews = [...new Set(c.targets.flatMap((t) => (t.review ? [t.review] : [])))];
  const notes = [
    ...reviews.map((r) => w(r === 'split' || r === 'merged' ? `review-${r}` : r)),
    ...(c.targets.some((t) => t.textChanged && t.status !== 'deleted') ? [w('textChanged')] : []),
  ];
  const cell = [inPlace(c), notes.length ? `<div class="review">${notes.join('；')}</div>` : '', words(c.targets, report, lang)].join('');
  return `<tr class="${c.status}"><td>${escapeHtml(at)}</td><td>${cell}</td><td class="status">${w(c.status)}</td><td class="new">${escapeHtml(c.newText ?? '')}</td></tr>`;
}

/** The citation in its sentence, marked; long 款 cut to the words around it. */
function inPlace(c: CitationImpact): string {
  const { start, end } = c.citation;
  const text = c.context;
  if (text.slice(start, end) !== c.citation.text) return `<mark>${escapeHtml(c.citation.text)}</mark>`;
  const from = Math.max(0, start - 60);
  const to = Math.min(text.length, end + 60);
  return `${from > 0 ? '…' : ''}${escapeHtml(text.slice(from, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>${escapeHtml(text.slice(end, to))}${to < text.length ? '…' : ''}`;
}

/** The old and new words of the articles a citation names, folded away. */
function words(targets: TargetImpact[], report: ImpactReport, lang: Lang): string {
  const w = (x: Word) => escapeHtml(citationWord(x, lang));
  const before = [...new Set(targets.flatMap((t) => [t.before, ...(t.through ? [t.through] : [])]).map((p) => articleLabel(p.article)))];
  const after = [...new Set(targets.flatMap((t) => t.after).map((p) => articleLabel(p.article)))];
  const parts = [
    ...before
      .filter((l) => report.articles.before[l] !== undefined)
      .map((l) => `<p><b>${w('before')}${lang === 'en' ? ' ' : ''}${escapeHtml(l)}</b>\n${escapeHtml(report.articles.before[l])}</p>`),
    ...after
      .filter((l) => report.articles.after[l] !== undefined)
      .map((l) => `<p><b>${w('after')}${lang === 'en' ? ' ' : ''}${escapeHtml(l)}</b>\n${escapeHtml(report.articles.after[l])}</p>`),
  ];
  return parts.length ? `<details><summary>${w('words')}</summary>${parts.join('')}</details>` : '';
}

function tail(report: ImpactReport, lang: Lang): string {
  const w = (x: Word) => escapeHtml(citationWord(x, lang));
  const out: string[] = [];
  const list = (k: Word, items: { title: string; date?: string }[]) => {
    if (items.length)
      out.push(
        `<h3>${w(k)}（${items.length}）</h3><ul class="tail">${items.map((x) => `<li>${escapeHtml(x.title)}${x.date ? ` <span class="meta">${escapeHtml(x.date)}</span>` : ''}</li>`).join('')}</ul>`,
      );
  };
  list('current', report.current);
  list('unaffected', report.unaffected);
  list('instruments', report.instruments);
  if (report.historical) out.push(`<p class="meta">${w('historical')}：${report.historical}</p>`);
  return out.join('\n');
}
