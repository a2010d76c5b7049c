import { diagnostic, type Label } from '@amend/model';
import type { SourceLine } from './decision-source.ts';
import { feedMarks, FramingState, type FramedItem } from './framing-state.ts';
import { levelOf, pathLabel } from './item-paths.ts';
import { itemLine } from './item-text.ts';
import {
  closesWithin,
  endsInColon,
  introducedTextAt,
  introducesText,
  isGeneral,
  isGroupHeading,
  opensQuote,
  readsAsInstruction,
} from './line-kinds.ts';
import { instructionStart } from './preamble-text.ts';
import { strayClose } from './quotation.ts';

/**
 * Items and rules as the framing builds them: an item opened by its first
 * line (under its parent, with its path), continued by the lines that belong
 * to it (how each joins the one before: a new paragraph, a page break, a
 * passage's next paragraph), and closed with the rule holding it. Which line
 * does what is decided by the framing (decision-framing.ts).
 */

/** Marks a complete paragraph ends in (a line ending otherwise was cut by a page break): 。；：:;！？!?”’」）) */
const TERMINAL = new Set([...'。；：:;！？!?”’」）)'].map((c) => c.charCodeAt(0)));

export abstract class ItemFraming extends FramingState {
  protected startItem(line: SourceLine, label: Label | undefined): void {
    let start = line.start + (label?.length ?? 0);
    let text = line.text.slice(label?.length ?? 0);
    if (!label) {
      this.flushItems();
      if (!this.rule && this.out.rules.length === 0 && this.preambleParts.length === 0) {
        // 为了…，将刑法第三百四十二条修改为：— the purpose clause is preamble, the rest the instruction (…作以下修改 : too, a space before the colon).
        const at = /(?:如下|修改)[ \t]*[：:]$/.test(text) ? text.length : instructionStart(text);
        if (at > 0) {
          this.preambleParts.push(text.slice(0, at).replace(/[，,]$/, ''));
          this.preambleRange = [line.start, line.start + at];
          if (at >= text.length) return;
          text = text.slice(at);
          start += at;
        }
      }
    }
    const level = label ? levelOf(label) : 'dun';
    if (label) {
      // Siblings and their children close; a deeper label opens a child of the open item.
      let same = 0;
      while (same < this.stack.length && this.stack[same].level !== level) same++;
      this.flushItems(same);
    }
    const rule = this.currentRule();
    if (rule.start < 0) rule.start = label ? line.start : start;
    // The open items are the rule's, each path its parent's and its own label: the innermost holds the rest.
    const parent = this.top;
    // 修改为：制定…。 (the text unquoted, on the instruction's own line): the words after the colon are the payload.
    const inline = inlinePayloadAt(text);
    const item: FramedItem = {
      label: label?.label.trim() ?? '',
      num: label?.num ?? 0,
      path: (parent ? parent.item.path : rule.key) + (label ? pathLabel(label) : ''),
      lines:
        inline > 0
          ? [
              itemLine(text.slice(0, inline), start, start + inline, 'first'),
              { ...itemLine(text.slice(inline), start + inline, line.end, 'inline'), raw: true },
            ]
          : [itemLine(text, start, line.end, 'first')],
      start: label ? line.start : start,
      end: line.end,
      implicit: !label,
      general: !label && isGeneral(text),
      cutByClosing: false,
    };
    if (label?.style === 'article') this.lastArticleItem = label.num;
    const group = !!label && isGroupHeading(text) && !/[“”]/.test(text);
    if (parent) parent.children++;
    // Filed now, so that items keep the decision's order; a group heading that gets items is taken out again.
    rule.items.push(item);
    this.stack.push({
      item,
      style: label?.style ?? 'dun',
      level,
      num: label?.num ?? 0,
      group,
      raw: inline > 0,
      wantsPayload: !group && inline < 0 && endsInColon(text),
      children: 0,
    });
    this.quotes.reset();
    this.feedQuotes(start, line.end);
  }

