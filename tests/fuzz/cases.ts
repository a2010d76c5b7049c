/**
 * The fuzz cases. Each case draws its inputs from its own generator seeded by
 * (seed, index), so any case can be replayed alone. Three kinds:
 *  - pipeline: a mutated rule and/or decision through `amend()` (parse, apply,
 *    cross-references), then every output format and the caret printer;
 *  - document: a mutated rule, plan or gazette through parseDocument,
 *    splitGazette and the cross-reference scanner;
 *  - bytes: random or damaged bytes through the decoder and the CLI reader.
 * A case fails when anything throws, when a diagnostic points outside its
 * file or its line/column disagree with its offset, or when the consolidated
 * text does not read back as a rule.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode, parseDocument, parseRule, serialize, splitGazette } from '@amend/document';
import { findReferences } from '@amend/engine';
import { LineIndex, type Decision, type Diagnostic, type Span } from '@amend/model';
import { render } from '@amend/render';
import { readSource } from '../../packages/cli/src/io.ts';
import { amend } from '@amend/pipeline';
import { formatDiagnostic } from '../../packages/cli/src/report.ts';
import { damage, mutate, mutateBytes, pick, rng } from './mutate.ts';

const root = join(import.meta.dirname, '../..');
const example = join(root, 'examples/decree-119');
const shared = join(root, '../shared');

interface Pair {
  name: string;
  rule: string;
  decision: string;
}

interface Corpus {
  pairs: Pair[];
  /** Rules with a whole gazette issue as the decision: slower, so drawn less often. */
  gazettes: Pair[];
  /** Rules, plans, notices and gazette issues for the document cases. */
  documents: { name: string; text: string }[];
}

let corpus: Corpus | undefined;

/** The example's 13 rules with decree 119, and the triples' before-texts with their instrument when ../shared is here. */
function loadCorpus(): Corpus {
  if (corpus) return corpus;
  const read = (p: string) => readFileSync(p, 'utf8');
  const decision = read(join(example, 'decision.md'));
  const gazettes: Pair[] = [];
  const pairs: Pair[] = readdirSync(join(example, 'rules')).map((f) => ({ name: f, rule: read(join(example, 'rules', f)), decision }));
  const documents = pairs.map((p) => ({ name: p.name, text: p.rule }));
  const triples = join(shared, 'corpus/triples');
  if (existsSync(triples)) {
    for (const t of readdirSync(triples)) {
      pairs.push({ name: `triples/${t}`, rule: read(join(triples, t, 'before.md')), decision: read(join(triples, t, 'instrument.md')) });
    }
  }
  const seeds = join(shared, 'seeds');
  if (existsSync(seeds)) for (const f of readdirSync(seeds)) documents.push({ name: `seeds/${f}`, text: read(join(seeds, f)) });
  // The OCR'd gazette issue that holds decree 119, given whole as the decision (the CLI finds the decision in it).
  const gazette = documents.find((d) => d.name.startsWith('seeds/000_'));
  if (gazette)
    for (const p of pairs.slice(0, 13)) gazettes.push({ name: `${p.name} with the whole gazette`, rule: p.rule, decision: gazette.text });
  corpus = { pairs, gazettes, documents };
  return corpus;
}

export interface Failure {
  seed: number;
  index: number;
  what: string;
  error: string;
}

export interface Timing {
  index: number;
  what: string;
  ms: number;
  kb: number;
  msPerKb: number;
}

export interface FuzzOutcome {
  cases: number;
  failures: Failure[];
  /** The cases that took longest per KB of input, slowest first. */
  slowest: Timing[];
}

/** The inputs of one case, as written to disk by `pnpm fuzz --case`. */
export interface CaseInput {
  kind: 'pipeline' | 'document' | 'bytes';
  what: string;
  /** The text before mutation (the rule's, for a pipeline case). */
  original?: string;
  rule?: string;
  decision?: string;
  text?: string;
  bytes?: Uint8Array;
}

