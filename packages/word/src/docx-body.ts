import { oneLine } from '@amend/model';
/**
 * The body of a Word document read in order, the way a drafter sees it:
 * paragraphs with their automatic numbers written out, soft line breaks as
 * line ends, tracked changes as if accepted, fields as the text they show,
 * tables as rows of tab-separated cells. What is not body text (footnotes,
 * text boxes, hidden text, comments) stays out and is reported.
 */
import type { MessageId } from '@amend/model';
import { ListNumbering, type Label } from './docx-numbering.ts';
import { child, descendants, elements, isElement, isMath, isOn, isW, MC, plainText, wAttr, type Element } from './wml.ts';

/** A stretch of a line that comes from one paragraph, starting at `column` (from 1) in it. */
export interface Piece {
  text: string;
  paragraph: number;
  column: number;
}

/** A soft line break inside a paragraph. */
const BREAK = 'break' as const;
type Flow = (Piece | typeof BREAK)[];

/** Something to report, placed later at the line the paragraph ended up on. */
export interface Note {
  id: MessageId;
  data: Record<string, string | number>;
  paragraph: number;
  column: number;
}

interface Field {
  code: string;
  showing: boolean;
  shown: string;
}

/** How much of a reported text is quoted. */
const QUOTE = 60;

export function quote(text: string): string {
  return oneLine(text, QUOTE + 1);
}

export class BodyReader {
  readonly lines: Piece[][] = [];
  readonly notes: Note[] = [];
  revisions = 0;
  firstRevision?: { paragraph: number; column: number };
  comments = 0;
  private paragraphs = 0;
  /** Text of paragraphs whose mark is deleted: accepted, they run on into the next. */
  private carried: Flow = [];
  private readonly fields: Field[] = [];
  private footnotes = 0;
  private endnotes = 0;
  /** Where the paragraph being read is, and how far. */
  private at = { paragraph: 0, column: 1 };
  private flow: Flow = [];
  private hidden = '';

  constructor(
    private readonly numbering: ListNumbering,
    private readonly noteText: (kind: 'footnote' | 'endnote', id: string) => string,
  ) {}

  /** Paragraphs, tables and content controls of the body (or of a layout cell). */
  readBlocks(container: Element): void {
    for (const e of elements(container)) {
      if (isW(e, 'p')) this.emitLines(this.readParagraph(e, false));
      else if (isW(e, 'tbl')) this.readTable(e);
      else if (isW(e, 'sdt')) this.readBlocks(child(e, 'sdtContent') ?? e);
      else if (isW(e, 'customXml')) this.readBlocks(e);
      else if (isW(e, 'altChunk')) this.note('word/embedded', {});
    }
  }

  /** One paragraph as pieces and line breaks. In a table cell, line breaks are dropped. */
  private readParagraph(p: Element, inCell: boolean): Flow {
    const paragraph = ++this.paragraphs;
    this.at = { paragraph, column: 1 };
    this.flow = [];
    this.hidden = '';
    const pPr = child(p, 'pPr');
    const mark = child(pPr, 'rPr');
    const markDeleted = !!(child(mark, 'del') ?? child(mark, 'moveFrom'));
    if (markDeleted || child(mark, 'ins') || child(mark, 'moveTo')) this.revision();
    // A paragraph merged into the next one by a deleted mark takes that one's numbering.
    const label = markDeleted ? undefined : this.numbering.next(pPr);
    if (label) this.text(label.text);
    const labelEnd = this.at.column;
    const notesFrom = this.notes.length;
    this.readInline(p);
    if (label) this.gapAfter(label, labelEnd, notesFrom);
    if (this.hidden.trim()) this.note('word/hidden-text', { text: quote(this.hidden) });
    let flow = this.flow;
    if (inCell) flow = flow.filter((x) => x !== BREAK);
    if (markDeleted) {
      this.carried.push(...flow);
      return [];
    }
    const out = [...this.carried, ...flow];
    this.carried = [];
    return out;
  }

  /**
   * Word sets a tab (or a space) after a list label; typed, 第一条 is followed
   * by a full-width space, （一） and 一、 by nothing, and `1.` by nothing unless
   * the text starts with a digit.
   */
  private gapAfter(label: Label, labelEnd: number, notesFrom: number): void {
    const last = label.text.slice(-1);
    const first = this.flowText()[labelEnd - 1] ?? '';
    let gap = '';
    // 1.2022年 would read as a decimal number, whatever Word sets after the label.
    if (/[.．]/.test(last) && /[0-9０-９]/.test(first)) gap = ' ';
    else if (label.suffix !== 'nothing' && /\p{Script=Han}/u.test(last)) gap = '\u3000';
    else if (label.suffix !== 'nothing' && /[A-Za-z0-9]/.test(last)) gap = ' ';
    if (!gap || /^[\s\u3000]/.test(first)) return;
    for (const x of this.flow) if (x !== BREAK && x.column >= labelEnd) x.column += gap.length;
    for (const n of this.notes.slice(notesFrom)) if (n.column >= labelEnd) n.column += gap.length;
    const head = this.flow[0];
    if (head !== BREAK && head) head.text = head.text.slice(0, labelEnd - 1) + gap + head.text.slice(labelEnd - 1);
  }

