import { squeezeSpaces } from '@amend/model';
import type { SourceLine } from './decision-source.ts';
import { matching } from './rule-names.ts';

/**
 * What a decision repeals, in the forms it is written:
 * - an entry of a repeal list: 一、计划生育技术服务管理条例（2001年…公布 根据…修订）,
 *   the title with or without 《》, its history in brackets (possibly broken
 *   over lines);
 * - a sentence: 决定：废止《A》、《B》。 / 决定，废止《A》和《B》，依法报请…公布施行 /
 *   决定于2023年12月1日起废止《A》 / 八、废止《A》（…通过） / 二、废止2015年…通过的《A》，…;
 * - a table of the national database (pandoc grid table): one row per
 *   repealed document, its title, date and number, reason;
 * - a table a word processor flattened to lines: each cell a line opening
 *   with a TAB (a cell's later lines without one), the header 序号 / 文件名称 /
 *   … first, then per row its number, title, date and number, reason.
 */

export interface RepealEntry {
  title: string;
  /** The history in brackets, without them; "" when none. */
  note: string;
}

/** Split 标题（1994年12月6日宁政发〔1994〕131号公布） into title and note; 《》 around the title go. */
export function splitNote(text: string): RepealEntry {
  const t = text.trim().replace(/[。；;]$/, '');
  let title = t;
  let note = '';
  if (/[）)]$/.test(t)) {
    let depth = 0;
    for (let i = t.length - 1; i >= 0; i--) {
      const c = t[i];
      if (c === '）' || c === ')') depth++;
      else if (c === '（' || c === '(') {
        depth--;
        if (depth === 0) {
          title = t.slice(0, i);
          note = t.slice(i + 1, -1);
          break;
        }
      }
    }
  }
  title = squeezeSpaces(title).replace(/^《(.*)》$/, '$1');
  return { title, note: note.trim() };
}

/**
 * The rules a sentence repeals: 废止 (not inside a 《》 title, not 关于废止…的决定)
 * followed by 《title》（note）? joined by 、，和及. Undefined when the sentence
 * repeals nothing.
 */
export function repealsInSentence(text: string): RepealEntry[] | undefined {
  const at = repealVerb(text);
  if (at < 0) return undefined;
  const out: RepealEntry[] = [];
  let i = at;
  const bare = bareRepeal(text, at);
  if (bare) return [bare];
  // 决定：2007年…通过的《A》自2020年10月1日起废止。: the titles before the verb, which ends the sentence.
  if (/^\s*[。；;]?\s*$/.test(text.slice(at))) return repealsBeforeVerb(text, at - 2);
  // 废止2015年7月23日…通过的《…》: the words before the title describe it.
  const first = text.indexOf('《', i);
  if (first < 0) return undefined;
  // 废止2005年2月25日由…通过，…批准的《…》: a dated history may hold commas; any other words may not.
  const before = text.slice(i, first);
  if (/[，。；：]/.test(before) && !DATED_HISTORY.test(before)) return undefined;
  i = first;
  while (i < text.length && text[i] === '《') {
    const close = matching(text, i, '《', '》');
    if (close < 0) return undefined;
    const title = text.slice(i + 1, close);
    i = close + 1;
    let note = '';
    if (text[i] === '（' || text[i] === '(') {
      const end = matching(text, i, text[i], text[i] === '（' ? '）' : ')');
      if (end < 0) return undefined;
      note = text.slice(i + 1, end).trim();
      i = end + 1;
    }
    out.push({ title: squeezeSpaces(title), note });
    // 《A》、《B》 / 《A》和《B》 / 《A》《B》《C》 (names side by side, as the conventions now write a list of titles).
    const sep = /^\s*(?:、|，|,|和|及|以及|与)?\s*(?=《)/.exec(text.slice(i));
    if (!sep) break;
    i += sep[0].length;
  }
  // 废止《A》第十条 / 废止《A》《B》中关于…的规定: a part of the rules named, which is no repeal of them.
  if (PART_OF_RULE.test(text.slice(i))) return undefined;
  return out.length ? out : undefined;
}

/**
 * 决定：<dated history>的《A》自<date>起废止 / 决定，《A》、《B》予以废止: the sentence opens with 决定 (and the
 * history of the first title), names the titles (each with its bracketed note), and says when or how they are
 * repealed right before the verb. Anything else before the verb (第十条, 中关于…的规定) is no repeal of the rules.
 */
