import type { ClosingClause, Diagnostic, DocumentMeta, LineIndex, Repeal, Span } from '@amend/model';
import { diagnostic, effectiveClause, readLabel, squeezeSpaces, type Label } from '@amend/model';
import { closingKind } from './closing-clauses.ts';
import type { SourceLine } from './decision-source.ts';
import type { ItemLine } from './item-text.ts';
import { QuoteTracker } from './quotation.ts';
import { gridRows, isGridBorder, isGridRow, repealsInGrid, repealsInSentence, splitNote } from './repeal-list.ts';

/**
 * Framing: the body's lines → preamble, repeal lists, rule headings, items
 * (with their continuation lines and payloads) and closing clauses. Works
 * line by line with the quotation state of the normalised text:
 *
 * - inside an open quotation a line belongs to the payload, unless it is a
 *   closing clause, or the next label in sequence that reads as an
 *   instruction (the quotation was left unclosed: an error);
 * - after an instruction ending in ： that introduces text, the following
 *   lines are the payload (unquoted, 某些省市的写法) up to the next label in
 *   sequence, a closing clause or a line that is an instruction itself;
 * - otherwise a labelled line is a rule heading, a group heading, a repeal
 *   or an item; an unlabelled one continues the item (context carried).
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
  diagnostics: Diagnostic[];
  meta: DocumentMeta;
  title: string;
}

const TERMINAL = /[。；：:;！？!?”’」）)]$/;
const GROUP_HEADING = /(?:作|作出|作如下|作以下|做如下|做以下|做出)(?:修改|调整)[：:]?$|修改如下[：:]?$|^其他修改[：:]$|^对下列条文作出修改[：:]?$|的修改情况$|作如下修改$/;
const INSTRUCTION_START = /^(?:(?:同时|此外|另外|并)[，,]?)?(?:将|把|在|删去|删除|增加|增写|新增|增设|增补|对第|对《)/;
const REF = '(?:原)?(?:第?[零〇一二两三四五六七八九十百千万0-9]+[条款项目章节](?:之[零〇一二两三四五六七八九十]+)?|第[（(][零〇一二三四五六七八九十]+[）)]项)';
const REF_INSTRUCTION = new RegExp(
  `^(?:《[^》]+》)?${REF}(?:(?:、|和|至|及)?${REF})*(?:中的|的|中)?(?:第一处|“[^”]*”)*[，,]?(?:相应地?|分别|统一|均|一律)?(?:修改为|改为|修改成|增加|删去|删除|合并|单列|移作|移至|调整为|分为|并入|内容修改为|章名|节名)`,
);
/** Page numbers and field codes a word processor left in the text: — 2 —, - 30 - (its first dash read as a list mark), PAGE. */
const PAGE_MARK = /^(?:[—\-–－]\s*[0-9０-９]+\s*[—\-–－]|[0-9０-９]+\s*[—\-–－]|PAGE\s*)$/;

/** Whether a line (label removed) reads as an amendment instruction. */
export function readsAsInstruction(text: string): boolean {
  return INSTRUCTION_START.test(text) || REF_INSTRUCTION.test(text);
}

/** A line that heads a section of the decision: 附件N, …决定修改的…, …决定废止的…, 对下列…予以废止：. */
function sectionOf(line: SourceLine, label: Label | undefined): 'amend' | 'repeal' | 'annex' | undefined {
  const text = label ? line.text.slice(label.length) : line.text;
  if (!label && /^附件[0-9０-９一二三四五六七八九十]*$/.test(text)) return 'annex';
  const short = !label && text.length <= 40 && !/[。；：，:;,“]/.test(text);
  const listed = /下列.{0,30}(?:废止|修改)[：:]$/.test(text) && !/[“”]/.test(text);
  if (!(short && /(?:废止|修改)的/.test(text)) && !listed) return undefined;
  return /废止/.test(text) && !/修改/.test(text) ? 'repeal' : 'amend';
}

