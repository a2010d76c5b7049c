import { diagnostic, type Label } from '@amend/model';
import type { SourceLine } from './decision-source.ts';
import { ItemFraming } from './framing-items.ts';
import type { Framed, FrameEnv } from './framing-state.ts';
import { levelOf, pathLabel } from './item-paths.ts';
import {
  closeAt,
  cutsOpenQuote,
  isGeneral,
  isGroupOfRules,
  isPageMark,
  opensQuote,
  readsAsInstruction,
  ruleHeadingTitle,
  type LineSection,
} from './line-kinds.ts';
import { statedCount } from './preamble-text.ts';
import { OPENS } from './source-marks.ts';
import {
  bracketDepth,
  isGridBorder,
  isGridRow,
  isTabTableStart,
  namesGroupOfRepeals,
  repealsInSentence,
  tabTableEnd,
} from './repeal-list.ts';

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

/** …会议决定，废止《…》 / …会议决定：…通过的《…》自…起废止: a decision that only repeals, in one sentence. */
const REPEAL_SENTENCE = /(?:决定|现决定)[：:，,]?.{0,30}废止|决定[：:，,].*》[^《》“”]{0,30}废止[。；]?$/;

export function frame(lines: SourceLine[], env: FrameEnv): Framed {
  return new Framer(lines, env).run();
}
class Framer extends ItemFraming {
  /** 二、废止《A》等6件地方性法规: the heading's rule, repealed by it only when no entry below names it. */
  private groupRepeals: Framed['repealed'] = [];
  /** 决定废止某某条例（…通过 then the history's later lines, up to the bracket that closes it. */
  private openHistory = false;