  private readInline(el: Element): void {
    for (const c of elements(el)) {
      if (isW(c, 'r')) this.readRun(c);
      else if (isW(c, 'ins') || isW(c, 'moveTo')) {
        this.revision();
        this.readInline(c);
      } else if (isW(c, 'del') || isW(c, 'moveFrom')) this.revision();
      else if (isW(c, 'fldSimple')) {
        const from = this.at.column;
        const before = this.flowText();
        this.readInline(c);
        this.fieldNote(wAttr(c, 'instr') ?? '', this.flowText().slice(before.length), from);
      } else if (isW(c, 'sdt')) this.readInline(child(c, 'sdtContent') ?? c);
      else if (isW(c, 'hyperlink') || isW(c, 'smartTag') || isW(c, 'customXml') || isW(c, 'dir') || isW(c, 'bdo')) this.readInline(c);
      else if (isW(c, 'subDoc')) this.note('word/embedded', {});
      else if (isMath(c, 'oMathPara') || isMath(c, 'oMath')) this.text(plainText(c));
      else if (c.namespaceURI === MC && c.localName === 'AlternateContent') this.readInline(alternative(c));
    }
  }

  private readRun(r: Element): void {
    const hidden = isOn(child(child(r, 'rPr'), 'vanish'));
    for (const c of elements(r)) {
      if (isW(c, 't')) {
        const t = clean(c.textContent ?? '');
        if (hidden) this.hidden += t;
        else this.text(t);
      } else if (isW(c, 'instrText')) {
        const top = this.fields[this.fields.length - 1];
        if (top && !top.showing) top.code += c.textContent ?? '';
      } else if (isW(c, 'fldChar')) this.fieldChar(wAttr(c, 'fldCharType'));
      // A tab in a paragraph lays out the line; typed, the gap after 第一条 is a full-width space.
      else if (isW(c, 'tab') || isW(c, 'ptab')) this.text(hidden ? '' : '\u3000');
      else if (isW(c, 'br')) {
        const type = wAttr(c, 'type');
        if (!hidden && type !== 'page' && type !== 'column') this.lineBreak();
      } else if (isW(c, 'cr')) this.lineBreak();
      else if (isW(c, 'noBreakHyphen')) this.text('-');
      else if (isW(c, 'sym')) this.text(symbol(wAttr(c, 'char')));
      else if (isW(c, 'footnoteReference') || isW(c, 'endnoteReference')) this.noteReference(c);
      else if (isW(c, 'commentReference')) this.comments++;
      else if (isW(c, 'ruby')) this.text(plainText(child(c, 'rubyBase') ?? c));
      else if (isW(c, 'drawing') || isW(c, 'pict') || isW(c, 'object') || (c.namespaceURI === MC && c.localName === 'AlternateContent')) {
        this.drawing(c);
      }
    }
  }

  private fieldChar(type: string | undefined): void {
    if (type === 'begin') this.fields.push({ code: '', showing: false, shown: '' });
    else if (type === 'separate') {
      const top = this.fields[this.fields.length - 1];
      if (top) top.showing = true;
    } else if (type === 'end') {
      const f = this.fields.pop();
      if (f) this.fieldNote(f.code, f.shown, this.at.column - f.shown.length);
    }
  }

  private fieldNote(code: string, shown: string, column: number): void {
    const name = code.trim().split(/\s+/, 1)[0]?.toUpperCase() || 'unnamed';
    this.notes.push({
      id: 'word/field',
      data: { code: name, text: quote(shown) },
      paragraph: this.at.paragraph,
      column: Math.max(1, column),
    });
  }

  private noteReference(c: Element): void {
    const kind = isW(c, 'footnoteReference') ? 'footnote' : 'endnote';
    const n = kind === 'footnote' ? ++this.footnotes : ++this.endnotes;
    const text = this.noteText(kind, wAttr(c, 'id') ?? '');
    this.note(kind === 'footnote' ? 'word/footnote' : 'word/endnote', { id: n, text: quote(text) });
  }

  /** A picture says nothing; a text box or shape with text is reported with its text. */
  private drawing(c: Element): void {
    const boxes = descendants(isElement(c) && c.namespaceURI === MC ? alternative(c) : c, 'txbxContent');
    const text = boxes
      .map((b) => plainText(b))
      .join(' ')
      .trim();
    if (text) this.note('word/text-box', { text: quote(text) });
    else if (isW(c, 'object')) this.note('word/embedded', {});
  }

  /** Text shown in the paragraph being read (nothing while inside a field's instructions). */
  private text(t: string): void {
    if (!t || this.fields.some((f) => !f.showing)) return;
    for (const f of this.fields) f.shown += t;
    const last = this.flow[this.flow.length - 1];
    if (last && last !== BREAK && last.paragraph === this.at.paragraph && last.column + last.text.length === this.at.column) last.text += t;
    else this.flow.push({ text: t, ...this.at });
    this.at.column += t.length;
  }

