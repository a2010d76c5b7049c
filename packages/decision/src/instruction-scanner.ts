import { Lexer, type CustomPatternMatcherFunc, type IToken, type TokenType } from 'chevrotain';
import { chainEnd, chainOf, firstChars, heldChars, shapeOf, wordsOf, type Chain } from './grammar-token-patterns.ts';

/**
 * The instruction tokens scanned the way chevrotain's Lexer scans them (the
 * first pattern in definition order that matches wins; skipped groups,
 * recovery past characters no pattern matches), with two differences: the
 * patterns tried at an offset are only those that can start with the
 * character there, and tokens carry offsets only (no lines and columns:
 * nothing reads them, and counting them walked every payload again).
 * chevrotain narrows by 256-character blocks above U+00FF, and CJK keywords
 * share blocks with the numerals, so it tried a dozen patterns per token; here
 * a 第 tries the references and a 中 tries 中的, 中. The candidates come from
 * the patterns themselves (their first characters, read with chevrotain's own
 * regexp parser), so a new token needs nothing here. Patterns that match a
 * few fixed words (修改为|修改成, (?:予以)?删去) are compared character by
 * character instead of run as regular expressions, and an expression is not
 * run where a character every match of it holds is missing from the rest of
 * the text, or its fixed second character from the next place.
 * instruction-scanner.test.ts lexes the corpus with both and compares.
 */

interface Matcher {
  type: TokenType;
  /** The pattern as a regular expression source (strings escaped); '' for a custom pattern. */
  source: string;
  flags: string;
  custom: CustomPatternMatcherFunc | undefined;
  skip: boolean;
  /** The characters a match can start with: inclusive ranges, or every character. */
  starts: [number, number][] | 'any';
  /** It matches one character, any of `starts`: where it is a candidate it matches. */
  single: boolean;
  /** It matches a run of `starts` (a class with +), as long as it goes: by table, not by regex. */
  run: Uint8Array | undefined;
  /** The words it matches, in the order the expression tries them, when they are fixed and few. */
  words: string[] | undefined;
  /** Characters every match holds (the expression's own, outside assertions): none absent from the rest of the text. */
  holds: number[];
  /** The character every match has second, when the expression fixes it. */
  second: number | undefined;
  /** The expression read as a chain of steps that never give back what they took, matched by code. */
  chain: Chain | undefined;
}

/**
 * What is tried at a character, in definition order: regular patterns each
 * on its own, as a sticky expression that is tested (a test builds no result:
 * joined into one alternation, they were executed for the group telling which
 * matched, and building that result cost more than the tests), fixed words of
 * consecutive patterns in one list, custom patterns on their own.
 */
type Step =
  | { kind: 'custom'; custom: CustomPatternMatcherFunc; matcher: Matcher }
  | { kind: 'here'; matcher: Matcher }
  | { kind: 'words'; words: string[]; members: Matcher[] }
  | { kind: 'regex'; re: RegExp; chain: Chain | undefined; matcher: Matcher; second: number; needs: number };

/** chevrotain hands custom patterns the groups collected so far; ours read none. */
const NO_GROUPS = Object.freeze({});

export class InstructionScanner {
  private readonly matchers: Matcher[];
  /**
   * Steps by character code, as an index into `classes` (0: not worked out yet). Most characters share
   * a few lists of steps (under a hundred for the whole plane); two bytes a character keep the ones a
   * text uses in few cache lines, where a table of references to the lists took a quarter of a megabyte.
   */
  private readonly classOf = new Uint16Array(0x10000);
  private readonly classes: Step[][] = [[]];
  /** Class by candidate set. */
  private readonly bySet = new Map<string, number>();
  /**
   * The characters some expression holds: a sticky test at an offset is skipped when one its
   * expression holds is not in the rest of the text (第 tries 各条…依次提前 only with a 各 ahead).
   */
  private readonly guards: string[];
  /** Per guard, scratch for `tokenize`: where its character is next, -1 nowhere ahead, -2 not looked for. */
  private readonly ahead: Int32Array;

  constructor(tokens: TokenType[]) {
    this.matchers = tokens.filter((t) => t.PATTERN !== Lexer.NA).map(matcherOf);
    // Only expressions run as such are guarded (fixed words and one-character patterns compare characters).
    const tested = this.matchers.filter((m) => !m.custom && !m.words && !m.single && !m.run);
    this.guards = [...new Set(tested.flatMap((m) => m.holds))].map((c) => String.fromCharCode(c));
    this.ahead = new Int32Array(this.guards.length);
  }

