/**
 * The header forms of rule texts as the national law database publishes them
 * (and other Markdown mirrors of it): the title printed again under the
 * title heading, possibly broken over lines; the 题注 broken over lines with
 * blank lines between (or as a `>` quotation); a 目录 whose entries are the
 * chapter headings themselves, without page numbers, repeated where the body
 * starts. Each reader returns the index of the first line it did not take.
 */
import { ARTICLE_LABEL, HEADING_LABEL, squeezeSpaces } from '@amend/model';
import type { Line } from './lines.ts';
import { classify, isTocEntry, isTocHeading } from './recognise.ts';

/** Lines right under the title that print the title again (全国人民代表大会常务委员会关于 / 修改《…》的决定). */
const STRUCTURE = new RegExp(`^(?:${ARTICLE_LABEL}|${HEADING_LABEL})`);
const ARTICLE = new RegExp(ARTICLE_LABEL);

export function skipTitleRepeat(lines: readonly Line[], i: number, title: string): number {
  const whole = squeezeSpaces(title);
  let joined = '';
  for (let k = i; k < Math.min(lines.length, i + 6); k++) {
    const s = squeezeSpaces(lines[k].text);
    // A line that opens an article or a heading is structure, even under a title that reads the same.
    if (!s || /[。；：，]/.test(s) || STRUCTURE.test(s) || !whole.startsWith(joined + s)) return i;
    joined += s;
    if (joined === whole) return k + 1;
  }
  return i;
}

/**
 * A 题注 in brackets: on one line, or broken over several (blank lines
 * between, as the national database prints it). Only a bracket that opens
 * the line, closes on a later one within a few lines and holds a date counts.
 */
export function noteAt(lines: readonly Line[], i: number): { text: string; end: number } | undefined {
  const first = lines[i]?.text;
  if (!first || !/^[（(]/.test(first)) return undefined;
  let text = '';
  for (let k = i; k < Math.min(lines.length, i + 8); k++) {
    text += lines[k].text;
    if (/[）)]$/.test(lines[k].text)) {
      // A note holds dates, never an article (第一条 inside it means the brackets are the body's).
      return /[0-9０-９]{4}\s*年|[〇零一二三四五六七八九]{4}年/.test(text) && !ARTICLE.test(text)
        ? { text: text.slice(1, -1), end: k + 1 }
        : undefined;
    }
    if (k > i && /^第[零〇一二两三四五六七八九十百千0-9]+[条章节编]/.test(lines[k].text)) return undefined;
  }
  return undefined;
}

/**
 * A 目录: entries with dot leaders and page numbers, or the headings
 * themselves (第一章　总则 … 第七章　附则, 附则) which the body then prints
 * again. Returns the entries and the first body line, or undefined when
 * what follows 目录 is not a table of contents.
 */
export function tocAt(lines: readonly Line[], i: number): { entries: string[]; end: number } | undefined {
  if (!lines[i] || !isTocHeading(lines[i].text)) return undefined;
  const entries: string[] = [];
  let k = i + 1;
  for (; k < lines.length && isTocEntry(lines[k].text); k++) entries.push(lines[k].text);
  if (entries.length) return { entries, end: k };
  // Bare headings: up to the line that starts the first one again.
  const first = lines[k] ? headingKey(lines[k].text) : undefined;
  if (!first) return reprintedTitles(lines, k) ?? { entries, end: k };
  for (let j = k + 1; j < lines.length && j < k + 60; j++) {
    const t = lines[j].text;
    if (headingKey(t) === first) return { entries: lines.slice(k, j).map((l) => l.text), end: j };
    if (!headingKey(t) && !isShortTitle(t)) break;
  }
  return { entries, end: k };
}

/**
 * A 目录 printed without its 目录 line: headings one after another with
 * nothing under them, each of which the body prints again later (the
 * national database's 民事诉讼法解释 2022-04-01 lists 二、回避 … 二十三、附则,
 * its first entry lost, before the 引言 and 一、管辖). Chapters that are
 * merely empty never come back.
 */
export function bareTocAt(lines: readonly Line[], i: number): { entries: string[]; end: number } | undefined {
  // A heading met again is the body starting, not another entry (a 目录 lists each heading once).
  const seen = new Set<string>();
  let k = i;
  for (; k < lines.length; k++) {
    const key = bareKey(lines[k]);
    if (!key || seen.has(key)) break;
    seen.add(key);
  }
  if (k - i < 2) return undefined;
  const later = new Set(lines.slice(k).map(bareKey));
  if (!lines.slice(i, k).every((l) => later.has(bareKey(l)))) return undefined;
  return { entries: lines.slice(i, k).map((l) => l.text), end: k };
}

/** A heading line's identity: 第二章, or a Markdown heading ## 二、回避 (its depth, label style and number). */
function bareKey(line: Line): string | undefined {
  const key = headingKey(line.text);
  if (key || !line.depth) return key;
  const k: { k: string; num?: unknown } = classify(line.text);
  return typeof k.num === 'number' && k.num > 0 && k.k !== 'article' ? `#${line.depth}:${k.k}:${k.num}` : undefined;
}

/** Entries that are short titles each printed again later (二、回避 … for the body's ## 二、回避). */
function reprintedTitles(lines: readonly Line[], k: number): { entries: string[]; end: number } | undefined {
  let j = k;
  while (j < lines.length && isShortTitle(lines[j].text) && !lines[j].depth) j++;
  if (j === k) return undefined;
  const later = new Set(lines.slice(j).map((l) => squeezeSpaces(l.text)));
  const run = lines.slice(k, j);
  return run.every((l) => later.has(squeezeSpaces(l.text))) ? { entries: run.map((l) => l.text), end: j } : undefined;
}

/** 第一章 / 第二节: what identifies a heading line (level and number), or undefined. */
function headingKey(text: string): string | undefined {
  const k = classify(text);
  return k.k === 'heading' && k.num > 0 ? `${k.level}:${k.num}` : undefined;
}

/** 附则 / 附　则: an unnumbered heading a 目录 may list. */
function isShortTitle(text: string): boolean {
  const s = squeezeSpaces(text);
  return s.length <= 20 && !/[。；，：]/.test(s);
}

/**
 * 1.  总则: a chapter the body numbers like a list (1. 2. …), in a text whose
 * 目录 lists 第一章　总则: read as that chapter's heading line.
 */
export function tocChapterLine(text: string, toc: readonly string[]): string | undefined {
  const m = /^([0-9]{1,2})[.．]\s+(\S.*)$/.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  const title = squeezeSpaces(m[2]);
  for (const entry of toc) {
    const k = classify(entry);
    if (k.k === 'heading' && k.level === 'chapter' && k.num === n && squeezeSpaces(k.title) === title) return entry;
  }
  return undefined;
}
