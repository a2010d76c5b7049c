import { AlignmentType, Document as DocxDocument, LineRuleType, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { IRunOptions, Table } from 'docx';

/**
 * Page conventions of printed Chinese rules: body in 仿宋 三号 (16pt) on a
 * fixed 28pt line, title in 宋体 二号 (22pt), paragraphs indented two
 * characters. Sizes are in half-points, lengths in twips (1pt = 20 twips).
 */
export const BODY_FONT = '仿宋';
export const TITLE_FONT = '宋体';
const BODY_SIZE = 32;
const TITLE_SIZE = 44;
const LINE = 560;
const INDENT_TWO_CHARS = 640;
/**
 * A two-column 对照表 in 三号 leaves a dozen characters a line; drafting
 * offices print it in 小四 (12pt) on a fixed 20pt line.
 */
export const TABLE_SIZE = 24;
const TABLE_LINE = 400;

function font(name: string): IRunOptions['font'] {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}

export function run(text: string, extra: Omit<IRunOptions, 'text'> = {}): TextRun {
  return new TextRun({ text, font: font(BODY_FONT), size: BODY_SIZE, ...extra });
}

/** The title, centred; several lines are set with line breaks between them. */
export function titleParagraph(text: string | readonly string[]): Paragraph {
  const lines = typeof text === 'string' ? [text] : text;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 240, after: 240, line: LINE * 1.2, lineRule: LineRuleType.AT_LEAST },
    children: lines.map((l, k) => new TextRun({ text: l, font: font(TITLE_FONT), size: TITLE_SIZE, bold: true, ...(k > 0 ? { break: 1 } : {}) })),
  });
}

export function centred(runs: TextRun[], before = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before, line: LINE, lineRule: LineRuleType.EXACT }, children: runs });
}

/** A body paragraph, first line indented two characters (none inside table cells). */
export function body(runs: TextRun[], indent = true): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: indent ? { firstLine: INDENT_TWO_CHARS } : undefined,
    spacing: { line: LINE, lineRule: LineRuleType.EXACT },
    children: runs,
  });
}

/** A paragraph of a 对照表 cell: 小四, not indented. */
export function cellParagraph(runs: TextRun[]): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { line: TABLE_LINE, lineRule: LineRuleType.EXACT },
    children: runs,
  });
}

/**
 * Pack body elements into a .docx file on an A4 page. `date` (YYYY-MM-DD,
 * the version's date) is the document's created and modified date and the
 * time of every zip entry, so the same input always gives the same bytes.
 */
export async function pack(title: string, children: (Paragraph | Table)[], date: string): Promise<Uint8Array> {
  const file = new DocxDocument({
    title,
    creator: 'amend',
    styles: { default: { document: { run: { font: font(BODY_FONT), size: BODY_SIZE } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
        children,
      },
    ],
  });
  return reproducible(new Uint8Array(await Packer.toArrayBuffer(file)), date);
}

/**
 * The docx package stamps core.xml and every zip entry with the clock (the
 * entries in local time). Both are set from `date` instead: core.xml's
 * dcterms:created/modified, and each entry's time — made at local noon of
 * that day, since zip times are local fields, so every time zone writes the
 * same bytes. Zip times start in 1980.
 */
function reproducible(docx: Uint8Array, date: string): Uint8Array {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) && date >= '1980-01-01' && date < '2100-01-01' ? date : '1980-01-01';
  const files = unzipSync(docx);
  const core = files['docProps/core.xml'];
  if (core) {
    const xml = strFromU8(core).replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${day}T00:00:00Z$3`);
    files['docProps/core.xml'] = strToU8(xml);
  }
  const [y, m, d] = day.split('-').map(Number);
  const mtime = new Date(y, m - 1, d, 12, 0, 0);
  return zipSync(Object.fromEntries(Object.entries(files).map(([path, data]) => [path, [data, { mtime }]])));
}
