/**
 * Recognisers for the line forms of Chinese rules and plans. Each looks only at
 * the start of one cleaned line, with anchored patterns over bounded character
 * classes, so recognition is linear in the line length.
 */
import type { ArticleNumber } from '@amend/model';
import { CN_NUMERAL_CHARS, fromChinese, isSpace, squeezeSpaces } from '@amend/model';

export type HeadingLevel = 'part' | 'chapter' | 'section';

export type LineKind =
  | { k: 'heading'; level: HeadingLevel; num: number; title: string }
  | { k: 'article'; num: ArticleNumber; text: string }
  /** （一） / (一): an item in a rule, a `paren` point in a plan. */
  | { k: 'item'; num: number; label: string; text: string }
  /** 1． / 1. / 1、 / （1）: a subitem in a rule, an `arabic` point in a plan. */
  | { k: 'arabic'; num: number; label: string; text: string }
  /** 一、 */
  | { k: 'dun'; num: number; label: string; text: string }
  | { k: 'box'; title: string }
  | { k: 'row'; cells: string[] }
  | { k: 'text' };

const NUM = `[${CN_NUMERAL_CHARS}0-9０-９]`;
const CN_SMALL = `[${CN_NUMERAL_CHARS}]`;
// Spaces inside the label (第 8 条, 第一百二十八 条) are OCR and typing slips.
const ARTICLE_RE = new RegExp(`^第[ 　]?(${NUM}{1,10})[ 　]?[条條](?:之(${CN_SMALL}{1,4}|[0-9]{1,3}))?`);
const HEADING_RE = new RegExp(`^第(${NUM}{1,6})(分编|编|編|章|节|節)`);
const ITEM_RE = new RegExp(`^[（(](${CN_SMALL}{1,5})[）)]`);
const ARABIC_RE = /^(?:([0-9]{1,3}|[０-９]{1,3})[．.、](?![0-9０-９])|[（(]([0-9]{1,3}|[０-９]{1,3})[）)])/;
const DUN_RE = new RegExp(`^(${CN_SMALL}{1,5})、`);
const SENTENCE_PUNCT = /[，。；：,;！？]/;

const LEVEL: Record<string, HeadingLevel> = { 编: 'part', 編: 'part', 章: 'chapter', 节: 'section', 節: 'section' };

/** A separator after a number: whitespace, the end of a bold run, or the end of the line. */
function separated(text: string, at: number, boldEnd: number): number | undefined {
  if (at === text.length) return at;
  if (isSpace(text.charCodeAt(at))) {
    let k = at;
    while (k < text.length && isSpace(text.charCodeAt(k))) k++;
    return k;
  }
  if (at === boldEnd) return at;
  return undefined;
}

/** `tabs`: false when the caller knows the text holds no TAB (its table-row test is skipped). */
export function classify(text: string, boldEnd = -1, tabs = true): LineKind {
  const c0 = text.charCodeAt(0);
  if (c0 === 0x7b2c /* 第 */) {
    const a = ARTICLE_RE.exec(text);
    if (a) {
      const spaced = a[0].includes(' ') || a[0].includes('　');
      // 第一百二十八 条侦查人员…: the space slipped inside the label, so none is needed after it.
      const rest = separated(text, a[0].length, boldEnd) ?? (spaced ? a[0].length : undefined);
      const n = fromChinese(a[1]);
      const sub = a[2] === undefined ? undefined : fromChinese(a[2]);
      // A table row whose first cell cites an article (第201条 …<tab>逃税罪) is not an article.
      // (The canonical separator U+3000 always means an article, whatever follows.)
      const tabbed = text.charCodeAt(a[0].length) !== 0x3000 && text.includes('\t', a[0].length);
      // 第〇条 / 第零条 is read as an article so the builder can report it, never as a sentence.
      if (rest !== undefined && !tabbed && n !== undefined && n >= 0 && (a[2] === undefined || sub)) {
        return { k: 'article', num: sub ? { n, sub } : { n }, text: text.slice(rest) };
      }
    }
    const h = HEADING_RE.exec(text);
    if (h) {
      const num = fromChinese(h[1]);
      let rest = separated(text, h[0].length, boldEnd);
      // 第一章总则: no separator, accepted only for a short line without sentence punctuation.
      if (rest === undefined && text.length <= 30 && !SENTENCE_PUNCT.test(text)) rest = h[0].length;
      if (num !== undefined && num > 0 && rest !== undefined) {
        const title = squeezeSpaces(text.slice(rest));
        if (h[2] === '分编') return { k: 'heading', level: 'part', num: 0, title: `${h[0]}　${title}` };
        return { k: 'heading', level: LEVEL[h[2]], num, title };
      }
    }
  }
  // Tabs separate table cells, even when the first cell is numbered (1.城镇新增就业人数<tab>…).
  if (tabs && text.includes('\t')) return { k: 'row', cells: cells(text.split('\t')) };
  if (c0 === 0xff08 || c0 === 40 /* （ ( */) {
    const m = ITEM_RE.exec(text);
    if (m) {
      const num = fromChinese(m[1]);
      if (num) return { k: 'item', num, label: m[0], text: trimStart(text.slice(m[0].length)) };
    }
  }
  if ((c0 >= 48 && c0 <= 57) || (c0 >= 0xff10 && c0 <= 0xff19) || c0 === 0xff08 || c0 === 40) {
    const m = ARABIC_RE.exec(text);
    if (m) {
      const num = fromChinese(m[1] ?? m[2]);
      if (num !== undefined) return { k: 'arabic', num, label: m[0], text: trimStart(text.slice(m[0].length)) };
    }
  }
  if (DUN_FIRST.has(c0)) {
    const m = DUN_RE.exec(text);
    if (m) {
      const num = fromChinese(m[1]);
      if (num) return { k: 'dun', num, label: m[0], text: trimStart(text.slice(m[0].length)) };
    }
  }
  if (c0 === 0x4e13 /* 专 */ && text.startsWith('专栏')) {
    const box = boxTitle(text);
    if (box !== undefined) return { k: 'box', title: box };
  }
  if (c0 === 124 /* | */ && text.length > 1 && text.endsWith('|')) return { k: 'row', cells: cells(text.slice(1, -1).split('|')) };
  return TEXT;
}

