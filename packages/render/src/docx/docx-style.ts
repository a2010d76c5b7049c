import { AlignmentType, Document as DocxDocument, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { IRunOptions, Table } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { fontTableXml, type FontRole, FONTS, LATIN_FONT } from './font-table.ts';

/**
 * Page conventions of printed Chinese rules (公文, GB/T 9704): body in
 * 仿宋_GB2312 三号 (16pt) on a fixed 28pt line, title in 小标宋 二号 (22pt),
 * 章节 headings in 黑体 三号, paragraphs indented two characters, digits and
 * Latin letters in Times New Roman, A4 with margins of 37 mm at the top,
 * 35 mm at the bottom, 28 mm left and 26 mm right, the page number — N —
 * centred in the footer. Sizes are in half-points, lengths in twips
 * (1pt = 20 twips, 1 mm ≈ 56.7 twips).
 */
const BODY_SIZE = 32;
const TITLE_SIZE = 44;
const PAGE_NUMBER_SIZE = 28;
const LINE = 560;
const INDENT_TWO_CHARS = 640;
const A4 = { width: 11906, height: 16838 };
const MARGINS = { top: 2098, bottom: 1984, left: 1588, right: 1474, footer: 1587 };
/**
 * A two-column 对照表 in 三号 leaves a dozen characters a line; drafting
 * offices print it in 小四 (12pt) on a fixed 20pt line.
 */
export const TABLE_SIZE = 24;
const TABLE_LINE = 400;

/** Chinese text in the role's font, digits and Latin letters in Times New Roman. */
export function font(role: FontRole): IRunOptions['font'] {
  return { ascii: LATIN_FONT, hAnsi: LATIN_FONT, eastAsia: FONTS[role][0], cs: LATIN_FONT };
}

export function run(text: string, extra: Omit<IRunOptions, 'text'> = {}): TextRun {
  return new TextRun({ text, font: font('body'), size: BODY_SIZE, ...extra });
}

/** Run options of a role: the title in 小标宋 二号, headings in 黑体, the body in 仿宋. */
export function roleRun(role: FontRole): Omit<IRunOptions, 'text'> {
  return { font: font(role), size: role === 'title' ? TITLE_SIZE : BODY_SIZE };
}

/** The title, centred; several lines are set with line breaks between them. */
export function titleParagraph(text: string | readonly string[]): Paragraph {
  const lines = typeof text === 'string' ? [text] : text;
  return new Paragraph({
    ...TITLE_PARAGRAPH,
    children: lines.map((l, k) => new TextRun({ text: l, ...roleRun('title'), ...(k > 0 ? { break: 1 } : {}) })),
  });
}

export const TITLE_PARAGRAPH = {
  alignment: AlignmentType.CENTER,
  spacing: { before: 240, after: 240, line: LINE * 1.2, lineRule: LineRuleType.AT_LEAST },
} as const;

export function centredProperties(before = 0) {
  return { alignment: AlignmentType.CENTER, spacing: { before, line: LINE, lineRule: LineRuleType.EXACT } } as const;
}

export function centred(runs: TextRun[], before = 0): Paragraph {
  return new Paragraph({ ...centredProperties(before), children: runs });
}

/** A 章/节 heading: centred, 黑体. */
export function headingParagraph(text: string): Paragraph {
  return centred([new TextRun({ text, ...roleRun('heading') })], 280);
}

export function bodyProperties(indent = true) {
  return {
    alignment: AlignmentType.JUSTIFIED,
    indent: indent ? { firstLine: INDENT_TWO_CHARS } : undefined,
    spacing: { line: LINE, lineRule: LineRuleType.EXACT },
  } as const;
}

/** A body paragraph, first line indented two characters (none inside table cells). */
export function body(runs: TextRun[], indent = true): Paragraph {
  return new Paragraph({ ...bodyProperties(indent), children: runs });
}

/** A paragraph of a 对照表 cell: 小四, not indented. */
export function cellParagraph(runs: TextRun[]): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { line: TABLE_LINE, lineRule: LineRuleType.EXACT },
    children: runs,
  });
}

/** The page number as 公文 print it: — 1 —, centred. */
function pageFooter(): Footer {
  const number = { font: { ascii: LATIN_FONT, hAnsi: LATIN_FONT, eastAsia: '宋体', cs: LATIN_FONT }, size: PAGE_NUMBER_SIZE };
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ ...number, children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
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
    styles: { default: { document: { run: { font: font('body'), size: BODY_SIZE } } } },
    sections: [
      {
        properties: { page: { size: A4, margin: MARGINS } },
        footers: { default: pageFooter() },
        children,
      },
    ],
  });
  const bytes = await Packer.toArrayBuffer(file, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
  return reproducible(new Uint8Array(bytes), date);
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
