// `pnpm bench`: the benchmark with targets. Prints a table and writes docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { diffChars } from 'diff';
import { parseDocument, parseRule } from '@amend/document';
import { parseDecision, ReadMemo } from '@amend/decision';
import { applyAmendment, consolidateCorpus, findReferences } from '@amend/engine';
import { render } from '@amend/render';
import { Corpus, impactOf, mapFromVersions } from '@amend/cite';
import { amendParsed, readDecision } from '@amend/pipeline';
import { draftDecision } from '@amend/draft';
import { median, retained } from './measure.ts';
import { alignedRedline, versionsShared, versionsCopied } from './cases.ts';
import { wordDiffGrowth } from './word-diff-growth.ts';
import { diffGrowth } from './diff-growth.ts';
import { insertionInto, phraseListGrowth } from './apply-growth.ts';

/** Warm cases run unmeasured for at least this long first, so V8 has optimised their hot paths. */
const WARM_MS = 2000;
const root = join(import.meta.dirname, '../..');
const shared = join(root, '../shared');
const example = join(root, 'examples/decree-119');

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, out);
    else if (/\.(md|txt)$/.test(name) && name !== 'README.md') out.push(p);
  }
  return out;
}

interface Row {
  case: string;
  value: string;
  target: string;
  met: boolean | undefined;
  note?: string;
}
const rows: Row[] = [];
const add = (r: Row) => {
  rows.push(r);
  console.log(`${r.met === false ? '✗' : r.met ? '✓' : '·'} ${r.case}: ${r.value} (target ${r.target})`);
};

// 1. Rule parsing throughput over the corpus and the seeds.
const ruleTexts = [...files(join(shared, 'corpus/laws')), ...files(join(shared, 'seeds'))].map((p) => readFileSync(p, 'utf8'));
const ruleBytes = ruleTexts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const parseMs = median(
  () => {
    for (const t of ruleTexts) parseDocument(t);
  },
  3,
  1,
);
const mbps = ruleBytes / 1e6 / (parseMs / 1000);
add({
  case: `rule parsing, ${ruleTexts.length} files, ${(ruleBytes / 1e6).toFixed(1)} MB`,
  value: `${mbps.toFixed(1)} MB/s`,
  target: '≥ 20 MB/s',
  met: mbps >= 20,
});

// 2. Decision parsing throughput over every amending instrument and decree 119.
const decisionTexts = [
  ...files(join(shared, 'corpus/laws')).filter((p) => /修正案|关于修改/.test(p)),
  ...files(join(shared, 'corpus/triples')).filter((p) => p.endsWith('instrument.md')),
  join(example, 'decision.md'),
].map((p) => readFileSync(p, 'utf8'));
const decisionBytes = decisionTexts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const decisionMs = median(
  () => {
    for (const t of decisionTexts) parseDecision(t);
  },
  15,
  10,
  WARM_MS,
);
const decisionMbps = decisionBytes / 1e6 / (decisionMs / 1000);
add({
  case: `decision parsing, ${decisionTexts.length} files, ${(decisionBytes / 1e6).toFixed(2)} MB`,
  value: `${decisionMbps.toFixed(2)} MB/s`,
  target: '≥ 40 MB/s',
  met: decisionMbps >= 40,
});

// 2b. The same with the sentence memo emptied before each decision: every decision read as if it were a
// process's first, reusing only the forms it repeats itself (the steady state above is what the preview sees).
const sentenceMemo = (await import(join(root, 'packages/decision/dist/instruction-memo.js'))) as { forgetForms(): void };
const coldMs = median(
  () => {
    for (const t of decisionTexts) {
      sentenceMemo.forgetForms();
      parseDecision(t);
    }
  },
  15,
  10,
  WARM_MS,
);
const coldMbps = decisionBytes / 1e6 / (coldMs / 1000);
add({
  case: `decision parsing, the sentence memo emptied before each decision`,
  value: `${coldMbps.toFixed(2)} MB/s`,
  target: '—',
  met: undefined,
});

// 3. Decree 119 end to end over the 13 example rules: parse, apply, references, render text.
const decisionSource = { file: 'decision.md', text: readFileSync(join(example, 'decision.md'), 'utf8') };
const ruleSources = readdirSync(join(example, 'rules')).map((f) => ({ file: f, text: readFileSync(join(example, 'rules', f), 'utf8') }));
const e2eMs = median(
  () => {
    const decision = parseDecision(decisionSource.text).value;
    const rules = ruleSources.map((r) => parseRule(r.text, { file: r.file }).value);
    const { results } = consolidateCorpus(rules, decision, { decision: { title: decision.title } });
    for (const c of results.values()) render(c.after, 'text');
  },
  15,
  10,
  WARM_MS,
);
add({ case: 'decree 119 end to end, 13 rules (warm)', value: `${e2eMs.toFixed(1)} ms`, target: '≤ 20 ms', met: e2eMs <= 20 });

