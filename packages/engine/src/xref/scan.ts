import { ANY_NUMERAL, fromChinese, toChinese as toCn } from '@amend/model';

/**
 * Finding cross-references in one text. A reference is a list of atoms
 * (第八条和第十八条, 第八条至第十条, 第十六条第六项、第七项) with an optional
 * prefix (本办法). An atom is a relative word (前款, 前两款, 本条, 本款, 前条,
 * 本项, 本章, 本节, 本编) and/or numbered components (第十二条第一款第三项,
 * 第二章第一节). A list directly
 * after another law's name (《…》第七十二条, 该法第X条, 刑法第X条) is external.
 */

export type Level = 'part' | 'chapter' | 'section' | 'article' | 'paragraph' | 'item' | 'subitem';
export type Digits = 'cn' | 'ascii' | 'full';

export interface Component {
  level: Level;
  n: number;
  sub?: number;
  /** The whole component, e.g. 第十二条 or 第八条之一. */
  start: number;
  end: number;
  digits: Digits;
}

export type Relative =
  | 'this-part'
  | 'this-chapter'
  | 'this-section'
  | 'prev-article'
  | 'this-article'
  | 'prev-paragraph'
  | 'this-paragraph'
  | 'prev-item'
  | 'this-item';

export interface Atom {
  start: number;
  end: number;
  rel?: Relative;
  /** 前两款 → 2. */
  count?: number;
  parts: Component[];
  /** The separator before this atom is 至/到: a range from the previous atom. */
  rangeFromPrevious: boolean;
}

export interface RefMatch {
  start: number;
  end: number;
  text: string;
  external: boolean;
  atoms: Atom[];
}

const N = ANY_NUMERAL;
const START = new RegExp(`第${N}(?:编|章|节|条|款|项|目)|前[两二三四五六七八九十]?款|前条|前项|本条|本款|本项|本章|本节|本编`, 'g');
const REL = /前([两二三四五六七八九十]?)款|前条|前项|本条|本款|本项|本章|本节|本编/y;
/** The components an atom may name, from the top down. */
const PARTS: [Level, RegExp][] = [
  ['part', new RegExp(`第(${N})编`, 'y')],
  ['chapter', new RegExp(`第(${N})章`, 'y')],
  ['section', new RegExp(`第(${N})节`, 'y')],
  ['article', new RegExp(`第(${N})条(?:之(${N}))?`, 'y')],
  ['paragraph', new RegExp(`第(${N})款`, 'y')],
  ['item', new RegExp(`第(${N})项`, 'y')],
  ['subitem', new RegExp(`第(${N})目`, 'y')],
];
const SEP = /以及|或者|、|和|或|及|与|至|到/y;
const PREFIX = /本(?:实施细则|实施办法|办法|规定|条例|细则|规则|决定|法)$/;
/** Words ending in 法 that are not a law's name (公司法 is one, 司法 is not). */
const NOT_A_LAW = /(?:(?<!公)司|依|违|合|守|执|立|非|办|方|做|用|说|想|无|设|手|写|算|章|语)法$/;

const LEVEL_BELOW: Record<Relative, Level> = {
  'this-part': 'chapter',
  'this-chapter': 'section',
  'this-section': 'article',
  'prev-article': 'paragraph',
  'this-article': 'paragraph',
  'prev-paragraph': 'item',
  'this-paragraph': 'item',
  'prev-item': 'subitem',
  'this-item': 'subitem',
};

/** The level a relative word names: 本章 a chapter, 前条 an article. */
export function relativeLevel(rel: Relative): Level {
  const levels = PARTS.map(([l]) => l);
  return levels[levels.indexOf(LEVEL_BELOW[rel]) - 1];
}

function digitsOf(s: string): Digits {
  if (/^[0-9]+$/.test(s)) return 'ascii';
  if (/^[０-９]+$/.test(s)) return 'full';
  return 'cn';
}

