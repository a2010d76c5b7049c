import { describe, expect, it } from 'vitest';
import { readSource } from '../src/decision-source.ts';
import { feedMarks, QuoteDepth } from '../src/framing-state.ts';
import { QuoteTracker } from '../src/quotation.ts';
import { CLOSES, OPENS, SourceMarks } from '../src/source-marks.ts';
import { closingKind } from '../src/closing-clauses.ts';
import { frame } from '../src/decision-framing.ts';
import { readHeader } from '../src/decision-header.ts';
import { itemSegment } from '../src/item-text.ts';
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

  it('moves the same from the marks found once in the whole text (SourceMarks), lines and their ends after a label', () => {
    let pieces = 0;
    const differ: string[] = [];
    for (const text of texts) {
      for (const variant of [text, text.replace(/[“”]/g, '"')]) {
        const source = readSource(variant);
        const marks = new SourceMarks(source.text);
        // Asked line after line as the framing asks, and again from the start (the cursor goes back).
        for (let round = 0; round < 2; round++) {
          for (const line of source.lines) {
            for (let cut = 0; cut <= Math.min(3, line.text.length); cut++) {
              const piece = line.text.slice(cut);
              const expected = (piece.includes('“') ? OPENS : 0) | (piece.includes('”') ? CLOSES : 0);
              if (marks.within(line.start + cut, line.end) !== expected) differ.push(piece.slice(0, 40));
              for (const depth of [0, 1, 2]) {
                const fed = new QuoteDepth();
                fed.depth = depth;
                feedMarks(fed, piece);
                if (marks.feed(depth, line.start + cut, line.end) !== fed.depth) differ.push(`${depth} ${piece.slice(0, 40)}`);
              }
              pieces++;
            }
          }
        }
      }
    }
    expect(differ).toEqual([]);
    expect(pieces).toBeGreaterThan(20_000);
  });

  it('reads a “ after white space as opening the piece, as feedMarks does', () => {
    const text = '　 “甲”\n“乙“丙”\n　“”';
    const marks = new SourceMarks(text);
    const lines = text.split('\n');
    let at = 0;
    for (const line of lines) {
      for (const depth of [0, 1, 3]) {
        const fed = new QuoteDepth();
        fed.depth = depth;
        feedMarks(fed, line);
        expect(marks.feed(depth, at, at + line.length), line).toBe(fed.depth);
      }
      at += line.length + 1;
    }
  });

  it('gives every item segment the marks its text holds, added marks included, without searching it', () => {
    let items = 0;
    const differ: string[] = [];
    for (const text of texts) {
      for (const variant of [text, text.replace(/[“”]/g, '"'), text.replace(/”([^”]*)$/, '$1')]) {
        const source = readSource(variant);
        const header = readHeader(source.lines);
        const framed = frame(source.lines.slice(header.bodyStart), {
          index: source.index,
          marks: source.marks,
          diagnostics: [],
          meta: header.meta,
          title: header.title,
        });
        for (const rule of framed.rules) {
          for (const item of rule.items) {
            const seg = itemSegment(item.lines, source.marks);
            const searched: number[] = [];
            for (let i = 0; i < seg.text.length; i++) {
              const c = seg.text.charCodeAt(i);
              if (c === 0x201c) searched.push(i * 2);
              else if (c === 0x201d) searched.push(i * 2 + 1);
            }
            if (JSON.stringify(seg.quoteMarks) !== JSON.stringify(searched)) differ.push(seg.text.slice(0, 40));
            items++;
          }
        }
      }
    }
    expect(differ).toEqual([]);
    expect(items).toBeGreaterThan(3000);
  });

  it('tells the closing clause of a line without marks the same when told it holds none', () => {
    let asked = 0;
    const differ: string[] = [];
    const lines = texts.flatMap((text) => readSource(text).lines.map((l) => l.text));
    const clauses = [
      '本决定自公布之日起施行。',
      '条文顺序作相应调整。',
      '对部分条文的文字作了修改。',
      '根据本决定作相应修改后，重新公布。',
    ];
    for (const text of [...lines, ...clauses]) {
      if (text.includes('“') || text.includes('”')) continue;
      if (closingKind(text, true) !== closingKind(text)) differ.push(text.slice(0, 40));
      asked++;
    }
    expect(differ).toEqual([]);
    expect(clauses.every((c) => closingKind(c, true) !== undefined)).toBe(true);
    expect(asked).toBeGreaterThan(2000);
  });
});