  protected continueItem(line: SourceLine, raw: boolean, closeBefore = false): void {
    const open = this.top!;
    const item = open.item;
    if (open.group && !raw && item.lines.length === 1 && readsAsInstruction(line.text)) {
      // 三十五、其他修改： then a paragraph of instructions without labels: they are the item, the heading only names it.
      open.group = false;
      item.lines = [itemLine(line.text, line.start, line.end, 'first')];
      item.end = line.end;
      this.quotes.reset();
      this.feedQuotes(line.start, line.end);
      return;
    }
    if (!raw && !closeBefore && !this.quotes.open && namelessGroupHeading(line.text)) {
      // 三、将第七条第三款修改为：“…”⏎对部分条文作以下修改：⏎（一）…: a heading over the sub-items that follow, naming no place.
      item.end = line.end;
      return;
    }
    const inline = !raw && !closeBefore && !this.quotes.open ? inlinePayloadAt(line.text) : -1;
    if (inline > 0) {
      // 增加一款，作为第四款：常务委员会…。 (the text unquoted, on the instruction's own line): the rest is the payload.
      item.lines.push(itemLine(line.text.slice(0, inline), line.start, line.start + inline, 'newline'), {
        ...itemLine(line.text.slice(inline), line.start + inline, line.end, 'inline'),
        raw: true,
      });
      item.end = line.end;
      open.raw = true;
      open.wantsPayload = false;
      return;
    }
    const prev = item.lines[item.lines.length - 1];
    const next = itemLine(line.text, line.start, line.end, 'newline');
    if (closeBefore) next.closeBefore = true;
    else if (raw) next.raw = true;
    else if (!this.quotes.open && prev.text.endsWith('”') && strayClose(line.text) && !introducesText(line.text)) {
      // (增加一项，作为第十二项：乙。” / 第十二项修改为：乙。” — the opening quote left out — introduces a text: never the passage's next paragraph.)
      // A paragraph closing a passage whose previous paragraph was already closed (…。”\n…。”): one passage.
      prev.dropLast = true;
      next.reopen = true;
    } else if (!this.quotes.open && prev.text.endsWith('”。') && opensQuote(line.text) && !closesWithin(line.text)) {
      // 修改为：“…”。 then a paragraph “…”: the passage goes on, the 。 was its first paragraph's.
      prev.markInside = true;
    } else if (!TERMINAL.has(prev.text.charCodeAt(prev.text.length - 1)) && !opensQuote(line.text) && !this.labelOf(line) && !prev.raw) {
      next.join = 'page-break';
      this.env.diagnostics.push(
        diagnostic('decision/joined-page-break', {}, { file: this.env.file, span: this.span(line.start, line.start) }),
      );
    }
    item.lines.push(next);
    item.end = line.end;
    if (!raw) {
      if (next.reopen) feedMarks(this.quotes, '“' + line.text);
      else this.feedQuotes(line.start, line.end);
      open.wantsPayload = !open.group && endsInColon(line.text) && !this.quotes.open;
    }
  }

  /** Close the open items from `from` on (all by default), filing those that give instructions. */
  protected flushItems(from = 0): void {
    while (this.stack.length > from) {
      const open = this.stack.pop()!;
      if (open.group && open.children > 0) {
        const items = this.currentRule().items;
        items.splice(items.indexOf(open.item), 1);
      }
    }
  }

  protected flushRule(): void {
    const rule = this.rule;
    this.rule = undefined;
    if (!rule) return;
    const last = rule.items[rule.items.length - 1];
    const start = rule.start >= 0 ? rule.start : (rule.items[0]?.start ?? 0);
    const end = last ? last.end : rule.end;
    const { key: _key, style: _style, num: _num, unlabelled: _unlabelled, ...plain } = rule;
    this.out.rules.push({ ...plain, start, end: Math.max(start, end) });
    if (!rule.items.length && rule.label) {
      this.env.diagnostics.push(
        diagnostic('decision/no-items', { title: rule.title }, { file: this.env.file, span: this.span(rule.start, rule.end) }),
      );
    }
  }
}

/** 对部分条文作以下修改： / 其他修改：, with no place, title or quotation in it (对第十条作如下修改： scopes what follows). */
function namelessGroupHeading(text: string): boolean {
  return isGroupHeading(text) && !/[“”《]|第[零〇一二两三四五六七八九十百千万0-9]+[条款项目章节编]/.test(text);
}

/**
 * Where the payload begins on an instruction's own line written without quotation marks (修改为：制定…。,
 * 作为第八条第二款：常务委员会…), or -1: the instruction names a place and introduces text after its colon, and the line
 * holds no quotation mark at all (a closing ” would mean an opening one left out, which is not guessed).
 */
function inlinePayloadAt(text: string): number {
  const colon = introducedTextAt(text);
  if (colon < 0) return -1;
  const at = colon + 1;
  if (at >= text.length || /[“”"「」]/.test(text.slice(0, at + 1))) return -1;
  // Quotations inside the words (“三个代表”重要思想) are whole; a ” closing none is a lost opening quote.
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) depth++;
    else if (c === 0x201d && --depth < 0) return -1;
  }
  return depth === 0 ? at : -1;
}
