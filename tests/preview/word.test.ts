import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, haveChromium, launchChromium, type Browser, type Page } from '../../packages/preview/test/chromium.ts';
import { serveCommand } from '../../packages/cli/src/commands/serve.ts';
import { ensureBuilt } from '../../packages/preview/scripts/build-page.ts';
import { wordFromText } from '../../packages/word/test/typed-docx.ts';
import { example, run, tempDir } from '../helpers.ts';
import { revisedParagraphs } from '../outputs/revisions.ts';

/**
 * Word in the preview: the rule and decree 119 opened from .docx files on
 * disk (their numbers made by Word's list numbering), and the consolidated
 * rule downloaded as a .docx whose tracked changes are the amendment.
 */
if (!haveChromium()) console.warn(`SKIPPED preview Word tests: ${CHROMIUM} not found (apt-get install chromium)`);

const RULE = '宁夏回族自治区行政执法证件管理办法';
const lines = (text: string): string[] => text.split('\n').filter((l) => l.trim() !== '');

describe.skipIf(!haveChromium())('Word documents in the preview', () => {
  const dir = tempDir();
  const ruleTxt = join(example, 'rules', `${RULE}.txt`);
  const decisionTxt = join(example, 'decision.md');
  const ruleDocx = join(dir, `${RULE}.docx`);
  const decisionDocx = join(dir, '第119号令.docx');
  let browser: Browser;
  let page: Page;
  let url = '';
  const stop = new AbortController();
  let served: Promise<number>;

  beforeAll(async () => {
    writeFileSync(ruleDocx, await wordFromText(readFileSync(ruleTxt, 'utf8')));
    writeFileSync(decisionDocx, await wordFromText(readFileSync(decisionTxt, 'utf8')));
    await ensureBuilt();
    let out = '';
    served = serveCommand({ port: '0' }, { out: (t) => (out += t), err: () => {} }, stop.signal);
    for (let i = 0; i < 200 && !out.includes('http://'); i++) await new Promise((r) => setTimeout(r, 25));
    url = /http:\/\/\S+\//.exec(out)![0];
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    stop.abort();
    await served;
  });

  it('opens the rule and the decision from .docx, and downloads the tracked changes: accept all = the consolidated text, reject all = the rule', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e: Error) => errors.push(e.message));
    await page.goto(url);
    await page.waitForSelector('#status[data-ms]');
    await page.setInputFiles('#rule-file', ruleDocx);
    await page.setInputFiles('#decision-file', decisionDocx);
    await page.waitForFunction(() => document.querySelector('#amendment')?.textContent?.includes('行政执法证件管理办法'));
    await page.selectOption('#amendment', RULE);
    await page.selectOption('#base', 'pasted');
    await page.waitForFunction((rule) => document.querySelector('#consolidated h2')?.textContent === rule, RULE);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#dl-tracked')]);
    const docx = readFileSync((await download.path())!);
    const consolidated = await run('apply', '--rule', ruleTxt, '--decision', decisionTxt);
    const original = await run('parse', ruleTxt, '--format', 'text');
    expect(revisedParagraphs(docx, 'accept')).toEqual(lines(consolidated.out));
    expect(revisedParagraphs(docx, 'reject')).toEqual(lines(original.out));
    expect(errors).toEqual([]);
  }, 120_000);

  it('says in the status line when a Word file cannot be read', async () => {
    const bad = join(dir, 'bad.docx');
    writeFileSync(bad, readFileSync(ruleDocx).subarray(0, 2000));
    await page.setInputFiles('#decision-file', bad);
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('bad.docx'));
    expect(await page.locator('#status').textContent()).toMatch(/bad\.docx：Word 文档已损坏或不完整/);
  });
});
