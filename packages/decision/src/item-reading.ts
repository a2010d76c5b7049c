import { tokenMatcher, type IToken } from 'chevrotain';
import type { ClosingClause, DecisionItem, Diagnostic, Span } from '@amend/model';
import { diagnostic, lastAtMost } from '@amend/model';
import type { Clause } from './clauses.ts';
import { closingKind } from './closing-clauses.ts';
import type { FramedItem } from './framing-state.ts';
import type { DecisionSource } from './decision-source.ts';
import { clausePieces, isCommentary, lex, sentences } from './instruction-lexer.ts';
import { parseSentence, type SentenceError } from './instruction-parser.ts';
import { Add, Delete, Jiang, Other, Quoted, RefTok, Sep, verbTokens, Zai } from './instruction-tokens.ts';
import { clausesOf } from './instruction-visitor.ts';
import { ItemResolver } from './item-resolver.ts';
import { itemSegment } from './item-text.ts';
import { namesRange } from './decision-numbering.ts';

/**
 * One framed item through the grammar: its lines joined into a Segment,
 * lexed, cut into sentences, each parsed and visited into clauses, and the
 * clauses resolved into operations with the item's context. A sentence that
 * closes the decision (本决定自公布之日起施行) is a closing clause; an item that
 * describes a change instead of stating it (“为……”修改为“为了……”) is one error
 * and no operation.
 */

export interface ReadOptions {
  file?: string;
  verbatim: boolean;
  /** The rule an item amends, given the law its first clause names (if any). */
  pickRule(law: string | undefined): string;
  /**
   * The decision narrates its changes (a 修正案 telling what 修正后 the rule
   * says): an item the grammar cannot read whole describes, one error.
   */
  narrative?: boolean;
}

export interface ReadItem {
  text: string;
  /** The rule the item amends ('' when it can belong to none). */
  rule: string;
  operations: DecisionItem['operations'];
  diagnostics: Diagnostic[];
  closing: ClosingClause[];
  /** The item states something without amending anything (kept as a closing clause). */
  statement: boolean;
  /**
   * An operation acts on a range that runs on to the rule's end (第十一条及其后条文中的…), which the decision's
   * numbering reads (decision-numbering): told while the operations are fresh, not looked for again.
   */
  ranges: boolean;
}

const EXPECTED = '将 删去 在 增加 第X条 “…”';

/** Words that describe a change instead of stating it. */
const DESCRIPTIVE =
  /(?:关于|有关).{1,30}的(?:内容|规定|表述)(?:删除|删去)?|相应条款的表述|数字日期|其他内容修改为|原条例本条|本条共设|涉及的.{0,20}(?:全部|均)修改为/;

/**
 * …… and its ASCII stand-in ......: words left out (rule texts print …… too, so alone it proves nothing).
 * Found by search: a sentence carries its payload.
 */
function hasEllipsis(text: string): boolean {
  return text.includes('……') || text.includes('...');
}

/** A quotation that opens with one: what it leaves out is the words before (“......，编制…”). */
const ELIDED_START = /“(?:……|\.{3,})/;

/** What a line of a payload may end with: a mark (real ones break a list after ，: 主任， / 副主任若干人，), a closing quotation or bracket. */
const PARAGRAPH_CLOSE = /[。；：！？，、”’）).;:,!?"]$/;
const HEADING_LINE = /^第[零〇一二两三四五六七八九十百]+[编章节]/;

/**
 * An unquoted payload line ending in no mark, with another payload line after
 * it (…加强地名管理，建立 / 地名档案。): a paragraph an OCR line break may have
 * cut in two. The lines are read as written (real payloads hold paragraphs,
 * each ending in its mark, and headings, which have none); the reader is told.
 */
function unfinishedLines(item: FramedItem, source: DecisionSource, file: string | undefined, diagnostics: Diagnostic[]): void {
  const lines = item.lines;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i];
    const b = lines[i + 1];
    if (!a.raw || !b.raw || b.join !== 'newline' || PARAGRAPH_CLOSE.test(a.text) || HEADING_LINE.test(a.text)) continue;
    const where = source.index.span(a.start, b.end);
    diagnostics.push(
      diagnostic('decision/payload-line-unfinished', { line: where.start.line, next: where.end.line }, { file, span: where }),
    );
  }
}