/** The rule a heading names: 一、宁夏…办法 / 一、修改《…》 / 一、对《…》作出修改 / （一）《…》 / 一、《…》的修改情况. */
export function ruleHeadingTitle(text: string): string | undefined {
  if (/[。；”]$/.test(text) || /^(将|删去|删除|在|增加|第)/.test(text)) return undefined;
  const quoted = /^(?:修改|对)?《(.+)》(?:作出修改|作如下修改|作以下修改|的修改|的修改情况|修改如下)?[：:]?$/.exec(text);
  if (quoted && !/》.*《/.test(quoted[1])) return quoted[1];
  if (/[：:]$/.test(text) || /(修改为|改为|删去|删除|第.{1,8}[条款项]|“)/.test(text)) return undefined;
  if (!/(办法|规定|条例|细则|规则|决定|解释|批复|法|规程|意见|通知|章程)(（[^）]*）)?$/.test(text)) return undefined;
  return squeezeSpaces(text);
}

/** 一、修改《…》等5件地方性法规: a heading over several rules' headings. */
function isGroupOfRules(text: string): boolean {
  return /^(?:修改|对)?《.+》等.{1,6}(?:件|部|项)/.test(text) && !/[。”]$/.test(text);
}

/** 此外，将上述五件地方性法规…: words that apply to every rule of the decision. */
function isGeneral(text: string): boolean {
  return /^(?:此外|另外|同时)[，,]/.test(text) && /上述.{0,8}(?:法规|规章|条例|规定|办法|解释|法律|司法解释)/.test(text);
}

type Mode = 'preamble' | 'amend' | 'repeal';

interface OpenItem {
  item: FramedItem;
  style: Label['style'];
  num: number;
  /** The item is a group heading (对部分条文作以下修改：): it holds items, gives no instruction. */
  group: boolean;
  raw: boolean;
  /** The last line ends in ： and may introduce an unquoted payload. */
  wantsPayload: boolean;
  /** Items opened under it. */
  children: number;
}

interface OpenRule extends FramedRule {
  key: string;
  style?: Label['style'];
  num?: number;
}

export function frame(lines: SourceLine[], env: FrameEnv): Framed {
  return new Framer(lines, env).run();
}

class Framer {
  private readonly out: Framed;
  private readonly quotes = new QuoteTracker();
  private preambleParts: string[] = [];
  private preambleRange: [number, number] | undefined;
  private mode: Mode = 'preamble';
  private rule: OpenRule | undefined;
  /** Open items from the outermost (a group heading) to the innermost. */
  private stack: OpenItem[] = [];
  /** Label styles that head a section (一、对下列…予以修改：) and add nothing to paths. */
  private repeal: { label: string; lines: SourceLine[] } | undefined;
  private articleStyle = false;
  private lastArticleItem = 0;
  private groupOfRules: Label['style'] | undefined;
  private hasSections = false;
  /** Repeals the preamble states (决定：废止《…》): the decision's own when no list repeals anything. */
  private preambleRepeals: Repeal[] = [];

  constructor(
    private readonly lines: SourceLine[],
    private readonly env: FrameEnv,
  ) {
    const at = lines[0]?.start ?? 0;
    this.out = { preamble: '', preambleSpan: env.index.span(at, at), repealed: [], rules: [], closing: [], statedCounts: {} };
  }

