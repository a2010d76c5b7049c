import type { CitationImpact, DocumentImpact, ImpactReport, ImpactStatus, Lang, TargetImpact } from '@amend/model';
import { articleLabel } from '@amend/model';
import { escapeHtml } from '../escape.ts';
import { BASE_CSS, page } from '../html/style.ts';

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

const WORDS = {
  title: { zh: '引用影响报告', en: 'Citation impact report' },
  alignment: { zh: '两个版本逐条比对', en: 'two versions aligned' },
  decision: { zh: '依修改决定', en: 'decision applied' },
  documents: { zh: '受影响的文件', en: 'documents affected' },
  where: { zh: '位置', en: 'where' },
  citation: { zh: '引用', en: 'citation' },
  status: { zh: '状态', en: 'status' },
  becomes: { zh: '调整为', en: 'becomes' },
  renumbered: { zh: '序号变动', en: 'renumbered' },
  deleted: { zh: '条文删除', en: 'deleted' },
  'text-changed': { zh: '内容修改', en: 'text changed' },
  unchanged: { zh: '未变', en: 'unchanged' },
  old: { zh: '引用旧版本', en: 'cites the old version' },
  earlier: { zh: '早于旧版本，序号可能依据更早的文本，请核对', en: 'dated before the old version: its numbers may be older still — check' },
  undated: { zh: '无日期，按引用旧版本处理', en: 'undated: read as citing the old version' },
  inForce: { zh: '当时施行的文本', en: 'text in force then' },
  split: { zh: '原条文已拆分', en: 'the article was split' },
  merged: { zh: '原条文已与他条合并', en: 'the article was merged with another' },
  'low-confidence': { zh: '对应关系不确定', en: 'weak match' },
  'range-broken': { zh: '范围不再连续', en: 'the range is no longer one run' },
  'not-in-old': { zh: '旧版本中没有该条文', en: 'not in the old version' },
  textChanged: { zh: '所引条文内容有修改', en: 'the cited words changed' },
  words: { zh: '条文对照', en: 'the words, old and new' },
  before: { zh: '原', en: 'old ' },
  after: { zh: '现', en: 'new ' },
  current: { zh: '已按新版本引用的文件', en: 'documents already on the new version' },
  unaffected: { zh: '所引条文均未变的文件', en: 'documents citing only unchanged provisions' },
  instruments: { zh: '修改文件（历史文本，不作调整）', en: 'amending instruments (history, left as they are)' },
  historical: { zh: '明确引用旧文本的引用（不作调整）', en: 'citations naming an earlier text on purpose (left as they are)' },
} as const;

type Word = keyof typeof WORDS;

export function impactHtml(report: ImpactReport, lang: Lang = 'zh'): string {
  const w = (k: Word) => escapeHtml(WORDS[k][lang]);
  const count = (s: ImpactStatus) => report.documents.reduce((n, d) => n + d.citations.filter((c) => c.status === s).length, 0);
  const heading = `《${escapeHtml(report.law)}》 ${escapeHtml(report.from.date ?? '?')} → ${escapeHtml(report.to.date ?? '?')}（${w(report.basis)}${report.decision ? `：${escapeHtml(report.decision)}` : ''}）`;
  const summary = (['renumbered', 'deleted', 'text-changed'] as const).map((s) => `${w(s)} ${count(s)}`).join('；');
  const toc = report.documents.map((d, k) => `<li><a href="#doc-${k + 1}">${escapeHtml(d.title)}</a> <span class="meta">${escapeHtml(d.date ?? '')} · ${changed(d)}</span></li>`);
  const body = [
    `<h1>${w('title')}</h1>`,
    `<p class="sub">${heading}</p>`,
    `<p class="sub">${w('documents')} ${report.documents.length}：${summary}</p>`,
    `<nav class="toc"><ol>${toc.join('')}</ol></nav>`,
    ...report.documents.map((d, k) => section(d, k + 1, report, lang)),
    tail(report, lang),
  ];
  return page(`${WORDS.title[lang]}：${escapeHtml(report.law)}`, CSS, body.join('\n'));
}

function changed(d: DocumentImpact): number {
  return d.citations.filter((c) => c.status !== 'unchanged').length;
}

function section(d: DocumentImpact, k: number, report: ImpactReport, lang: Lang): string {
  const w = (x: Word) => escapeHtml(WORDS[x][lang]);
  const version = `${w(d.version)}${d.inForce ? `（${w('inForce')}：${escapeHtml(d.inForce)}）` : ''}`;
  const meta = [d.date, d.file].filter(Boolean).map((x) => escapeHtml(x!)).join(' · ');
  const head = `<tr><th>${w('where')}</th><th>${w('citation')}</th><th>${w('status')}</th><th>${w('becomes')}</th></tr>`;
  const rows = d.citations.map((c) => row(c, report, lang));
  return [`<section id="doc-${k}">`, `<h2>${escapeHtml(d.title)}</h2>`, `<p class="meta">${meta}<br>${version}</p>`, `<table class="cites">${head}${rows.join('')}</table>`, '</section>'].join('\n');
}

function row(c: CitationImpact, report: ImpactReport, lang: Lang): string {
  const w = (x: Word) => escapeHtml(WORDS[x][lang]);
  const at = c.citation.span ? `${c.citation.span.start.line}:${c.citation.span.start.column}` : c.citation.where;
  const reviews = [...new Set(c.targets.flatMap((t) => (t.review ? [t.review] : [])))];
  const notes = [...reviews.map((r) => w(r)), ...(c.targets.some((t) => t.textChanged && t.status !== 'deleted') ? [w('textChanged')] : [])];
  const cell = [
    inPlace(c),
    notes.length ? `<div class="review">${notes.join('；')}</div>` : '',
    words(c.targets, report, lang),
  ].join('');
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
  const w = (x: Word) => escapeHtml(WORDS[x][lang]);
  const before = [...new Set(targets.flatMap((t) => [t.before, ...(t.through ? [t.through] : [])]).map((p) => articleLabel(p.article)))];
  const after = [...new Set(targets.flatMap((t) => t.after).map((p) => articleLabel(p.article)))];
  const parts = [
    ...before.filter((l) => report.articles.before[l] !== undefined).map((l) => `<p><b>${w('before')}${escapeHtml(l)}</b>\n${escapeHtml(report.articles.before[l])}</p>`),
    ...after.filter((l) => report.articles.after[l] !== undefined).map((l) => `<p><b>${w('after')}${escapeHtml(l)}</b>\n${escapeHtml(report.articles.after[l])}</p>`),
  ];
  return parts.length ? `<details><summary>${w('words')}</summary>${parts.join('')}</details>` : '';
}

function tail(report: ImpactReport, lang: Lang): string {
  const w = (x: Word) => escapeHtml(WORDS[x][lang]);
  const out: string[] = [];
  const list = (k: Word, items: { title: string; date?: string }[]) => {
    if (items.length) out.push(`<h3>${w(k)}（${items.length}）</h3><ul class="tail">${items.map((x) => `<li>${escapeHtml(x.title)}${x.date ? ` <span class="meta">${escapeHtml(x.date)}</span>` : ''}</li>`).join('')}</ul>`);
  };
  list('current', report.current);
  list('unaffected', report.unaffected);
  list('instruments', report.instruments);
  if (report.historical) out.push(`<p class="meta">${w('historical')}：${report.historical}</p>`);
  return out.join('\n');
}
