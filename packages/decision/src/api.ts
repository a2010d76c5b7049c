import type { IToken } from 'chevrotain';
import type { ClosingClause, Decision, DecisionItem, Diagnostic, Result, RuleAmendment, Span } from '@amend/model';
import { diagnostic, LineIndex, oneLine } from '@amend/model';
import { frame, type FramedItem } from './document.ts';
import { lex, sentences } from './lexer.ts';
import { statedCount } from './meta.ts';
import { parseSentence } from './syntax.ts';
import { ItemResolver } from './resolve.ts';
import { Other, verbTokens } from './tokens.ts';
import { clausesOf } from './visitor.ts';
import type { Clause } from './clauses.ts';

export interface ParseDecisionOptions {
  /** File name put into diagnostics. */
  file?: string;
}

/**
 * Decision text → typed operations. Every problem is a diagnostic with a span
 * into `text`; one bad sentence costs only itself, the rest is still read.
 */
export function parseDecision(text: string, opts: ParseDecisionOptions = {}): Result<Decision> {
  const diagnostics: Diagnostic[] = [];
  const index = new LineIndex(text);
  const file = opts.file;
  const framed = frame(text, { file, index, diagnostics, isInstruction });
  const closing: ClosingClause[] = [...framed.closing];
  const amendments: RuleAmendment[] = [];
  const aliases = new Set([...framed.preamble.matchAll(/以下简称《(.+?)》/g)].map((m) => m[1]));
  for (const rule of framed.rules) {
    // Under no heading, an item that names its law (将《中华人民共和国某某法》第十条…) amends that law.
    const byLaw = new Map<string, RuleAmendment>();
    const own: RuleAmendment = { title: rule.title, label: rule.label, span: rule.span, items: [] };
    byLaw.set(rule.title, own);
    const pick = (law: string | undefined) =>
      rule.label === '' && law !== undefined && !aliases.has(law) ? law : rule.title;
    for (const item of rule.items) {
      const read = readItem(item, pick, index, file);
      if (read.statement) {
        // A paragraph with no instruction verb at all states something; keep it, do not guess.
        diagnostics.push(
          diagnostic('decision/not-an-instruction', { sentence: clip(read.text) }, { file, span: item.span }),
        );
        closing.push({ kind: 'other', text: read.text, span: item.span });
        continue;
      }
      diagnostics.push(...read.diagnostics);
      let target = byLaw.get(read.rule);
      if (!target) {
        target = { title: read.rule, label: '', span: item.span, items: [] };
        byLaw.set(read.rule, target);
      }
      target.items.push({ label: item.label, num: item.num, path: item.path, text: read.text, span: item.span, operations: read.operations });
    }
    for (const amendment of byLaw.values()) {
      if (amendment.items.length || (amendment === own && !rule.items.length)) amendments.push(amendment);
    }
  }
  checkCounts(framed.preamble, framed.preambleSpan, framed.repealed.length, amendments.length, diagnostics, file);
  const statements = closing.some((c) => c.kind === 'other');
  if (!amendments.some((a) => a.items.length) && !framed.repealed.length && !statements) {
    diagnostics.push(diagnostic('decision/no-instructions', {}, { file, span: index.span(0, text.length) }));
  }
  closing.sort((a, b) => a.span.start.offset - b.span.start.offset);
  const decision: Decision = {
    title: framed.title,
    meta: framed.meta,
    preamble: framed.preamble,
    repealed: framed.repealed,
    amendments,
    closing,
  };
  if (file !== undefined) decision.file = file;
  return { value: decision, diagnostics };
}

interface ReadItem {
  text: string;
  /** The rule the item amends. */
  rule: string;
  operations: DecisionItem['operations'];
  diagnostics: Diagnostic[];
  statement: boolean;
}