// 4. 刑法 parse + apply a 修正案-style decision of ten instructions.
const xingfa = readFileSync(join(shared, 'corpus/laws/刑法/刑法(2020-12-26).md'), 'utf8');
const xingfaDecision = parseDecision(readFileSync(join(import.meta.dirname, 'xingfa-decision.md'), 'utf8')).value;
const info = { decision: { title: xingfaDecision.title } };
const xingfaMs = median(() => applyAmendment(parseRule(xingfa).value, xingfaDecision.amendments[0], info), 15, 10, WARM_MS);
add({ case: '刑法 (217 KB) parse + apply 10 instructions', value: `${xingfaMs.toFixed(1)} ms`, target: '≤ 30 ms', met: xingfaMs <= 30 });

// 5. Cross-reference extraction over the whole corpus.
const corpusDocs = ruleTexts.map((t) => parseDocument(t).value);
const xrefMs = median(
  () => {
    for (const d of corpusDocs) findReferences(d);
  },
  3,
  1,
);
add({
  case: `cross-references over ${corpusDocs.length} documents`,
  value: `${(xrefMs / 1000).toFixed(2)} s`,
  target: '≤ 5 s',
  met: xrefMs <= 5000,
});

// 6. Redline of the whole 刑法 before/after: article-aligned word diff vs one diffChars.
const consolidated = applyAmendment(parseRule(xingfa).value, xingfaDecision.amendments[0], info);
const alignedMs = median(() => alignedRedline(consolidated), 15, 10, WARM_MS);
const beforeText = render(consolidated.before, 'text');
const afterText = render(consolidated.after, 'text');
const charsMs = median(() => diffChars(beforeText, afterText), 1, 0);
const ratio = charsMs / alignedMs;
add({
  case: '刑法 redline: aligned word diff vs whole-text diffChars',
  value: `${alignedMs.toFixed(1)} ms vs ${charsMs.toFixed(0)} ms (${ratio.toFixed(0)}×)`,
  target: '≥ 20×',
  met: ratio >= 20,
});

// 6b. Word diff growth on long changed articles, n / 2n / 4n in this run: ≤ 2 s at 4n, exponent ≤ 1.2.
for (const g of wordDiffGrowth()) {
  const last = g.ms[2];
  add({
    case: `${g.what}: ${g.sizes.join(' / ')}`,
    value: `${g.ms.map((m) => m.toFixed(0)).join(' / ')} ms, exponent ${g.exponent.toFixed(2)}`,
    target: '≤ 2 s, exponent ≤ 1.2',
    met: last <= 2000 && g.exponent <= 1.2,
  });
}

// 6b'. `amend diff` of two versions in which every article changed, n / 2n / 4n articles: ≤ 2 s at 4n, exponent ≤ 1.2.
const aligned = diffGrowth(750);
add({
  case: `diff of two versions, every article changed: ${aligned.sizes.join(' / ')} articles`,
  value: `${aligned.ms.map((m) => m.toFixed(0)).join(' / ')} ms CPU, exponent ${aligned.exponent.toFixed(2)}`,
  target: '≤ 2 s, exponent ≤ 1.2',
  met: aligned.ms[2] <= 2000 && aligned.exponent <= 1.2,
});

// 6c. Apply at scale: one insertion renumbering a rule of 14,000 long articles; a phrase renamed in n / 2n / 4n articles.
const insertion = insertionInto(14000);
add({
  case: `apply one insertion to a 14,000-article rule (${insertion.mb.toFixed(0)} MB)`,
  value: `${insertion.ms.toFixed(0)} ms`,
  target: '≤ 1 s',
  met: insertion.ms <= 1000,
});
const list = phraseListGrowth(1000);
add({
  case: `将第一条、…第n条中的“X”修改为“Y”, rule of n articles: n = ${list.sizes.join(' / ')}`,
  value: `${list.ms.map((m) => m.toFixed(0)).join(' / ')} ms, exponent ${list.exponent.toFixed(2)}`,
  target: 'exponent ≤ 1.2',
  met: list.exponent <= 1.2,
});

// 7. Memory of 14 versions held at once: structural sharing vs deep copies.
const base = parseRule(xingfa).value;
const sharedBytes = retained(() => versionsShared(base, 14));
const copiedBytes = retained(() => versionsCopied(base, 14));
add({
  case: '14 versions of 刑法 in memory: shared vs deep copies',
  value: Number.isNaN(sharedBytes) ? 'run with --expose-gc' : `${kb(sharedBytes)} vs ${kb(copiedBytes)}`,
  target: 'shared < copies',
  met: Number.isNaN(sharedBytes) ? undefined : sharedBytes < copiedBytes,
});

// 8. A keystroke in the preview on decree 119, as its Session does: the edited decision re-read (with the memo of
// the previous parse) and applied to the rule shown, its largest (parsed once). Every run types one more character
// into the payload of an item of that rule, so no run sees the text of the one before.
const forty = ruleSources
  .map((r) => ({ source: r, result: parseRule(r.text, { file: r.file }) }))
  .sort((a, b) => articleCount(b.result.value) - articleCount(a.result.value))[0];
