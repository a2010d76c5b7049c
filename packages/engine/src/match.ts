import { isSpace } from '@amend/model';
/**
 * Finding a decision's phrase in a rule's text while tolerating layout: the
 * gazette and the rule may differ in full/half-width forms (（ and (, 1：5000
 * and 1:5000), spaces and OCR line breaks, and in how nested quotation marks
 * are written (‘…’ inside the decision's quotes stands for “…” in the rule).
 * Both sides are folded to one form; a hit is mapped back to the raw text.
 */

export interface Folded {
  text: string;
  /** Raw offset of each folded character. */
  map: number[];
}

/** Punctuation that has an ASCII and a full-width form, and all quotation marks, folded to one character each. */
const CANON: Record<string, string> = {
  '‘': '"',
  '’': '"',
  '“': '"',
  '”': '"',
  "'": '"',
  '「': '"',
  '」': '"',
  '『': '"',
  '』': '"',
  '〔': '[',
  '〕': ']',
  '【': '[',
  '】': ']',
};

const CANON_CODE = new Map(Object.entries(CANON).map(([k, v]) => [k.charCodeAt(0), v.charCodeAt(0)]));

/** Spaces, and line breaks too: a phrase may be quoted across a broken line. */
function spaceOrBreak(code: number): boolean {
  return isSpace(code) || code === 10 || code === 13;
}

/** Full-width ASCII variants (！…～) to ASCII, quotes and brackets to one form, spaces dropped; `map` leads back. */
export function fold(raw: string): Folded {
  const map: number[] = [];
  let text = '';
  // Start of the run of characters kept as they are, copied in one slice when the run ends.
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    // Most of a rule is ideographs, which fold to themselves.
    if (code >= 0x3400 && code <= 0x9fff) {
      map.push(i);
      continue;
    }
    let to = -1;
    if (!spaceOrBreak(code)) {
      const half = code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
      to = CANON_CODE.get(half) ?? half;
    }
    if (to === code) {
      map.push(i);
      continue;
    }
    text += raw.slice(from, i);
    from = i + 1;
    if (to >= 0) {
      text += String.fromCharCode(to);
      map.push(i);
    }
  }
  return { text: from === 0 ? raw : text + raw.slice(from), map };
}

export function foldString(s: string): string {
  return fold(s).text;
}

export interface Hit {
  /** Raw offsets in the haystack, end exclusive. */
  start: number;
  end: number;
}

/** Every non-overlapping occurrence of `needle` in the folded haystack, as raw offsets. */
export function findAll(hay: Folded, needle: string): Hit[] {
  return findFolded(hay, foldString(needle));
}

/** `findAll` for a needle folded already (a phrase looked for in many units is folded once). */
export function findFolded(hay: Folded, n: string): Hit[] {
  if (!n) return [];
  const hits: Hit[] = [];
  for (let i = hay.text.indexOf(n); i >= 0; i = hay.text.indexOf(n, i + n.length)) {
    hits.push({ start: hay.map[i], end: hay.map[i + n.length - 1] + 1 });
  }
  return hits;
}

const STEPS: [string, (s: string) => string][] = [
  ['spaces and line breaks', (s) => s.replace(/[\s\u3000\u00a0]/g, '')],
  ['full- and half-width forms', (s) => s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))],
  ['quotation marks and brackets', (s) => [...s].map((c) => CANON[c] ?? c).join('')],
];

/**
 * Which normalisations were needed to make `found` (raw rule text) equal
 * `phrase`: a step is needed when the others alone leave them different.
 * Empty when they are equal as written.
 */
export function describeDifference(found: string, phrase: string): string[] {
  if (found === phrase) return [];
  const all = (skip: number) => (s: string) => STEPS.reduce((x, [, f], i) => (i === skip ? x : f(x)), s);
  return STEPS.filter((_, i) => all(i)(found) !== all(i)(phrase)).map(([name]) => name);
}

/**
 * Choose among overlapping candidates: the longest wins, then the earliest.
 * One operation that changes “城乡规划” and “城乡规划、国土资源行政主管部门”
 * changes the long phrase where it occurs and the short one elsewhere.
 */
export function selectLongest<T extends Hit>(candidates: readonly T[]): T[] {
  const sorted = [...candidates].sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start);
  const chosen: T[] = [];
  for (const c of sorted) {
    if (chosen.every((k) => c.end <= k.start || c.start >= k.end)) chosen.push(c);
  }
  return chosen.sort((x, y) => x.start - y.start);
}

const CJK = /^[\u3400-\u9fff]+$/;
/** Head nouns that end the names of bodies and offices. */
const HEADS = ['委员会', '办公室', '机构', '机关', '部门', '单位', '中心', '局', '厅', '站'];
/** Characters that do not occur inside such a name: they join or govern words. */
const FUNCTION_CHARS = /[的和或与及对向由在应并将把被从按依为是等其]/;

/**
 * Whether a hit sits inside a longer name. Chinese names put the head noun
 * last, so a phrase that is followed by two to four more characters ending
 * in a head noun (卫生 + 监督机构, 城乡规划 + 主管部门) is a modifier inside
 * that name, and changing it changes the name. Returns the name with up to
 * two characters of what precedes it, for the message.
 */
export function longerWord(text: string, hit: Hit): string | undefined {
  for (let k = 4; k >= 2; k--) {
    const cont = text.slice(hit.end, hit.end + k);
    if (cont.length !== k || !CJK.test(cont) || FUNCTION_CHARS.test(cont)) continue;
    const head = HEADS.find((h) => cont.endsWith(h) && cont.length > h.length);
    if (!head) continue;
    let from = hit.start;
    while (from > hit.start - 2 && from > 0 && CJK.test(text[from - 1]) && !FUNCTION_CHARS.test(text[from - 1])) from--;
    return text.slice(from, hit.end + k);
  }
  return undefined;
}
