import { describe, expect, it } from 'vitest';
import { readSource } from '../src/decision-source.ts';
import { feedMarks, QuoteDepth } from '../src/framing-state.ts';
import { QuoteTracker } from '../src/quotation.ts';
import { corpusDecisions, read } from './helpers.ts';

/**
 * The framing feeds its quotation state a line's marks alone (found by
 * search) instead of the line: it must end every line of every decision we
 * have in the state QuoteTracker, fed the whole line, is left in, ASCII-quoted
 * printings and lines opening with spaces included.
 */
describe('quotation state fed by marks', () => {
  const texts = corpusDecisions().map(read);

  it('equals the state fed by whole lines, line after line, on every decision', () => {
    let lines = 0;
    for (const text of texts) {
      for (const variant of [text, text.replace(/[“”]/g, '"')]) {
        const whole = new QuoteTracker();
        const marks = new QuoteDepth();
        for (const line of readSource(variant).lines) {
          for (const t of [line.text, '  ' + line.text, '“' + line.text]) {
            whole.feed(t);
            feedMarks(marks, t);
            expect(marks.open, t.slice(0, 40)).toBe(whole.open);
            lines++;
          }
        }
      }
    }
    expect(lines).toBeGreaterThan(10_000);
  });

  it('reads a “ opening the line as a paragraph of the running passage, one inside it as nesting', () => {
    const cases = ['“第一条　……', '　“第二款……”', '将“A”修改为“B”。', '“甲”“乙', '……”。”', '没有引号的一行'];
    for (const start of ['', '“']) {
      for (const line of cases) {
        const whole = new QuoteTracker();
        const marks = new QuoteDepth();
        whole.feed(start);
        feedMarks(marks, start);
        whole.feed(line);
        feedMarks(marks, line);
        whole.feed('”');
        feedMarks(marks, '”');
        expect(marks.open, start + line).toBe(whole.open);
      }
    }
  });
});
