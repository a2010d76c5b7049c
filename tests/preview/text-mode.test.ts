import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, haveChromium, type Page } from '../../packages/preview/test/chromium.ts';
import { openPreview, replaceInEditor, type OpenPreview } from './page.ts';
import { DECISION, decision, RULE, TITLE } from './dog-rule.ts';

/**
 * The edit-the-text mode in Chromium: a rule and a decision opened, the
 * amended text edited (a phrase changed, an article deleted, one added), the
 * decision redrafted beside it as `amend draft` writes it, an edit that no
 * decision can give explained, and back in the decision editor the drafted
 * decision held, with the result and the 对照表 those of the edited text.
 */

if (!haveChromium()) console.warn(`SKIPPED preview text-mode tests: ${CHROMIUM} not found (apt-get install chromium)`);

/** The decision editor's whole text (CodeMirror holds it; the DOM draws only the lines in view). */
async function decisionText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const lines = Array.from(document.querySelectorAll<HTMLElement>('#editor .cm-line')).map((l) => l.textContent ?? '');
    return lines.join('\n');
  });
}

/** Wait for the next redraft after `before` and say whether it was exact. */
async function redrafted(page: Page, before: number): Promise<boolean> {
  await page.waitForFunction((b) => Number(document.querySelector('#draft-status')?.getAttribute('data-drafts') ?? 0) > b, before);
  return (await page.locator('#draft-status').getAttribute('data-exact')) === 'true';
}

async function drafts(page: Page): Promise<number> {
  return Number((await page.locator('#draft-status').getAttribute('data-drafts')) ?? 0);
}

describe.skipIf(!haveChromium())('editing the amended text in the preview', () => {
  let preview: OpenPreview | undefined;
  let page: Page;

  beforeAll(async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'amend-text-mode-'));
    writeFileSync(join(corpus, `${TITLE}.txt`), RULE);
    const own = mkdtempSync(join(tmpdir(), 'amend-text-mode-decision-'));
    writeFileSync(join(own, 'decision.txt'), DECISION);
    preview = await openPreview({ corpus });
    page = preview.page;
    await page.goto(preview.url);
    await page.waitForSelector('#status[data-ms]');
    await page.setInputFiles('#decision-file', join(own, 'decision.txt'));
    await page.waitForFunction((t) => document.querySelector('#consolidated h2')?.textContent === t, TITLE);
  }, 180_000);

  afterAll(async () => {
    await preview?.close();
  });

  it('opens the text as the decision leaves it, the decision read only beside it', async () => {
    expect(await page.locator('#text-pane').isVisible()).toBe(false);
    await page.click('#mode-text');
    await expect.poll(() => page.locator('#text-pane').isVisible()).toBe(true);
    expect(await page.locator('#text-editor .cm-content').textContent()).toContain('第三条　公安机关和农业农村部门是养犬管理的主管部门。');
    expect(await page.locator('#editor .cm-content').getAttribute('contenteditable')).toBe('false');
    expect(await page.locator('#mode-text').getAttribute('aria-pressed')).toBe('true');
  });

  it('a phrase changed: the decision redrafted with it', async () => {
    const before = await drafts(page);
    await replaceInEditor(page, '健康和人身', '人身', '#text-editor');
    expect(await redrafted(page, before)).toBe(true);
    expect(await page.locator('#draft-status').textContent()).toBe('已起草 2 项');
    expect(await decisionText(page)).toBe(decision('一、删去第一条中的“健康和”。', '二、在第三条中的“机关”后增加“和农业农村部门”。'));
  });

  it('an article deleted with the numbers after it left: why it cannot be drafted, and the decision kept', async () => {
    const kept = await decisionText(page);
    const before = await drafts(page);
    await replaceInEditor(page, '第二条　本市行政区域内的养犬管理，适用本办法。', '', '#text-editor');
    await page.keyboard.press('Backspace');
    expect(await redrafted(page, before)).toBe(false);
    expect(await page.locator('#draft-problems').isVisible()).toBe(true);
    const why = await page.locator('#draft-problem-list').textContent();
    expect(why).toContain('条文序号不连续：第三条（应为第二条）');
    expect(why).toContain('draft/article-order');
    expect(await decisionText(page)).toBe(kept);
  });

  it('renumbered, and an article added: the decision redrafted, in the forms and with the numbers of a decision', async () => {
    await replaceInEditor(page, '第三条　公安机关和', '第二条　公安机关和', '#text-editor');
    await replaceInEditor(
      page,
      '第四条　养犬人应当为犬只办理登记。',
      '第三条　养犬人应当为犬只办理登记。\n\n第四条　养犬人应当为犬只接种狂犬病疫苗。',
      '#text-editor',
    );
    const before = await drafts(page);
    await replaceInEditor(page, '违反本办法第四条', '违反本办法第三条', '#text-editor');
    expect(await redrafted(page, before)).toBe(true);
    expect(await page.locator('#draft-problems').isVisible()).toBe(false);
    expect(await decisionText(page)).toBe(
      decision(
        '一、删去第一条中的“健康和”。',
        '二、删去第二条。',
        '三、将第三条改为第二条，在其中的“机关”后增加“和农业农村部门”。',
        '四、增加一条，作为第四条：“养犬人应当为犬只接种狂犬病疫苗。”',
        // Articles now change their numbers: the closing clause the draft writes, added to the decision's own.
        '此外，对条文顺序作相应调整。',
      ),
    );
  });

  it('back to the decision editor: it holds the drafted decision, and the result is the edited text', async () => {
    await page.click('#mode-decision');
    await expect.poll(() => page.locator('#text-pane').isVisible()).toBe(false);
    expect(await page.locator('#editor .cm-content').getAttribute('contenteditable')).toBe('true');
    // Four items; 三 renumbers and inserts: five operations.
    expect([...new Set(await page.locator('#ops li .item').allTextContents())]).toHaveLength(4);
    expect(await page.locator('#ops li').count()).toBe(5);
    // The consolidated rule without its redline, article by article.
    await page.uncheck('#show-redline');
    const articles = await page
      .locator('#consolidated .article:not(.deleted)')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.replace(/\s*(修改|新增|序号调整)[^\n]*\n/, '').trim()));
    expect(articles).toEqual([
      '第一条　为了规范养犬行为，保障公民人身安全，制定本办法。',
      '第二条　公安机关和农业农村部门是养犬管理的主管部门。',
      '第三条　养犬人应当为犬只办理登记。',
      '第四条　养犬人应当为犬只接种狂犬病疫苗。',
      '第五条　违反本办法第三条规定的，由公安机关责令改正。',
    ]);
    await page.check('#show-redline');
    // The 对照表: the new 第四条 with an empty left cell, the deleted 第二条 with an empty right one.
    await page.click('[data-tab=table]');
    const added = page.locator('table.compare tbody tr', { hasText: '接种狂犬病疫苗' }).first();
    expect(await added.locator('td').first().textContent()).toBe('');
    const deleted = page.locator('table.compare tbody tr', { hasText: '本市行政区域内的养犬管理' }).first();
    expect(await deleted.locator('td').nth(1).textContent()).toBe('');
    await page.click('[data-tab=text]');
  });

  it('the downloaded text is the edited text', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#dl-text')]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.slice(text.indexOf('第一条'))).toContain(
      '第四条　养犬人应当为犬只接种狂犬病疫苗。\n\n第五条　违反本办法第三条规定的，由公安机关责令改正。',
    );
    expect(text).not.toContain('本市行政区域内的养犬管理');
    expect(text).not.toContain('健康和');
  });
});