/** The inputs of case `index` of a run with `seed`. */
export function caseInput(seed: number, index: number): CaseInput {
  const random = rng((seed * 0x9e3779b1 + index) >>> 0);
  const { pairs, gazettes, documents } = loadCorpus();
  const roll = random();
  if (roll < 0.7) {
    const pair = gazettes.length && random() < 0.05 ? pick(gazettes, random) : pick(pairs, random);
    const which = random();
    // Mostly a few edits, so that most of the text still means something; now and then a mangled file.
    const edits = () => (random() < 0.1 ? 20 + Math.floor(random() * 60) : 1 + Math.floor(random() * 6));
    const hurt = (text: string, donor: string) => {
      const t = mutate(text, random, edits(), donor);
      return random() < 0.1 ? damage(t, random) : t;
    };
    const decision = which < 0.6 ? hurt(pair.decision, pair.rule) : pair.decision;
    const rule = which >= 0.4 ? hurt(pair.rule, pair.decision) : pair.rule;
    const what = `${which < 0.4 ? 'decision' : which < 0.6 ? 'rule and decision' : 'rule'} of ${pair.name}`;
    return { kind: 'pipeline', what, rule, decision, original: pair.rule };
  }
  if (roll < 0.9) {
    const doc = pick(documents, random);
    const text = mutate(doc.text, random, random() < 0.1 ? 20 + Math.floor(random() * 60) : 1 + Math.floor(random() * 8));
    return { kind: 'document', what: `document ${doc.name}`, text: random() < 0.1 ? damage(text, random) : text, original: doc.text };
  }
  const doc = pick(documents, random);
  return { kind: 'bytes', what: `bytes from ${doc.name}`, bytes: mutateBytes(doc.text, random) };
}

/** Run one case; returns a reason when it fails. */
export function runCase(input: CaseInput): string | undefined {
  switch (input.kind) {
    case 'pipeline':
      return pipelineCase(input.rule!, input.decision!);
    case 'document':
      return documentCase(input.text!);
    case 'bytes':
      return bytesCase(input.bytes!);
  }
}

function pipelineCase(ruleText: string, decisionText: string): string | undefined {
  const rule = { file: 'rule.txt', text: ruleText };
  const decision = { file: 'decision.md', text: decisionText };
  const result = amend(rule, decision);
  const sources = new Map([
    [rule.file, rule.text],
    [decision.file, decision.text],
  ]);
  const bad = checkDiagnostics(result.diagnostics, sources) ?? (result.decision && checkDecisionSpans(result.decision, decision.text));
  if (bad) return bad;
  const c = result.consolidation;
  if (!c || result.diagnostics.some((d) => d.severity === 'error')) return undefined;
  for (const format of ['text', 'md', 'html', 'json'] as const) render(c.after, format);
  render(c.after, 'akn', c);
  const text = serialize(c.after);
  const back = parseRule(text, { file: 'after.txt' });
  const errors = back.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) return `the consolidated text does not read back: ${errors[0].message}`;
  if (serialize(back.value) !== text) return 'the consolidated text is not a fixed point of parse and serialize';
  return undefined;
}

/** Every span the decision parser gives (rules, items, operations, repeals, closing clauses) lies in the decision and agrees with itself. */
function checkDecisionSpans(d: Decision, text: string): string | undefined {
  const spans: [string, Span][] = [
    ...d.repealed.map((r) => [`repeal ${r.title}`, r.span] as [string, Span]),
    ...d.closing.map((c) => [`closing ${c.kind}`, c.span] as [string, Span]),
  ];
  for (const a of d.amendments) {
    spans.push([`rule ${a.title}`, a.span]);
    for (const item of a.items) {
      spans.push([`item ${item.path}`, item.span]);
      for (const op of item.operations) spans.push([`${op.kind} in ${item.path}`, op.span]);
    }
  }
  const list = spans.map(([what, span]) => ({
    ruleId: 'decision/span' as Diagnostic['ruleId'],
    severity: 'info' as const,
    message: what,
    file: 'decision.md',
    span,
  }));
  return checkDiagnostics(list, new Map([['decision.md', text]]));
}

function documentCase(text: string): string | undefined {
  const file = 'doc.txt';
  const sources = new Map([[file, text]]);
  const doc = parseDocument(text, { file });
  const split = splitGazette(text, file);
  findReferences(doc.value);
  serialize(doc.value);
  return checkDiagnostics([...doc.diagnostics, ...split.diagnostics], sources);
}

let scratch: string | undefined;