  private steps(code: number): Step[] {
    const known = this.classOf[code];
    return known !== 0 ? this.classes[known] : this.classify(code);
  }

  private classify(code: number): Step[] {
    const list = this.matchers.filter((m) => m.starts === 'any' || m.starts.some(([from, to]) => code >= from && code <= to));
    // Fixed words are kept only where they start with this character: such steps are the character's own.
    const own = list.some((m) => m.words !== undefined);
    const key = `${own ? code : ''}:${list.map((m) => this.matchers.indexOf(m)).join()}`;
    let known = this.bySet.get(key);
    if (known === undefined) {
      known = this.classes.push(stepsOf(list, code, this.guards)) - 1;
      this.bySet.set(key, known);
    }
    this.classOf[code] = known;
    return this.classes[known];
  }

  /** The tokens of `text`; those that carry a payload (a custom pattern's) are also pushed to `carrying`. */
  tokenize(text: string, carrying?: IToken[]): IToken[] {
    const tokens: IToken[] = [];
    const length = text.length;
    const { ahead, guards } = this;
    ahead.fill(-2);
    let offset = 0;
    while (offset < length) {
      const steps = this.steps(text.charCodeAt(offset));
      let found: Matcher | undefined;
      let size = 0;
      let image: string | undefined;
      let payload: unknown = undefined;
      for (let i = 0; i < steps.length && found === undefined; i++) {
        const step = steps[i];
        switch (step.kind) {
          case 'custom': {
            const r = step.custom(text, offset, tokens, NO_GROUPS) as (RegExpExecArray & { payload?: unknown }) | null;
            if (r === null) break;
            found = step.matcher;
            image = r[0];
            size = image.length;
            payload = r.payload;
            break;
          }
          case 'here': {
            found = step.matcher;
            const run = found.run;
            let end = offset + 1;
            if (run !== undefined) while (end < length && run[text.charCodeAt(end)] === 1) end++;
            size = end - offset;
            break;
          }
          case 'words': {
            const { words } = step;
            for (let j = 0; j < words.length; j++) {
              const word = words[j];
              const n = word.length;
              if (offset + n > length) continue;
              // The first character is the one the step was chosen by.
              let k = 1;
              while (k < n && text.charCodeAt(offset + k) === word.charCodeAt(k)) k++;
              if (k < n) continue;
              found = step.members[j];
              size = n;
              // The word itself: a substring would be a new string.
              image = word;
              break;
            }
            break;
          }
          case 'regex': {
            const { re, chain, second, needs } = step;
            if (second >= 0 && text.charCodeAt(offset + 1) !== second) break;
            if (needs >= 0) {
              let at = ahead[needs];
              if (at === -2 || (at >= 0 && at < offset)) ahead[needs] = at = text.indexOf(guards[needs], offset);
              if (at < 0) break;
            }
            // A chain is followed by code (a sticky test costs a call into the regexp engine and its lastIndex).
            if (chain !== undefined) {
              const end = chainEnd(text, offset, chain);
              if (end < 0) break;
              size = end - offset;
            } else {
              re.lastIndex = offset;
              if (!re.test(text)) break;
              size = re.lastIndex - offset;
            }
            found = step.matcher;
            break;
          }
          default:
            assertNever(step);
        }
      }
      if (found === undefined) {
        // chevrotain's recovery: drop characters until one where some pattern matches.
        while (++offset < length && !this.matchesAt(text, offset, tokens));
        continue;
      }
      if (!found.skip) {
        const token: IToken = {
          image: image ?? text.substring(offset, offset + size),
          startOffset: offset,
          endOffset: offset + size - 1,
          tokenTypeIdx: found.type.tokenTypeIdx!,
          tokenType: found.type,
        };
        if (payload !== undefined) {
          token.payload = payload;
          carrying?.push(token);
        }
        tokens.push(token);
      }
      offset += size;
    }
    return tokens;
  }

  private matchesAt(text: string, offset: number, tokens: IToken[]): boolean {
    for (const step of this.steps(text.charCodeAt(offset))) {
      switch (step.kind) {
        case 'custom':
          if (step.custom(text, offset, tokens, NO_GROUPS) !== null) return true;
          break;
        case 'here':
          return true;
        case 'words':
          if (step.words.some((w) => text.startsWith(w, offset))) return true;
          break;
        case 'regex':
          step.re.lastIndex = offset;
          if (step.re.test(text)) return true;
          break;
        default:
          assertNever(step);
      }
    }
    return false;
  }
}

