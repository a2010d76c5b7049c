import { expect } from 'vitest';
import { serveCommand } from '../../packages/cli/src/commands/serve.ts';
import { ensureBuilt } from '../../packages/preview/scripts/build-page.ts';
import { launchChromium, type Browser, type Locator, type Page } from '../../packages/preview/test/chromium.ts';

/** Starting the preview in Chromium and driving its editor from a test. */

export interface OpenPreview {
  url: string;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/** `amend serve` on an ephemeral port (the page built first when stale), and a Chromium page beside it. */
export async function openPreview(opts: { corpus?: string } = {}): Promise<OpenPreview> {
  await ensureBuilt();
  const stop = new AbortController();
  let out = '';
  const served = serveCommand({ port: '0', ...opts }, { out: (t) => (out += t), err: () => {} }, stop.signal);
  for (let i = 0; i < 200 && !out.includes('http://'); i++) await new Promise((r) => setTimeout(r, 25));
  const url = /http:\/\/\S+\//.exec(out)![0];
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  return {
    url,
    browser,
    page,
    close: async () => {
      await browser.close();
      stop.abort();
      await served;
    },
  };
}

/**
 * Select `from` in an editor's text (the decision's unless `editor` names
 * another) and type `to` over it. CodeMirror draws
 * only the lines in view, splits a line's text where a diagnostic is
 * underlined, and follows DOM selection changes while focused: so the editor
 * is scrolled page by page until a drawn line holds the text, whose start and
 * end are then found among that line's text nodes and selected.
 */
export async function replaceInEditor(page: Page, from: string, to: string, editor = '#editor'): Promise<void> {
  await page.evaluate((root) => (document.querySelector(`${root} .cm-scroller`)!.scrollTop = 0), editor);
  let found = false;
  for (let k = 0; k < 60 && !found; k++) {
    found = await page.evaluate(
      ([text, root]) => {
        const content = document.querySelector<HTMLElement>(`${root} .cm-content`)!;
        content.focus();
        for (const line of Array.from(content.querySelectorAll<HTMLElement>('.cm-line'))) {
          const at = line.textContent!.indexOf(text);
          if (at < 0) continue;
          line.scrollIntoView({ block: 'center' });
          const range = document.createRange();
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          let offset = 0;
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const len = n.textContent!.length;
            if (at >= offset && at <= offset + len) range.setStart(n, at - offset);
            if (at + text.length >= offset && at + text.length <= offset + len) {
              range.setEnd(n, at + text.length - offset);
              break;
            }
            offset += len;
          }
          window.getSelection()!.removeAllRanges();
          window.getSelection()!.addRange(range);
          return true;
        }
        const scroller = document.querySelector(`${root} .cm-scroller`)!;
        scroller.scrollTop += scroller.clientHeight;
        return false;
      },
      [from, editor] as const,
    );
    if (!found) await page.waitForTimeout(30);
  }
  expect(found, `“${from}” is in the editor`).toBe(true);
  await page.keyboard.type(to);
}

/** The editor line number beside an element, read from the line-number gutter. */
export async function lineOf(page: Page, target: Locator): Promise<number> {
  const box = (await target.boundingBox())!;
  return page.evaluate((top) => {
    for (const g of Array.from(document.querySelectorAll<HTMLElement>('.cm-lineNumbers .cm-gutterElement'))) {
      const r = g.getBoundingClientRect();
      if (r.height > 0 && top >= r.top && top < r.bottom) return Number(g.textContent);
    }
    return -1;
  }, box.y + 2);
}
