/**
 * The consolidated rule as a Word document whose tracked changes are the
 * amendment: accepting them all gives the new text, rejecting them all the
 * old one, paragraph for paragraph.
 *
 * Both versions are laid out as lines (`pageLines`) grouped in units: each
 * article by its row in the old→new mapping, so a renumbered or rewritten
 * article lines up with its old self, and the title, 题注, 引言, headings and
 * plan blocks by their words. The units are aligned in order (a moved
 * article, out of order, is a deletion where it was and an insertion where
 * it goes), unmatched headings in the same gap are paired as renamed, and
 * every pair is marked word by word with the same diff as the redline and
 * the 对照表. A line end is a paragraph mark: a deleted one joins two
 * paragraphs when accepted, an inserted one splits them.
 */
import { diffArrays } from 'diff';
import { DeletedTextRun, InsertedTextRun, Paragraph, Tab, TextRun } from 'docx';
import type { IRunOptions } from 'docx';
import type { Article } from '@amend/model';
import { versionDate } from '../akn/akn-meta.ts';
import type { Comparison } from '../compare/comparison-rows.ts';
import { wordDiff, type Chunk } from '../redline/word-diff.ts';
import { pageLines, type LineLook, type PageLine } from './page-lines.ts';
import { bodyProperties, centredProperties, font, pack, roleRun, TITLE_PARAGRAPH } from './docx-style.ts';

export interface TrackOptions {
  /** Who the revisions are by (default `amend`). */
  author?: string;
  /** The day they are dated (YYYY-MM-DD): the decision's. Without one, revisions carry no date (the file is dated the new version's day). */
  date?: string;
}

interface Unit {
  key: string;
  lines: PageLine[];
}

/** What one stretch of the document is: kept (and marked word by word), struck out or written in. */
type Segment = { kind: 'pair'; a: Unit; b: Unit } | { kind: 'del'; a: Unit } | { kind: 'ins'; b: Unit };

export function trackedDocx(c: Comparison, options: TrackOptions = {}): Promise<Uint8Array> {
  const unitOf = new Map<string, string>();
  c.changes.forEach((ch, k) => {
    for (const a of ch.before) unitOf.set(`a:${a.id}`, `art:${k}`);
    for (const b of ch.after) unitOf.set(`b:${b.id}`, `art:${k}`);
  });
  const side = (s: 'a' | 'b') => (a: Article) => unitOf.get(`${s}:${a.id}`) ?? `art:${s}:${a.id}`;
  const before = units(pageLines(c.before, side('a')));
  const after = units(pageLines(c.after, side('b')));
  const writer = new RevisionWriter(options);
  for (const s of align(before, after)) writer.segment(s);
  return pack(c.after.title || c.before.title, writer.paragraphs, options.date ?? versionDate(c.after));
}

/** Consecutive lines of one unit (the three old articles a merge makes one) form one unit. */
function units(lines: PageLine[]): Unit[] {
  const out: Unit[] = [];
  for (const l of lines) {
    const last = out[out.length - 1];
    if (last && last.key === l.unit) last.lines.push(l);
    else out.push({ key: l.unit, lines: [l] });
  }
  return out;
}

function align(a: Unit[], b: Unit[]): Segment[] {
  const out: Segment[] = [];
  let [i, j] = [0, 0];
  let gapA: Unit[] = [];
  let gapB: Unit[] = [];
  const flush = () => {
    out.push(...gap(gapA, gapB));
    gapA = [];
    gapB = [];
  };
  for (const part of diffArrays(
    a.map((u) => u.key),
    b.map((u) => u.key),
  )) {
    const n = part.value.length;
    if (part.removed) gapA.push(...a.slice(i, (i += n)));
    else if (part.added) gapB.push(...b.slice(j, (j += n)));
    else {
      flush();
      for (let k = 0; k < n; k++) out.push({ kind: 'pair', a: a[i + k], b: b[j + k] });
      i += n;
      j += n;
    }
  }
  flush();
  return out;
}

/** What a unit is, for pairing the leftovers of a gap: a heading with a heading, a block with a block. */
function family(u: Unit): string {
  return u.key.split(':', 1)[0];
}

/**
 * Between two aligned units, old units left over and new ones: those of one
 * family other than articles (a renamed 第三章, a reworded plan block) are
 * paired in order; the rest are struck out or written in, each side in its
 * order. (Articles were aligned by the mapping: one left over is gone or new.)
 */
function gap(a: Unit[], b: Unit[]): Segment[] {
  const partner = new Map<number, number>();
  let from = 0;
  a.forEach((u, x) => {
    if (family(u) === 'art') return;
    const y = b.findIndex((v, k) => k >= from && family(v) === family(u));
    if (y >= 0) {
      partner.set(x, y);
      from = y + 1;
    }
  });
  const out: Segment[] = [];
  let [x, y] = [0, 0];
  while (x < a.length || y < b.length) {
    const p = x < a.length ? partner.get(x) : undefined;
    if (x < a.length && p === y) out.push({ kind: 'pair', a: a[x++], b: b[y++] });
    else if (x < a.length && p === undefined) out.push({ kind: 'del', a: a[x++] });
    // The new unit here is paired with none (a partner of an old unit left would lie further on).
    else out.push({ kind: 'ins', b: b[y++] });
  }
  return out;
}