const fortyTitle = forty.result.value.title;
const fortyItems = parseDecision(decisionSource.text).value.amendments.find((a) => a.title === fortyTitle)!.items;
const typedAt = decisionSource.text.lastIndexOf('”', fortyItems[fortyItems.length >> 1].span.end.offset);
const memo = new ReadMemo();
let typed = 0;
let keyApplied = true;
const keyMs = median(
  () => {
    typed++;
    const text = decisionSource.text.slice(0, typedAt) + '字'.repeat(typed) + decisionSource.text.slice(typedAt);
    const source = { file: decisionSource.file, text };
    const result = readDecision(source, { memo });
    keyApplied &&= amendParsed(forty, { source, result }, fortyTitle).consolidation !== undefined;
  },
  21,
  10,
  WARM_MS,
);
add({
  case: `a keystroke in the preview on decree 119 (decision re-read, its ${articleCount(forty.result.value)}-article rule re-applied)`,
  value: `${keyMs.toFixed(1)} ms${keyApplied ? '' : ' (not applied!)'}`,
  target: '≤ 8 ms',
  met: keyApplied && keyMs <= 8,
});

// 9. Start-up of the installed command: node_modules/.bin/amend runs the compiled dist/ with plain node.
const bin = join(root, 'node_modules/.bin/amend');
const startMs = median(() => spawnSync(bin, ['--version'], { encoding: 'utf8' }), 11, 2);
add({ case: 'node_modules/.bin/amend --version', value: `${startMs.toFixed(0)} ms`, target: '< 500 ms', met: startMs < 500 });
const zhifa = join(example, 'rules/宁夏回族自治区行政执法证件管理办法.txt');
const checkMs = median(
  () => spawnSync(bin, ['check', '--rule', zhifa, '--decision', join(example, 'decision.md')], { encoding: 'utf8' }),
  5,
  1,
);
add({
  case: 'node_modules/.bin/amend check, one rule of decree 119 (start-up included)',
  value: `${checkMs.toFixed(0)} ms`,
  target: '—',
  met: undefined,
});
// 11. Drafting: the decision between 刑法 and its text after the ten instructions, parsed from both texts and checked by applying it.
const xingfaAfterText = render(consolidated.after, 'text');
let drafted = false;
const draftMs = median(
  () => {
    drafted = draftDecision(parseRule(xingfa).value, parseRule(xingfaAfterText).value, { style: 'national' }).value.exact;
  },
  15,
  5,
);
add({
  case: '刑法 draft: two versions parsed, the decision written and checked by applying it',
  value: `${draftMs.toFixed(1)} ms${drafted ? '' : ' (not exact!)'}`,
  target: '≤ 100 ms',
  met: drafted && draftMs <= 100,
});

// 10. Impact of one law over the whole corpus: index the titles, align the law's two versions, find and map every citation.
const lawFiles = files(join(shared, 'corpus/laws')).map((p) => ({ file: p, text: readFileSync(p, 'utf8') }));
for (const law of ['中华人民共和国民事诉讼法', '中华人民共和国公司法']) {
  let cited = 0;
  const impactMs = median(
    () => {
      const corpus = new Corpus(lawFiles);
      const [a, b] = corpus.versionsOf(law).slice(-2);
      const map = mapFromVersions(a.doc, b.doc, { date: a.date }, { date: b.date });
      cited = impactOf(corpus, { map, before: a.doc, after: b.doc }).documents.length;
    },
    5,
    1,
  );
  add({
    case: `impact of ${law} over ${lawFiles.length} documents (${cited} affected)`,
    value: `${(impactMs / 1000).toFixed(2)} s`,
    target: '≤ 1 s',
    met: impactMs <= 1000,
  });
}

/** Heap sizes below the GC noise read as ≈ 0. */
function kb(bytes: number): string {
  return bytes < 256 * 1024 ? '≈ 0 KB (below GC noise)' : `${(bytes / 1024).toFixed(0)} KB`;
}

function articleCount(d: ReturnType<typeof parseRule>['value']): number {
  let n = 0;
  const visit = (x: { kind: string; children?: unknown[] }) => {
    if (x.kind === 'article') n++;
    else for (const c of (x.children ?? []) as { kind: string }[]) visit(c);
  };
  visit(d as never);
  return n;
}

const date = new Date().toISOString().slice(0, 10);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const table = [
  '| case | result | target | met |',
  '| --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.case} | ${r.value} | ${r.target} | ${r.met === undefined ? '—' : r.met ? 'yes' : 'no'} |`),
];
const notesPath = join(root, 'docs/benchmarks-notes.md');
let notes = '';
try {
  notes = readFileSync(notesPath, 'utf8');
} catch {
  /* no notes yet */
}
writeFileSync(
  join(root, 'docs/benchmarks.md'),
  `# Benchmarks\n\nLatest run: ${date}, ${machine}. Each result is the median of repeated runs (\`pnpm bench\`).\n\n${table.join('\n')}\n${notes ? '\n' + notes : ''}`,
);
console.log(`\nmachine: ${machine}\nwritten to docs/benchmarks.md`);