  run(): Framed {
    const lines = this.lines.slice(0, this.documentEnd());
    this.hasSections = lines.some((l) => sectionOf(l, readLabel(l.text, ['dun', 'paren'])) !== undefined);
    const hasLabels = lines.some((l) => this.labelOf(l) !== undefined);
    if (!this.hasSections && !hasLabels) this.mode = 'amend';
    for (let i = 0; i < lines.length; i++) {
      if (isGridRow(lines[i].text) || isGridBorder(lines[i].text)) {
        let j = i;
        while (j < lines.length && (isGridRow(lines[j].text) || isGridBorder(lines[j].text))) j++;
        this.table(lines.slice(i, j));
        i = j - 1;
        continue;
      }
      this.line(lines[i]);
    }
    this.flushAll();
    if (!this.out.repealed.length) this.out.repealed.push(...this.preambleRepeals);
    this.out.preamble = this.preambleParts.join('\n');
    if (this.preambleRange) this.out.preambleSpan = this.span(...this.preambleRange);
    this.out.statedCounts = { repealed: statedCount(this.out.preamble, '废止'), amended: statedCount(this.out.preamble, '修改') };
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
        const rest = this.lines.length - i;
        this.env.diagnostics.push(diagnostic('decision/outside-text', { lines: rest }, { file: this.env.file, span: this.span(line.start, line.end) }));
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

  /** The label of an item, heading or repeal entry (第X条 only in the constitution's style). */
  private labelOf(line: SourceLine): Label | undefined {
    const label = readLabel(line.text, ['dun', 'paren', 'arabic', 'article']);
    if (label?.style === 'article' && label.length === label.label.length && label.length < line.text.length) return undefined;
    if (label?.style === 'arabic' && /^[0-9０-９]+、/.test(label.label) && !/^[0-9０-９]+、\s*(?:将|删|在|增|第|对|《)/.test(line.text)) return undefined;
    return label;
  }

  private get top(): OpenItem | undefined {
    return this.stack[this.stack.length - 1];
  }

  private line(line: SourceLine): void {
    const top = this.top;
    if (top && this.quotes.open) {
      if (this.endsOpenQuote(line)) {
        if (closingKind(line.text)) top.item.cutByClosing = true;
        this.quotes.reset();
      } else {
        this.continueItem(line, false);
        return;
      }
    }
    if (top?.raw) {
      if (!this.endsRawPayload(line)) {
        this.continueItem(line, true);
        return;
      }
      top.raw = false;
    } else if (top?.wantsPayload && !/^[“‘]/.test(line.text) && !this.endsRawPayload(line)) {
      top.raw = true;
      top.wantsPayload = false;
      this.continueItem(line, true);
      return;
    }
    if (top) top.wantsPayload = false;
    if (PAGE_MARK.test(line.text)) return;
    const label = this.labelOf(line);
    const section = sectionOf(line, label?.style === 'dun' || label?.style === 'paren' ? label : undefined);
    if (section) {
      this.flushAll();
      this.hasSections = true;
      if (section !== 'annex') this.mode = section;
      return;
    }
    const kind = closingKind(line.text);
    // A numbered 条文顺序作相应调整 is the item's own statement (read with the items); 本决定自…起施行 closes.
    const itemStatement = !!label && (kind === 'renumber' || kind === 'adjust') && this.mode === 'amend';
    if (kind && !itemStatement && this.mode !== 'repeal' && (!label || label.style !== 'article')) {
      this.flushItems();
      this.closing(kind, line, label);
      return;
    }
    if (this.mode === 'preamble') {
      if (!label || this.hasSections) {
        this.preambleLine(line);
        return;
      }
      this.mode = 'amend';
    }
    if (this.mode === 'repeal') {
      this.repealLine(line, label);
      return;
    }
    this.amendLine(line, label);
  }

  /** Inside an open quotation: a closing clause, or the next item that reads as an instruction, ends it. */
  private endsOpenQuote(line: SourceLine): boolean {
    if (closingKind(line.text) && !/^[“‘]/.test(line.text)) return true;
    const label = this.labelOf(line);
    return !!label && this.nextInSequence(label) && readsAsInstruction(line.text.slice(label.length));
  }

  /** After 修改为： an unquoted payload runs to the next label in sequence, a closing clause, or an instruction. */
  private endsRawPayload(line: SourceLine): boolean {
    if (closingKind(line.text) || PAGE_MARK.test(line.text)) return true;
    const label = this.labelOf(line);
    if (label && this.nextInSequence(label)) return true;
    if (label && (label.style === 'dun' || label.style === 'paren') && ruleHeadingTitle(line.text.slice(label.length)) !== undefined && this.rule?.style === label.style) return true;
    const text = label ? line.text.slice(label.length) : line.text;
    return readsAsInstruction(text) && !/^第[零〇一二两三四五六七八九十百千万0-9]+[条章节][ \u3000]/.test(line.text);
  }

  /** The next label of an open item's level (or of a level above it, or of the rule headings). */
  private nextInSequence(label: Label): boolean {
    if (this.rule && this.rule.label && this.rule.style === label.style && label.num === (this.rule.num ?? 0) + 1) return true;
    return this.stack.some((o) => o.style === label.style && label.num === o.num + 1);
  }

  private preambleLine(line: SourceLine): void {
    if (/^附件[0-9０-９一二三四五六七八九十]*[：:]/.test(line.text) || (/^[0-9０-９]+[.．]\S/.test(line.text) && !/[。；，]/.test(line.text) && line.text.length < 40)) return;
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
      if (/(?:废止|撤销)(?:下列|以下|如下).{0,20}[：:]$/.test(s.text)) this.mode = 'repeal';
      kept.push(squeezeSpaces(s.text));
      this.preambleRange = [this.preambleRange?.[0] ?? s.start, s.end];
    }
    if (kept.length) this.preambleParts.push(kept.join(''));
  }

