import type { ClosingClause, Diagnostic, DocumentMeta, LineIndex, Repeal, Span } from '@amend/model';
import { diagnostic, squeezeSpaces } from '@amend/model';
import { amendedTitle, closingKind, effectiveOf, instructionStart, isTitleLine, readMeta, repealedIn, ruleHeadingTitle, splitNote } from './meta.ts';
import { ItemBuilder, isSectionHeading, labelOf, pathLabel, readLines, type Label, type Line } from './lines.ts';
import { QuoteTracker } from './quote.ts';
import type { Segment } from './segment.ts';

/**
 * The decision around its instructions: title and header, preamble, the
 * repeal list, rule headings, numbered items and closing clauses. Works line
 * by line; an item's lines are collected into a Segment for the grammar.
 */

export type { Line } from './lines.ts';

export interface FramedItem {
  label: string;
  num: number;
  path: string;
  segment: Segment;
  span: Span;
  /** No label: the text under a rule heading, or a decision of one instruction. */
  implicit: boolean;
}

export interface FramedRule {
  title: string;
  label: string;
  span: Span;
  items: FramedItem[];
}

export interface Framed {
  title: string;
  meta: DocumentMeta;
  preamble: string;
  /** Where the preamble is (start of the body when there is none). */
  preambleSpan: Span;
  repealed: Repeal[];
  rules: FramedRule[];
  closing: ClosingClause[];
}

/** A rule being collected: its path key (三), heading label style and where it starts. */
type RuleBuilder = FramedRule & { key: string; style?: Label['style']; start: number };

export interface FrameEnv {
  file?: string;
  index: LineIndex;
  diagnostics: Diagnostic[];
  /** Whether a line is a complete instruction (ends an unquoted payload after 内容如下：). */
  isInstruction(text: string): boolean;
}

export function frame(text: string, env: FrameEnv): Framed {
  const lines = readLines(text);
  const infoEnd = lines.findIndex((l) => l.text === '<!-- INFO END -->');
  const firstText = lines.findIndex((l) => l.text !== '');
  let titleIdx: number;
  let bodyStart: number;
  const meta: DocumentMeta = {};
  if (infoEnd >= 0) {
    titleIdx = lines.findIndex((l, i) => i < infoEnd && l.heading > 0);
    if (titleIdx < 0) titleIdx = firstText;
    readMeta(lines.slice(titleIdx + 1, infoEnd).map((l) => l.text), meta);
    bodyStart = infoEnd + 1;
  } else {
    // In a whole gazette issue the decision's title comes after other documents.
    // A table of contents may name it first: a heading is the better witness.
    const titled = (l: Line) => l.text !== '' && isTitleLine(squeezeSpaces(l.text));
    titleIdx = lines.findIndex((l) => l.heading > 0 && titled(l));
    if (titleIdx < 0) titleIdx = lines.findIndex(titled);
    // Failing that, the first line, unless it is already part of the body.
    const first = lines[firstText];
    if (titleIdx < 0 && first && (first.heading > 0 || (!labelOf(first) && !/[。：:；;”]$/.test(first.text)))) titleIdx = firstText;
    readMeta(headerBefore(lines, titleIdx).map((l) => l.text), meta);
    bodyStart = titleIdx + 1;
  }
  const title = titleIdx >= 0 ? squeezeSpaces(lines[titleIdx].text) : '';
  return new Framer(lines.slice(Math.max(bodyStart, 0)), title, meta, env).run();
}

/** The header above a title: from the order heading (…令) just before it, or the few lines before it. */
function headerBefore(lines: Line[], titleIdx: number): Line[] {
  let seen = 0;
  let i = titleIdx - 1;
  for (; i >= 0 && seen < 12; i--) {
    if (lines[i].text === '') continue;
    seen++;
    if (/令$/.test(lines[i].text) && lines[i].text.length < 30) return lines.slice(i, titleIdx);
  }
  return lines.slice(i + 1, Math.max(0, titleIdx));
}

class Framer {
  private readonly out: Framed;
  private readonly quotes = new QuoteTracker();
  private preambleLines: string[] = [];
  private preambleRange: [number, number] | undefined;
  private rule: RuleBuilder | undefined;
  private item: ItemBuilder | undefined;
  private itemRule: RuleBuilder | undefined;
  private repeal: { label: Label; lines: Line[] } | undefined;
  private mode: 'preamble' | 'repeal' | 'amend' = 'preamble';
  private articleStyle = false;
  private lastItemNum = 0;

