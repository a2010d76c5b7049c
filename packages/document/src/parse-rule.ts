/**
 * parseDocument: any of the accepted input forms → a Document tree.
 *   plain / canonical text — docs/canonical-text.md
 *   LawRefBook Markdown    — `# title`, header lines, <!-- INFO END -->, `##` headings
 *   OCR'd gazette Markdown — `#` levels and bold as typography, page breaks
 * The form is detected from the text; the same recognisers and builder serve all.
 */
import type { Diagnostic, Document, DocumentType, Level, Note, Result } from '@amend/model';
import { diagnostic, LineIndex, replyParts, squeezeSpaces } from '@amend/model';
import { Builder } from './build.ts';
import { parseFragment as fragment } from './fragment.ts';
import { cleanInvisible, codePoints } from './invisible.ts';
import { depthLevels } from './levels.ts';
import { detectFormat, infoEndOffset, readLines, type Line, type SourceFormat } from './lines.ts';
import { headerEnd, isOrderHeading, metaFromLines, orderNumber, versionFromFile } from './rule-meta.ts';
import { bareTocAt, noteAt, skipTitleRepeat, tocAt, tocChapterLine } from './header-forms.ts';
import { classify } from './recognise.ts';
import { assignIds } from './tree-utils.ts';

export interface ParseOptions {
  /** File name for diagnostics (and the version date of a LawRefBook file name). */
  file?: string;
  /** What the text is; guessed from its contents when absent. A rule makes misplaced list markers errors. */
  type?: DocumentType;
}

export function parseDocument(text: string, opts: ParseOptions = {}): Result<Document> {
  const cleaned = cleanInvisible(text);
  if (!cleaned) return parseClean(text, opts);
  // Structure is read from the cleaned text; every position is then mapped back to the original.
  const result = parseClean(cleaned.text, opts);
  cleaned.map.remap(result.value);
  cleaned.map.remap(result.diagnostics);
  const index = new LineIndex(text);
  const report = (ruleId: 'document/removed-invisible' | 'document/read-as-line-break', offsets: number[]) => {
    if (offsets.length === 0) return;
    const span = index.span(offsets[0], offsets[0] + 1);
    result.diagnostics.push(diagnostic(ruleId, { count: offsets.length, chars: codePoints(text, offsets) }, { file: opts.file, span }));
  };
  // A byte-order mark at the very start is how the file was saved, not a character of it.
  report(
    'document/removed-invisible',
    cleaned.removed.filter((o) => !(o === 0 && text.charCodeAt(0) === 0xfeff)),
  );
  report('document/read-as-line-break', cleaned.breaks);
  return result;
}

function parseClean(text: string, opts: ParseOptions): Result<Document> {
  const diagnostics: Diagnostic[] = [];
  const index = new LineIndex(text);
  const format = detectFormat(text);
  const lines = readLines(text, format);
  const doc: Document = {
    kind: 'document',
    id: '',
    type: opts.type ?? 'other',
    title: '',
    notes: [],
    toc: [],
    preamble: [],
    children: [],
    meta: {},
    pos: index.span(0, text.length),
  };
  let i = skipNoise(lines, diagnostics, opts.file, index);
  const titleLine = lines[i];
  if (!titleLine) {
    diagnostics.push(diagnostic('document/no-title', {}, { file: opts.file, span: index.span(0, text.length) }));
    return { value: assignIds(doc), diagnostics };
  }
  doc.title = squeezeSpaces(titleLine.text);
  i++;
  i = readHeader(lines, i, doc, format, text, index);
  const version = versionFromFile(opts.file);
  if (version) doc.meta.version = version;
  const hasArticles = lines.some((l, k) => k >= i && classify(l.text, l.boldEnd).k === 'article');
  doc.type = opts.type ?? guessType(doc.title, hasArticles);
  const rule = opts.type ? opts.type === 'rule' : hasArticles;
  const pointsBody = rule && !hasArticles && lines.some((l, k) => k >= i && classify(l.text, l.boldEnd).k === 'dun');
  const builder = new Builder(doc, {
    file: opts.file,
    index,
    diagnostics,
    rule,
    pointsBody,
    // LawRefBook text is typed, not scanned: it has no page breaks to rejoin.
    joinPageBreaks: format !== 'lawref',
    joinStrayArticles: format !== 'plain',
    depthLevel: format === 'ocr' || (format === 'lawref' && !hasArticles) ? undefined : depthLevels(lines.slice(i), format),
  });
  for (; i < lines.length; i++) {
    // 1.  总则 in a text whose 目录 lists 第一章　总则: that chapter's heading.
    const chapter = doc.toc.length ? tocChapterLine(lines[i].text, doc.toc) : undefined;
    builder.add(chapter ? { ...lines[i], text: chapter } : lines[i]);
  }
  // A notice prints its number, issuer and date as the first lines of its text.
  if (!doc.meta.docNumber && doc.preamble.length)
    metaFromLines(
      doc.preamble.slice(0, 12).map((p) => p.text),
      doc.meta,
    );
  return { value: assignIds(doc), diagnostics };
}

