import { describe, expect, it } from 'vitest';
import { renderDocx } from '../src/index.ts';
import { art, chapter, doc } from './trees.ts';
import { unzipEntry } from './zip.ts';

const rule = doc('行政执法证件管理办法', [chapter(1, '总则', [art(1, '为了加强行政执法证件管理，制定本办法。', '第二款<甲>。')])], [
  '2011年5月6日公布',
]);

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

  it('centres the title (bold 宋体) and the 题注', () => {
    expect(paragraphOf(xml, '行政执法证件管理办法')).toContain('<w:jc w:val="center"/>');
    const title = runs(xml).find((r) => r.text === '行政执法证件管理办法');
    expect(title?.props).toContain('<w:b/>');
    expect(title?.props).toContain('w:eastAsia="宋体"');
    expect(paragraphOf(xml, '（2011年5月6日公布）')).toContain('<w:jc w:val="center"/>');
  });

  it('centres chapter headings in bold', () => {
    expect(paragraphOf(xml, '第一章　总则')).toContain('<w:jc w:val="center"/>');
    expect(runs(xml).find((r) => r.text === '第一章　总则')?.props).toContain('<w:b/>');
  });

  it('puts the article number in a bold run and the text in a plain 仿宋 run', () => {
    const all = runs(xml);
    const num = all.findIndex((r) => r.text === '第一条');
    expect(all[num].props).toContain('<w:b/>');
    const text = all.find((r) => r.text === '为了加强行政执法证件管理，制定本办法。');
    expect(text?.props).not.toContain('<w:b/>');
    expect(text?.props).toContain('w:eastAsia="仿宋"');
  });

  it('escapes text', () => {
    expect(xml).toContain('第二款&lt;甲&gt;。');
  });

  it('writes the same document.xml every time', async () => {
    const again = unzipEntry(await renderDocx(rule), 'word/document.xml');
    expect(again).toBe(xml);
  });
});