function repealsBeforeVerb(text: string, verb: number): RepealEntry[] | undefined {
  const head = text.slice(0, verb).replace(WHEN_REPEALED, '');
  const first = head.indexOf('《');
  if (first < 0 || !OPENS_REPEAL.test(head.slice(0, first))) return undefined;
  const out: RepealEntry[] = [];
  let i = first;
  while (i < head.length && head[i] === '《') {
    const close = matching(head, i, '《', '》');
    if (close < 0) return undefined;
    const title = head.slice(i + 1, close);
    i = close + 1;
    let note = '';
    if (head[i] === '（' || head[i] === '(') {
      const end = matching(head, i, head[i], head[i] === '（' ? '）' : ')');
      if (end < 0) return undefined;
      note = head.slice(i + 1, end).trim();
      i = end + 1;
    }
    out.push({ title: squeezeSpaces(title), note });
    const sep = /^\s*(?:、|，|,|和|及|以及|与)?\s*(?=《)/.exec(head.slice(i));
    if (!sep) break;
    i += sep[0].length;
  }
  return out.length && /^\s*$/.test(head.slice(i)) ? out : undefined;
}

/** What may stand between the last title and a final 废止: 自…起, 于…起, 同时, 予以, 即行. */
const WHEN_REPEALED = /\s*(?:(?:自|于)[^《》“”，,。；：]{1,30}?起|同时|予以|即行)?\s*$/;
/** What opens a sentence that names the repealed titles before the verb: its 决定 and, perhaps, a dated history. */
const OPENS_REPEAL = /^[^“”《》]{0,60}?决定[：:，,]?\s*(?:[0-9０-９〇零一二三四五六七八九十]{2,4}年[^。；“”《》]*的)?\s*$/;

/** What follows a title when only a part of the rule is meant: 第十条, 中关于…的规定, 的部分条款, 有关…的规定. */
const PART_OF_RULE = /^\s*(?:第[零〇一二两三四五六七八九十百千万0-9０-９]+|中|的|有关|关于)/;

/**
 * 决定废止辽宁省某某条例（1996年…通过 …修正）: the title written without 《》 right after 废止, ending in a kind of
 * rule, then its history in brackets (left open when the sentence is cut at a line end) or the end of the sentence.
 * Words that point at a rule (下列, 该, 本…) are no title.
 */
function bareRepeal(text: string, at: number): RepealEntry | undefined {
  const m = BARE_TITLE.exec(text.slice(at));
  if (!m || NOT_A_TITLE.test(m[1])) return undefined;
  let i = at + m[0].length;
  let note = '';
  if (text[i] === '（' || text[i] === '(') {
    const end = matching(text, i, text[i], text[i] === '（' ? '）' : ')');
    note = text.slice(i + 1, end < 0 ? text.length : end).trim();
    i = end < 0 ? text.length : end + 1;
  }
  if (!/^[。；;]?\s*$/.test(text.slice(i))) return undefined;
  return { title: squeezeSpaces(m[1]), note };
}

const BARE_TITLE = /^\s*([^\s《》〈〉“”（）()，,。；;：:、]{2,60}?(?:条例|办法|规定|细则|规则|规程|实施办法|若干规定))(?=[（(。；;]|$)/;
const NOT_A_TITLE = /^(?:下列|以下|如下|上述|该|本|此|其|部分|前款|有关)/;

/** 2005年2月25日由…通过，…批准的: a history that opens with its date and ends with 的, within one sentence. */
const DATED_HISTORY = /^\s*[0-9０-９〇零一二三四五六七八九十]{2,4}年[^。；“”]*的\s*$/;

/** 废止《A》等6件地方性法规: a heading that names a group; its entries follow it. */
export function namesGroupOfRepeals(text: string): boolean {
  return /^(?:决定)?废止《[^》]*》等[0-9０-９一二三四五六七八九十两]+[件部个项]/.test(text);
}

/** Where 废止 repeals (outside book-title brackets), or -1. */
function repealVerb(text: string): number {
  // Most lines repeal nothing: one search, then character codes (a CJK character read as text[i] is a new string).
  if (!text.includes('废止')) return -1;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x300a /* 《 */ || c === 0x3008 /* 〈 */) depth++;
    else if (c === 0x300b /* 》 */ || c === 0x3009 /* 〉 */) depth = Math.max(0, depth - 1);
    else if (depth === 0 && c === 0x5e9f /* 废 */ && text.charCodeAt(i + 1) === 0x6b62 /* 止 */) {
      const before = text.slice(Math.max(0, i - 4), i);
      // 关于废止…的决定 names a decision; 提请废止 asks for one.
      if (/关于$|提请$|建议$/.test(before)) continue;
      return i + 2;
    }
  }
  return -1;
}

/** A line that borders or separates rows of a pandoc grid table. */
export function isGridBorder(text: string): boolean {
  // Asked of every line of a decision: one that does not start with + is no border, without the pattern.
  return text.charCodeAt(0) === 43 && /^\+[-=+:]+\+$/.test(text);
}

