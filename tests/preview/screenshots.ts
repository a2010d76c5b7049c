/**
 * Regenerates docs/screenshots/preview-text-mode.png: the preview in Debian's
 * Chromium with the amended text being edited and the decision redrafted
 * beside it (the edits of tests/preview/text-mode.test.ts).
 *
 *   node --conditions=amend-source --import tsx tests/preview/screenshots.ts
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../helpers.ts';
import { DECISION, RULE, TITLE } from './dog-rule.ts';
import { openPreview, replaceInEditor } from './page.ts';

const corpus = mkdtempSync(join(tmpdir(), 'amend-shot-'));
writeFileSync(join(corpus, `${TITLE}.txt`), RULE);
writeFileSync(join(corpus, '..', 'amend-shot-decision.txt'), DECISION);
const preview = await openPreview({ corpus });
try {
  const { page } = preview;
  await page.goto(preview.url);
  await page.waitForSelector('#status[data-ms]');
  await page.setInputFiles('#decision-file', join(corpus, '..', 'amend-shot-decision.txt'));
  await page.waitForFunction((t) => document.querySelector('#consolidated h2')?.textContent === t, TITLE);
  await page.click('#mode-text');
  await replaceInEditor(page, '健康和人身', '人身', '#text-editor');
  await replaceInEditor(
    page,
    '第四条　养犬人应当为犬只办理登记。',
    '第四条　养犬人应当为犬只办理登记。\n\n第五条　养犬人应当为犬只接种狂犬病疫苗。',
    '#text-editor',
  );
  await replaceInEditor(page, '第五条　违反本办法第四条', '第六条　违反本办法第四条', '#text-editor');
  await page.waitForFunction(() => document.querySelector('#draft-status')?.textContent === '已起草 3 项');
  await page.click('#consolidated .article.changed >> nth=2');
  await page.screenshot({ path: join(root, 'docs/screenshots/preview-text-mode.png') });
  console.log('docs/screenshots/preview-text-mode.png');
} finally {
  await preview.close();
}
