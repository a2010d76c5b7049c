import type { ClosingClause, Decision, Diagnostic, DocumentMeta, Repeal, Result, RuleAmendment } from '@amend/model';
import { diagnostic } from '@amend/model';
import { frame } from './decision-framing.ts';
import type { FramedItem } from './framing-state.ts';
import { readHeader, readSignature } from './decision-header.ts';
import { readSource, type DecisionSource } from './decision-source.ts';
import { readNumbering } from './decision-numbering.ts';
import type { ReadMemo } from './item-memo.ts';
import { clip, readItem, type ReadItem, type ReadOptions } from './item-reading.ts';
import { followAmendedNumbers } from './amended-numbers.ts';
import { amendedTitle, isShortName } from './rule-names.ts';

export interface ParseDecisionOptions {
  /** File name put into diagnostics. */
  file?: string;
  /**
   * Keep every quoted text exactly as written: no ASCII , ; : read as
   * full-width, no stray spaces around numbers removed.
   */
  verbatim?: boolean;
  /**
   * Kept from one parse to the next of a text being edited: items whose
   * words did not change are not read again (the preview's keystrokes).
   */
  memo?: ReadMemo;
}

/**
 * Decision text → typed operations, in one straight line: the source with
 * its quotation marks normalised (decision-source) → header (decision-header)
 * → framing: preamble, repeals, rules, items, payloads, closing clauses
 * (decision-framing) → each item lexed, parsed, visited and resolved
 * (item-reading). Every problem is a diagnostic with a span into `text`;
 * one bad sentence costs only itself, the rest is still read.
 */
export function parseDecision(text: string, opts: ParseDecisionOptions = {}): Result<Decision> {
  const diagnostics: Diagnostic[] = [];
  const file = opts.file;
  const source = readSource(text);
  opts.memo?.begin();
  const header = readHeader(source.lines);
  const framed = frame(source.lines.slice(header.bodyStart), {
    file,
    index: source.index,
    marks: source.marks,
    diagnostics,
    meta: header.meta,
    title: header.title,
  });
  const closing: ClosingClause[] = [...framed.closing];
  // Most preambles name no law short: the pattern is not run over them.
  const aliases = new Set(
    framed.preamble.includes('以下简称《') ? [...framed.preamble.matchAll(/以下简称《(.+?)》/g)].map((m) => m[1]) : undefined,
  );
  const single = amendedTitle(header.title, framed.preamble);
  // 《某某条例》等三部单行条例修正案 telling item by item what 修正后 the rules say.
  const narrative = header.title.endsWith('修正案') && source.text.includes('修正后');
  const amendments: RuleAmendment[] = [];
  /** The amendments an operation of which names a range (第十一条及其后条文中的…). */
  const ranged = new Set<RuleAmendment>();
  const general: FramedItem[] = [];
  for (const rule of framed.rules) {
    // Under no heading, an item that names its law (将《中华人民共和国某某法》第十条…) amends that law.
    const title = rule.title || single;
    const byLaw = new Map<string, RuleAmendment>();
    const own: RuleAmendment = { title, label: rule.label, span: source.index.span(rule.start, rule.end), items: [] };
    byLaw.set(title, own);
    const pick = (law: string | undefined): string => {
      if (law === undefined || aliases.has(law) || isShortName(law, title)) return title;
      return law;
    };
    // The same for every item of the rule: made once.
    const readOptions: ReadOptions = { file, verbatim: opts.verbatim ?? false, pickRule: pick, narrative };
    for (const item of rule.items) {
      if (item.general) {
        general.push(item);
        continue;
      }
      const read = readWith(opts.memo, item, source, readOptions);
      // Most items report nothing and close nothing: no spread call for them.
      if (read.diagnostics.length) diagnostics.push(...read.diagnostics);
      if (read.closing.length) closing.push(...read.closing);
      if (read.statement) continue;
      if (!read.rule) {
        diagnostics.push(
          diagnostic('decision/no-rule', { sentence: clip(read.text) }, { file, span: source.index.span(item.start, item.end) }),
        );
        continue;
      }
      let target = byLaw.get(read.rule);
      if (!target) {
        target = { title: read.rule, label: '', span: source.index.span(item.start, item.end), items: [] };
        byLaw.set(read.rule, target);
      }
      if (read.ranges) ranged.add(target);
      target.items.push({
        label: item.label,
        num: item.num,
        path: item.path,
        text: read.text,
        span: source.index.span(item.start, item.end),
        operations: read.operations,
      });
    }
    for (const amendment of byLaw.values()) {
      if (amendment.items.length || (amendment === own && !rule.items.length && rule.label)) amendments.push(amendment);
    }
  }
  readGeneral(general, amendments, source, opts, diagnostics, ranged);
  readNumbering(amendments, diagnostics, file, ranged);
  followAmendedNumbers(amendments, diagnostics);
  checkCounts(framed, amendments, diagnostics, file, source);
  const statements = closing.some((c) => c.kind === 'other');
  if (!amendments.some((a) => a.items.length) && !framed.repealed.length && !statements) {
    diagnostics.push(diagnostic('decision/no-instructions', {}, { file, span: source.index.span(0, text.length) }));
  }
  for (const c of closing)
    if (c.kind === 'citations')
      diagnostics.push(diagnostic('decision/citations-adjusted', { clause: clip(c.text) }, { file, span: c.span }));
  closing.sort((a, b) => a.span.start.offset - b.span.start.offset);
  const meta = signed(header.meta, closing, diagnostics);
  const decision: Decision = {
    title: header.title,
    meta,
    preamble: framed.preamble,
    repealed: framed.repealed,
    amendments,
    closing,
  };
  if (file !== undefined) decision.file = file;
  return { value: decision, diagnostics };
}

