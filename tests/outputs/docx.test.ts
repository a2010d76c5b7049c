import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { unzipEntry } from '../../packages/render/test/zip.ts';
import { run, tempDir } from '../helpers.ts';
import { DECISION, ruleFile, ZHENGJIAN } from './decree.ts';
import { docxParagraphs, docxRuns, documentXml } from './docx.ts';
import { xmlProblems } from './xml.ts';

/**
 * The .docx files drafters open in Word: decree 119 applied to the 行政执法证件管理办法
 * (`amend apply --format docx`) and its 对照表 (`amend table --format docx`).
 * The rule has six chapters and 35 articles; 三（三） adds one, so the
 * consolidated rule has 第一条 to 第三十六条.
 */

/** The first of these programs found on PATH. */
function onPath(...names: string[]): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

const office = onPath('libreoffice', 'soffice');
if (!office)
  console.warn('SKIPPED docx → PDF conversion: neither libreoffice nor soffice is on PATH (apt-get install libreoffice-writer-nogui)');

const dir = tempDir();
const ruleDocx = join(dir, 'rule.docx');
const tableDocx = join(dir, 'table.docx');

beforeAll(async () => {
  const a = await run('apply', '--rule', ruleFile(ZHENGJIAN), '--decision', DECISION, '--format', 'docx', '-o', ruleDocx);
  expect(a.code, a.err).toBe(0);
  const t = await run('table', '--rule', ruleFile(ZHENGJIAN), '--decision', DECISION, '--format', 'docx', '-o', tableDocx);
  expect(t.code, t.err).toBe(0);
});

const CHINESE = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 1–39 as Chinese numerals, written out the way the rule numbers its articles. */
function numeral(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 0 ? '' : tens === 1 ? '十' : `${CHINESE[tens - 1]}十`}${ones ? CHINESE[ones - 1] : ''}`;
}

describe('the consolidated rule as .docx', () => {
  it('is a zip with the parts Word needs and a well-formed document.xml', () => {
    const bytes = readFileSync(ruleDocx);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    for (const part of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml']) {
      const xml = unzipEntry(bytes, part);
      expect(xml, part).toBeDefined();
      expect(xmlProblems(xml ?? ''), part).toEqual([]);
    }
  });

  it('has the title centred in 方正小标宋简体, then the 题注 with decree 119 centred', () => {
    const xml = documentXml(readFileSync(ruleDocx));
    const [title, note] = docxParagraphs(xml);
    expect(title).toContain(`>${ZHENGJIAN}<`);
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    // The decision was promulgated on 2022年1月8日 as 宁夏回族自治区人民政府令第119号.
    expect(note).toContain('（2011年5月6日宁夏回族自治区人民政府令第33号公布');
    expect(note).toContain('2022年1月8日宁夏回族自治区人民政府令第119号');
    expect(note).toContain('<w:jc w:val="center"/>');
  });

  it('centres the six chapter headings in 黑体', () => {
    const paragraphs = docxParagraphs(documentXml(readFileSync(ruleDocx)));
    for (const heading of ['第一章　总则', '第二章　《行政执法证》的申领和发放', '第六章　附则']) {
      const p = paragraphs.find((x) => x.includes(`>${heading}<`));
      expect(p, heading).toContain('<w:jc w:val="center"/>');
      expect(p, heading).toContain('w:eastAsia="黑体"');
    }
  });

  it('starts every article, 第一条 to 第三十六条, with its number in a bold run', () => {
    const runs = docxRuns(documentXml(readFileSync(ruleDocx)));
    const numbers = runs.filter((r) => /^第[一二三四五六七八九十]+条$/.test(r.text));
    expect(numbers.map((r) => r.text)).toEqual(Array.from({ length: 36 }, (_, k) => `第${numeral(k + 1)}条`));
    expect(numbers.every((r) => r.bold)).toBe(true);
    // 三（三）: the new 第五条 follows its bold number, in plain type.
    const at = runs.findIndex((r) => r.text === '第五条');
    expect(runs.slice(at + 1, at + 3).map((r) => [r.text, r.bold])).toEqual([
      ['　', false],
      ['《行政执法证》应当载明以下信息：', false],
    ]);
  });
});

describe('the 对照表 as .docx', () => {
  it('is well-formed, titled on two lines, with a repeated bold header row', () => {
    const xml = documentXml(readFileSync(tableDocx));
    expect(xmlProblems(xml)).toEqual([]);
    const [title] = docxParagraphs(xml);
    expect(title).toMatch(new RegExp(`>《${ZHENGJIAN}》</w:t></w:r><w:r>.*<w:br/>.*>修改前后对照表<`));
    expect(xml).toContain('<w:tblHeader/>');
    const runs = docxRuns(xml);
    expect(runs.find((r) => r.text === '修改前')?.bold).toBe(true);
    expect(runs.find((r) => r.text === '修改后')?.bold).toBe(true);
  });
});

describe.skipIf(!office)('LibreOffice opens both files', () => {
  it('converts them to PDF', () => {
    const out = tempDir();
    // A profile of its own, so a LibreOffice already running elsewhere does not take the job.
    const profile = pathToFileURL(join(out, 'profile')).href;
    execFileSync(office!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, ruleDocx, tableDocx], {
      stdio: 'pipe',
      timeout: 120_000,
    });
    for (const name of ['rule.pdf', 'table.pdf']) {
      const pdf = readFileSync(join(out, name));
      expect(pdf.subarray(0, 5).toString('latin1'), name).toBe('%PDF-');
      expect(pdf.toString('latin1'), name).toMatch(/\/Type\s*\/Page\b/);
    }
  }, 180_000);
});
