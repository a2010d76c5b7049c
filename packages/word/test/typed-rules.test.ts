import { readdirSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDecision } from '@amend/decision';
import { parseRule } from '@amend/document';
import { readInput } from '../src/index.ts';
import { wordFromText } from './typed-docx.ts';

/**
 * Every rule of decree 119, kept as a Word document whose article, chapter
 * and item numbers are Word's automatic numbering, reads as the same tree as
 * the typed rule.
 */
const rules = join(import.meta.dirname, '../../../examples/decree-119/rules');

/** A tree without its source positions, which differ (the .docx text has no blank lines). */
function shape(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (k, v) => (k === 'pos' || k === 'span' ? undefined : v)));
}

describe('decree 119 rules typed and as Word documents', () => {
  const names = readdirSync(rules).filter((f) => f.endsWith('.txt'));
  it('has the thirteen rules', () => expect(names).toHaveLength(13));

  it.each(names)('%s reads as the typed text, line for line, and parses to the same tree', async (name) => {
    const typed = readFileSync(join(rules, name), 'utf8');
    const docx = await wordFromText(typed);
    // No label is typed in the Word document: Word's numbering makes every one.
    const texts = [...strFromU8(unzipSync(docx)['word/document.xml']).matchAll(/<w:t[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(texts.filter((t) => /^(第[一二三四五六七八九十百]+[章条]|（[一二三四五六七八九十]+）)/.test(t))).toEqual([]);
    const read = readInput(docx, name.replace(/\.txt$/, '.docx'));
    expect(read.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const lines = typed.split('\n').filter((l) => l.trim() !== '');
    expect(read.value!.text.split('\n').filter((l) => l !== '')).toEqual(lines);
    expect(shape(parseRule(read.value!.text).value)).toEqual(shape(parseRule(typed).value));
  });

  it('the decision reads the same, its items numbered 一、二、 by Word', async () => {
    const typed = readFileSync(join(rules, '../decision.md'), 'utf8');
    const read = readInput(await wordFromText(typed), 'decision.docx');
    const fromWord = parseDecision(read.value!.text);
    const fromText = parseDecision(typed);
    expect(fromWord.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(shape(fromWord.value.amendments)).toEqual(shape(fromText.value.amendments));
  });
});
