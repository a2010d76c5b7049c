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

/** One step of a chain: a character or a class of them (a table by code), once or as a greedy run. */
export interface Link {
  /** The character, or -1 for a class. */
  code: number;
  table: Uint8Array | undefined;
  run: boolean;
}

/**
 * A pattern read as a chain: steps matched one after the other, each a
 * character or class once or as a greedy run (第[零一…]+[条條]), then an
 * optional group of such steps at its end ((?:之[零一…]+)?), taken when it
 * matches. Only where no step ever has to give back what it took: a run is
 * followed by a step none of its characters can be, so that the greedy match
 * is the expression's match, found without backtracking. Undefined otherwise.
 */
export interface Chain {
  links: Link[];
  tail: Link[] | undefined;
}

export function chainOf(re: RegExp, tables: Map<string, Uint8Array>): Chain | undefined {
  if (!narrowable(re) || re.flags.replace(/[gy]/g, '') !== '') return undefined;
  try {
    const alts = new RegExpParser().pattern(re.toString()).value.value;
    if (alts.length !== 1) return undefined;
    const terms = alts[0].value;
    const last = terms[terms.length - 1];
    const optional = last?.type === 'Group' && last.quantifier?.atLeast === 0 && last.quantifier.atMost === 1 && last.quantifier.greedy;
    const links = linksOf(optional ? terms.slice(0, -1) : terms, tables);
    let tail: Link[] | undefined;
    if (optional) {
      const inner = (last as { value: Disjunction }).value.value;
      if (inner.length !== 1) return undefined;
      tail = linksOf(inner[0].value, tables);
    }
    if (!links?.length || (optional && !tail?.length)) return undefined;
    // A run's characters never start the step after it (in the tail, or the tail's first after the last).
    const all = [...links, ...(tail ?? [])];
    for (let i = 0; i + 1 < all.length; i++) if (all[i].run && overlaps(all[i], all[i + 1])) return undefined;
    return { links, tail };
  } catch {
    return undefined;
  }
}

function linksOf(terms: Term[], tables: Map<string, Uint8Array>): Link[] | undefined {
  const out: Link[] = [];
  for (const term of terms) {
    if (term.type !== 'Character' && term.type !== 'Set') return undefined;
    const q = term.quantifier;
    const run = q !== undefined && q.atLeast === 1 && q.atMost === Infinity && q.greedy;
    if (q !== undefined && !run) return undefined;
    if (term.type === 'Character') out.push({ code: term.value, table: undefined, run });
    else if (!term.complement) {
      const ranges = term.value.map((v) => (typeof v === 'number' ? [v, v] : [v.from, v.to]));
      const key = ranges.join();
      let table = tables.get(key);
      if (table === undefined) {
        table = new Uint8Array(0x10000);
        for (const [from, to] of ranges) table.fill(1, from, to + 1);
        tables.set(key, table);
      }
      out.push({ code: -1, table, run });
    } else return undefined;
  }
  return out;
}

function overlaps(a: Link, b: Link): boolean {
  const has = (l: Link, c: number) => (l.table ? l.table[c] === 1 : l.code === c);
  if (b.table === undefined) return has(a, b.code);
  if (a.table === undefined) return has(b, a.code);
  for (let c = 0; c < 0x10000; c++) if (a.table[c] === 1 && b.table[c] === 1) return true;
  return false;
}

/** Where the chain's match at `offset` ends, or -1. */
export function chainEnd(text: string, offset: number, chain: Chain): number {
  const end = linksEnd(text, offset, chain.links);
  if (end < 0 || chain.tail === undefined) return end;
  const more = linksEnd(text, end, chain.tail);
  return more < 0 ? end : more;
}

function linksEnd(text: string, offset: number, links: Link[]): number {
  let at = offset;
  const length = text.length;
  for (let i = 0; i < links.length; i++) {
    const { code, table, run } = links[i];
    if (at >= length) return -1;
    const c = text.charCodeAt(at);
    if (table === undefined ? c !== code : table[c] !== 1) return -1;
    at++;
    if (run) {
      if (table === undefined) while (at < length && text.charCodeAt(at) === code) at++;
      else while (at < length && table[text.charCodeAt(at)] === 1) at++;
    }
  }
  return at;
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