  private closing(kind: NonNullable<ReturnType<typeof closingKind>>, line: SourceLine, label: Label | undefined): void {
    const from = line.start + (label?.length ?? 0);
    this.closingText(kind, line.text.slice(label?.length ?? 0), from, line.end);
  }

  private closingText(kind: NonNullable<ReturnType<typeof closingKind>>, text: string, start: number, end: number): void {
    this.out.closing.push({ kind, text, span: this.span(start, end) });
    if (kind === 'effective') this.env.meta.effective ??= effectiveClause(text);
  }

  private repealLine(line: SourceLine, label: Label | undefined): void {
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

  private table(lines: SourceLine[]): void {
    this.flushAll();
    for (const r of repealsInGrid(gridRows(lines))) {
      this.out.repealed.push({ title: r.title, note: r.note, label: r.label, span: this.span(r.start, r.end) });
    }
  }

  private amendLine(line: SourceLine, label: Label | undefined): void {
    // …会议决定，废止《…》: a decision that only repeals, in one sentence.
    if (!label && !this.top && !this.rule && /(?:决定|现决定)[：:，,]?.{0,30}废止/.test(line.text) && repealsInSentence(line.text)) {
      this.preambleLine(line);
      return;
    }
    if (label?.style === 'article' && !this.articleStyle && !this.top && !this.rule) this.articleStyle = true;
    if (label?.style === 'article' && !(this.articleStyle && (this.lastArticleItem === 0 || label.num === this.lastArticleItem + 1))) label = undefined;
    const rest = label ? line.text.slice(label.length) : line.text;
    if (label && (label.style === 'dun' || label.style === 'paren') && !this.articleStyle) {
      if (isGroupOfRules(rest)) {
        this.flushAll();
        this.groupOfRules = label.style;
        return;
      }
      const title = ruleHeadingTitle(rest);
      if (title !== undefined && (!this.rule || this.rule.label !== '' || this.rule.items.length === 0)) {
        this.flushAll();
        this.rule = { title, label: label.label.trim(), key: pathLabel(label), style: label.style, num: label.num, start: line.start, end: line.end, items: [] };
        return;
      }
    }
    // 八、废止《某某办法》（…通过）: a repeal among the amended rules.
    const repeals = label && label.style !== 'article' ? repealsInSentence(rest) : undefined;
    if (repeals && /^(?:同时[，,]?)?(?:决定)?废止/.test(rest)) {
      this.flushItems();
      if (this.rule && this.rule.label !== '' && this.rule.style === label!.style) this.flushRule();
      for (const r of repeals) this.out.repealed.push({ ...r, label: label!.label.trim(), span: this.span(line.start, line.end) });
      return;
    }
    // 三、将《中华人民共和国丙法》第七条…: an item level with the headings stands under none of them.
    if (label && this.rule && this.rule.label !== '' && this.rule.style === label.style) this.flushAll();
    if (label && this.groupOfRules === label.style) this.groupOfRules = undefined;
    if (label) {
      this.startItem(line, label);
      return;
    }
    if (this.top && !isGeneral(line.text)) {
      this.continueItem(line, false);
      return;
    }
    this.startItem(line, undefined);
  }

  private currentRule(): OpenRule {
    if (!this.rule) this.rule = { title: '', label: '', key: '', start: -1, end: -1, items: [] };
    return this.rule;
  }

  private startItem(line: SourceLine, label: Label | undefined): void {
    let start = line.start + (label?.length ?? 0);
    let text = line.text.slice(label?.length ?? 0);
    if (!label) {
      this.flushItems();
      if (!this.rule && this.out.rules.length === 0 && this.preambleParts.length === 0) {
        // 为了…，将刑法第三百四十二条修改为：— the purpose clause is preamble, the rest the instruction.
        const at = /如下[：:]$|修改[：:]$/.test(text) ? text.length : instructionStart(text);
        if (at > 0) {
          this.preambleParts.push(text.slice(0, at).replace(/[，,]$/, ''));
          this.preambleRange = [line.start, line.start + at];
          if (at >= text.length) return;
          text = text.slice(at);
          start += at;
        }
      }
    } else {
      // Siblings and their children close; a deeper label opens a child of the open item.
      const same = this.stack.findIndex((o) => o.style === label.style);
      this.flushItems(same >= 0 ? same : this.stack.length);
    }
    const rule = this.currentRule();
    if (rule.start < 0) rule.start = label ? line.start : start;
    const parentPath = this.stack.map((o) => (o.item.label ? pathLabel({ style: o.style, label: o.item.label } as Label) : '')).join('');
    const item: FramedItem = {
      label: label?.label.trim() ?? '',
      num: label?.num ?? 0,
      path: rule.key + parentPath + (label ? pathLabel(label) : ''),
      lines: [{ text, start, end: line.end, join: 'first' }],
      start: label ? line.start : start,
      end: line.end,
      implicit: !label,
      general: !label && isGeneral(text),
    };
    if (label?.style === 'article') this.lastArticleItem = label.num;
    const group = !!label && GROUP_HEADING.test(text) && !/[“”]/.test(text);
    const parent = this.top;
    if (parent) parent.children++;
    // Filed now, so that items keep the decision's order; a group heading that gets items is taken out again.
    rule.items.push(item);
    this.stack.push({ item, style: label?.style ?? 'dun', num: label?.num ?? 0, group, raw: false, wantsPayload: !group && /[：:]$/.test(text), children: 0 });
    this.quotes.reset();
    this.quotes.feed(text);
  }

  private continueItem(line: SourceLine, raw: boolean): void {
    const open = this.top!;
    const item = open.item;
    const prev = item.lines[item.lines.length - 1];
    const next: ItemLine = { text: line.text, start: line.start, end: line.end, join: 'newline' };
    if (raw) next.raw = true;
    else if (!this.quotes.open && strayClose(line.text) && prev.text.endsWith('”')) {
      // A paragraph closing a passage whose previous paragraph was already closed (…。”\n…。”): one passage.
      prev.dropLast = true;
      next.reopen = true;
    } else if (!TERMINAL.test(prev.text) && !/^[“‘]/.test(line.text) && !this.labelOf(line) && !prev.raw) {
      next.join = 'page-break';
      this.env.diagnostics.push(diagnostic('decision/joined-page-break', {}, { file: this.env.file, span: this.span(line.start, line.start) }));
    }
    item.lines.push(next);
    item.end = line.end;
    if (!raw) {
      this.quotes.feed(next.reopen ? '“' + line.text : line.text);
      open.wantsPayload = !open.group && /[：:]$/.test(line.text) && !this.quotes.open;
    }
  }

  /** Close the open items from `from` on (all by default), filing those that give instructions. */
  private flushItems(from = 0): void {
    while (this.stack.length > from) {
      const open = this.stack.pop()!;
      if (open.group && open.children > 0) {
        const items = this.currentRule().items;
        items.splice(items.indexOf(open.item), 1);
      }
    }
  }

  private flushRule(): void {
    const rule = this.rule;
    this.rule = undefined;
    if (!rule) return;
    const last = rule.items[rule.items.length - 1];
    const start = rule.start >= 0 ? rule.start : (rule.items[0]?.start ?? 0);
    const end = last ? last.end : rule.end;
    const { key: _key, style: _style, ...plain } = rule;
    this.out.rules.push({ ...plain, start, end: Math.max(start, end) });
    if (!rule.items.length && rule.label) {
      this.env.diagnostics.push(diagnostic('decision/no-items', { title: rule.title }, { file: this.env.file, span: this.span(rule.start, rule.end) }));
    }
  }

  private flushRepeal(): void {
    const r = this.repeal;
    this.repeal = undefined;
    if (!r) return;
    const first = r.lines[0].text.replace(/^\S*?[、）)．.]\s*/, '');
    const text = [first, ...r.lines.slice(1).map((l) => l.text)].join('');
    const { title, note } = splitNote(text);
    const last = r.lines[r.lines.length - 1];
    this.out.repealed.push({ title, note, label: r.label, span: this.span(r.lines[0].start, last.end) });
  }