export function readItem(item: FramedItem, source: DecisionSource, opts: ReadOptions): ReadItem {
  const seg = itemSegment(item.lines, source.marks);
  const text = seg.text;
  const span = (from: number, to: number): Span => seg.span(source.index, from, to);
  const diagnostics: Diagnostic[] = [];
  const closing: ClosingClause[] = [];
  const { tokens, unclosed } = lex(text);
  const file = opts.file;
  unfinishedLines(item, source, file, diagnostics);
  if (item.implicit && !tokens.some((t) => verbTokens.includes(t.tokenType))) {
    const where = source.index.span(item.start, item.end);
    diagnostics.push(diagnostic('decision/not-an-instruction', { sentence: clip(text) }, { file, span: where }));
    return {
      text,
      rule: opts.pickRule(undefined),
      operations: [],
      diagnostics,
      closing: [{ kind: 'other', text, span: where }],
      statement: true,
      ranges: false,
    };
  }
  if (!tokens.length) {
    // A label with nothing after it.
    diagnostics.push(
      diagnostic(
        'decision/unrecognised-instruction',
        { sentence: item.label },
        { file, span: source.index.span(item.start, item.end), expected: EXPECTED },
      ),
    );
  }
  const parsed = [];
  for (const sentence of sentences(tokens, text)) {
    const first = sentence[0];
    const last = sentence[sentence.length - 1];
    const sentenceText = text.slice(first.startOffset, (last.endOffset ?? last.startOffset) + 1);
    // A closing clause quotes no words: a sentence holding a quotation is not searched again to be told so.
    const kind = quotesWords(sentence, text) ? undefined : closingKind(sentenceText);
    // 23.条文顺序作相应调整。 under a rule: the rule's own statement, an item without operations.
    if (kind && item.label && (kind === 'renumber' || kind === 'adjust')) continue;
    if (kind) {
      closing.push({ kind, text: sentenceText, span: span(first.startOffset, (last.endOffset ?? last.startOffset) + 1) });
      continue;
    }
    let result = parseSentence(sentence);
    if (!result.cst) {
      // 此外，按照立法技术规范要求，…对条例部分文字表述作了规范，将第六条…: the words before the instruction only say why.
      const rest = afterPreface(sentence);
      if (rest) {
        const retry = parseSentence(rest);
        if (retry.cst) result = retry;
      }
    }
    const pieces = result.cst ? [] : clausePieces(sentence);
    if (pieces.length < 2) {
      parsed.push({
        sentence,
        first,
        last,
        text: sentenceText,
        result,
        read: result.cst ? clausesOf(result.cst, opts.verbatim) : undefined,
      });
      continue;
    }
    // One clause the grammar does not know costs only itself; words that change nothing are passed over.
    // A bare “C”修改为“D” after a clause not read has no places to act on: it goes with that clause.
    let unread = false;
    for (const piece of pieces) {
      if (unread && piece[0].tokenType === Quoted) continue;
      const [a, z] = [piece[0], piece[piece.length - 1]];
      const end = (z.endOffset ?? z.startOffset) + 1;
      if (isCommentary(piece)) {
        diagnostics.push(
          diagnostic('decision/commentary-skipped', { words: text.slice(a.startOffset, end) }, { file, span: span(a.startOffset, end) }),
        );
        continue;
      }
      const r = parseSentence(piece);
      unread = !r.cst;
      parsed.push({
        sentence: piece,
        first: a,
        last: z,
        text: text.slice(a.startOffset, end),
        result: r,
        read: r.cst ? clausesOf(r.cst, opts.verbatim) : undefined,
      });
    }
  }
  if (!parsed.length && (closing.length || !item.label))
    return { text, rule: opts.pickRule(undefined), operations: [], diagnostics, closing, statement: true, ranges: false };
  // The flags first, then the ellipsis tests only when the sentence holds one, the words outside quotations last.
  // A sentence is a piece of the item's text: one without …… or ... has none in any of its sentences. An item's
  // text is the decision's words, line breaks and quotation marks: a decision without … or . has no item to search.
  const ellipsis = source.dots && hasEllipsis(text);
  const descriptive = parsed.find((p) => {
    if (p.read?.elided || (!p.read && opts.narrative)) return true;
    if (ellipsis && hasEllipsis(p.text) && (ELIDED_START.test(p.text) || !p.read || opts.narrative)) return true;
    return DESCRIPTIVE.test(outsideQuotes(text, p.first.startOffset, (p.last.endOffset ?? p.last.startOffset) + 1, seg.quoteMarks));
  });
  if (descriptive) {
    const where = source.index.span(item.start, item.end);
    diagnostics.push(
      diagnostic(
        'decision/descriptive-instruction',
        { item: item.path || item.label || '(1)', sentence: clip(descriptive.text) },
        { file, span: where },
      ),
    );
    return {
      text,
      rule: opts.pickRule(lawOfParsed(parsed)),
      operations: [],
      diagnostics,
      closing,
      statement: false,
      ranges: false,
    };
  }
  const rule = opts.pickRule(lawOfParsed(parsed));
  const resolver = new ItemResolver({ rule, item: item.path, file, sentence: '', diagnostics, span, text, plain: !source.tabs });
  for (const { sentence, first, last, text: sentenceText, result, read } of parsed) {
    // An unclosed payload that the grammar still reads whole ran to the end of the item: recoverable.
    for (const u of unclosed.length ? unclosed.filter((q) => q.start >= first.startOffset && q.start <= last.startOffset) : unclosed) {
      const where = { file, span: span(u.start, u.start + 1) };
      if (u.recovered) diagnostics.push(diagnostic('decision/unclosed-quote-recovered', {}, where));
      else if (read && u.end >= text.trimEnd().length && !item.cutByClosing)
        diagnostics.push(diagnostic('decision/unclosed-quote-at-end', { item: item.path || '(1)' }, where));
      else diagnostics.push(diagnostic('decision/unclosed-quote', {}, where));
    }
    if (!read) {
      diagnostics.push(syntaxError(sentence, result.errors[0], sentenceText, span, file));
      continue;
    }
    for (const t of read.tidied) {
      diagnostics.push(
        diagnostic('decision/tidied-punctuation', { from: t.from, to: t.to }, { file, span: span(t.at, t.at + t.from.length) }),
      );
    }
    resolver.resolve(read.clauses, sentenceText);
  }
  const operations = resolver.finish();
  return { text, rule, operations, diagnostics, closing, statement: false, ranges: namesRange(operations) };
}

