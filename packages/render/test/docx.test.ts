import { describe, expect, it } from 'vitest';
import { renderDocx } from '../src/index.ts';
import { art, chapter, doc } from './trees.ts';
import { unzipEntry } from './zip.ts';

const rule = doc(
  '行政执法证件管理办法',
  [chapter(1, '总则', [art(1, '为了加强行政执法证件管理，制定本办法。', '第二款<甲>。')])],
  ['2011年5月6日公布'],
);

/** The runs of document.xml as [properties, text] pairs. */
function runs(xml: string): { props: string; text: string }[] {
  return [...xml.matchAll(/<w:r>(?:<w:rPr>(.*?)<\/w:rPr>)?<w:t[^>]*>(.*?)<\/w:t><\/w:r>/g)].map((m) => ({ props: m[1] ?? '', text: m[2] }));
}

/** The paragraph holding a piece of text, with its properties. */
function paragraphOf(xml: string, text: string): string | undefined {
  return xml.split('</w:p>').find((p) => p.includes(`>${text}<`));
}

describe('docx', async () => {
  const bytes = await renderDocx(rule);
  const xml = unzipEntry(bytes, 'word/document.xml') ?? '';

  it('is a zip holding word/document.xml', () => {
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(xml).toContain('<w:document');
  });

  it('centres the title (方正小标宋简体 二号) and the 题注', () => {
    expect(paragraphOf(xml, '行政执法证件管理办法')).toContain('<w:jc w:val="center"/>');
    const title = runs(xml).find((r) => r.text === '行政执法证件管理办法');
    expect(title?.props).toContain('w:eastAsia="方正小标宋简体"');
    expect(title?.props).toContain('<w:sz w:val="44"/>');
    expect(paragraphOf(xml, '（2011年5月6日公布）')).toContain('<w:jc w:val="center"/>');
  });

  it('centres chapter headings in 黑体', () => {
    expect(paragraphOf(xml, '第一章　总则')).toContain('<w:jc w:val="center"/>');
    expect(runs(xml).find((r) => r.text === '第一章　总则')?.props).toContain('w:eastAsia="黑体"');
  });

  it('puts the article number in a bold run and the text in a plain 仿宋_GB2312 run (digits in Times New Roman)', () => {
    const all = runs(xml);
    const num = all.findIndex((r) => r.text === '第一条');
    expect(all[num].props).toContain('<w:b/>');
    const text = all.find((r) => r.text === '为了加强行政执法证件管理，制定本办法。');
    expect(text?.props).not.toContain('<w:b/>');
    expect(text?.props).toContain('w:eastAsia="仿宋_GB2312"');
    expect(text?.props).toContain('w:ascii="Times New Roman"');
  });

  it('escapes text', () => {
    expect(xml).toContain('第二款&lt;甲&gt;。');
  });

  it("writes the same file every time: the version's date in docProps/core.xml, not the clock", async () => {
    const again = await renderDocx(rule);
    expect(again).toEqual(bytes);
    // The 题注 says 2011年5月6日公布.
    expect(unzipEntry(bytes, 'docProps/core.xml')).toContain('>2011-05-06T00:00:00Z</dcterms:created>');
  });

  it('numbers the pages — N — in the footer, on an A4 page with the 公文 margins', () => {
    const footer = unzipEntry(bytes, 'word/footer1.xml') ?? '';
    expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
    expect(footer).toContain('>— <');
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    // 37 mm top, 35 mm bottom, 28 mm left, 26 mm right.
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"/);
  });

  it('names each Chinese font with its fallback in the font table', () => {
    const fonts = unzipEntry(bytes, 'word/fontTable.xml') ?? '';
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fonts).toContain('<w:font w:name="仿宋"><w:altName w:val="FangSong"/>');
    expect(fonts).toContain('<w:font w:name="FangSong"><w:altName w:val="STFangsong"/>');
    expect(fonts).toContain('<w:font w:name="黑体"><w:altName w:val="SimHei"/>');
    expect(fonts).toContain('<w:charset w:val="86"/>');
  });
});
