import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Citation, Provision } from '@amend/model';
import { laws, texts } from './cite-helpers.ts';
import { Corpus, CorpusEntry, findCitations } from '../src/index.ts';

/**
 * Citation finding measured against fixtures/annotated-citations.txt: the
 * citations of twelve documents of ../shared/corpus/laws of different kinds,
 * annotated by reading them. A citation found counts as right only when its
 * line, its words, the rule it resolves to and every provision it names are
 * the annotation's. Recall and precision are reported in docs/citations.md.
 */

interface Annotated {
  file: string;
  kind: string;
  lines?: [number, number];
  citations: string[];
}

function annotations(name: string): Annotated[] {
  const out: Annotated[] = [];
  for (const raw of readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8').split('\n')) {
    if (raw.startsWith('#') || raw.trim() === '') continue;
    if (raw.startsWith('@ ')) {
      const [file, kind] = raw.slice(2).split('\t');
      const range = /lines (\d+)-(\d+)/.exec(kind);
      out.push({ file, kind, citations: [], ...(range ? { lines: [Number(range[1]), Number(range[2])] as [number, number] } : {}) });
      continue;
    }
    const [line, text, law, targets] = raw.split('\t');
    out[out.length - 1].citations.push(key(Number(line), text, law, targets.split(' ')));
  }
  return out;
}

const key = (line: number, text: string, law: string, targets: string[]) => `${line}\t${text}\t${law}\t${targets.join(' ')}`;

/** 85, 22.2, 22.2.3, 3..2, 253_1; a-b for a range. */
function notation(p: Provision): string {
  const article = p.article.sub ? `${p.article.n}_${p.article.sub}` : String(p.article.n);
  if (p.item !== undefined) return `${article}.${p.paragraph ?? ''}.${p.item}`;
  return p.paragraph !== undefined ? `${article}.${p.paragraph}` : article;
}

const found = (c: Citation) =>
  key(
    c.span!.start.line,
    c.text,
    c.law.title ?? c.law.name,
    c.targets.map((t) => notation(t.provision) + (t.through ? `-${notation(t.through)}` : '')),
  );

/** How many of `a` are in `b`, each counted once. */
function common(a: string[], b: string[]): number {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  let n = 0;
  for (const x of a) {
    const k = left.get(x) ?? 0;
    if (k > 0) {
      n++;
      left.set(x, k - 1);
    }
  }
  return n;
}

function measure(corpus: Corpus, docs: Annotated[]) {
  const rows = docs.map((d) => {
    // A path starting with ../ is a document outside the corpus of laws (a decision of ../shared/corpus/real).
    const path = join(laws, d.file);
    const entry = corpus.entries.find((e) => e.file === path) ?? new CorpusEntry(path, readFileSync(path, 'utf8'));
    const got = findCitations(entry.doc, { index: corpus.index, source: entry.text })
      .filter((c) => !d.lines || (c.span!.start.line >= d.lines[0] && c.span!.start.line <= d.lines[1]))
      .map(found);
    return {
      d,
      got,
      right: common(got, d.citations),
      missed: d.citations.filter((x) => !got.includes(x)),
      wrong: got.filter((x) => !d.citations.includes(x)),
    };
  });
  const annotated = rows.reduce((n, r) => n + r.d.citations.length, 0);
  const predicted = rows.reduce((n, r) => n + r.got.length, 0);
  const right = rows.reduce((n, r) => n + r.right, 0);
  const lines = rows.map(
    (r) =>
      `${r.d.file}: ${r.right}/${r.d.citations.length} right, ${r.got.length - r.right} wrong${r.missed.length ? `\n  missed: ${r.missed.join(' | ')}` : ''}${r.wrong.length ? `\n  wrong: ${r.wrong.join(' | ')}` : ''}`,
  );
  return { annotated, predicted, right, recall: right / annotated, precision: right / predicted, report: lines.join('\n') };
}

describe('citation finding on hand-annotated samples', () => {
  const corpus = new Corpus(texts(laws));
  const docs = annotations('annotated-citations.txt');

  it('annotates at least 100 citations in at least 10 documents', () => {
    expect(docs.length).toBeGreaterThanOrEqual(10);
    expect(docs.reduce((n, d) => n + d.citations.length, 0)).toBeGreaterThanOrEqual(100);
  });

  it('finds them with recall and precision of at least 0.97', () => {
    const m = measure(corpus, docs);
    console.log(
      `sample: annotated ${m.annotated}, found ${m.predicted}, right ${m.right}: recall ${m.recall.toFixed(3)}, precision ${m.precision.toFixed(3)}\n${m.report}`,
    );
    expect(m.recall).toBeGreaterThanOrEqual(0.97);
    expect(m.precision).toBeGreaterThanOrEqual(0.97);
  });

  it('does as well on a second sample it was not tuned on', () => {
    const m = measure(corpus, annotations('annotated-heldout.txt'));
    console.log(
      `held out: annotated ${m.annotated}, found ${m.predicted}, right ${m.right}: recall ${m.recall.toFixed(3)}, precision ${m.precision.toFixed(3)}\n${m.report}`,
    );
    expect(m.recall).toBeGreaterThanOrEqual(0.97);
    expect(m.precision).toBeGreaterThanOrEqual(0.97);
  });

  it('does as well on a third sample of other kinds: regulations, rules and amending decisions', () => {
    const docs3 = annotations('annotated-heldout-2.txt');
    expect(docs3.length).toBeGreaterThanOrEqual(7);
    const m = measure(corpus, docs3);
    console.log(
      `third sample: annotated ${m.annotated}, found ${m.predicted}, right ${m.right}: recall ${m.recall.toFixed(3)}, precision ${m.precision.toFixed(3)}\n${m.report}`,
    );
    expect(m.recall).toBeGreaterThanOrEqual(0.97);
    expect(m.precision).toBeGreaterThanOrEqual(0.97);
  });
});