/**
 * Words for every rule of the decision (此外，将上述五件地方性法规名称和内容中
 * “区县”…统一修改为“区”): read once per amended rule, so that each gets the
 * operations under its own title.
 */
function readGeneral(
  general: FramedItem[],
  amendments: RuleAmendment[],
  source: DecisionSource,
  opts: ParseDecisionOptions,
  diagnostics: Diagnostic[],
  ranged: Set<RuleAmendment>,
): void {
  for (const item of general) {
    const targets = amendments.filter((a) => a.title);
    targets.forEach((amendment, i) => {
      const read = readWith(opts.memo, item, source, {
        file: opts.file,
        verbatim: opts.verbatim ?? false,
        pickRule: () => amendment.title,
      });
      // Problems of the words are the same for every rule: report them once.
      if (i === 0) diagnostics.push(...read.diagnostics);
      if (read.statement || !read.operations.length) return;
      // Words for several rules need not find every phrase in each of them.
      const operations = targets.length > 1 ? read.operations.map((op) => ({ ...op, decisionWide: true as const })) : read.operations;
      if (read.ranges) ranged.add(amendment);
      amendment.items.push({
        label: item.label,
        num: item.num,
        path: item.path,
        text: read.text,
        span: source.index.span(item.start, item.end),
        operations,
      });
    });
  }
}

function readWith(memo: ReadMemo | undefined, item: FramedItem, source: DecisionSource, opts: ReadOptions): ReadItem {
  return memo ? memo.read(item, source, opts) : readItem(item, source, opts);
}

function checkCounts(
  framed: {
    statedCounts: { repealed?: number; amended?: number };
    preambleSpan: Decision['amendments'][number]['span'];
    repealed: Repeal[];
  },
  amendments: RuleAmendment[],
  diagnostics: Diagnostic[],
  file: string | undefined,
  _source: DecisionSource,
): void {
  const stated = [
    { what: 'repealed rules', n: framed.statedCounts.repealed, found: framed.repealed.length },
    { what: 'amended rules', n: framed.statedCounts.amended, found: amendments.length },
  ];
  for (const s of stated) {
    if (s.n !== undefined && s.n !== s.found) {
      diagnostics.push(
        diagnostic('decision/stated-count-mismatch', { stated: s.n, what: s.what, found: s.found }, { file, span: framed.preambleSpan }),
      );
    }
  }
}

/**
 * A last clause that is only the issuer and a date is the signature: it
 * dates the decision (promulgated, when the note under the title does not)
 * and is neither a clause nor a paragraph to warn about.
 */
function signed(meta: DocumentMeta, closing: ClosingClause[], diagnostics: Diagnostic[]): DocumentMeta {
  const last = closing[closing.length - 1];
  const signature = last?.kind === 'other' ? readSignature(last.text) : undefined;
  if (!last || !signature) return meta;
  closing.pop();
  for (let i = diagnostics.length - 1; i >= 0; i--) {
    const d = diagnostics[i];
    if (d.ruleId === 'decision/not-an-instruction' && d.span?.start.offset === last.span.start.offset) diagnostics.splice(i, 1);
  }
  return {
    ...meta,
    ...(meta.issuer || !signature.issuer ? {} : { issuer: signature.issuer }),
    ...(meta.promulgated ? {} : { promulgated: signature.date }),
  };
}
