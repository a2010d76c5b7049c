import { metaFromLines } from '@amend/document';
import type { DocumentMeta } from '@amend/model';
import { datesIn, isDateLine, squeezeSpaces } from '@amend/model';
import type { SourceLine } from './decision-source.ts';

/**
 * The decision around its body: its title and what the lines about it say
 * (order number, issuer, signatory, the note under the title with the dates
 * of adoption, approval, promulgation and effect). Header lines are read by
 * the document parser's own header reader; this module only finds them:
 *
 * - a LawRefBook file: the lines up to `<!-- INFO END -->`;
 * - a gazette issue: the order header (…令 / 第N号 / … / date) above the title;
 * - the national database: the title heading, the title again split over
 *   lines, the note （…通过　…批准） (also as a `>` quotation, also split over
 *   lines), a document number (法释〔2022〕14号), a 公告 with its sentence,
 *   issuer and date.
 */

export interface Header {
  title: string;
  /** Index of the title line, or -1. */
  titleLine: number;
  meta: DocumentMeta;
  /** Index of the first body line. */
  bodyStart: number;
}

/** A line that names the decision: …的决定 / …修正案（十一） / …决议. */
export function isTitleLine(text: string): boolean {
  return /(决定|修正案(?:[（(][^）)]*[）)])?|决议)$/.test(text) && !/[。；：]/.test(text);
}

export function readHeader(lines: SourceLine[]): Header {
  const infoEnd = lines.findIndex((l) => l.text === '<!-- INFO END -->');
  if (infoEnd >= 0) {
    let titleLine = lines.findIndex((l, i) => i < infoEnd && l.heading > 0);
    if (titleLine < 0) titleLine = 0;
    const meta = metaFromLines(lines.slice(titleLine + 1, infoEnd).map((l) => l.text));
    return { title: squeezeSpaces(lines[titleLine]?.text ?? ''), titleLine, meta, bodyStart: infoEnd + 1 };
  }
  const { index: titleLine, end: titleEnd } = findTitle(lines);
  const title =
    titleLine >= 0
      ? squeezeSpaces(
          lines
            .slice(titleLine, titleEnd)
            .map((l) => l.text)
            .join(''),
        )
      : '';
  const above = headerAbove(lines, titleLine);
  const below = headerBelow(lines, titleEnd, title);
  const meta = metaFromLines([...above, ...below.texts]);
  if (!meta.issuer) {
    const issuer = /^(.{2,40}?)关于/.exec(title)?.[1];
    if (issuer && /(人民代表大会|委员会|人民政府|国务院|人民法院|人民检察院|院|部|局|署|厅)$/.test(issuer)) meta.issuer = issuer;
  }
  return { title, titleLine, meta, bodyStart: below.end };
}

/**
 * The title: the first heading that names a decision (a heading is the better
 * witness than a table of contents naming it first), else such a line, else
 * the first line — or the first lines when the title was broken over several.
 */
