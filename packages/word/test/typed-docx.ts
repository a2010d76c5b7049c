/**
 * Test helper: a typed rule or decision made into the Word document a
 * drafting office would keep, with the `docx` library. Article, chapter and
 * item labels are not typed but made by Word's list numbering (第%1条,
 * 第%1章, （%1）, %1、), tab-separated rows become a real table, blank lines
 * become empty paragraphs. Where the typed numbers do not run on as a list
 * would count (a rule that starts at 第三条), the label is typed instead.
 */
import { AlignmentType, Document, LevelFormat, LevelSuffix, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import type { ILevelsOptions } from 'docx';
import { fromChinese } from '@amend/model';

const level = (
  text: string,
  format: ILevelsOptions['format'],
  suffix: ILevelsOptions['suffix'] = LevelSuffix.TAB,
  lvl = 0,
): ILevelsOptions => ({
  level: lvl,
  format,
  text,
  suffix,
  alignment: AlignmentType.LEFT,
});

const LISTS = [
  { reference: 'chapter', levels: [level('第%1章', LevelFormat.CHINESE_COUNTING, LevelSuffix.SPACE)] },
  { reference: 'article', levels: [level('第%1条', LevelFormat.CHINESE_COUNTING)] },
  // 项 and their 目 on one list: the 目 restart under every 项.
  {
    reference: 'item',
    levels: [
      level('（%1）', LevelFormat.CHINESE_COUNTING, LevelSuffix.NOTHING),
      level('%2．', LevelFormat.DECIMAL, LevelSuffix.NOTHING, 1),
    ],
  },
  { reference: 'point', levels: [level('%1、', LevelFormat.CHINESE_COUNTING, LevelSuffix.NOTHING)] },
];

const CN = '[零〇一二三四五六七八九十百千]+';
const PATTERNS: { reference: string; level: number; re: RegExp }[] = [
  { reference: 'chapter', level: 0, re: new RegExp(`^第(${CN})章[\\s\\u3000]+(.*)$`) },
  { reference: 'article', level: 0, re: new RegExp(`^第(${CN})条[\\s\\u3000]+(.*)$`) },
  { reference: 'item', level: 0, re: new RegExp(`^（(${CN})）(.*)$`) },
  { reference: 'item', level: 1, re: /^([0-9]+)．(.*)$/ },
  { reference: 'point', level: 0, re: new RegExp(`^(${CN})、(.*)$`) },
];

export interface WordOptions {
  /** Leave these lists out: their labels stay typed. */
  typed?: string[];
}

/** A typed text as a .docx whose labels come from list numbering. */
export async function wordFromText(text: string, options: WordOptions = {}): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  const expected = new Map<string, number>();
  const instance = new Map<string, number>();
  let rows: string[][] = [];
  const flushTable = () => {
    if (!rows.length) return;
    const width = Math.max(...rows.map((r) => r.length));
    children.push(
      new Table({
        rows: rows.map(
          (r) =>
            new TableRow({ children: Array.from({ length: width }, (_, k) => new TableCell({ children: [new Paragraph(r[k] ?? '')] })) }),
        ),
      }),
    );
    rows = [];
  };
  for (const line of text.replace(/\n$/, '').split('\n')) {
    if (line.includes('\t')) {
      rows.push(line.split('\t'));
      continue;
    }
    flushTable();
    const hit = PATTERNS.map((p) => ({ p, m: p.re.exec(line) })).find((x) => x.m && !options.typed?.includes(x.p.reference));
    if (hit?.m) {
      const { reference, level: lvl } = hit.p;
      const n = fromChinese(hit.m[1]) ?? Number(hit.m[1]);
      const key = `${reference}:${lvl}`;
      // Lists of items start again (a new instance of the list) where the typed numbers do.
      if (lvl === 0 && n === 1 && (expected.get(key) ?? 1) !== 1 && (reference === 'item' || reference === 'point')) {
        instance.set(reference, (instance.get(reference) ?? 0) + 1);
        expected.set(key, 1);
      }
      if ((expected.get(key) ?? 1) === n) {
        expected.set(key, n + 1);
        if (lvl === 0) expected.set(`${reference}:1`, 1);
        children.push(
          new Paragraph({
            numbering: { reference, level: lvl, instance: instance.get(reference) ?? 0 },
            children: [new TextRun(hit.m[2])],
          }),
        );
        continue;
      }
    }
    children.push(new Paragraph({ children: line ? [new TextRun(line)] : [] }));
  }
  flushTable();
  const doc = new Document({ numbering: { config: LISTS }, sections: [{ children }] });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
