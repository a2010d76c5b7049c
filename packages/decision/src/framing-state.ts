import type { ClosingClause, ClosingKind, Diagnostic, DocumentMeta, LineIndex, Repeal, Span } from '@amend/model';
import { CN_NUMERAL_CHARS, diagnostic, effectiveClause, readLabel, squeezeSpaces, type Label, type LabelStyle } from '@amend/model';
import { closingKind } from './closing-clauses.ts';
import { mayHeadSection, sectionOf, type LineSection } from './line-kinds.ts';
import type { SourceLine } from './decision-source.ts';
import { levelOf } from './item-paths.ts';
import { OPENS, type SourceMarks } from './source-marks.ts';
import type { ItemLine } from './item-text.ts';
import { sentencesOf } from './preamble-text.ts';
import { bracketDepth, gridRows, repealsInGrid, repealsInSentence, repealsInTabTable, splitNote } from './repeal-list.ts';

/**
 * What the framing of a decision produces (items, rules, repeals, closing
 * clauses) and the state it keeps while reading the body's lines.
 */

export interface FramedItem {
  label: string;
  num: number;
  path: string;
  lines: ItemLine[];
  start: number;
  end: number;
  /** No label: the text under a rule heading, or a decision of one instruction. */
  implicit: boolean;
  /** Applies to every rule the decision amends (此外，将上述五件地方性法规…中的“A”修改为“B”). */
  general?: boolean;
  /** A quotation of the item was still open when a closing clause came (an error, never payload). */
  cutByClosing?: boolean;
}

export interface FramedRule {
  title: string;
  label: string;
  start: number;
  end: number;
  items: FramedItem[];
}

export interface Framed {
  preamble: string;
  preambleSpan: Span;
  repealed: Repeal[];
  rules: FramedRule[];
  closing: ClosingClause[];
  /** What the preamble states (对10件政府规章予以废止) to check the lists against. */
  statedCounts: { repealed?: number; amended?: number };
}

export interface FrameEnv {
  file?: string;
  index: LineIndex;
  /** The quotation marks of the text the lines are pieces of. */
  marks: SourceMarks;
  diagnostics: Diagnostic[];
  meta: DocumentMeta;
  title: string;
}

export type Mode = 'preamble' | 'amend' | 'repeal';

export interface OpenItem {
  item: FramedItem;
  style: Label['style'];
  /** The level the label numbers: 1. and （1） are both Arabic but one holds the other. */
  level: string;
  num: number;
  /** The item is a group heading (对部分条文作以下修改：): it holds items, gives no instruction. */
  group: boolean;
  raw: boolean;
  /** The last line ends in ： and may introduce an unquoted payload. */
  wantsPayload: boolean;
  /** Items opened under it. */
  children: number;
}

export interface OpenRule extends FramedRule {
  key: string;
  style?: Label['style'];
  num?: number;
  /** A heading that is only the rule's 《name》, its label left out among labelled ones. */
  unlabelled?: boolean;
}

/** 附 / 附： alone on a line. */
const APPENDED = /^附[：:]?$/;

/** A fact of the line not asked yet. */
const UNASKED = null;

/** First characters of the labels read: Chinese numerals (一、), （ ( (（一）, (1)), digits (1.), 第 (第一条). */
const LABEL_FIRST = new Set([...(CN_NUMERAL_CHARS + '（(0123456789０１２３４５６７８９第')].map((c) => c.charCodeAt(0)));

const ITEM_LABELS: LabelStyle[] = ['dun', 'paren', 'arabic', 'article'];

/** The label of an item, heading or repeal entry (第X条 only in the constitution's style). */
function itemLabel(line: SourceLine): Label | undefined {
  // Most lines (a payload's) start with none of them.
  if (!LABEL_FIRST.has(line.text.charCodeAt(0))) return undefined;
  const label = readLabel(line.text, ITEM_LABELS);
  if (label?.style === 'article' && label.length === label.label.length && label.length < line.text.length) return undefined;
  // 1、 (not 1. or （1）): the label ends in 、.
  if (
    label?.style === 'arabic' &&
    label.label.endsWith('、') &&
    /^[0-9０-９]+、/.test(label.label) &&
    !/^[0-9０-９]+、\s*(?:将|删|在|增|第|对|《)/.test(line.text)
  )
    return undefined;
  return label;
}