/** Whether the sentence holds a quotation opened by a “ of the text (which closingKind reads as an instruction). */
function quotesWords(sentence: IToken[], text: string): boolean {
  for (const t of sentence) if (t.tokenType === Quoted && text.charCodeAt(t.startOffset) === 0x201c) return true;
  return false;
}

const OPENERS = new Set([Jiang, Delete, Zai, Add]);

/**
 * The instruction after a preface that quotes nothing, names no provision and
 * changes nothing (为了…，结合…，对条例部分文字表述作了规范，将…), or undefined.
 */
function afterPreface(sentence: IToken[]): IToken[] | undefined {
  for (let i = 0; i < sentence.length - 1; i++) {
    const t = sentence[i];
    if (t.tokenType === Quoted || tokenMatcher(t, RefTok) || verbTokens.includes(t.tokenType)) return undefined;
    if (tokenMatcher(t, Sep) && OPENERS.has(sentence[i + 1].tokenType)) return sentence.slice(i + 1);
  }
  return undefined;
}

/**
 * The words of the sentence [from, to) of the item's `text` outside its quotations, read from the marks the
 * segment noted (`Segment.quoteMarks`), or found by search without them.
 */
function outsideQuotes(text: string, from: number, to: number, marks: readonly number[] | undefined): string {
  if (!marks) return outsideSearched(text.slice(from, to));
  let depth = 0;
  let out = '';
  let at = from;
  // Sentences are read in order, but a sentence left out of `parsed` may be skipped: the first mark is searched.
  let i = marks.length && marks[0] < from * 2 ? lastAtMost(marks, from * 2 - 1) + 1 : 0;
  for (; i < marks.length && marks[i] < to * 2; i++) {
    const pos = marks[i] >> 1;
    if (depth === 0) out += text.slice(at, pos);
    depth = marks[i] & 1 ? Math.max(0, depth - 1) : depth + 1;
    at = pos + 1;
  }
  return depth === 0 ? out + text.slice(at, to) : out;
}

/** The words of a sentence outside its quotations, the marks found by search. */
function outsideSearched(text: string): string {
  let depth = 0;
  let out = '';
  // Runs between quotation marks are copied whole; the marks are found by search, a payload is not walked.
  let from = 0;
  let open = text.indexOf('“');
  let close = text.indexOf('”');
  while (open >= 0 || close >= 0) {
    const i = close < 0 || (open >= 0 && open < close) ? open : close;
    const opens = i === open;
    if (depth === 0) out += text.slice(from, i);
    depth = opens ? depth + 1 : Math.max(0, depth - 1);
    from = i + 1;
    if (opens) open = text.indexOf('“', i + 1);
    else close = text.indexOf('”', i + 1);
  }
  return depth === 0 ? out + text.slice(from) : out;
}

/** The first law the sentences read name before a place. */
function lawOfParsed(parsed: { read?: { clauses: Clause[] } }[]): string | undefined {
  for (const p of parsed) {
    const law = p.read ? lawOf(p.read.clauses) : undefined;
    if (law) return law;
  }
  return undefined;
}

/** The first law an item names before a place. */
function lawOf(clauses: Clause[]): string | undefined {
  for (const c of clauses) {
    const targets =
      c.kind === 'replacePhrases' ? c.groups[0].targets : 'targets' in c ? c.targets : c.kind === 'insert' ? c.anchor?.targets : undefined;
    if (targets) for (const t of targets) if (t.law) return t.law;
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
  error: SentenceError,
  text: string,
  span: (from: number, to: number) => Span,
  file: string | undefined,
): Diagnostic {
  const stray = sentence.find((t) => t.tokenType === Other);
  const at = stray ?? (Number.isNaN(error.token.startOffset) ? sentence[sentence.length - 1] : error.token);
  const expected = stray ? expectedBefore(sentence, stray) : error.expected();
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
  if (!prefix.length) return EXPECTED;
  const probe = parseSentence([...prefix, at]);
  return probe.errors[0]?.expected() ?? '';
}

export function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? flat.slice(0, 79) + '…' : flat;
}