export function isGridRow(text: string): boolean {
  // Asked of every line of a decision: its first and last characters, by code.
  return text.charCodeAt(0) === 124 && text.charCodeAt(text.length - 1) === 124;
}

export interface GridRow {
  cells: string[];
  start: number;
  end: number;
}

/**
 * Rows of a grid table from its lines: each row is the lines between two
 * borders, its cells the columns of those lines joined (cell text is
 * wrapped anywhere, even inside a word). Markup is dropped: **bold**,
 * [text]{.class}, backslash escapes.
 */
export function gridRows(lines: SourceLine[]): GridRow[] {
  const rows: GridRow[] = [];
  let current: { parts: string[][]; start: number; end: number } | undefined;
  const flush = () => {
    if (current && current.parts.length) {
      const width = Math.max(...current.parts.map((p) => p.length));
      const cells: string[] = [];
      for (let c = 0; c < width; c++) cells.push(joinCell(current.parts.map((p) => p[c] ?? '')));
      rows.push({ cells, start: current.start, end: current.end });
    }
    current = undefined;
  };
  for (const line of lines) {
    if (isGridBorder(line.text)) {
      flush();
      continue;
    }
    if (!isGridRow(line.text)) continue;
    current ??= { parts: [], start: line.start, end: line.end };
    current.parts.push(
      line.text
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim()),
    );
    current.end = line.end;
  }
  flush();
  return rows;
}

function joinCell(parts: string[]): string {
  let out = '';
  for (const p of parts) {
    const clean = p
      .replace(/\*\*/g, '')
      .replace(/\[([^\]]*)\]\{[^}]*\}/g, '$1')
      .replace(/[[\]]/g, '')
      .replace(/\{\.[a-z-]+\}/g, '')
      .replace(/\\([<>*_[\]\\])/g, '$1');
    if (!clean || clean === '*') continue;
    // A date ends one piece of a cell (1994年1月10日 / 高检发研字〔1994〕1号).
    out += /日$/.test(out) && /^[^\s，。]/.test(clean) ? '　' + clean : clean;
  }
  return out;
}

/**
 * The repealed documents of a grid table: a row whose first cell is a
 * number (wrapped digits joined: 1 / 0 → 10) lists a title, its date and
 * number, and a reason; header rows (bold, no number) are skipped.
 */
export function repealsInGrid(rows: GridRow[]): (RepealEntry & { label: string; start: number; end: number })[] {
  const out: (RepealEntry & { label: string; start: number; end: number })[] = [];
  for (const row of rows) {
    const num = row.cells[0]?.replace(/[^0-9]/g, '');
    if (!num || row.cells.length < 2) continue;
    out.push({ label: num, title: squeezeSpaces(row.cells[1]), note: row.cells[2] ?? '', start: row.start, end: row.end });
  }
  return out;
}

/** A flattened table starts at its header cell 序号. */
export function isTabTableStart(line: SourceLine): boolean {
  return !!line.tab && /^序\s*号$/.test(line.text);
}

/** Where a flattened table that starts at `from` ends: cells, and lines continuing a cell before the next one. */
export function tabTableEnd(lines: SourceLine[], from: number): number {
  let j = from;
  while (j < lines.length) {
    if (lines[j].tab) j++;
    else if (lines[j + 1]?.tab && !/^附件/.test(lines[j].text)) j++;
    else break;
  }
  return j;
}

/** The repealed documents of a flattened table: a row opens with its number (1, 2, … in order), then title and note. */
export function repealsInTabTable(lines: SourceLine[]): (RepealEntry & { label: string; start: number; end: number })[] {
  const cells: { text: string; start: number; end: number }[] = [];
  for (const line of lines) {
    const last = cells[cells.length - 1];
    if (line.tab || !last) cells.push({ text: line.text, start: line.start, end: line.end });
    else {
      last.text += '　' + line.text;
      last.end = line.end;
    }
  }
  const out: (RepealEntry & { label: string; start: number; end: number })[] = [];
  for (let i = 0; i + 1 < cells.length; i++) {
    if (cells[i].text !== String(out.length + 1)) continue;
    const title = splitNote(cells[i + 1].text).title;
    const note = cells[i + 2] && cells[i + 2].text !== String(out.length + 2) ? cells[i + 2].text : '';
    out.push({ label: cells[i].text, title, note, start: cells[i].start, end: (cells[i + 3] ?? cells[i + 2] ?? cells[i + 1]).end });
  }
  return out;
}

/** Brackets still open at the end of a text: a history broken over lines. */
export function bracketDepth(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff08 /* （ */ || c === 40) depth++;
    else if ((c === 0xff09 /* ） */ || c === 41) && depth > 0) depth--;
  }
  return depth;
}
