import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, haveChromium, type Page } from '../../packages/preview/test/chromium.ts';
import { example } from '../helpers.ts';
import { openPreview, type OpenPreview } from './page.ts';

/**
 * `amend serve --corpus DIR` in Chromium: the page opens on the user's own
 * rules (no bundled example), and when the example decision is loaded later a
 * rule the user has — under another file name — is amended from the user's
 * file, never from the bundled copy.
 */

if (!haveChromium()) console.warn(`SKIPPED preview corpus tests: ${CHROMIUM} not found (apt-get install chromium)`);

const RULE = '宁夏回族自治区行政执法证件管理办法';
const MINE = '执法证件办法-本地稿.txt';

describe.skipIf(!haveChromium())('the preview on a corpus of the user', () => {
  let preview: OpenPreview | undefined;
  let page: Page;
  let url = '';

  beforeAll(async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'amend-corpus-'));
    // The bundled rule with its 题注 marked, under a name of the user's choosing.
    const bundled = readFileSync(join(example, 'rules', `${RULE}.txt`), 'utf8');
    writeFileSync(join(corpus, MINE), bundled.replace('人民政府令第33号公布）', '人民政府令第33号公布，本地稿）'));
    preview = await openPreview({ corpus });
    ({ page, url } = preview);
    page.on('dialog', (d) => void d.accept());
  }, 180_000);

  afterAll(async () => {
    await preview?.close();
  });

  it('opens on the user’s corpus: their file only, no example decision', async () => {
    await page.goto(url);
    await page.waitForSelector('#status[data-ms]');
    const bases = await page.locator('#base option').allTextContents();
    expect(bases.filter((b) => b.endsWith('.txt'))).toEqual([MINE]);
    expect((await page.locator('#editor .cm-content').textContent())?.trim()).toBe('');
  });

  it('takes the user’s file over the bundled one of the same rule', async () => {
    await page.click('#load-example');
    await page.waitForFunction(() => (document.querySelector('#amendment') as HTMLSelectElement | null)?.options.length === 13);
    await page.selectOption('#amendment', RULE);
    await page.waitForFunction((rule) => document.querySelector('#consolidated h2')?.textContent === rule, RULE);
    expect(await page.locator('#base option:checked').textContent()).toBe(`按标题匹配（${MINE}）`);
    expect(await page.locator('#consolidated .note').first().textContent()).toContain('本地稿');
    // The bundled rules are offered, marked as the example's, for the rules the user has not got.
    expect(await page.locator('#base option', { hasText: `${RULE}.txt（示例）` }).count()).toBe(1);
    expect(await page.locator('#blocked').isVisible()).toBe(false);
  });
});
