import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, haveChromium, launchChromium, type Browser } from '../../packages/preview/test/chromium.ts';
import { read, run, tempDir } from '../helpers.ts';
import { DECISION, ruleFile, ZHENGJIAN } from './decree.ts';

/**
 * The consolidated rule's HTML page in a real browser: decree 119 applied to
 * the 行政执法证件管理办法, whose 第二条 has been given a script, an image
 * with a handler and an entity, to see that rule text is shown, never run. Skipped, saying so, without Debian's Chromium.
 */
if (!haveChromium()) console.warn(`SKIPPED outputs browser tests: ${CHROMIUM} not found (apt-get install chromium)`);

/** 第二条 of the rule, with a pasted script, an image with a handler and an entity in its text. */
const ORIGINAL_2 = '第二条　本自治区行政区域内行政执法证件的申领、发放、使用和管理，适用本办法。';
const PASTED =
  '<script>window.ran = true; document.title = "ran"</script>行政区域内<img src="x" onerror="window.ran = true">行政执法证件&amp;';
const EVIL_2 = ORIGINAL_2.replace('行政区域内行政执法证件', PASTED);

describe.skipIf(!haveChromium())('the consolidated rule in Chromium', () => {
  let browser: Browser;
  const dir = tempDir();
  const html = join(dir, 'rule.html');
  const akn = join(dir, 'rule.xml');

  beforeAll(async () => {
    const rule = join(dir, `${ZHENGJIAN}.txt`);
    const text = read(ruleFile(ZHENGJIAN));
    expect(text).toContain(ORIGINAL_2);
    writeFileSync(rule, text.replace(ORIGINAL_2, EVIL_2));
    for (const [format, out] of [
      ['html', html],
      ['akn', akn],
    ]) {
      const r = await run('apply', '--rule', rule, '--decision', DECISION, '--format', format, '-o', out);
      expect(r.code, r.err).toBe(0);
    }
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('scrolls #art_8 to 第八条: old 第七条, moved down by 三（三） and rewritten by 三（二）', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(`${pathToFileURL(html).href}#art_8`);
    const target = await page.evaluate(() => {
      const el = document.getElementById('art_8');
      return { text: el?.textContent?.trim() ?? '', top: el?.getBoundingClientRect().top ?? -1, scrolled: window.scrollY };
    });
    expect(target.text.startsWith('第八条　申领《行政执法证》，由行政执法机关向本级人民政府司法行政部门提出申请')).toBe(true);
    expect(target.scrolled).toBeGreaterThan(0);
    expect(Math.abs(target.top)).toBeLessThan(2);
    await page.close();
  });

  it('shows a <script>, an <img onerror> and an entity in the rule text as text, and runs nothing', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(html).href);
    const seen = await page.evaluate(() => ({
      ran: (window as unknown as { ran?: boolean }).ran ?? false,
      title: document.title,
      scripts: document.scripts.length,
      images: document.images.length,
      text: document.getElementById('art_2')?.textContent ?? '',
    }));
    expect(seen).toEqual({
      ran: false,
      title: ZHENGJIAN,
      scripts: 0,
      images: 0,
      text: expect.stringContaining(`本自治区${PASTED}的申领`),
    });
    await page.close();
  });

  it('has a navigation of the six chapters that the printed page leaves out', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(html).href);
    const links = await page.locator('nav.toc a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toEqual([
      ['第一章　总则', '#chp_1'],
      ['第二章　《行政执法证》的申领和发放', '#chp_2'],
      ['第三章　《行政执法监督证》的申领和使用', '#chp_3'],
      ['第四章　行政执法证件的使用和管理', '#chp_4'],
      ['第五章　法律责任', '#chp_5'],
      ['第六章　附则', '#chp_6'],
    ]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.toc').isVisible()).toBe(false);
    await page.close();
  });

  it('parses the Akoma Ntoso file as XML, with the decision recorded as passive modifications', async () => {
    const page = await browser.newPage();
    const xml = readFileSync(akn, 'utf8');
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      const ns = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.localName,
        mods: doc.getElementsByTagNameNS(ns, 'textualMod').length,
        art2: doc.querySelector('article[eId="art_2"]')?.textContent?.replace(/\s+/g, '') ?? '',
      };
    }, xml);
    expect(parsed.errors).toBe(0);
    expect(parsed.root).toBe('akomaNtoso');
    expect(parsed.mods).toBeGreaterThan(0);
    expect(parsed.art2).toContain(PASTED.replace(/\s+/g, ''));
    await page.close();
  });
});