function bytesCase(bytes: Uint8Array): string | undefined {
  const decoded = decode(bytes, 'bytes.txt');
  if ((decoded.value === undefined) !== decoded.diagnostics.some((d) => d.severity === 'error')) {
    return 'decode gave no text without saying why, or an error with text';
  }
  // The CLI reader on the same bytes from disk: the same verdict, the file left as it was.
  scratch ??= mkdtempSync(join(tmpdir(), 'amend-fuzz-'));
  const path = join(scratch, 'input.txt');
  writeFileSync(path, bytes);
  const read = readSource(path);
  if (read.source?.text !== decoded.value) return 'the CLI reader and decode disagree';
  if (!Buffer.from(readFileSync(path)).equals(Buffer.from(bytes))) return 'reading changed the file';
  if (decoded.value !== undefined) {
    const doc = parseDocument(decoded.value, { file: 'bytes.txt' });
    return checkDiagnostics(doc.diagnostics, new Map([['bytes.txt', decoded.value]]));
  }
  return undefined;
}

export function cleanUp(): void {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
}

/**
 * Every diagnostic names a file; a span lies inside that file's text and
 * its line and column agree with its offset; the caret printer copes.
 */
export function checkDiagnostics(list: readonly Diagnostic[], sources: ReadonlyMap<string, string>): string | undefined {
  const indexes = new Map<string, LineIndex>();
  for (const d of list) {
    formatDiagnostic(d, sources);
    if (d.file === undefined) return `${d.ruleId} names no file: ${d.message}`;
    if (!d.span) continue;
    const text = sources.get(d.file);
    if (text === undefined) return `${d.ruleId} points into ${d.file}, which is not an input`;
    let index = indexes.get(d.file);
    if (!index) indexes.set(d.file, (index = new LineIndex(text)));
    const { start, end } = d.span;
    if (start.offset < 0 || end.offset > text.length || start.offset > end.offset) {
      return `${d.ruleId} span ${start.offset}–${end.offset} lies outside ${d.file} (${text.length} chars)`;
    }
    for (const p of [start, end]) {
      const q = index.point(p.offset);
      if (q.line !== p.line || q.column !== p.column) {
        return `${d.ruleId} says ${p.line}:${p.column} for offset ${p.offset}, which is ${q.line}:${q.column}`;
      }
    }
  }
  return undefined;
}

/** KB of UTF-8 text a case reads. */
function sizeOf(input: CaseInput): number {
  const texts = [input.rule, input.decision, input.text].filter((t) => t !== undefined);
  return texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1024;
}

/** Run `count` cases from `seed`; nothing may throw, every diagnostic must point where it says. */
export function fuzz(seed: number, count: number, keep = 20): FuzzOutcome {
  const outcome: FuzzOutcome = { cases: 0, failures: [], slowest: [] };
  try {
    for (let index = 0; index < count; index++) {
      const input = caseInput(seed, index);
      const t = performance.now();
      let reason: string | undefined;
      try {
        reason = runCase(input);
      } catch (e) {
        reason = String((e as Error).stack ?? e);
      }
      const ms = performance.now() - t;
      if (reason) outcome.failures.push({ seed, index, what: input.what, error: reason });
      // Bytes cases are tiny and mostly file I/O: their time per KB says nothing about the parsers.
      const kb = sizeOf(input);
      // The first cases run before the JIT has warmed up: their times say nothing either.
      if (input.kind !== 'bytes' && kb > 1 && index >= Math.min(200, count / 10))
        record(outcome.slowest, { index, what: input.what, ms, kb, msPerKb: ms / kb }, keep);
      outcome.cases++;
    }
  } finally {
    cleanUp();
  }
  return outcome;
}

function record(list: Timing[], t: Timing, keep: number): void {
  if (list.length >= keep && t.msPerKb <= list[list.length - 1].msPerKb) return;
  list.push(t);
  list.sort((a, b) => b.msPerKb - a.msPerKb);
  if (list.length > keep) list.pop();
}

/** Time one case again (best of `runs`), to tell a slow input from a garbage collection. */
export function retime(seed: number, index: number, runs = 3): number {
  const input = caseInput(seed, index);
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    try {
      runCase(input);
    } catch {
      // reported by the run itself
    }
    best = Math.min(best, performance.now() - t);
  }
  cleanUp();
  return best;
}
