import { fromChinese, physicalLines } from '@amend/model';
import { Segment } from './segment.ts';

/**
 * Lines of a decision and the labels that number its parts (一、 （一） 1.
 * 第一条), and the builder that collects an item's lines into a Segment,
 * closing up page breaks and quoting an unquoted payload.
 */

export interface Line {
  /** The line without markdown heading/list marks and surrounding spaces. */
  text: string;
  start: number;
  end: number;
  /** Markdown heading level (# = 1), 0 for other lines. */
  heading: number;
}

const NUM = '[一二三四五六七八九十百零〇两]+';
const LABELS: { style: 'dun' | 'paren' | 'arabic' | 'article'; re: RegExp }[] = [
  { style: 'dun', re: new RegExp(`^(${NUM})、\\s*`) },
  { style: 'paren', re: new RegExp(`^[（(]\\s*(${NUM})\\s*[）)]\\s*`) },
  { style: 'arabic', re: /^(\d{1,3})\s*[.．、](?!\d)\s*/ },
  { style: 'article', re: new RegExp(`^第(${NUM})条[\\s\\u3000]+`) },
];
const TERMINAL = /[。；：:;！？!?”’」]$/;

export interface Label {
  style: 'dun' | 'paren' | 'arabic' | 'article';
  num: number;
  label: string;
  rest: string;
  restStart: number;
}

export function readLines(text: string): Line[] {
  // A text ending with a line break (or an empty text) has no further, empty line.
  const lines = physicalLines(text).filter((p) => p.from < text.length);
  return lines.map(({ text: raw, from: start }) => {
    const marks = /^[\s\u3000]*(?:(#{1,6})\s+|[-*+]\s+)?[\s\u3000]*/.exec(raw)!;
    const body = raw.slice(marks[0].length).replace(/[\s\u3000]+$/, '');
    return { text: body, start: start + marks[0].length, end: start + marks[0].length + body.length, heading: marks[1]?.length ?? 0 };
  });
}

export function labelOf(line: Line): Label | undefined {
  for (const { style, re } of LABELS) {
    const m = re.exec(line.text);
    if (!m) continue;
    const num = style === 'arabic' ? Number(m[1]) : (fromChinese(m[1]) ?? 0);
    const label = m[0].trim();
    return { style, num, label, rest: line.text.slice(m[0].length), restStart: line.start + m[0].length };
  }
  return undefined;
}

export function isSectionHeading(line: Line): boolean {
  const label = labelOf(line);
  const text = label ? label.rest : line.text;
  if (!label && text.length <= 40 && !/[。；：，]/.test(text) && /(废止|修改)的/.test(text)) return true;
  // 一、对下列规章予以废止： / 二、对下列13件政府规章的部分条款予以修改：
  return /下列.{0,30}(废止|修改)[：:]$/.test(text) && !/[“”]/.test(text);
}

/** The label as it joins a path: （三） in full width, 一 without 、, 1. as written. */
export function pathLabel(l: Label): string {
  switch (l.style) {
    case 'paren':
      return l.label.replace(/^[(（]\s*/, '（').replace(/\s*[)）]$/, '）');
    case 'dun':
      return l.label.replace(/、$/, '');
    case 'arabic':
    case 'article':
      return l.label;
  }
}

export class ItemBuilder {
  readonly segment = new Segment();
  private lastText = '';
  private lastEnd = 0;
  private rawOpen = false;
  constructor(
    readonly label: Label | undefined,
    readonly start: number,
    first: { text: string; start: number; end: number },
  ) {
    this.addFirst(first);
  }

  private addFirst(first: { text: string; start: number; end: number }): void {
    this.segment.append(first.text, first.start);
    this.lastText = first.text;
    this.lastEnd = first.end;
  }

  /** Append a further line; returns true when it closed up a page break. */
  add(line: Line): boolean {
    const joined = !TERMINAL.test(this.lastText) && !/^[“‘]/.test(line.text) && !labelOf(line) && !this.rawOpen;
    if (!joined) this.segment.synthetic('\n', this.lastEnd);
    this.segment.append(line.text, line.start);
    this.lastText = line.text;
    this.lastEnd = line.end;
    return joined;
  }

  /** Lines after 内容如下： that are not quoted are the payload: quote them for the grammar. */
  openRaw(line: Line): void {
    this.segment.synthetic('\n“', line.start);
    this.segment.append(line.text, line.start);
    this.rawOpen = true;
    this.lastText = line.text;
    this.lastEnd = line.end;
  }

  addRaw(line: Line): void {
    this.segment.synthetic('\n“', line.start);
    this.segment.append(line.text, line.start);
    this.lastText = line.text;
    this.lastEnd = line.end;
  }

  closeRaw(): void {
    if (!this.rawOpen) return;
    this.segment.synthetic('”', this.lastEnd);
    this.rawOpen = false;
    this.lastText = '”';
  }

  get raw(): boolean {
    return this.rawOpen;
  }

  get end(): number {
    return this.lastEnd;
  }

  get wantsRaw(): boolean {
    return !this.rawOpen && /如下[：:]$/.test(this.lastText);
  }
}