/**
 * The quotation state across lines, as the framing keeps it: how many quotations are open. It is
 * `QuoteTracker`'s (quotation.ts), fed by marks instead of characters (`feedMarks`); a test keeps the two
 * equal on every line of every decision.
 */
export class QuoteDepth {
  depth = 0;

  get open(): boolean {
    return this.depth > 0;
  }

  reset(): void {
    this.depth = 0;
  }
}

/**
 * Feed a line to the quotation state by its marks alone, read as `QuoteTracker` reads a line: each “ opens
 * (nests) and each ” closes an open quotation, but a “ that is the line's first character (after spaces)
 * continues a running passage instead of nesting. The marks are found by search: a long quoted line is
 * not walked character by character, and a line without marks (most of a payload) leaves the state as it is.
 */
export function feedMarks(quotes: QuoteDepth, text: string): void {
  let open = text.indexOf('“');
  let close = text.indexOf('”');
  if (open < 0 && close < 0) return;
  // Where a “ would open the line: past the spaces trimStart removes.
  const first = open > 0 ? text.length - text.trimStart().length : 0;
  let depth = quotes.depth;
  while (open >= 0 || close >= 0) {
    if (close < 0 || (open >= 0 && open < close)) {
      if (!(open === first && depth > 0)) depth++;
      open = text.indexOf('“', open + 1);
    } else {
      if (depth > 0) depth--;
      close = text.indexOf('”', close + 1);
    }
  }
  quotes.depth = depth;
}

/** What the framing holds while it reads the lines, and what it does that is not about items: preamble, closing clauses, repeal lists. */
export abstract class FramingState {
  protected readonly out: Framed;
  protected readonly quotes = new QuoteDepth();
  protected preambleParts: string[] = [];
  protected preambleRange: [number, number] | undefined;
  protected mode: Mode = 'preamble';
  protected rule: OpenRule | undefined;
  /** Open items from the outermost (a group heading) to the innermost. */
  protected stack: OpenItem[] = [];
  /** Label styles that head a section (一、对下列…予以修改：) and add nothing to paths. */
  protected repeal: { label: string; lines: SourceLine[] } | undefined;
  protected articleStyle = false;
  protected lastArticleItem = 0;
  protected groupOfRules: Label['style'] | undefined;
  protected hasSections = false;
  /** Under a heading of documents repealed before (已被废止的…目录): listed, not repealed here. */
  protected listedOnly = false;
  /** Repeals the preamble states (决定：废止《…》): the decision's own when no list repeals anything. */
  protected preambleRepeals: Repeal[] = [];
  /**
   * What the line being read is, worked out on first need: the framing asks several questions of one
   * line in a row, and of no line again once it has moved on (every fact is a function of the line).
   */
  private factLine: SourceLine | undefined;
  private factLabel: Label | undefined | typeof UNASKED = UNASKED;
  private factClosing: ClosingKind | undefined | typeof UNASKED = UNASKED;
  private factSection: LineSection | typeof UNASKED = UNASKED;

  constructor(
    protected readonly lines: SourceLine[],
    protected readonly env: FrameEnv,
  ) {
    const at = lines[0]?.start ?? 0;
    this.out = { preamble: '', preambleSpan: env.index.span(at, at), repealed: [], rules: [], closing: [], statedCounts: {} };
  }

  /** Close the open items, repeal entry and rule. */
  protected abstract flushAll(): void;