  private lineBreak(): void {
    if (this.fields.some((f) => !f.showing)) return;
    this.flow.push(BREAK);
    this.at.column += 1;
  }

  private flowText(): string {
    return this.flow.map((x) => (x === BREAK ? '\n' : x.text)).join('');
  }

  private revision(): void {
    this.revisions++;
    this.firstRevision ??= { ...this.at };
  }

  private note(id: MessageId, data: Record<string, string | number>): void {
    this.notes.push({ id, data, paragraph: this.at.paragraph || this.paragraphs + 1, column: this.at.column });
  }

  /** Lines of a paragraph's flow: one per soft-broken line; blank ones are left out. */
  private emitLines(flow: Flow): void {
    let line: Piece[] = [];
    const end = () => {
      if (line.some((x) => x.text.trim() !== '')) this.lines.push(line);
      line = [];
    };
    for (const x of flow) {
      if (x === BREAK) end();
      else line.push(x);
    }
    end();
  }

  /**
   * A table with one column is a frame around paragraphs and is read as
   * them; any other is read row by row, its cells separated by tabs (the
   * typed form of a table), and reported.
   */
  private readTable(tbl: Element): void {
    const rows = tableRows(tbl);
    const columns = Math.max(0, ...rows.map((r) => tableCells(r).length));
    if (columns <= 1) {
      for (const r of rows) for (const cell of tableCells(r)) this.readBlocks(cell);
      return;
    }
    const before = this.lines.length;
    const start = { paragraph: this.paragraphs + 1, column: 1 };
    for (const r of rows) {
      const trPr = child(r, 'trPr');
      const deleted = !!child(trPr, 'del');
      if (deleted || child(trPr, 'ins')) this.revision();
      const line: Piece[] = [];
      tableCells(r).forEach((cell, k) => {
        const paragraph = this.paragraphs + 1;
        const pieces = this.cellPieces(cell);
        if (deleted) return;
        // The tab between two cells is placed just after the cell before it.
        const last = line[line.length - 1];
        if (k > 0)
          line.push(
            last ? { text: '\t', paragraph: last.paragraph, column: last.column + last.text.length } : { text: '\t', paragraph, column: 1 },
          );
        line.push(...pieces);
      });
      if (!deleted && line.some((x) => x.text.trim() !== '')) this.lines.push(line);
    }
    if (this.lines.length > before) this.notes.push({ id: 'word/table', data: { rows: rows.length, columns }, ...start });
  }

  /** The text of one cell: its paragraphs run together, a continued vertical merge left empty. */
  private cellPieces(cell: Element): Piece[] {
    const merge = child(child(cell, 'tcPr'), 'vMerge');
    const out: Piece[] = [];
    const read = (container: Element): void => {
      for (const e of elements(container)) {
        if (isW(e, 'p')) out.push(...(this.readParagraph(e, true) as Piece[]));
        else if (isW(e, 'tbl')) for (const r of tableRows(e)) for (const c of tableCells(r)) read(c);
        else if (isW(e, 'sdt')) read(child(e, 'sdtContent') ?? e);
        else if (isW(e, 'customXml')) read(e);
      }
    };
    read(cell);
    // Read all the same: its paragraphs count, and so do their numbers.
    if (merge && wAttr(merge, 'val') !== 'restart') return [];
    return out;
  }
}

function tableRows(tbl: Element): Element[] {
  return wrapped(tbl, 'tr');
}

function tableCells(tr: Element): Element[] {
  return wrapped(tr, 'tc');
}

/** Children named `name`, looking through content controls and custom XML around them. */
function wrapped(el: Element, name: string): Element[] {
  const out: Element[] = [];
  for (const c of elements(el)) {
    if (isW(c, name)) out.push(c);
    else if (isW(c, 'sdt')) out.push(...wrapped(child(c, 'sdtContent') ?? c, name));
    else if (isW(c, 'customXml')) out.push(...wrapped(c, name));
  }
  return out;
}

/** Of a markup-compatibility choice, the fallback (content any reader understands), else the first choice. */
function alternative(c: Element): Element {
  const kids = elements(c);
  return kids.find((k) => k.namespaceURI === MC && k.localName === 'Fallback') ?? kids[0] ?? c;
}

/** Text of w:t: a tab there is a tab (a full-width space, as w:tab); no other control characters. */
function clean(t: string): string {
  return t
    .replace(/\t/g, '\u3000')
    .replace(/[\n\r]/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, '');
}

/** A w:sym character; those of symbol fonts (U+F000–F0FF) have no Unicode meaning and are left out. */
function symbol(hex: string | undefined): string {
  const code = hex === undefined ? NaN : parseInt(hex, 16);
  if (!Number.isFinite(code) || (code >= 0xf000 && code <= 0xf0ff) || code < 0x20) return '';
  return String.fromCodePoint(code);
}