  run(): Framed {
    const end = this.documentEnd();
    const lines = end < this.lines.length ? this.lines.slice(0, end) : this.lines;
    // Asked of every line once, here: the sections decide the mode before the first line is read.
    const sections = lines.map((l) => this.sectionOf(l));
    this.hasSections = sections.some((s) => s !== undefined);
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
      if (isTabTableStart(lines[i])) {
        const j = tabTableEnd(lines, i);
        this.tabTable(lines.slice(i, j));
        i = j - 1;
        continue;
      }
      this.line(lines[i], sections[i]);
    }
    this.flushAll();
    for (const g of this.groupRepeals) if (!this.out.repealed.some((r) => r.title === g.title)) this.out.repealed.push(g);
    if (!this.out.repealed.length) this.out.repealed.push(...this.preambleRepeals);
    this.out.preamble = this.preambleParts.join('\n');
    if (this.preambleRange) this.out.preambleSpan = this.span(...this.preambleRange);
    this.out.statedCounts = { repealed: statedCount(this.out.preamble, '废止'), amended: statedCount(this.out.preamble, '修改') };
    return this.out;
  }

  private line(line: SourceLine, section: LineSection): void {
    if (this.openHistory) {
      this.historyLine(line);
      return;
    }
    if (this.loneRepeal(line)) return;
    const top = this.top;
    if (top && this.quotes.open) {
      if (cutsOpenQuote(line.text, (this.env.marks.within(line.start, line.end) & OPENS) !== 0) && !this.labelOf(line)) {
        // 第二款修改为：“… left open, then 第三款修改为：“…: the next instruction of the item, never payload.
        this.quotes.reset();
        this.env.diagnostics.push(
          diagnostic(
            'decision/unclosed-quote-cut',
            { item: top.item.path || '(1)', next: line.text.slice(0, 20) },
            { file: this.env.file, span: this.span(line.start, line.start) },
          ),
        );
        this.continueItem(line, false, true);
        return;
      }
      if (this.endsOpenQuote(line)) {
        if (this.closingOf(line)) top.item.cutByClosing = true;
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
    } else if (top?.wantsPayload && !opensQuote(line.text) && !this.endsRawPayload(line)) {
      top.raw = true;
      top.wantsPayload = false;
      this.continueItem(line, true);
      return;
    }
    if (top) top.wantsPayload = false;
    if (isPageMark(line.text)) return;
    const label = this.labelOf(line);
    if (section) {
      this.flushAll();
      this.hasSections = true;
      if (section !== 'annex') this.mode = section;
      // 已被废止的…目录: documents repealed before, listed for reference, not by this decision.
      this.listedOnly = section === 'repeal' && /已(?:经|被)?废止/.test(line.text);
      return;
    }
    const kind = this.closingOf(line);
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
    if (!opensQuote(line.text) && this.closingOf(line)) return true;
    const label = this.labelOf(line);
    return !!label && this.nextInSequence(label) && readsAsInstruction(line.text.slice(label.length));
  }

  /** After 修改为： an unquoted payload runs to the next label in sequence, a closing clause, or an instruction. */
  private endsRawPayload(line: SourceLine): boolean {
    if (this.closingOf(line) || isPageMark(line.text)) return true;
    const label = this.labelOf(line);
    if (label && this.nextInSequence(label)) {
      // Next to the rule headings only ((三) after rule (二)): a heading or an instruction ends the payload, its own list does not.
      const rest = line.text.slice(label.length);
      const itemNext = this.stack.some((o) => o.level === levelOf(label) && label.num === o.num + 1);
      if (itemNext || ruleHeadingTitle(rest) !== undefined || readsAsInstruction(rest)) return true;
    }
    if (
      label &&
      (label.style === 'dun' || label.style === 'paren') &&
      ruleHeadingTitle(line.text.slice(label.length)) !== undefined &&
      this.rule?.style === label.style
    )
      return true;
    const text = label ? line.text.slice(label.length) : line.text;
    return readsAsInstruction(text) && !/^第[零〇一二两三四五六七八九十百千万0-9]+[条章节][ \u3000]/.test(line.text);
  }

  /**
   * 会议决定，废止《…》 or 废止《…》 on its own after a narrative paragraph (…进行了审议。 / …会议决定：), in a
   * decision without labels: the decision only repeals, and the paragraphs before it are its preamble.
   */
  private loneRepeal(line: SourceLine): boolean {
    if (this.mode !== 'amend' || this.out.rules.length || this.labelOf(line)) return false;
    const open = this.top;
    // Nothing read yet but, at most, one narrative paragraph under no heading.
    if (this.rule && (this.rule.label !== '' || this.rule.title !== '' || this.rule.items.length !== (open ? 1 : 0))) return false;
    if (open && (this.stack.length > 1 || !open.item.implicit || open.item.lines.some((l) => readsAsInstruction(l.text)))) return false;
    if (!/^(?:[^“”《]{0,60}决定[：:，,]?)?废止/.test(line.text) || !repealsInSentence(line.text)) return false;
    if (open) {
      this.stack.pop();
      const items = this.currentRule().items;
      items.splice(items.indexOf(open.item), 1);
      for (const l of open.item.lines) this.preambleLine({ ...line, text: l.text, start: l.start, end: l.end });
      this.quotes.reset();
    }
    this.preambleLine(line);
    this.openHistory = bracketDepth(line.text) > 0 && this.preambleRepeals.length > 0;
    return true;
  }

  /** A later line of a repealed rule's history: part of the preamble, and of the repeal's note. */
  private historyLine(line: SourceLine): void {
    const last = this.preambleRepeals[this.preambleRepeals.length - 1];
    const depth = bracketDepth(last.note) + 1;
    const close = closeAt(line.text, depth);
    last.note += (close < 0 ? line.text : line.text.slice(0, close)).trim();
    this.preambleParts[this.preambleParts.length - 1] += line.text;
    if (this.preambleRange) this.preambleRange = [this.preambleRange[0], line.end];
    this.openHistory = close < 0;
  }

  private amendLine(line: SourceLine, label: Label | undefined): void {
    // …会议决定，废止《…》: a decision that only repeals, in one sentence.
    if (!label && !this.top && !this.rule && REPEAL_SENTENCE.test(line.text) && repealsInSentence(line.text)) {
      this.preambleLine(line);
      this.openHistory = bracketDepth(line.text) > 0 && this.preambleRepeals.length > 0;
      return;
    }
    if (label?.style === 'article' && !this.articleStyle && !this.top && !this.rule) this.articleStyle = true;
    if (label?.style === 'article' && !(this.articleStyle && (this.lastArticleItem === 0 || label.num === this.lastArticleItem + 1)))
      label = undefined;
    const rest = label ? line.text.slice(label.length) : line.text;
    if (label && (label.style === 'dun' || label.style === 'paren') && !this.articleStyle) {
      if (isGroupOfRules(rest)) {
        this.flushAll();
        this.groupOfRules = label.style;
        return;
      }
      const title = ruleHeadingTitle(rest);
      if (title !== undefined && (!this.rule || this.rule.label !== '' || this.rule.unlabelled || this.rule.items.length === 0)) {
        this.flushAll();
        this.rule = {
          title,
          label: label.label.trim(),
          key: pathLabel(label),
          style: label.style,
          num: label.num,
          unlabelled: false,
          start: line.start,
          end: line.end,
          items: [],
        };
        return;
      }
    }
    // 八、废止《某某办法》（…通过）: a repeal among the amended rules.
    const repeals = label && label.style !== 'article' ? repealsInSentence(rest) : undefined;
    if (repeals && /^(?:同时[，,]?)?(?:决定)?废止/.test(rest)) {
      this.flushItems();
      if (this.rule && this.rule.label !== '' && this.rule.style === label!.style) this.flushRule();
      if (namesGroupOfRepeals(rest)) {
        for (const r of repeals) this.groupRepeals.push({ ...r, label: label!.label.trim(), span: this.span(line.start, line.end) });
        return;
      }
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
    // （七）《甲条例》 and its items, then 《乙条例》 alone on a line: the next rule's heading, its label left out.
    if (
      !label &&
      this.rule &&
      (this.rule.label !== '' || this.rule.unlabelled) &&
      line.text.charCodeAt(0) === 0x300a &&
      /^《[^《》]+》$/.test(line.text)
    ) {
      const style = this.rule.style;
      this.flushAll();
      this.rule = {
        title: line.text.slice(1, -1),
        label: '',
        key: '',
        style,
        num: undefined,
        unlabelled: true,
        start: line.start,
        end: line.end,
        items: [],
      };
      return;
    }
    if (this.top && !isGeneral(line.text)) {
      this.continueItem(line, false);
      return;
    }
    this.startItem(line, undefined);
  }

  protected flushAll(): void {
    this.flushItems();
    this.flushRepeal();
    this.flushRule();
  }
}
