import type { Citation, ImpactReport, Lang, MapRow, Provision, VersionMap } from '@amend/model';
import { articleLabel, citationWord, type CitationWord } from '@amend/model';
import { provisionLabel } from './provision-label.ts';

/**
 * Plain-text listings for the command line, in Chinese or English: a map
 * row by row, an impact report document by document, a document's external
 * citations. JSON is the report itself; HTML is `@amend/render`'s.
 */

type Word = CitationWord;
const w = (k: Word, lang: Lang) => citationWord(k, lang);

/** Punctuation of a listing: Chinese text takes full-width marks. */
const MARKS = {
  en: { colon: ': ', comma: ', ', semi: '; ', open: '(', close: ')' },
  zh: { colon: '：', comma: '，', semi: '；', open: '（', close: '）' },
} as const;

/** The first line of a listing: the rule, its two versions, and what the map rests on. */
function heading(
  law: string,
  from: { date?: string },
  to: { date?: string },
  basis: 'alignment' | 'decision',
  decision: string | undefined,
  lang: Lang,
): string {
  const m = MARKS[lang];
  return `${law}  ${from.date ?? '?'} → ${to.date ?? '?'}  ${m.open}${w(basis, lang)}${decision ? `${m.colon}${decision}` : ''}${m.close}`;
}

export function mapText(map: VersionMap, lang: Lang): string {
  const lines = [heading(map.law, map.from, map.to, map.basis, map.decision, lang)];
  const counts = new Map<string, number>();
  for (const r of map.rows) {
    const k = rowWord(r);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  lines.push([...counts].map(([k, n]) => `${w(k as Word, lang)} ${n}`).join(MARKS[lang].comma), '');
  for (const r of map.rows) {
    const before = r.before.map((b) => articleLabel(b.num)).join('、') || '—';
    const after = r.after.map((a) => articleLabel(a.num)).join('、') || '—';
    const flags = [
      r.textChanged && r.status !== 'modified' && r.status !== 'inserted' && r.status !== 'deleted' ? w('textChanged', lang) : '',
      r.confidence < 1 ? r.confidence.toFixed(2) : '',
    ];
    lines.push(
      `${w(rowWord(r), lang).padEnd(lang === 'zh' ? 5 : 11)} ${before} → ${after}${flags
        .filter(Boolean)
        .map((f) => `  ${f}`)
        .join('')}`,
    );
    for (const l of r.provisions) {
      if (!telling(r, l.before, l.after)) continue;
      const to = l.after.map((p) => provisionLabel(p)).join('、') || w('deleted', lang);
      lines.push(`    ${provisionLabel(l.before)} → ${to}${l.confidence < 1 ? `  ${l.confidence.toFixed(2)}` : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}

function rowWord(r: MapRow): Word {
  return r.status === 'renumbered' && r.moved ? 'moved' : r.status;
}

/** A 款 or 项 link worth a line: it does not simply follow its article. */
function telling(r: MapRow, before: Provision, after: Provision[]): boolean {
  if (after.length === 0) return r.after.length > 0;
  const a = after[0];
  if (r.after.length !== 1 || a.article.n !== r.after[0].num.n || (a.article.sub ?? 0) !== (r.after[0].num.sub ?? 0)) return true;
  if (a.item !== before.item) return true;
  return (a.paragraph ?? 1) !== before.paragraph;
}

export function impactText(report: ImpactReport, lang: Lang): string {
  const m = MARKS[lang];
  const lines = [heading(report.law, report.from, report.to, report.basis, report.decision, lang)];
  const n = report.documents.reduce((k, d) => k + d.citations.filter((c) => c.status !== 'unchanged').length, 0);
  lines.push(`${w('documents', lang)}${m.colon}${report.documents.length}${m.comma}${n} ${w('citations', lang)}`, '');
  for (const d of report.documents) {
    const note = d.version === 'earlier' && d.inForce ? `${m.semi}${w('inForce', lang)}${m.colon}${d.inForce}` : '';
    lines.push(`${d.title}  ${d.date ?? ''}  [${w(d.version, lang)}${note}]`);
    if (d.file) lines.push(`  ${d.file}`);
    for (const c of d.citations) {
      if (c.status === 'unchanged') continue;
      const at = c.citation.span ? `${c.citation.span.start.line}:${c.citation.span.start.column}` : c.citation.where;
      const reviews = [...new Set(c.targets.map((t) => t.review).filter((r): r is NonNullable<typeof r> => r !== undefined))];
      const changed = c.status === 'renumbered' && c.targets.some((t) => t.textChanged) ? `${m.semi}${w('textChanged', lang)}` : '';
      const why = reviews.map((r) => w(r === 'split' || r === 'merged' ? `review-${r}` : r, lang)).join(m.comma);
      const flag = reviews.length ? `  ${m.open}${w('review', lang)}${m.colon}${why}${m.close}` : '';
      lines.push(`  ${at}  ${w(c.status, lang)}${changed}  ${c.citation.text}${c.newText ? ` → ${c.newText}` : ''}${flag}`);
    }
    lines.push('');
  }
  const tail: [Word, { title: string }[] | number][] = [
    ['unaffected', report.unaffected],
    ['current', report.current],
    ['instruments', report.instruments],
    ['historical', report.historical],
  ];
  for (const [k, v] of tail) {
    if (typeof v === 'number') {
      if (v) lines.push(`${w(k, lang)}${m.colon}${v}`);
    } else if (v.length) lines.push(`${w(k, lang)}${m.colon}${v.length}`, ...v.map((x) => `  ${x.title}`));
  }
  return lines.join('\n') + '\n';
}

/** One line per citation: where, as written, the rule it names, what it cites. */
export function citationsText(file: string, citations: readonly Citation[]): string {
  return citations
    .map((c) => {
      const at = c.span ? `${file}:${c.span.start.line}:${c.span.start.column}` : `${file}#${c.where}`;
      const law = c.law.title ?? c.law.name;
      const targets = c.targets.map((t) => provisionLabel(t.provision) + (t.through ? `至${provisionLabel(t.through)}` : '')).join('、');
      return `${at}\t${c.text}\t${law}${c.law.qualifier ? `（${c.law.qualifier}）` : ''}\t${targets}\n`;
    })
    .join('');
}