  /**
   * A top-level heading after the decision's closing clause starts another
   * document (a whole gazette issue was given): the decision ends there.
   */
  protected documentEnd(): number {
    // Only a top-level heading can end it: without one, no line need be scanned.
    // 附 alone on a line after the closing clauses: the rule's text as amended, appended to the decision (法释…).
    const ends = (l: SourceLine) => l.heading === 1 || (l.text.charCodeAt(0) === 0x9644 /* 附 */ && APPENDED.test(l.text));
    if (!this.lines.some(ends)) return this.lines.length;
    const quotes = new QuoteDepth();
    let closed = false;
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i];
      if (ends(line) && closed && !quotes.open) {
        const rest = this.lines.length - i;
        this.env.diagnostics.push(
          diagnostic('decision/outside-text', { lines: rest }, { file: this.env.file, span: this.span(line.start, line.end) }),
        );
        return i;
      }
      quotes.depth = this.env.marks.feed(quotes.depth, line.start, line.end);
      if (!quotes.open && this.closingOf(line)) closed = true;
    }
    return this.lines.length;
  }

  protected span(start: number, end: number): Span {
    return this.env.index.span(start, end);
  }

  /** The label of an item, heading or repeal entry (第X条 only in the constitution's style); read once per line. */
  protected labelOf(line: SourceLine): Label | undefined {
    if (line !== this.factLine) this.moveTo(line);
    if (this.factLabel === UNASKED) this.factLabel = itemLabel(line);
    return this.factLabel;
  }

  /** What closing clause a line is (本决定自…起施行), read once per line. */
  protected closingOf(line: SourceLine): ClosingKind | undefined {
    if (line !== this.factLine) this.moveTo(line);
    // A line holding a quotation mark is none (quoted words make an instruction): closingKind would search it to tell.
    if (this.factClosing === UNASKED)
      this.factClosing = this.env.marks.within(line.start, line.end) ? undefined : closingKind(line.text, true);
    return this.factClosing;
  }

  /** The section a line heads (附件, 决定废止的…), given its 一、 or （一） label; read once per line. */
  protected sectionOf(line: SourceLine): LineSection {
    // Most lines (a payload's above all) can head none, whatever their label: their label is not read for it. No
    // heading holds a “.
    if (this.env.marks.within(line.start, line.end) & OPENS || !mayHeadSection(line.text)) return undefined;
    if (line !== this.factLine) this.moveTo(line);
    if (this.factSection === UNASKED) {
      const label = this.labelOf(line);
      this.factSection = sectionOf(line, label?.style === 'dun' || label?.style === 'paren' ? label : undefined);
    }
    return this.factSection;
  }

  private moveTo(line: SourceLine): void {
    this.factLine = line;
    this.factLabel = UNASKED;
    this.factClosing = UNASKED;
    this.factSection = UNASKED;
  }

  /** The quotation state after the piece [start, end) of the text (a line, or a line after its label). */
  protected feedQuotes(start: number, end: number): void {
    this.quotes.depth = this.env.marks.feed(this.quotes.depth, start, end);
  }

  protected get top(): OpenItem | undefined {
    // Not read past the end: an empty stack is the common case between items.
    const n = this.stack.length;
    return n > 0 ? this.stack[n - 1] : undefined;
  }

  /** The next label of an open item's level (or of a level above it, or of the rule headings). */
  protected nextInSequence(label: Label): boolean {
    if (this.rule && this.rule.label && this.rule.style === label.style && label.num === (this.rule.num ?? 0) + 1) return true;
    return this.stack.some((o) => o.level === levelOf(label) && label.num === o.num + 1);
  }

  protected preambleLine(line: SourceLine): void {
    if (
      /^附件[0-9０-９一二三四五六七八九十]*[：:]/.test(line.text) ||
      (/^[0-9０-９]+[.．]\S/.test(line.text) && !/[。；，]/.test(line.text) && line.text.length < 40)
    )
      return;
    // A sentence of the preamble may repeal (决定：废止《…》) or close (本决定自公布之日起施行).
    const kept: string[] = [];
    for (const s of sentencesOf(line)) {
      const kind = closingKind(s.text);
      if (kind && (this.preambleParts.length || kept.length)) {
        this.closingText(kind, s.text, s.start, s.end);
        continue;
      }
      const repeals = repealsInSentence(s.text);
      if (repeals) {
        for (const r of repeals) this.preambleRepeals.push({ ...r, label: '', span: this.span(s.start, s.end) });
        this.env.meta.effective ??= effectiveClause(s.text);
      }
      // 决定废止下列规章： / 决定对以下2件市政府规章予以废止：: the entries follow.
      if (/(?:废止|撤销)(?:下列|以下|如下).{0,20}[：:]$|对(?:下列|以下|如下).{0,20}予以(?:废止|撤销)[：:]$/.test(s.text))
        this.mode = 'repeal';
      kept.push(squeezeSpaces(s.text));
      this.preambleRange = [this.preambleRange?.[0] ?? s.start, s.end];
    }
    if (kept.length) this.preambleParts.push(kept.join(''));
  }

  protected closing(kind: NonNullable<ReturnType<typeof closingKind>>, line: SourceLine, label: Label | undefined): void {
    const from = line.start + (label?.length ?? 0);
    // 本决定自…起施行。《…》根据本决定作相应修改后，重新公布。: one clause per sentence that closes.
    const parts = sentencesOf({ ...line, text: line.text.slice(label?.length ?? 0), start: from }).map((s) => ({
      ...s,
      kind: closingKind(s.text),
    }));
    if (parts.length > 1 && parts.every((p) => p.kind)) {
      for (const p of parts) this.closingText(p.kind!, p.text, p.start, p.end);
      return;
    }
    this.closingText(kind, line.text.slice(label?.length ?? 0), from, line.end);
  }

  protected closingText(kind: NonNullable<ReturnType<typeof closingKind>>, text: string, start: number, end: number): void {
    this.out.closing.push({ kind, text, span: this.span(start, end) });
    if (kind === 'effective') this.env.meta.effective ??= effectiveClause(text);
  }

  protected repealLine(line: SourceLine, label: Label | undefined): void {
    if (label && label.style !== 'article') {
      this.flushRepeal();
      this.repeal = { label: label.label.trim(), lines: [line] };
      return;
    }
    const open = this.repeal && bracketDepth(this.repeal.lines.map((l) => l.text).join('')) > 0;
    if (this.repeal && open) {
      this.repeal.lines.push(line);
      return;
    }
    // Under a section heading: the rest of its title (和司法解释性质文件目录), a count (（12件）).
    this.flushRepeal();
  }

  protected tabTable(lines: SourceLine[]): void {
    this.flushAll();
    if (this.mode !== 'repeal' || this.listedOnly) return;
    for (const r of repealsInTabTable(lines)) {
      this.out.repealed.push({ title: r.title, note: r.note, label: r.label, span: this.span(r.start, r.end) });
    }
  }

  protected table(lines: SourceLine[]): void {
    this.flushAll();
    for (const r of repealsInGrid(gridRows(lines))) {
      this.out.repealed.push({ title: r.title, note: r.note, label: r.label, span: this.span(r.start, r.end) });
    }
  }

  protected currentRule(): OpenRule {
    // Every field of every open rule set, in one order (one shape for the many reads of `this.rule`).
    if (!this.rule)
      this.rule = { title: '', label: '', key: '', style: undefined, num: undefined, unlabelled: false, start: -1, end: -1, items: [] };
    return this.rule;
  }

  protected flushRepeal(): void {
    const r = this.repeal;
    this.repeal = undefined;
    if (!r) return;
    const first = r.lines[0].text.replace(/^\S*?[、）)．.]\s*/, '');
    const text = [first, ...r.lines.slice(1).map((l) => l.text)].join('');
    const { title, note } = splitNote(text);
    const last = r.lines[r.lines.length - 1];
    this.out.repealed.push({ title, note, label: r.label, span: this.span(r.lines[0].start, last.end) });
  }
}
