import type { CstNode, IToken } from 'chevrotain';
import { parser } from './parser.ts';
import * as T from './tokens.ts';

/** One sentence through the shared parser, with what it expected where it failed. */

export interface SentenceParse {
  cst: CstNode | undefined;
  errors: { token: IToken; message: string; expected: string }[];
}

export function parseSentence(tokens: IToken[]): SentenceParse {
  parser.input = tokens;
  const cst = parser.sentence();
  const errors = parser.errors.map((e) => ({ token: e.token, message: e.message, expected: expectedAt(tokens, e.token) }));
  return { cst: errors.length ? undefined : cst, errors };
}

/** What could come next where parsing stopped, from chevrotain's content assist. */
function expectedAt(tokens: IToken[], at: IToken): string {
  const i = tokens.indexOf(at);
  const before = i < 0 ? tokens : tokens.slice(0, i);
  const labels = new Set<string>();
  try {
    for (const s of parser.computeContentAssist('sentence', before)) labels.add(s.nextTokenType.LABEL ?? s.nextTokenType.name);
  } catch {
    // Content assist can fail on prefixes the grammar cannot reach; the message still stands.
  }
  labels.delete('LawPrefix');
  labels.delete(T.Other.LABEL ?? 'text');
  return [...labels].join(' ');
}