function assertNever(x: never): never {
  throw new Error(`unexpected step ${JSON.stringify(x)}`);
}

/**
 * A step with every field of every kind, in one order: steps of all kinds then share one shape, and
 * the scan's reads of them stay monomorphic.
 */
function stepOf(step: Step): Step {
  const s = step as Partial<Record<string, unknown>>;
  return {
    kind: step.kind,
    matcher: s.matcher,
    custom: s.custom,
    words: s.words,
    members: s.members,
    re: s.re,
    chain: s.chain,
    second: s.second,
    needs: s.needs,
  } as Step;
}

/** The steps for a character, from the patterns that can start with it, in definition order. */
function stepsOf(list: Matcher[], code: number, guards: string[]): Step[] {
  const steps: Step[] = [];
  for (const m of list) {
    if (m.single || m.run) {
      // It matches here, so nothing after it is tried.
      steps.push(stepOf({ kind: 'here', matcher: m }));
      return steps;
    }
    if (m.custom) {
      steps.push(stepOf({ kind: 'custom', custom: m.custom, matcher: m }));
      continue;
    }
    if (m.words) {
      const words = m.words.filter((w) => w.charCodeAt(0) === code);
      const last = steps[steps.length - 1];
      if (last?.kind === 'words') {
        last.words.push(...words);
        last.members.push(...words.map(() => m));
      } else if (words.length) steps.push(stepOf({ kind: 'words', words, members: words.map(() => m) }));
      continue;
    }
    const needs = m.holds.find((c) => c !== code);
    steps.push(
      stepOf({
        kind: 'regex',
        re: new RegExp(m.source, m.flags + 'y'),
        chain: m.chain,
        matcher: m,
        second: m.second ?? -1,
        needs: needs === undefined ? -1 : guards.indexOf(String.fromCharCode(needs)),
      }),
    );
  }
  return steps;
}

/** Class tables of the chains, one per class (the numerals are the class of most). */
const tables = new Map<string, Uint8Array>();

function matcherOf(type: TokenType): Matcher {
  const t = type as TokenType & { LONGER_ALT?: unknown; PUSH_MODE?: unknown; POP_MODE?: unknown };
  if (
    t.LONGER_ALT !== undefined ||
    t.PUSH_MODE !== undefined ||
    t.POP_MODE !== undefined ||
    (t.GROUP !== undefined && t.GROUP !== Lexer.SKIPPED)
  ) {
    throw new Error(`token ${type.name}: longer_alt, modes and groups other than SKIPPED are not scanned`);
  }
  const pattern = type.PATTERN;
  const base = {
    type,
    source: '',
    flags: '',
    custom: undefined,
    skip: t.GROUP === Lexer.SKIPPED,
    single: false,
    run: undefined,
    words: undefined,
    holds: [],
    second: undefined,
    chain: undefined,
  };
  if (typeof pattern === 'string') {
    const code = pattern.charCodeAt(0);
    const single = pattern.length === 1;
    return {
      ...base,
      source: pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      starts: [[code, code]],
      single,
      words: single ? undefined : [pattern],
    };
  }
  if (pattern instanceof RegExp) {
    const flags = pattern.flags.replace(/[gy]/g, '');
    const starts = firstChars(pattern);
    const shape = shapeOf(pattern);
    const run = shape === 'run' && starts !== 'any' ? new Uint8Array(0x10000) : undefined;
    if (run && starts !== 'any') for (const [from, to] of starts) run.fill(1, from, to + 1);
    const words = shape === undefined ? wordsOf(pattern) : undefined;
    const { holds, second } = heldChars(pattern);
    const chain = shape === undefined && words === undefined ? chainOf(pattern, tables) : undefined;
    return { ...base, source: pattern.source, flags, starts, single: shape === 'single', run, words, holds, second, chain };
  }
  if (typeof pattern === 'function' || (typeof pattern === 'object' && pattern !== null && 'exec' in pattern)) {
    const custom = typeof pattern === 'function' ? (pattern as CustomPatternMatcherFunc) : pattern.exec.bind(pattern);
    const hint = type.START_CHARS_HINT;
    const starts = hint ? hint.map((h): [number, number] => (typeof h === 'string' ? [h.charCodeAt(0), h.charCodeAt(0)] : [h, h])) : 'any';
    return { ...base, custom, starts };
  }
  throw new Error(`token ${type.name}: unsupported pattern`);
}