  private flushAll(): void {
    this.flushItems();
    this.flushRepeal();
    this.flushRule();
  }
}

/** The label as it joins a path: （三） in full width, 一 without 、, 1. as written. */
export function pathLabel(l: Pick<Label, 'style' | 'label'>): string {
  const label = l.label.trim();
  switch (l.style) {
    case 'paren':
      return label.replace(/^[(（]\s*/, '（').replace(/\s*[)）]$/, '）');
    case 'dun':
      return label.replace(/、$/, '');
    default:
      return label;
  }
}

/** 对10件政府规章予以废止 → 10: what the preamble announces (several statements add up). */
function statedCount(preamble: string, verb: '废止' | '修改'): number | undefined {
  const re = new RegExp(`对(?:下列)?[^。；，]{0,30}?([0-9]+|[一二三四五六七八九十百]+)(?:件|部|项)[^。；，]*?${verb}`, 'g');
  let total: number | undefined;
  for (const m of preamble.matchAll(re)) total = (total ?? 0) + (Number(m[1]) || cnSmall(m[1]));
  return total;
}

function cnSmall(s: string): number {
  const d = '〇一二三四五六七八九';
  if (s.length === 1) return s === '十' ? 10 : d.indexOf(s);
  if (s.startsWith('十')) return 10 + d.indexOf(s[1]);
  return d.indexOf(s[0]) * 10 + (s.length > 2 ? d.indexOf(s[2]) : 0);
}

