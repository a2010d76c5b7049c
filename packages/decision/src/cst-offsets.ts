import type { CstNode, IToken } from 'chevrotain';

/**
 * Where a CST element is, as offsets into the item's text (end exclusive).
 * chevrotain groups a node's children by name, so written order is recovered
 * from these offsets.
 */

export type Span = { start: number; end: number };

export const isToken = (e: IToken | CstNode): e is IToken => (e as IToken).image !== undefined;
export const startOf = (e: IToken | CstNode): number => (isToken(e) ? e.startOffset : (e.location?.startOffset ?? 0));
export const endOf = (e: IToken | CstNode): number => (isToken(e) ? (e.endOffset ?? e.startOffset) + 1 : (e.location?.endOffset ?? 0) + 1);
export const spanOf = (n: CstNode): Span => ({ start: startOf(n), end: endOf(n) });

/** Widens [from, to) over a token. */
export function cover(span: { from: number; to: number }, t: IToken): void {
  span.from = Math.min(span.from, t.startOffset);
  span.to = Math.max(span.to, (t.endOffset ?? t.startOffset) + 1);
}

/** Tokens of one CST group in written order (a copy: callers cut it). */
export function inOrder(tokens: IToken[]): IToken[] {
  const out = tokens.slice();
  for (let i = 1; i < out.length; i++) {
    if (out[i - 1].startOffset > out[i].startOffset) return out.sort((a, b) => a.startOffset - b.startOffset);
  }
  return out;
}
