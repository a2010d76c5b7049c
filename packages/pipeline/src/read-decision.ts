import { splitGazette } from '@amend/document';
import { parseDecision, type ReadMemo } from '@amend/decision';
import type { Decision, Result } from '@amend/model';
import type { Source } from './source.ts';

/**
 * Parse a decision. A whole gazette issue is accepted too: the decision is
 * found in it and everything else is blanked out, so that positions still
 * point into the text the user gave.
 */
export function readDecision(source: Source, opts: { memo?: ReadMemo } = {}): Result<Decision> {
  const split = splitGazette(source.text, source.file);
  const entries = split.value.filter((e) => e.type === 'decision');
  let text = source.text;
  if (split.value.length > 1 && entries.length === 1) {
    const { start, end } = entries[0].span;
    text = blankOutside(source.text, start.offset, end.offset);
  }
  return parseDecision(text, { file: source.file, memo: opts.memo });
}

function blankOutside(text: string, from: number, to: number): string {
  const blank = (s: string) => s.replace(/[^\r\n]/g, ' ');
  return blank(text.slice(0, from)) + text.slice(from, to) + blank(text.slice(to));
}
