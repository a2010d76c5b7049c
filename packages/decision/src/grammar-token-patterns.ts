import { RegExpParser, type Alternative, type Disjunction, type Term } from '@chevrotain/regexp-to-ast';

/**
 * What the instruction scanner (instruction-scanner.ts) reads from a token's
 * regular expression, with chevrotain's own regexp parser: the characters a
 * match can start with, whether it is one character or a run of a class,
 * the fixed words it matches in the order it tries them, and the characters
 * every match holds. Each answer errs on the side of trying the expression:
 * what cannot be told is 'any', undefined or none.
 */

/**
 * Whether the regexp parser's reading of the pattern can be trusted character
 * by character: not when ignoring case, not when the pattern reads code points
 * (u, v) where the scanner reads code units, and not with \S, \W or \D, which
 * it reads inside a class as their opposites ([\s\S] as whitespace only).
 */
function narrowable(re: RegExp): boolean {
  return !/[iuv]/.test(re.flags) && !/\\[SWD]/.test(re.source);
}

/** The characters a regular expression's match can start with ('any' when that cannot be told). */
export function firstChars(re: RegExp): [number, number][] | 'any' {
  if (!narrowable(re)) return 'any';
  const out: [number, number][] = [];
  try {
    const ast = new RegExpParser().pattern(re.toString());
    return firstOfDisjunction(ast.value, out) ? 'any' : out;
  } catch {
    return 'any';
  }
}

/** A pattern that is one character or class of characters ('single'), or a greedy run of one ('run'). */
export function shapeOf(re: RegExp): 'single' | 'run' | undefined {
  if (!narrowable(re)) return undefined;
  try {
    const alts = new RegExpParser().pattern(re.toString()).value.value;
    const term = alts.length === 1 && alts[0].value.length === 1 ? alts[0].value[0] : undefined;
    if (!(term?.type === 'Character' || (term?.type === 'Set' && !term.complement))) return undefined;
    const q = term.quantifier;
    if (q === undefined) return 'single';
    return q.atLeast === 1 && q.atMost === Infinity && q.greedy ? 'run' : undefined;
  } catch {
    return undefined;
  }
}

/** Characters every match of the expression holds, and the one it has second when fixed (see Matcher). */
export function heldChars(re: RegExp): { holds: number[]; second: number | undefined } {
  if (!narrowable(re)) return { holds: [], second: undefined };
  try {
    const d = new RegExpParser().pattern(re.toString()).value;
    const alt = d.value.length === 1 ? d.value[0].value : [];
    const [first, next] = alt;
    const once = (t: Term | undefined) => t !== undefined && t.type === 'Character' && t.quantifier === undefined;
    return { holds: [...heldOfDisjunction(d)], second: once(first) && once(next) ? (next as { value: number }).value : undefined };
  } catch {
    return { holds: [], second: undefined };
  }
}

/** The characters every alternative holds. */
function heldOfDisjunction(d: Disjunction): Set<number> {
  let out: Set<number> | undefined;
  for (const alt of d.value) {
    const held = new Set<number>();
    for (const term of alt.value) {
      // Assertions match no characters; a term that may match nothing holds nothing.
      if (term.type !== 'Character' && term.type !== 'Group') continue;
      if (term.quantifier !== undefined && term.quantifier.atLeast === 0) continue;
      if (term.type === 'Character') held.add(term.value);
      else for (const c of heldOfDisjunction(term.value)) held.add(c);
    }
    out = out === undefined ? held : new Set([...out].filter((c) => held.has(c)));
  }
  return out ?? new Set();
}

/** Fixed words, at most this many, are compared instead of run as an expression. */
const MAX_WORDS = 64;

/**
 * The words a regular expression matches, in the order it tries them (first
 * alternative first; a greedy optional part with it, then without), when it
 * matches only a few fixed words: then the first of them found at an offset
 * is what the expression matches there. Undefined for anything else
 * (repetition, assertions, large classes, empty matches).
 */
export function wordsOf(re: RegExp): string[] | undefined {
  if (!narrowable(re)) return undefined;
  try {
    const words = wordsOfDisjunction(new RegExpParser().pattern(re.toString()).value);
    return words && words.length && !words.includes('') ? words : undefined;
  } catch {
    return undefined;
  }
}

function wordsOfDisjunction(d: Disjunction): string[] | undefined {
  const out: string[] = [];
  for (const alt of d.value) {
    let words: string[] = [''];
    for (const term of alt.value) {
      const next = wordsOfTerm(term);
      if (!next || words.length * next.length > MAX_WORDS) return undefined;
      words = words.flatMap((w) => next.map((n) => w + n));
    }
    out.push(...words);
    if (out.length > MAX_WORDS) return undefined;
  }
  return out;
}

function wordsOfTerm(term: Term): string[] | undefined {
  let one: string[] | undefined;
  switch (term.type) {
    case 'Character':
      one = [String.fromCharCode(term.value)];
      break;
    case 'Set': {
      if (term.complement) return undefined;
      one = [];
      for (const v of term.value) {
        const [from, to] = typeof v === 'number' ? [v, v] : [v.from, v.to];
        if (to - from + one.length > MAX_WORDS) return undefined;
        for (let c = from; c <= to; c++) one.push(String.fromCharCode(c));
      }
      break;
    }
    case 'Group':
      one = wordsOfDisjunction(term.value);
      break;
    default:
      return undefined;
  }
  if (!one) return undefined;
  const q = term.quantifier;
  if (q === undefined) return one;
  // Only ? (greedy: with it first) and ?? (lazy: without it first).
  if (q.atLeast !== 0 || q.atMost !== 1) return undefined;
  return q.greedy ? [...one, ''] : ['', ...one];
}

/** Adds the first characters of each alternative; true when one can match the empty string. */
function firstOfDisjunction(d: Disjunction, out: [number, number][]): boolean {
  let empty = false;
  for (const alt of d.value) if (firstOfAlternative(alt, out)) empty = true;
  return empty;
}

function firstOfAlternative(alt: Alternative, out: [number, number][]): boolean {
  for (const term of alt.value) if (!firstOfTerm(term, out)) return false;
  return true;
}

/** Adds the term's first characters; true when it can match nothing (so the next term may start the match). */
function firstOfTerm(term: Term, out: [number, number][]): boolean {
  switch (term.type) {
    case 'Character':
      out.push([term.value, term.value]);
      return term.quantifier?.atLeast === 0;
    case 'Set':
      if (term.complement) throw new Error('complement');
      for (const v of term.value) out.push(typeof v === 'number' ? [v, v] : [v.from, v.to]);
      return term.quantifier?.atLeast === 0;
    case 'Group':
      return firstOfDisjunction(term.value, out) || term.quantifier?.atLeast === 0;
    case 'GroupBackReference':
      throw new Error('back reference');
    default:
      // Assertions consume nothing.
      return true;
  }
}
