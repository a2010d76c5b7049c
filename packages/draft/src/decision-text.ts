import { toChinese } from '@amend/model';
import type { ItemSpan } from './draft-check.ts';
import { closingLines, decisionTitle, preambleLines, type DraftStyle } from './decision-style.ts';
import type { DraftItem } from './instructions.ts';
import { wordItem } from './wording.ts';

/**
 * The decision as printed: title, note and preamble, the items numbered
 * 一、二、… (under a rule heading （一）（二）…), the closing clauses.
 * Paragraphs are separated by a blank line, as the national database prints
 * them. The offsets of each item are kept for the drafter's own check.
 */

export interface RuleDraft {
  title: string;
  items: DraftItem[];
  renumbered: boolean;
  wholeRule?: string;
}

export interface Repealed {
  title: string;
  /** The 题注 of the repealed rule, without brackets (its promulgation). */
  note?: string;
}

class Writer {
  text = '';
  spans: ItemSpan[] = [];

  para(line: string): void {
    this.text += (this.text ? '\n\n' : '') + line;
  }

  item(label: string, item: DraftItem, wholeRule: string): void {
    if (this.text) this.text += '\n\n';
    const start = this.text.length;
    this.text += label + wordItem(item.clauses, wholeRule);
    this.spans.push({ owner: item.owner, start, end: this.text.length });
  }
}

export function singleRuleText(style: DraftStyle, rule: RuleDraft): { text: string; spans: ItemSpan[] } {
  const w = new Writer();
  w.para(decisionTitle(style, [rule.title]));
  for (const l of preambleLines(style, rule.title)) w.para(l);
  rule.items.forEach((it, k) => w.item(`${toChinese(k + 1)}、`, it, rule.wholeRule ?? ''));
  for (const l of closingLines(style, [rule.title], rule.renumbered)) w.para(l);
  return { text: w.text + '\n', spans: w.spans };
}

/**
 * Several rules in one decision, laid out like decree 119: the repeal list
 * and the amended rules each under their own heading, one heading per rule
 * with its items numbered （一）（二）….
 */
export function multiRuleText(style: DraftStyle, rules: RuleDraft[], repeals: Repealed[]): { text: string; spans: ItemSpan[] } {
  const w = new Writer();
  w.para(
    decisionTitle(
      style,
      rules.map((r) => r.title),
      repeals.length,
    ),
  );
  const [note] = preambleLines(style, undefined);
  w.para(note);
  w.para('现决定：');
  const summary = [
    ...(repeals.length ? [`对${repeals.length}件予以废止。`] : []),
    ...(rules.length ? [`对${rules.length}件的部分条款予以修改。`] : []),
  ];
  summary.forEach((line, k) => w.para(`${toChinese(k + 1)}、${line}`));
  if (repeals.length) {
    w.para('决定废止的规章');
    repeals.forEach((r, i) => w.para(`${toChinese(i + 1)}、${r.title}${r.note ? `（${r.note}）` : ''}`));
  }
  if (rules.length) {
    w.para('决定修改的规章');
    rules.forEach((r, i) => {
      w.para(`${toChinese(i + 1)}、${r.title}`);
      r.items.forEach((it, j) => w.item(`（${toChinese(j + 1)}）`, it, r.wholeRule ?? ''));
    });
  }
  if (rules.some((r) => r.renumbered)) w.para('此外，对相关规章的条文顺序作相应调整。');
  w.para(closingLines(style, [], false).find((l) => l.startsWith('本决定'))!);
  return { text: w.text + '\n', spans: w.spans };
}
