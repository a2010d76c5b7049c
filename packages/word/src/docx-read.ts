/**
 * A Word document → the text a drafter sees in it, one line per paragraph,
 * and where each line came from (so diagnostics can say ¶12:5). The text is
 * then parsed like any typed text: a paragraph numbered 第一条 by Word's list
 * numbering reads exactly as if 第一条 had been typed.
 */
import type { LineOrigin, Point, Result } from '@amend/model';
import { diagnostic } from '@amend/model';
import { BodyReader, quote, type Piece } from './docx-body.ts';
import { ListNumbering } from './docx-numbering.ts';
import { openWordPackage } from './docx-package.ts';
import { child, elements, isW, plainText, wAttr, type Element } from './wml.ts';

/** Text read from a Word document, and the paragraph each of its lines came from. */
export interface WordText {
  text: string;
  paragraphs: LineOrigin[][];
}

export function readDocx(bytes: Uint8Array, file?: string): Result<WordText | undefined> {
  const where = file === undefined ? {} : { file };
  const opened = openWordPackage(bytes, file);
  const diagnostics = opened.diagnostics;
  const parts = opened.parts;
  if (!parts) return { value: undefined, diagnostics };
  const notes = { footnote: noteTexts(parts.footnotes), endnote: noteTexts(parts.endnotes) };
  const numbering = new ListNumbering(parts.numbering, parts.styles);
  const reader = new BodyReader(numbering, (kind, id) => notes[kind].get(id) ?? '');
  reader.readBlocks(child(parts.document, 'body') ?? parts.document);
  const { text, paragraphs, place } = assemble(reader.lines);
  if (text.trim() === '') return { value: undefined, diagnostics: [...diagnostics, diagnostic('io/empty', {}, where)] };
  const at = (n: { paragraph: number; column: number }) => {
    const point = place(n.paragraph, n.column);
    return point ? { ...where, span: { start: point, end: point } } : where;
  };
  if (reader.revisions > 0) diagnostics.push(diagnostic('word/tracked-changes', { count: reader.revisions }, at(reader.firstRevision!)));
  for (const format of numbering.unknownFormats) diagnostics.push(diagnostic('word/numbering-format', { format }, where));
  for (const n of reader.notes) diagnostics.push(diagnostic(n.id, n.data, at(n)));
  const comments = parts.comments ? elements(parts.comments).filter((c) => isW(c, 'comment')).length : reader.comments;
  if (comments > 0) diagnostics.push(diagnostic('word/comments', { count: comments }, where));
  return { value: { text, paragraphs }, diagnostics };
}

/** Footnote or endnote id → its text (the separators Word keeps there have no text). */
function noteTexts(part: Element | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!part) return out;
  for (const n of elements(part)) {
    const id = wAttr(n, 'id');
    if (id !== undefined && (isW(n, 'footnote') || isW(n, 'endnote'))) out.set(id, quote(plainText(n)));
  }
  return out;
}

/** Lines joined into the text, their origins, and a way back from a paragraph and column to a point. */
function assemble(lines: Piece[][]) {
  const texts: string[] = [];
  const paragraphs: LineOrigin[][] = [];
  const starts: number[] = [];
  const byParagraph = new Map<number, number[]>();
  let offset = 0;
  lines.forEach((pieces, k) => {
    const origins: LineOrigin[] = [];
    let from = 1;
    pieces.forEach((p, i) => {
      const before = pieces[i - 1];
      const contiguous = before && before.paragraph === p.paragraph && before.column + before.text.length === p.column;
      if (!contiguous) origins.push({ from, paragraph: p.paragraph, column: p.column });
      const list = byParagraph.get(p.paragraph) ?? [];
      if (list[list.length - 1] !== k) list.push(k);
      byParagraph.set(p.paragraph, list);
      from += p.text.length;
    });
    const text = pieces.map((p) => p.text).join('');
    texts.push(text);
    paragraphs.push(origins);
    starts.push(offset);
    offset += text.length + 1;
  });
  const text = texts.length ? texts.join('\n') + '\n' : '';
  /** The point of the text at a paragraph's column, or the start of the next line read after it. */
  const place = (paragraph: number, column: number): Point | undefined => {
    for (const k of byParagraph.get(paragraph) ?? []) {
      let best: LineOrigin | undefined;
      for (const o of paragraphs[k]) if (o.paragraph === paragraph && o.column <= column) best = o;
      if (best) {
        const col = best.from + (column - best.column);
        return { line: k + 1, column: Math.min(col, texts[k].length + 1), offset: starts[k] + Math.min(col, texts[k].length + 1) - 1 };
      }
    }
    const next = paragraphs.findIndex((o) => o.some((x) => x.paragraph >= paragraph));
    if (next < 0) return undefined;
    return { line: next + 1, column: 1, offset: starts[next] };
  };
  return { text, paragraphs, place };
}