function findTitle(lines: SourceLine[]): { index: number; end: number } {
  // A title ends in 决定, 决议 or 修正案（…）: lines ending otherwise are not squeezed to be asked.
  const titled = (l: SourceLine) => TITLE_END.has(l.text.charCodeAt(l.text.length - 1)) && isTitleLine(squeezeSpaces(l.text));
  let index = lines.findIndex((l) => l.heading > 0 && titled(l));
  if (index < 0) index = lines.findIndex(titled);
  if (index >= 0) return { index, end: index + 1 };
  const first = lines[0];
  if (!first) return { index: -1, end: 0 };
  // 全国人民代表大会常务委员会关于修改 / 《中华人民共和国会计法》的决定
  let joined = '';
  for (let k = 0; k < Math.min(lines.length, 6); k++) {
    if (/[。；：:]/.test(lines[k].text)) break;
    joined += lines[k].text;
    if (isTitleLine(squeezeSpaces(joined))) return { index: 0, end: k + 1 };
  }
  if (first.heading > 0 || (!/^[零〇一二两三四五六七八九十百千万]+、|^[（(]/.test(first.text) && !/[。：:；;”]$/.test(first.text))) {
    return { index: 0, end: 1 };
  }
  return { index: -1, end: 0 };
}

/** 定 议 案 ） ): the last character of every title isTitleLine accepts. */
const TITLE_END = new Set([0x5b9a, 0x8bae, 0x6848, 0xff09, 0x29]);

/** The order header above a title in a gazette: from the order heading (…令) just before it, or the few lines before it. */
function headerAbove(lines: SourceLine[], titleLine: number): string[] {
  let seen = 0;
  let i = titleLine - 1;
  for (; i >= 0 && seen < 12; i--) {
    seen++;
    if (/令$/.test(lines[i].text) && lines[i].text.length < 30) return lines.slice(i, titleLine).map((l) => l.text);
  }
  return lines.slice(i + 1, Math.max(0, titleLine)).map((l) => l.text);
}

const DOC_NUMBER = /^[\u4e00-\u9fa5]{1,12}[〔［[（(][0-9]{4}[〕］\])）][0-9]{1,4}号$/;
const ISSUER = /(人民代表大会|常务委员会|委员会|人民政府|国务院|人民法院|人民检察院|办公厅|办公室|院|部|局|署|厅)$/;

/**
 * Header lines right under the title, with the texts the header reader
 * needs (a note broken over lines joined into one). Stops at the first line
 * that is none of them: the preamble or the first item.
 */
function headerBelow(lines: SourceLine[], from: number, title: string): { texts: string[]; end: number } {
  const texts: string[] = [];
  const whole = squeezeSpaces(title);
  let pendingTitle = '';
  let i = from;
  while (i < lines.length) {
    const text = lines[i].text;
    const s = squeezeSpaces(text);
    // The title again, split over lines (全国人民代表大会常务委员会关于修改 / 《…》的决定).
    if (!/[。；：:，,]/.test(s) && whole.includes(pendingTitle + s) && s.length > 1) {
      pendingTitle = whole.endsWith(pendingTitle + s) ? '' : pendingTitle + s;
      i++;
      continue;
    }
    pendingTitle = '';
    const note = noteAt(lines, i);
    if (note) {
      texts.push(note.text);
      i = note.end;
      continue;
    }
    if (
      DOC_NUMBER.test(s) ||
      /^公告$|^第[0-9０-９]+号$|令$/.test(s) ||
      (s.length <= 25 && ISSUER.test(s) && !/[，。；：]/.test(s)) ||
      isDateLine(s) ||
      (/现予公布|予以公布|现予发布/.test(s) && /《/.test(s)) ||
      (/(主席|省长|市长|总理|院长|主任|检察长)\s/.test(text) && text.length < 30)
    ) {
      texts.push(text);
      i++;
      continue;
    }
    break;
  }
  return { texts, end: i };
}

/**
 * A note in brackets under the title, possibly broken over several lines:
 * （2024年6月28日第十四届全国人民代表大会 / 常务委员会第十次会议通过）.
 * Only a bracket that opens the line and holds a date counts.
 */
function noteAt(lines: SourceLine[], i: number): { text: string; end: number } | undefined {
  const first = lines[i].text;
  if (!/^[（(]/.test(first)) return undefined;
  let text = '';
  for (let k = i; k < Math.min(lines.length, i + 8); k++) {
    text += lines[k].text;
    if (/[）)]$/.test(lines[k].text)) {
      return /\d{4}\s*年|[〇零一二三四五六七八九]{4}年|此件/.test(text) ? { text: text.slice(1, -1), end: k + 1 } : undefined;
    }
  }
  return undefined;
}

/**
 * The signature under a decision's last clause: the issuer's name (or none)
 * and the date it was signed — 某市人民政府 / 2027年2月1日 — read into the
 * promulgation date when no note under the title gives one. Anything with
 * punctuation before the date is a sentence, not a signature.
 */
export function readSignature(text: string): { issuer?: string; date: string } | undefined {
  const t = squeezeSpaces(text).replace(/\s+/g, '');
  const dates = datesIn(t);
  const last = dates[dates.length - 1];
  if (!last || last.end !== t.length || dates.length > 1) return undefined;
  const issuer = t.slice(0, last.start);
  if (issuer.length > 40 || /[，。；：、“”"《》（）()]/.test(issuer)) return undefined;
  return issuer ? { issuer, date: last.iso } : { date: last.iso };
}