function readItem(
  item: FramedItem,
  pickRule: (law: string | undefined) => string,
  index: LineIndex,
  file: string | undefined,
): ReadItem {
  const seg = item.segment;
  const text = seg.text;
  const diagnostics: Diagnostic[] = [];
  const { tokens, unclosed } = lex(text);
  if (item.implicit && !tokens.some((t) => verbTokens.includes(t.tokenType))) {
    return { text, rule: pickRule(undefined), operations: [], diagnostics, statement: true };
  }
  if (!tokens.length) {
    // A label with nothing after it.
    const where = { file, span: item.span, expected: '将 删去 在 增加 第X条 “…”' };
    diagnostics.push(diagnostic('decision/unrecognised-instruction', { sentence: item.label }, where));
  }
  const parsed = sentences(tokens, text).map((sentence) => {
    const first = sentence[0];
    const last = sentence[sentence.length - 1];
    const result = parseSentence(sentence);
    return {
      sentence,
      first,
      last,
      text: text.slice(first.startOffset, (last.endOffset ?? last.startOffset) + 1),
      result,
      clauses: result.cst ? clausesOf(result.cst) : undefined,
    };
  });
  const rule = pickRule(lawOf(parsed.flatMap((p) => p.clauses ?? [])));
  const env = {
    rule,
    item: item.path,
    file,
    sentence: '',
    diagnostics,
    span: (from: number, to: number) => seg.span(index, from, to),
  };
  const resolver = new ItemResolver(env);
  for (const { sentence, first, last, text: sentenceText, result, clauses } of parsed) {
    // An unclosed payload that the grammar still reads whole ran to the end of the item: recoverable.
    for (const u of unclosed.filter((q) => q.start >= first.startOffset && q.start <= last.startOffset)) {
      const where = { file, span: seg.span(index, u.start, u.start + 1) };
      diagnostics.push(
        clauses && u.end >= text.trimEnd().length
          ? diagnostic('decision/unclosed-quote-at-end', { item: item.path || '(1)' }, where)
          : diagnostic('decision/unclosed-quote', {}, where),
      );
    }
    if (!clauses) {
      diagnostics.push(syntaxError(sentence, result.errors[0], sentenceText, (a, b) => seg.span(index, a, b), file));
      continue;
    }
    resolver.resolve(clauses, { sentence: sentenceText });
  }
  return { text, rule, operations: resolver.finish(), diagnostics, statement: false };
}

/** The first law an item names before a place. */
function lawOf(clauses: Clause[]): string | undefined {
  for (const c of clauses) {
    const targets = 'targets' in c ? c.targets : c.kind === 'insert' ? c.anchor?.targets : undefined;
    const law = targets?.find((t) => t.sel.law)?.sel.law;
    if (law) return law;
  }
  return undefined;
}

/**
 * A sentence the grammar rejects. When it holds words the grammar has no
 * token for, the first of them is the likely culprit; otherwise the token
 * where chevrotain stopped.
 */
function syntaxError(
  sentence: IToken[],
  error: { token: IToken; expected: string },
  text: string,
  span: (from: number, to: number) => ReturnType<LineIndex['span']>,
  file: string | undefined,
): Diagnostic {
  const stray = sentence.find((t) => t.tokenType === Other);
  const at = stray ?? (Number.isNaN(error.token.startOffset) ? sentence[sentence.length - 1] : error.token);
  const expected = stray ? expectedBefore(sentence, stray) : error.expected;
  const where = span(at.startOffset, (at.endOffset ?? at.startOffset) + 1);
  if (at === sentence[0] || !tokensBefore(sentence, at).some((t) => verbTokens.includes(t.tokenType))) {
    return diagnostic('decision/unrecognised-instruction', { sentence: clip(text), found: at.image }, { file, span: where, expected });
  }
  return diagnostic('decision/unexpected-token', { found: at.image, sentence: clip(text) }, { file, span: where, expected });
}

function tokensBefore(sentence: IToken[], at: IToken): IToken[] {
  const i = sentence.indexOf(at);
  return i < 0 ? sentence : sentence.slice(0, i);
}

function expectedBefore(sentence: IToken[], at: IToken): string {
  const prefix = tokensBefore(sentence, at);
  if (!prefix.length) return '将 删去 在 增加 第X条 “…”';
  const probe = parseSentence([...prefix, at]);
  return probe.errors[0]?.expected ?? '';
}

/** Whether a line is a whole instruction by itself (ends an unquoted payload). */
function isInstruction(line: string): boolean {
  const { tokens } = lex(line);
  if (!tokens.some((t) => verbTokens.includes(t.tokenType)) || tokens.some((t) => t.tokenType === Other)) return false;
  return sentences(tokens, line).every((s) => parseSentence(s).cst !== undefined);
}

function checkCounts(
  preamble: string,
  span: Span,
  repealed: number,
  amended: number,
  diagnostics: Diagnostic[],
  file: string | undefined,
): void {
  const stated = [
    { what: 'repealed rules', n: statedCount(preamble, '废止'), found: repealed },
    { what: 'amended rules', n: statedCount(preamble, '修改'), found: amended },
  ];
  for (const s of stated) {
    if (s.n !== undefined && s.n !== s.found) {
      diagnostics.push(diagnostic('decision/stated-count-mismatch', { stated: s.n, what: s.what, found: s.found }, { file, span }));
    }
  }
}

function clip(text: string): string {
  return oneLine(text, 80);
}