function relOf(m: RegExpExecArray): { rel: Relative; count?: number } {
  switch (m[0]) {
    case '前条':
      return { rel: 'prev-article' };
    case '本条':
      return { rel: 'this-article' };
    case '本款':
      return { rel: 'this-paragraph' };
    case '前项':
      return { rel: 'prev-item' };
    case '本项':
      return { rel: 'this-item' };
    case '本章':
      return { rel: 'this-chapter' };
    case '本节':
      return { rel: 'this-section' };
    case '本编':
      return { rel: 'this-part' };
    default:
      return { rel: 'prev-paragraph', count: m[1] ? (fromChinese(m[1]) ?? 1) : 1 };
  }
}

function atomAt(text: string, at: number): Atom | undefined {
  let pos = at;
  const atom: Atom = { start: at, end: at, parts: [], rangeFromPrevious: false };
  REL.lastIndex = pos;
  const rm = REL.exec(text);
  if (rm) {
    Object.assign(atom, relOf(rm));
    pos = REL.lastIndex;
  }
  // After a relative word only the levels below it follow: 本章第一节, 本条第二款, 前款第一项.
  const lowest = atom.rel ? PARTS.findIndex(([level]) => level === LEVEL_BELOW[atom.rel!]) : 0;
  for (let i = lowest; i < PARTS.length; i++) {
    const [level, re] = PARTS[i];
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) continue;
    const n = fromChinese(m[1]);
    if (n === undefined) break;
    const sub = m[2] !== undefined ? fromChinese(m[2]) : undefined;
    atom.parts.push({ level, n, ...(sub ? { sub } : {}), start: pos, end: re.lastIndex, digits: digitsOf(m[1]) });
    pos = re.lastIndex;
  }
  if (pos === at) return undefined;
  atom.end = pos;
  return atom;
}

function isExternal(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  if (before.endsWith('》')) return true;
  if (/该(?:法|条例|办法|规定|细则|决定|规则)$/.test(before)) return true;
  if (PREFIX.test(before)) return false;
  const law = /[\u4e00-\u9fff]+(?:法|法典|条例)$/.exec(before);
  return !!law && !NOT_A_LAW.test(law[0]) && !/本(?:法|条例)$/.test(law[0]);
}

/** The other law's name written right before an external list: 《…》 (nested marks allowed) or 该法. */
function lawName(text: string, start: number): string | undefined {
  if (text[start - 1] === '》') {
    let depth = 0;
    for (let i = start - 1; i >= 0 && i >= start - 200; i--) {
      if (text[i] === '》') depth++;
      else if (text[i] === '《' && --depth === 0) return text.slice(i, start);
    }
    return undefined;
  }
  return /该(?:法|条例|办法|规定|细则|决定|规则)$/.exec(text.slice(Math.max(0, start - 3), start))?.[0];
}

export function scanReferences(text: string): RefMatch[] {
  const out: RefMatch[] = [];
  START.lastIndex = 0;
  for (let m = START.exec(text); m; m = START.exec(text)) {
    const first = atomAt(text, m.index);
    if (!first) continue;
    const atoms = [first];
    let end = first.end;
    for (;;) {
      SEP.lastIndex = end;
      const s = SEP.exec(text);
      if (!s) break;
      const next = atomAt(text, SEP.lastIndex);
      if (!next) break;
      next.rangeFromPrevious = s[0] === '至' || s[0] === '到';
      atoms.push(next);
      end = next.end;
    }
    const external = first.rel === undefined && isExternal(text, m.index);
    const prefix = external ? lawName(text, m.index) : PREFIX.exec(text.slice(Math.max(0, m.index - 6), m.index))?.[0];
    const start = prefix ? m.index - prefix.length : m.index;
    out.push({ start, end, text: text.slice(start, end), external, atoms });
    START.lastIndex = end;
  }
  return out;
}

/** The numeral for `n` written as the reference wrote its own. */
export function numeral(n: number, digits: Digits): string {
  if (digits === 'ascii') return String(n);
  if (digits === 'full') return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
  return toCn(n);
}

const UNIT: Record<Level, string> = { part: '编', chapter: '章', section: '节', article: '条', paragraph: '款', item: '项', subitem: '目' };

/** 第十二条 / 第八条之一 / 第三款 / 第二章 in the given numeral style. */
export function componentText(level: Level, n: number, sub: number | undefined, digits: Digits): string {
  return `第${numeral(n, digits)}${UNIT[level]}${sub ? `之${numeral(sub, digits)}` : ''}`;
}