/**
 * Where the instruction starts in a one-sentence decision (为了…，将刑法第三百四十二条修改为：):
 * the offset within the paragraph, or -1.
 */
function instructionStart(paragraph: string): number {
  const m = /[，,](?=(?:将|在|删去|删除)?(?:刑法|宪法|《[^》]*》)?第[零〇一二两三四五六七八九十百千\d]+条)/.exec(paragraph);
  return m ? m.index + 1 : -1;
}

/** More ” than “ in a line: it closes a passage it did not open. */
function strayClose(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '“') depth++;
    else if (c === '”' && --depth < 0) return true;
  }
  return false;
}

function bracketDepth(text: string): number {
  let depth = 0;
  for (const c of text) {
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
  }
  return depth;
}

/** Sentences of a line, cut after 。 outside quotations. */
function sentencesOf(line: SourceLine): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let depth = 0;
  let from = 0;
  const t = line.text;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '“' || c === '《' || c === '（') depth++;
    else if ((c === '”' || c === '》' || c === '）') && depth > 0) depth--;
    else if (c === '。' && depth === 0) {
      out.push({ text: t.slice(from, i + 1), start: line.start + from, end: line.start + i + 1 });
      from = i + 1;
    }
  }
  if (from < t.length) out.push({ text: t.slice(from), start: line.start + from, end: line.end });
  return out.filter((s) => s.text.trim() !== '');
}