/** parseDocument for a rule: its body must be articles, or (with none) points numbered 一、二、. */
export function parseRule(text: string, opts: ParseOptions = {}): Result<Document> {
  const result = parseDocument(text, { ...opts, type: 'rule' });
  // A reply (批复) written without articles or points is its 引言: addressee line, text, 此复 (model replyParts).
  const reply = /(?:批复|答复|复函)$/.test(result.value.title) && replyParts(result.value.preamble).body !== undefined;
  if (!reply && !result.value.children.some(hasArticle)) {
    result.diagnostics.push(
      diagnostic('document/no-body', {}, { file: opts.file, span: result.value.pos, expected: 'articles (第一条 …) after the title' }),
    );
  }
  return result;
}

function hasArticle(n: Document['children'][number]): boolean {
  if (n.kind === 'article' || (n.kind === 'point' && n.style === 'dun')) return true;
  if (n.kind === 'part' || n.kind === 'chapter' || n.kind === 'section') return n.children.some((c) => hasArticle(c));
  return false;
}

/** `plain`: the caller knows the text holds no CR and no TAB. */
export function parseFragment(text: string, level: Level, plain = false) {
  return fragment(text, level, plain);
}

function guessType(title: string, hasArticles: boolean): DocumentType {
  if (hasArticles) return 'rule';
  if (/决定$/.test(title)) return 'decision';
  if (/通知$/.test(title)) return 'notice';
  if (/(规划|计划|方案|纲要|意见)$/.test(title)) return 'plan';
  return 'other';
}

const NOISE = /^您(当前)?的?位置/;

/** Web page navigation printed above a title (您当前的位置:首页 > …) is not part of the document. */
function skipNoise(lines: Line[], diagnostics: Diagnostic[], file: string | undefined, index: LineIndex): number {
  let i = 0;
  if (lines[0] && NOISE.test(lines[0].text)) {
    i = 1;
    while (lines[i] && /^[>＞»]/.test(lines[i].text)) i++;
    // nothing but navigation, or a title that looks like navigation too: keep it all as text
    if (i >= lines.length || NOISE.test(lines[i].text)) return 0;
    const last = lines[i - 1];
    const skipped = lines
      .slice(0, i)
      .map((l) => l.text)
      .join(' ');
    diagnostics.push(diagnostic('document/skipped-noise', { text: skipped }, { file, span: index.span(lines[0].start, last.end) }));
  }
  return i;
}

/**
 * Everything between the title and the body: a decree header (…令 / 第N号 /
 * promulgation sentence / signature / date), 题注 lines, LawRefBook header
 * lines, and a 目录. Returns the index of the first body line.
 */
function readHeader(lines: Line[], i: number, doc: Document, format: SourceFormat, text: string, index: LineIndex): number {
  const note = (l: Line, t: string): Note => ({ kind: 'note', id: '', text: t, pos: index.span(l.start, l.end) });
  if (format === 'lawref') {
    const end = infoEndOffset(text);
    while (i < lines.length && lines[i].start < end) {
      doc.notes.push(note(lines[i], lines[i].text));
      i++;
    }
  } else if (isOrderHeading(doc.title) && lines[i] && orderNumber(lines[i].text) !== undefined) {
    // A decree as printed: the order header comes first and the rule's own title after it.
    const start = i - 1;
    const k = headerEnd(
      lines.map((l) => l.text),
      i,
      11,
    );
    const header = lines.slice(start, k + 1);
    if (lines[k + 1]) {
      doc.title = squeezeSpaces(lines[k + 1].text);
      for (const l of header) doc.notes.push(note(l, isBracketed(l.text) ? l.text.slice(1, -1) : l.text));
      i = k + 2;
    }
  }
  // The title printed again under its heading (the national database's layout).
  const titled = skipTitleRepeat(lines, i, doc.title);
  const repeated = titled > i;
  i = titled;
  // 题注: bracketed lines right under the title, without blank lines between; or one note broken over lines.
  for (;;) {
    if (i < lines.length && (!lines[i].blankBefore || (repeated && !doc.notes.length)) && isBracketed(lines[i].text)) {
      doc.notes.push(note(lines[i], lines[i].text.slice(1, -1)));
      i++;
      continue;
    }
    const broken = doc.notes.length === 0 ? noteAt(lines, i) : undefined;
    if (!broken) break;
    doc.notes.push({ kind: 'note', id: '', text: broken.text, pos: index.span(lines[i].start, lines[broken.end - 1].end) });
    i = broken.end;
  }
  doc.meta = metaFromLines(doc.notes.map((n) => n.text));
  const toc = tocAt(lines, i) ?? bareTocAt(lines, i);
  if (toc) {
    doc.toc.push(...toc.entries);
    i = toc.end;
  }
  return i;
}

function isBracketed(s: string): boolean {
  const a = s[0];
  const b = s[s.length - 1];
  return s.length >= 2 && (a === '（' || a === '(') && (b === '）' || b === ')');
}