  constructor(private readonly lines: Line[], title: string, meta: DocumentMeta, private readonly env: FrameEnv) {
    const at = lines[0]?.start ?? 0;
    this.out = { title, meta, preamble: '', preambleSpan: env.index.span(at, at), repealed: [], rules: [], closing: [] };
  }

  run(): Framed {
    const end = this.documentEnd();
    const lines = this.lines.slice(0, end);
    const hasSections = lines.some(isSectionHeading);
    const hasLabels = lines.some((l) => labelOf(l) && !isSectionHeading(l));
    if (!hasSections && !hasLabels) this.mode = 'amend';
    for (const line of lines) this.line(line, hasSections);
    this.flushItem();
    this.flushRepeal();
    this.flushRule();
    this.out.preamble = this.preambleLines.join('\n');
    if (this.preambleRange) this.out.preambleSpan = this.span(...this.preambleRange);
    return this.out;
  }

  /**
   * A top-level heading after the decision's closing clause starts another
   * document (a whole gazette issue was given): the decision ends there.
   */
  private documentEnd(): number {
    const quotes = new QuoteTracker();
    let closed = false;
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i];
      if (line.heading === 1 && closed && !quotes.open) {
        const rest = this.lines.slice(i).filter((l) => l.text !== '').length;
        const where = { file: this.env.file, span: this.span(line.start, line.end) };
        this.env.diagnostics.push(diagnostic('decision/outside-text', { lines: rest }, where));
        return i;
      }
      quotes.feed(line.text);
      if (!quotes.open && closingKind(line.text)) closed = true;
    }
    return this.lines.length;
  }

  private span(start: number, end: number): Span {
    return this.env.index.span(start, end);
  }

  private line(line: Line, hasSections: boolean): void {
    if (line.text === '') return;
    // Inside a quotation nothing is a label or heading: （一）… belongs to the payload.
    if (this.item && this.quotes.open && !this.nextInSequence(line)) {
      this.continueItem(line);
      return;
    }
    if (this.item?.raw) {
      if (!this.env.isInstruction(line.text) && !closingKind(line.text)) {
        this.item.addRaw(line);
        return;
      }
      this.item.closeRaw();
    } else if (this.item?.wantsRaw && !line.text.startsWith('“') && !this.env.isInstruction(line.text)) {
      this.item.openRaw(line);
      return;
    }
    if (isSectionHeading(line)) {
      this.flushAll();
      this.mode = /废止/.test(line.text) && !/修改/.test(line.text) ? 'repeal' : 'amend';
      return;
    }
    const label = labelOf(line);
    const kind = closingKind(line.text);
    if (kind && this.mode !== 'repeal' && (!label || label.style === 'dun') && (kind !== 'renumber' || !this.item)) {
      this.flushItem();
      this.closing(kind, line);
      return;
    }
    if (this.mode === 'preamble') {
      if (!label || hasSections) {
        this.preamble(line);
        return;
      }
      this.mode = 'amend';
    }
    if (this.mode === 'repeal') {
      if (label) {
        this.flushRepeal();
        this.repeal = { label, lines: [line] };
      } else if (this.repeal) this.repeal.lines.push(line);
      else this.preamble(line);
      return;
    }
    this.amendLine(line, label);
  }

  private amendLine(line: Line, label: Label | undefined): void {
    if (label?.style === 'article' && !this.articleStyle && !this.item && !this.rule) this.articleStyle = true;
    const isItemLabel =
      label &&
      (label.style !== 'article' || (this.articleStyle && (this.lastItemNum === 0 || label.num === this.lastItemNum + 1)));
    // 一、宁夏…办法 / 一、修改《…》 / （一）《…》: a rule's heading, not an instruction.
    if ((label?.style === 'dun' || label?.style === 'paren') && !this.articleStyle) {
      const title = ruleHeadingTitle(label.rest);
      if (title !== undefined && (!this.rule || this.rule.label !== '' || this.rule.items.length === 0)) {
        this.flushItem();
        this.flushRule();
        const span = this.span(line.start, line.end);
        this.rule = { title, label: label.label, key: pathLabel(label), style: label.style, span, items: [], start: line.start };
        return;
      }
    }
    // 三、废止《某某办法》（…公布）。: a repeal among the amended rules.
    const repealed = label && label.style !== 'article' ? repealedIn(label.rest) : undefined;
    if (repealed) {
      // It ends the item before it, and a rule headed at its own level.
      this.flushItem();
      if (this.rule && this.rule.label !== '' && this.rule.style === label!.style) this.flushRule();
      const span = this.span(line.start, line.end);
      for (const r of repealed) this.out.repealed.push({ ...r, label: label!.label, span });
      return;
    }
    // 三、将《中华人民共和国丙法》第七条…: an item level with the headings stands under none of them.
    if (label && this.rule && this.rule.style === label.style && this.rule.label !== '') {
      this.flushItem();
      this.flushRule();
    }
    if (isItemLabel) {
      this.startItem(line, label);
      return;
    }
    if (this.item) {
      this.continueItem(line);
      return;
    }
    this.startItem(line, undefined);
  }

  /**
   * The next item's label (same style, next number) ends an item even inside
   * a quotation: the quotation was left unclosed, and the lexer reports it.
   */
  private nextInSequence(line: Line): boolean {
    const label = labelOf(line);
    const current = this.item?.label;
    return !!label && !!current && label.style === current.style && label.num === current.num + 1;
  }

  private preamble(line: Line): void {
    this.preambleLines.push(squeezeSpaces(line.text));
    this.preambleRange = [this.preambleRange?.[0] ?? line.start, line.end];
  }

  private closing(kind: NonNullable<ReturnType<typeof closingKind>>, line: Line): void {
    const text = line.text.replace(/^[一二三四五六七八九十]+、\s*/, '');
    this.out.closing.push({ kind, text, span: this.span(line.end - text.length, line.end) });
    if (kind === 'effective') this.out.meta.effective ??= effectiveOf(text);
  }

  private currentRule(): RuleBuilder {
    if (!this.rule) {
      const title = amendedTitle(this.out.title, this.preambleLines.join(''));
      this.rule = { title, label: '', key: '', span: this.span(0, 0), items: [], start: -1 };
    }
    return this.rule;
  }

  private startItem(line: Line, label: Label | undefined): void {
    this.flushItem();
    let first = { text: label ? label.rest : line.text, start: label ? label.restStart : line.start, end: line.end };
    if (!label && !this.rule && this.out.rules.length === 0 && this.preambleLines.length === 0) {
      // 为了…，将刑法第三百四十二条修改为：— the purpose clause is preamble, the rest the instruction.
      const at = /如下[：:]$|修改[：:]$/.test(line.text) ? line.text.length : instructionStart(line.text);
      if (at > 0) {
        this.preambleLines.push(line.text.slice(0, at).replace(/[，,]$/, ''));
        if (at >= line.text.length) return;
        first = { text: line.text.slice(at), start: line.start + at, end: line.end };
      }
    }
    const rule = this.currentRule();
    if (rule.start < 0) rule.start = label ? line.start : first.start;
    this.item = new ItemBuilder(label, label ? line.start : first.start, first);
    this.itemRule = rule;
    if (label) this.lastItemNum = label.num;
    this.quotes.reset();
    this.quotes.feed(first.text);
  }

  private continueItem(line: Line): void {
    const item = this.item!;
    if (item.add(line)) {
      this.env.diagnostics.push(diagnostic('decision/joined-page-break', {}, { file: this.env.file, span: this.span(line.start, line.start) }));
    }
    this.quotes.feed(line.text);
  }

  private flushItem(): void {
    const item = this.item;
    const rule = this.itemRule;
    this.item = undefined;
    if (!item || !rule) return;
    item.closeRaw();
    const label = item.label;
    const key = label ? pathLabel(label) : '';
    rule.items.push({
      label: label?.label ?? '',
      num: label?.num ?? 0,
      path: rule.key + key,
      segment: item.segment,
      span: this.span(item.start, item.end),
      implicit: !label,
    });
  }

  private flushRule(): void {
    const rule = this.rule;
    this.rule = undefined;
    if (!rule) return;
    const last = rule.items[rule.items.length - 1];
    const start = rule.start >= 0 ? rule.start : (rule.items[0]?.span.start.offset ?? 0);
    const end = last ? last.span.end.offset : rule.span.end.offset;
    const { key: _key, start: _start, style: _style, ...plain } = rule;
    this.out.rules.push({ ...plain, span: this.span(start, Math.max(start, end)) });
    if (!rule.items.length) {
      this.env.diagnostics.push(diagnostic('decision/no-items', { title: rule.title }, { file: this.env.file, span: rule.span }));
    }
  }

  private flushRepeal(): void {
    const r = this.repeal;
    this.repeal = undefined;
    if (!r) return;
    const text = squeezeSpaces([r.label.rest, ...r.lines.slice(1).map((l) => l.text)].join(''));
    const { title, note } = splitNote(text);
    const last = r.lines[r.lines.length - 1];
    this.out.repealed.push({ title, note, label: r.label.label, span: this.span(r.lines[0].start, last.end) });
  }

  private flushAll(): void {
    this.flushItem();
    this.flushRepeal();
    this.flushRule();
  }
}