/** A line end in the merged text: the paragraph mark it becomes, and the line whose look the paragraph takes. */
interface Mark {
  type: Chunk['type'];
  line: PageLine;
}

class RevisionWriter {
  readonly paragraphs: Paragraph[] = [];
  private id = 0;
  private runs: (TextRun | InsertedTextRun | DeletedTextRun)[] = [];
  private readonly revision: { author: string; date: string } | { author: string };

  constructor(options: TrackOptions) {
    const author = options.author ?? 'amend';
    this.revision = options.date ? { author, date: `${options.date}T00:00:00Z` } : { author };
  }

  segment(s: Segment): void {
    const text = (u: Unit) => u.lines.map((l) => l.text).join('\n') + '\n';
    const chunks: Chunk[] =
      s.kind === 'pair'
        ? wordDiff(text(s.a), text(s.b))
        : s.kind === 'del'
          ? [{ type: 'del', text: text(s.a) }]
          : [{ type: 'ins', text: text(s.b) }];
    const a = s.kind === 'ins' ? [] : s.a.lines;
    const b = s.kind === 'del' ? [] : s.b.lines;
    // Where each side is: which line, and how far into it.
    const at = { a: 0, b: 0, colA: 0, colB: 0 };
    for (const chunk of chunks) {
      const pieces = chunk.text.split('\n');
      pieces.forEach((piece, k) => {
        if (k > 0) {
          const line = chunk.type === 'del' ? a[at.a] : b[at.b];
          this.paragraph({ type: chunk.type, line: line ?? a[at.a] ?? b[at.b] });
          if (chunk.type !== 'ins') [at.a, at.colA] = [at.a + 1, 0];
          if (chunk.type !== 'del') [at.b, at.colB] = [at.b + 1, 0];
        }
        if (!piece) return;
        const line = chunk.type === 'del' ? a[at.a] : b[at.b];
        const col = chunk.type === 'del' ? at.colA : at.colB;
        this.text(piece, chunk.type, line, col);
        if (chunk.type !== 'ins') at.colA += piece.length;
        if (chunk.type !== 'del') at.colB += piece.length;
      });
    }
  }

  /** Text of one kind, split where the line's bold stretch ends, and at tabs (table cells). */
  private text(piece: string, type: Chunk['type'], line: PageLine | undefined, col: number): void {
    const boldEnd = line ? Math.max(0, line.bold - col) : 0;
    const parts: [string, boolean][] =
      boldEnd > 0
        ? [
            [piece.slice(0, boldEnd), true],
            [piece.slice(boldEnd), false],
          ]
        : [[piece, false]];
    for (const [part, bold] of parts) {
      part.split('\t').forEach((t, k) => {
        if (k > 0) this.run('', type, line, bold, true);
        if (t) this.run(t, type, line, bold, false);
      });
    }
  }

  private run(text: string, type: Chunk['type'], line: PageLine | undefined, bold: boolean, tab: boolean): void {
    const look: LineLook = line?.look ?? 'body';
    const options: IRunOptions = {
      ...roleRun(look === 'title' ? 'title' : look === 'heading' ? 'heading' : 'body'),
      ...(bold ? { bold: true } : {}),
      ...(tab ? { children: [new Tab()] } : { text }),
    };
    if (type === 'equal') this.runs.push(new TextRun(options));
    else if (type === 'ins') this.runs.push(new InsertedTextRun({ ...options, ...this.revisionAttributes() }));
    else this.runs.push(new DeletedTextRun({ ...options, ...this.revisionAttributes() }));
  }

  private revisionAttributes(): { id: number; author: string; date: string } {
    // w:date is optional in OOXML; the library types it as required but leaves an absent one out.
    return { id: ++this.id, ...this.revision } as { id: number; author: string; date: string };
  }

  /** Close the paragraph being written: its mark kept, struck out or written in, its look from its line. */
  private paragraph(mark: Mark): void {
    const look = mark.line?.look ?? 'body';
    const properties =
      look === 'title'
        ? TITLE_PARAGRAPH
        : look === 'body'
          ? bodyProperties()
          : centredProperties(look === 'heading' ? 280 : look === 'box' ? 200 : 0);
    const markRevision = mark.type === 'equal' ? {} : { [mark.type === 'ins' ? 'insertion' : 'deletion']: this.revisionAttributes() };
    this.paragraphs.push(new Paragraph({ ...properties, run: { font: font('body'), ...markRevision }, children: this.runs }));
    this.runs = [];
  }
}
