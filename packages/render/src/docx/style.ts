import { AlignmentType, Document as DocxDocument, LineRuleType, Packer, Paragraph, TextRun } from 'docx';
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

/** Pack body elements into a .docx file on an A4 page. */
export async function pack(title: string, children: (Paragraph | Table)[]): Promise<Uint8Array> {
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
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
