import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  FootnoteReferenceRun,
  InsertedTextRun,
  LevelFormat,
  LevelSuffix,
  Packer,
  Paragraph,
  SimpleField,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import type { ILevelsOptions, ParagraphChild } from 'docx';
import { describe, expect, it } from 'vitest';
import { paragraphPoint } from '@amend/model';
import { readInput } from '../src/index.ts';

/**
 * What a Word document reads as, feature by feature. Each document is built
 * with the `docx` library; each expectation is the text a drafter sees in
 * Word, typed out.
 */
async function word(children: (Paragraph | Table)[], extra: Partial<ConstructorParameters<typeof Document>[0]> = {}): Promise<Uint8Array> {
  const doc = new Document({ ...extra, sections: [{ children }] });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

const p = (...runs: (string | ParagraphChild)[]) =>
  new Paragraph({ children: runs.map((r) => (typeof r === 'string' ? new TextRun(r) : r)) });

function lvl(level: number, format: ILevelsOptions['format'], text: string, extra: Partial<ILevelsOptions> = {}): ILevelsOptions {
  return { level, format, text, alignment: AlignmentType.LEFT, ...extra };
}

async function read(children: (Paragraph | Table)[], extra = {}) {
  const r = readInput(await word(children, extra), 'test.docx');
  return { text: r.value?.text ?? '', paragraphs: r.value?.paragraphs, diagnostics: r.diagnostics };
}

const REVISION = { author: '起草人', date: '2022-01-08T00:00:00Z' };

describe('Word list numbering reads as typed labels', () => {
  const numbered = (reference: string, text: string, level = 0, instance = 0) =>
    new Paragraph({ numbering: { reference, level, instance }, children: [new TextRun(text)] });

  it('第%1条 in Chinese counting, a full-width space after it; （%1） with nothing after it', async () => {
    const { text } = await read(
      [
        numbered('art', '为了规范管理，制定本办法。'),
        numbered('art', '有下列情形之一的：'),
        numbered('item', '甲；'),
        numbered('item', '乙。'),
        numbered('art', '第三条。'),
      ],
      {
        numbering: {
          config: [
            { reference: 'art', levels: [lvl(0, LevelFormat.CHINESE_COUNTING, '第%1条')] },
            { reference: 'item', levels: [lvl(0, LevelFormat.CHINESE_COUNTING, '（%1）', { suffix: LevelSuffix.NOTHING })] },
          ],
        },
      },
    );
    expect(text).toBe('第一条　为了规范管理，制定本办法。\n第二条　有下列情形之一的：\n（一）甲；\n（二）乙。\n第三条　第三条。\n');
  });

  it('counts past ten the way rules number articles: 第十条, 第十一条, 第二十条', async () => {
    const paras = Array.from({ length: 21 }, (_, k) => numbered('art', `文${k + 1}`));
    const { text } = await read(paras, {
      numbering: { config: [{ reference: 'art', levels: [lvl(0, LevelFormat.CHINESE_COUNTING, '第%1条')] }] },
    });
    const lines = text.split('\n');
    expect([lines[9], lines[10], lines[19], lines[20]]).toEqual(['第十条　文10', '第十一条　文11', '第二十条　文20', '第二十一条　文21']);
  });

  it('writes 甲乙丙 (ideographTraditional), ① (enclosed circle), full-width digits, a start value, and decimal levels %1.%2', async () => {
    const { text } = await read(
      [
        numbered('stem', '一'),
        numbered('stem', '二'),
        numbered('circle', '圈'),
        numbered('wide', '宽'),
        numbered('multi', '章'),
        numbered('multi', '节', 1),
        numbered('multi', '节', 1),
      ],
      {
        numbering: {
          config: [
            { reference: 'stem', levels: [lvl(0, LevelFormat.IDEOGRAPH_TRADITIONAL, '%1、', { suffix: LevelSuffix.NOTHING })] },
            { reference: 'circle', levels: [lvl(0, LevelFormat.DECIMAL_ENCLOSED_CIRCLE, '%1', { suffix: LevelSuffix.NOTHING, start: 3 })] },
            { reference: 'wide', levels: [lvl(0, LevelFormat.DECIMAL_FULL_WIDTH, '%1．', { suffix: LevelSuffix.NOTHING })] },
            {
              reference: 'multi',
              levels: [lvl(0, LevelFormat.DECIMAL, '%1'), lvl(1, LevelFormat.DECIMAL, '%1.%2', { suffix: LevelSuffix.SPACE })],
            },
          ],
        },
      },
    );
    expect(text).toBe('甲、一\n乙、二\n③圈\n１．宽\n1 章\n1.1 节\n1.2 节\n');
  });

  it('restarts a deeper level under each new number of the level above', async () => {
    const { text } = await read(
      [numbered('l', 'A'), numbered('l', 'a', 1), numbered('l', 'b', 1), numbered('l', 'B'), numbered('l', 'c', 1)],
      {
        numbering: {
          config: [
            {
              reference: 'l',
              levels: [
                lvl(0, LevelFormat.CHINESE_COUNTING, '（%1）', { suffix: LevelSuffix.NOTHING }),
                lvl(1, LevelFormat.DECIMAL, '%2．', { suffix: LevelSuffix.NOTHING }),
              ],
            },
          ],
        },
      },
    );
    expect(text).toBe('（一）A\n1．a\n2．b\n（二）B\n1．c\n');
  });

  it('puts a space between a label ending in a full stop and text starting with a digit, as typed text does', async () => {
    const { text } = await read([numbered('d', '2022年起')], {
      numbering: { config: [{ reference: 'd', levels: [lvl(0, LevelFormat.DECIMAL, '%1.', { suffix: LevelSuffix.NOTHING })] }] },
    });
    expect(text).toBe('1. 2022年起\n');
  });
});

describe('text as a drafter sees it', () => {
  it('a soft line break ends a line; both lines point into the one paragraph', async () => {
    const { text, paragraphs } = await read([p('标题'), p('第一条　甲', new TextRun({ text: '乙', break: 1 }))]);
    expect(text).toBe('标题\n第一条　甲\n乙\n');
    // Line 3 is the second line of paragraph 2: its 乙 is column 6 there (第一条　甲 and the break before it).
    expect(paragraphPoint(paragraphs!, { line: 3, column: 1 })).toEqual({ paragraph: 2, column: 7 });
  });

  it('keeps full-width spaces; a tab reads as a full-width space; empty paragraphs leave no line but count', async () => {
    const { text, paragraphs } = await read([p('办法'), p(), p('第一条', '内容'), p('第二条\u3000\u3000内容')]);
    expect(text).toBe('办法\n第一条内容\n第二条\u3000\u3000内容\n');
    expect(paragraphPoint(paragraphs!, { line: 3, column: 4 })).toEqual({ paragraph: 4, column: 4 });
    const tabbed = await read([
      new Paragraph({ children: [new TextRun('第一条'), new TextRun({ children: ['\t'] }), new TextRun('内容')] }),
    ]);
    expect(tabbed.text).toBe('第一条\u3000内容\n');
  });

  it('a field reads as the text it shows, reported as info', async () => {
    const { text, diagnostics } = await read([
      new Paragraph({ children: [new TextRun('依照'), new SimpleField('REF _Ref1 \\h', '第五条'), new TextRun('的规定')] }),
    ]);
    expect(text).toBe('依照第五条的规定\n');
    const d = diagnostics.find((x) => x.ruleId === 'word/field');
    expect(d?.data).toEqual({ code: 'REF', text: '第五条' });
    expect(d?.span?.start.column).toBe(3);
  });

  it('footnotes are kept out of the text and reported with theirs', async () => {
    const { text, diagnostics } = await read(
      [new Paragraph({ children: [new TextRun('本办法所称规章'), new FootnoteReferenceRun(1), new TextRun('，是指政府规章。')] })],
      {
        footnotes: { 1: { children: [p('指地方政府规章。')] } },
      },
    );
    expect(text).toBe('本办法所称规章，是指政府规章。\n');
    const d = diagnostics.find((x) => x.ruleId === 'word/footnote');
    expect(d?.data).toEqual({ id: 1, text: '指地方政府规章。' });
    expect(d?.severity).toBe('info');
  });

  it('tracked changes read as accepted, with one warning counting them', async () => {
    const { text, diagnostics } = await read([
      new Paragraph({
        children: [
          new TextRun('由'),
          new DeletedTextRun({ id: 1, ...REVISION, text: '工商局' }),
          new InsertedTextRun({ id: 2, ...REVISION, text: '市场监督管理部门' }),
          new TextRun('负责。'),
        ],
      }),
    ]);
    expect(text).toBe('由市场监督管理部门负责。\n');
    const warnings = diagnostics.filter((d) => d.severity === 'warning');
    expect(warnings.map((d) => [d.ruleId, d.data])).toEqual([['word/tracked-changes', { count: 2 }]]);
  });

  it('a deleted paragraph mark joins the paragraph to the next, as accepting it does', async () => {
    const { text } = await read([
      new Paragraph({ children: [new TextRun('第一条　甲')], run: { deletion: { id: 1, ...REVISION } } }),
      p('乙。'),
    ]);
    expect(text).toBe('第一条　甲乙。\n');
  });

  it('comments are ignored (and counted as info); hidden text is left out', async () => {
    const { text, diagnostics } = await read(
      [
        new Paragraph({
          children: [
            new CommentRangeStart(0),
            new TextRun('第一条　内容。'),
            new CommentRangeEnd(0),
            new TextRun({ children: [new CommentReference(0)] }),
            new TextRun({ text: '（隐藏）', vanish: true }),
          ],
        }),
      ],
      { comments: { children: [{ id: 0, author: '审核', date: new Date(0), children: [p('此条再议')] }] } },
    );
    expect(text).toBe('第一条　内容。\n');
    expect(diagnostics.map((d) => [d.ruleId, d.data])).toEqual(
      expect.arrayContaining([
        ['word/comments', { count: 1 }],
        ['word/hidden-text', { text: '（隐藏）' }],
      ]),
    );
  });

  it('a table reads as rows of tab-separated cells and is reported; a one-column frame reads as its paragraphs', async () => {
    const cell = (t: string) => new TableCell({ children: [p(t)] });
    const { text, diagnostics, paragraphs } = await read([
      p('收费标准：'),
      new Table({
        rows: [new TableRow({ children: [cell('项目'), cell('标准')] }), new TableRow({ children: [cell('证件'), cell('10元')] })],
      }),
      new Table({ rows: [new TableRow({ children: [new TableCell({ children: [p('第一条　框内。'), p('第二条　也在框内。')] })] })] }),
    ]);
    expect(text).toBe('收费标准：\n项目\t标准\n证件\t10元\n第一条　框内。\n第二条　也在框内。\n');
    expect(diagnostics.find((d) => d.ruleId === 'word/table')?.data).toEqual({ rows: 2, columns: 2 });
    // 标准 is the paragraph of the second cell (¶3), 10元 of the fourth (¶5).
    expect(paragraphPoint(paragraphs!, { line: 2, column: 4 })).toEqual({ paragraph: 3, column: 1 });
    expect(paragraphPoint(paragraphs!, { line: 3, column: 4 })).toEqual({ paragraph: 5, column: 1 });
  });
});