/** The kind of most lines, one object for all (it says nothing else; frozen, so that no reader can change it). */
const TEXT: LineKind = Object.freeze({ k: 'text' });

/** Cells are trimmed; empty cells at the end of a row are layout. */
function cells(raw: string[]): string[] {
  const out = raw.map((c) => c.trim());
  while (out.length > 1 && out[out.length - 1] === '') out.pop();
  return out;
}

/** By code: `text[0]` of a CJK character would allocate a string for every line. */
const DUN_FIRST = new Set([...CN_NUMERAL_CHARS].map((c) => c.charCodeAt(0)));

/** 专栏1 “十三五”时期…, 专栏 4 重点… → 专栏1　“十三五”时期… (number and title kept, spacing normalised). */
function boxTitle(text: string): string | undefined {
  const m = /^专栏\s*([0-9０-９]{1,3}|[一二三四五六七八九十]{1,4})?/.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m[0].length);
  // a sentence that merely starts with the word 专栏 is not a box heading
  if (rest.length > 60 || /[。；]$/.test(rest)) return undefined;
  const title = squeezeSpaces(rest);
  return m[1] ? `专栏${m[1]}${title ? '　' + title : ''}` : `专栏${title ? '　' + title : ''}`;
}

function trimStart(s: string): string {
  let k = 0;
  while (k < s.length && isSpace(s.charCodeAt(k))) k++;
  return k ? s.slice(k) : s;
}

/** Characters that end a sentence or a list lead-in: a line ending in one is complete. */
const FINAL = new Set([...'。；：！？…”’」』）)》】.!?;:']);

export function endsSentence(s: string): boolean {
  return s.length === 0 || FINAL.has(s[s.length - 1]);
}

/**
 * Whether a line cut off without final punctuation reads as the first half of
 * a sentence: it has clause punctuation, an unclosed quote or bracket, or the
 * length of a full printed line. Short headline-like lines do not qualify.
 */
export function looksUnfinished(s: string): boolean {
  if (endsSentence(s)) return false;
  if (s.length >= 30) return true;
  let quotes = 0;
  let parens = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '，' || c === '、' || c === '；' || c === '：' || c === ',') return true;
    if (c === '“') quotes++;
    else if (c === '”') quotes--;
    else if (c === '（' || c === '(' || c === '《') parens++;
    else if (c === '）' || c === ')' || c === '》') parens--;
  }
  return quotes > 0 || parens > 0;
}

/** The lines a document's table of contents is made of: an entry with a dot leader and page number. */
export function isTocEntry(s: string): boolean {
  return /(?:\.{3,}|…{2,}|．{3,}|·{3,})\s*[(（]?\s*[0-9]+\s*[)）]?$/.test(s);
}

export function isTocHeading(s: string): boolean {
  return squeezeSpaces(s) === '目录';
}
