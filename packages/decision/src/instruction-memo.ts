import type { CstElement, CstNode, IToken } from 'chevrotain';
import { WORDS_READ } from './grammar-changes.ts';

/**
 * The CSTs of accepted sentences, by what the parser's choices depend on:
 * the types of the tokens, in order (and the words of the few types a gate
 * reads: WORDS_READ). Two sentences alike in that are parsed alike — the same
 * alternatives, the same nodes, each holding the token at the same place — so
 * a sentence like one already parsed gets the CST rebuilt around its own
 * tokens instead of going through the parser again. Decisions repeat a few
 * dozen forms (将第X条修改为：“…”, 删去第X条): read once, in order, the
 * benchmark's thirty decisions have 1,449 accepted sentences of 146 forms.
 * Rejected sentences are not kept (their errors are worked out afresh).
 * instruction-memo-corpus.test.ts compares the rebuilt CSTs with the parser's
 * over the corpus, and checks that premise.
 */

/** A node of a kept CST, its tokens as places in the sentence. */
interface Shape {
  name: string;
  /**
   * Places of the tokens its location starts at and ends at; -1 where it holds no offset (NaN, or the
   * negative end of a node that consumed nothing), kept as it is in `startValue` / `endValue`.
   */
  start: number;
  end: number;
  startValue: number;
  endValue: number;
  keys: string[];
  /** Per key, its children: a token's place, or a node. */
  groups: (number | Shape)[][];
}

/**
 * Kept forms as a tree walked token by token: a branch per token type (and per word, for the types
 * in WORDS_READ), the shape where a form ends. Looked up by numbers, where a string key built for
 * every sentence and hashed to find it cost a third of rebuilding.
 */
interface Form {
  next: (Form | undefined)[];
  words: Map<string, Form> | undefined;
  shape: Shape | undefined;
}

const newForm = (): Form => ({ next: [], words: undefined, shape: undefined });

/** Forms kept at most; past that the memo starts again (a few hundred forms cover every decision we have). */
const LIMIT = 2000;
let forms = newForm();
let kept = 0;

/** WORDS_READ by type index. */
const WORDS: boolean[] = [];
for (const type of WORDS_READ) WORDS[type.tokenTypeIdx!] = true;

/**
 * Empties the memo, as a process starts: the benchmark measures a decision read with no form of
 * another decision kept, beside the steady state the preview's re-reading sees.
 */
export function forgetForms(): void {
  forms = newForm();
  kept = 0;
}

/** The CST of a sentence of a kept form, built around its tokens; undefined for a form not kept. */
export function recalled(tokens: IToken[]): CstNode | undefined {
  let form: Form | undefined = forms;
  for (let i = 0; i < tokens.length && form !== undefined; i++) {
    const tok = tokens[i];
    const idx = tok.tokenTypeIdx!;
    form = form.next[idx];
    if (WORDS[idx] === true) form = form?.words?.get(tok.image);
  }
  const shape = form?.shape;
  return shape === undefined ? undefined : build(shape, tokens);
}

/** Keep the form of an accepted sentence (unless its CST holds something not read off its tokens). */
export function remember(tokens: IToken[], cst: CstNode): void {
  const places = new Map<IToken, number>();
  tokens.forEach((t, i) => places.set(t, i));
  const shape = shapeOf(cst, tokens, places);
  if (shape === undefined) return;
  if (kept >= LIMIT) {
    forms = newForm();
    kept = 0;
  }
  let form = forms;
  for (const tok of tokens) {
    const idx = tok.tokenTypeIdx!;
    form = form.next[idx] ??= newForm();
    if (WORDS[idx] === true) {
      const words = (form.words ??= new Map());
      let word = words.get(tok.image);
      if (word === undefined) words.set(tok.image, (word = newForm()));
      form = word;
    }
  }
  if (form.shape === undefined) kept++;
  form.shape = shape;
}

function build(shape: Shape, tokens: IToken[]): CstNode {
  const children: Record<string, CstElement[]> = {};
  const { keys, groups } = shape;
  for (let k = 0; k < keys.length; k++) {
    const group = groups[k];
    // Most groups hold one child; arrays grown from a literal stay packed (new Array(n) makes a holey one).
    const first = group[0];
    const out: CstElement[] = [typeof first === 'number' ? tokens[first] : build(first, tokens)];
    for (let i = 1; i < group.length; i++) {
      const g = group[i];
      out.push(typeof g === 'number' ? tokens[g] : build(g, tokens));
    }
    children[keys[k]] = out;
  }
  return {
    name: shape.name,
    children,
    location: {
      startOffset: shape.start < 0 ? shape.startValue : tokens[shape.start].startOffset,
      endOffset: shape.end < 0 ? shape.endValue : tokens[shape.end].endOffset!,
    },
  };
}

function shapeOf(node: CstNode, tokens: IToken[], places: Map<IToken, number>): Shape | undefined {
  const loc = node.location;
  if (loc === undefined) return undefined;
  const startValue = loc.startOffset;
  const endValue = loc.endOffset!;
  const start = noOffset(startValue) ? -1 : tokens.findIndex((t) => t.startOffset === startValue);
  const end = noOffset(endValue) ? -1 : tokens.findIndex((t) => t.endOffset === endValue);
  // An offset that is no token's is not read off the tokens: such a CST is not kept.
  if ((start < 0 && !noOffset(startValue)) || (end < 0 && !noOffset(endValue))) return undefined;
  const keys = Object.keys(node.children);
  const groups: (number | Shape)[][] = [];
  for (const key of keys) {
    if (node.children[key].length === 0) return undefined;
    const group: (number | Shape)[] = [];
    for (const child of node.children[key]) {
      if ('image' in child) {
        const place = places.get(child);
        if (place === undefined) return undefined;
        group.push(place);
      } else {
        const inner = shapeOf(child, tokens, places);
        if (inner === undefined) return undefined;
        group.push(inner);
      }
    }
    groups.push(group);
  }
  return { name: node.name, start, end, startValue, endValue, keys, groups };
}

/** A location's value that is no offset: NaN, or a negative end (a node that consumed nothing). */
function noOffset(value: number): boolean {
  return Number.isNaN(value) || value < 0;
}
