import type { CstElement, CstNode, IToken } from 'chevrotain';
import { parser, parseSentence } from '../src/instruction-parser.ts';

/**
 * A sentence of a form parsed before gets its CST rebuilt around its own
 * tokens (instruction-memo.ts). It must be the CST the parser builds: the
 * same nodes, their groups in the same order, each holding the very token,
 * the same locations.
 */
export function plain(e: CstElement): unknown {
  if ('image' in e) return e;
  const node = e as CstNode;
  return {
    name: node.name,
    location: node.location,
    keys: Object.keys(node.children),
    children: Object.values(node.children).map((group) => group.map(plain)),
  };
}

export function fresh(tokens: IToken[]): unknown {
  parser.input = tokens;
  const cst = parser.sentence();
  return parser.errors.length ? undefined : plain(cst);
}

export function viaMemo(tokens: IToken[]): unknown {
  const { cst } = parseSentence(tokens);
  return cst === undefined ? undefined : plain(cst);
}
