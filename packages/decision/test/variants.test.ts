import { describe, expect, it } from 'vitest';
import type { Decision } from '@amend/model';
import { parseDecision } from '../src/index.ts';
import { bare, corpusDecisions, read } from './helpers.ts';

/**
 * Every decision we have, rewritten the ways real publishers print the same
 * decision (ASCII quotes, ASCII punctuation, 删去 for 删除, blank lines, a
 * line broken inside an instruction, U+3000 indentation, bold labels), must
 * give the same operations, item by item, positions aside. A difference is a
 * family of publishing the reading does not yet absorb.
 *
 * Not rewritten, because they would change meaning or no publisher does it:
 * anything inside a quotation (the payload is the law's own text); lines with
 * no quotation for punctuation (an unquoted payload cannot be told from an
 * instruction without reading it); 修改为 → 修改成 (no decision we have uses
 * 修改成, so there is no family to keep); 1. → 1． (read alike, but an item's
 * path keeps its label as printed).
 */

/** The operations of a decision, rule by rule and item by item, without their positions. */
function reading(text: string): string[] {
  const d: Decision = parseDecision(text).value;
  return d.amendments.flatMap((a) => a.items.map((i) => `${a.title} ${i.path} ${JSON.stringify(i.operations.map(bare))}`));
}

/**
 * A quotation left unclosed in the original (“农业农村主管部门；第十七条中的“工商…”)
 * is recovered from the direction of the curly marks; ASCII marks have none,
 * so the same misprint in ASCII is another text, not the same one printed otherwise.
 */
function misprintedQuotes(text: string): boolean {
  return parseDecision(text).diagnostics.some((d) => d.ruleId === 'decision/unclosed-quote-recovered');
}

/**
 * `f` applied to the text outside “…” quotations on lines that start and end
 * outside one; with `quoted`, only on lines holding a quotation.
 */
function outsideQuotes(text: string, f: (s: string) => string, quoted = false): string {
  let depth = 0;
  return text
    .split('\n')
    .map((line) => {
      const start = depth;
      let out = '';
      let run = '';
      for (const ch of line) {
        if (ch === '“') {
          if (depth === 0) [out, run] = [out + f(run), ''];
          depth++;
          out += ch;
        } else if (ch === '”' && depth > 0) {
          depth--;
          out += ch;
        } else if (depth > 0) out += ch;
        else run += ch;
      }
      out += f(run);
      if (start > 0 || depth > 0 || (quoted && !line.includes('“'))) return line;
      return out;
    })
    .join('\n');
}

/** `f` applied to whole lines that start outside a quotation. */
function linesOutside(text: string, f: (line: string) => string): string {
  let depth = 0;
  return text
    .split('\n')
    .map((line) => {
      const start = depth;
      for (const ch of line) {
        if (ch === '“') depth++;
        else if (ch === '”' && depth > 0) depth--;
      }
      return start > 0 ? line : f(line);
    })
    .join('\n');
}

/** An item's first line: 一、 / （一） / 1. / 第一条 after any indentation. */
const ITEM_LINE = /^([ \u3000]*)((?:[一二三四五六七八九十百]+、)|(?:（[一二三四五六七八九十百]+）)|(?:\d+[.．、]))/;

/** An item line's first quoted words, when not a provision quoted after a colon: split after two characters. */
const QUOTED_WORDS = new RegExp(`${ITEM_LINE.source}([^“]*[^：:“])“([^”]{2})([^”]{2,18})”`);

const VARIANTS: Record<string, (text: string) => string> = {
  'curly quotes as ASCII "': (t) => (misprintedQuotes(t) ? t : t.replace(/[“”]/g, '"')),
  // Punctuation of the instruction only; a payload keeps its own.
  'full-width ，：； as ASCII in instructions': (t) =>
    outsideQuotes(t, (s) => s.replace(/，/g, ',').replace(/：/g, ':').replace(/；/g, ';'), true),
  '删去 as 删除': (t) => outsideQuotes(t, (s) => s.replace(/删去/g, '删除')),
  '删除 as 删去': (t) => outsideQuotes(t, (s) => s.replace(/删除/g, '删去')),
  'a blank line more between lines': (t) => t.replace(/\n\n/g, '\n\n\n'),
  'U+3000 indentation on item lines': (t) => outsideQuotes(t, (s) => s.replace(ITEM_LINE, '\u3000\u3000$2')),
  // Only the decision's own labels: a payload's 项 labels are the law's text.
  'bold item labels': (t) => outsideQuotes(t, (s) => s.replace(ITEM_LINE, '$1**$2**')),
  'a space after the label': (t) => outsideQuotes(t, (s) => s.replace(ITEM_LINE, '$1$2 ')),
  '（一） labels with ASCII brackets': (t) => outsideQuotes(t, (s) => s.replace(/^([ \u3000]*)（([一二三四五六七八九十]+)）/, '$1($2)')),
  // A long instruction wrapped, as a PDF copy breaks lines: after its first comma outside a quotation, or at a fixed width.
  'an instruction wrapped after its first comma': (t) =>
    outsideQuotes(t, (s) => (ITEM_LINE.test(s) ? s.replace(/，(?=[^\s])/, '，\n') : s), true),
  // A break inside the first quoted words of an instruction line (not a provision quoted after ：).
  'a line broken inside quoted words': (t) => linesOutside(t, (l) => l.replace(QUOTED_WORDS, '$1$2$3“$4\n$5”')),
  'an instruction wrapped at twenty characters': (t) =>
    outsideQuotes(t, (s) => (ITEM_LINE.test(s) && s.length > 24 ? `${s.slice(0, 20)}\n${s.slice(20)}` : s), true),
};

const decisions = corpusDecisions().map((path) => ({ path, text: read(path) }));
const originals = new Map(decisions.map((d) => [d.path, reading(d.text)]));

describe('a decision printed another way gives the same operations', () => {
  for (const [name, rewrite] of Object.entries(VARIANTS)) {
    it(name, () => {
      const changed: string[] = [];
      let rewritten = 0;
      for (const d of decisions) {
        const variant = rewrite(d.text);
        if (variant === d.text) continue;
        rewritten++;
        const was = originals.get(d.path)!;
        const now = reading(variant);
        const i = was.findIndex((line, k) => line !== now[k]);
        if (i >= 0 || was.length !== now.length)
          changed.push(`${d.path.replace(/.*corpus\//, '')}\n  was ${was[i] ?? '(none)'}\n  now ${now[i] ?? '(none)'}`);
      }
      expect(changed).toEqual([]);
      // Each way of printing occurs in enough of the decisions to stand for its family.
      expect(rewritten).toBeGreaterThan(5);
    });
  }
});
