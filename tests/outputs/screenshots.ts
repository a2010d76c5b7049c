/**
 * Regenerates docs/screenshots/outputs-*.png: decree 119 applied to the
 * example rules, looked at the way a drafter would see it. The HTML pages are
 * shot in Debian's Chromium; the .docx files go through LibreOffice to PDF and
 * pdftoppm to PNG (one page). Fonts are whatever the machine has: without
 * 仿宋 and 宋体 installed, LibreOffice and Chromium substitute (Noto CJK on Debian).
 *
 *   node --import tsx tests/outputs/screenshots.ts
 *
 * Needs /usr/bin/chromium, soffice (libreoffice-writer-nogui) and pdftoppm/pdftotext (poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../../packages/preview/test/chromium.ts';
import { root, run, tempDir } from '../helpers.ts';
import { DECISION, QIANGTI, ruleFile, ZHENGJIAN } from './decree.ts';

const shots = join(root, 'docs/screenshots');
const work = tempDir();

async function amend(...args: string[]): Promise<void> {
  const r = await run(...args);
  if (r.code !== 0) throw new Error(`amend ${args.join(' ')}: ${r.err}`);
}

/** The first page of a .docx holding `text` (the first page without it), through LibreOffice and pdftoppm at 80 dpi. */
function docxPage(docx: string, png: string, text = ''): void {
  const profile = pathToFileURL(join(work, 'profile')).href;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], {
    stdio: 'pipe',
  });
  const pdf = docx.replace(/\.docx$/, '.pdf');
  let at = 1;
  for (let k = 1; text && k < 50; k++) {
    const words = execFileSync('pdftotext', ['-f', String(k), '-l', String(k), pdf, '-'], { encoding: 'utf8' });
    if (words.replace(/\s+/g, '').includes(text)) {
      at = k;
      break;
    }
  }
  const stem = join(work, 'page');
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', String(at), '-l', String(at), '-singlefile', pdf, stem]);
  renameSync(`${stem}.png`, png);
}

const ruleHtml = join(work, 'rule.html');
const tableHtml = join(work, 'table.html');
const ruleDocx = join(work, 'rule.docx');
const tableDocx = join(work, 'table.docx');
const trackedDocx = join(work, 'tracked.docx');
const rule = ['--rule', ruleFile(ZHENGJIAN), '--decision', DECISION];
await amend('apply', ...rule, '--format', 'html', '-o', ruleHtml);
await amend('apply', ...rule, '--format', 'docx', '-o', ruleDocx);
await amend('table', ...rule, '--format', 'html', '-o', tableHtml);
// The docx 对照表 of the 墙体材料 rule shows the merge of 十（六）: one right cell for three rows.
await amend('table', '--rule', ruleFile(QIANGTI), '--decision', DECISION, '--format', 'docx', '-o', tableDocx);
// The same merge as Word tracked changes, with the renumbering after it.
await amend('apply', '--rule', ruleFile(QIANGTI), '--decision', DECISION, '--format', 'docx', '--track-changes', '-o', trackedDocx);

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
  await page.goto(pathToFileURL(ruleHtml).href);
  await page.screenshot({ path: join(shots, 'outputs-html-rule.png') });
  await page.goto(pathToFileURL(tableHtml).href);
  await page.screenshot({ path: join(shots, 'outputs-html-table.png') });
} finally {
  await browser.close();
}
docxPage(ruleDocx, join(shots, 'outputs-docx-rule.png'));
docxPage(tableDocx, join(shots, 'outputs-docx-table.png'), '第十九条违反本规定');
docxPage(trackedDocx, join(shots, 'outputs-docx-tracked.png'), '第十九条违反本规定第十条规定');

for (const name of ['html-rule', 'html-table', 'docx-rule', 'docx-table', 'docx-tracked']) {
  const file = join(shots, `outputs-${name}.png`);
  console.log(`${file}: ${Math.round(statSync(file).size / 1024)} KB`);
}
