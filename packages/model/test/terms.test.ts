import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnostic, expectedText, messageText, termText } from '../src/index.ts';

/**
 * The English words the stages put into a message's data reach a Chinese
 * reader in Chinese (messages/terms.ts). The sources are scanned for such
 * words in the calls that make diagnostics, so a new one cannot slip in
 * without its Chinese.
 */

const packages = join(import.meta.dirname, '../..');

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'node_modules' || name === 'dist' || name === 'test' || name === 'app') continue;
    if (statSync(p).isDirectory()) sources(p, out);
    else if (p.endsWith('.ts') && p.includes('/src/')) out.push(p);
  }
  return out;
}

/** String and template literals with Latin words in lines that make a diagnostic or say why one is made. */
function englishValues(): { value: string; at: string }[] {
  const found: { value: string; at: string }[] = [];
  for (const file of sources(packages)) {
    if (file.includes('/messages/')) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, k) => {
        if (!/\b(report|diagnostic|fail|mismatch)\(|\b(found|expected|what|reason|level|kind): ['`]/.test(line)) return;
        if (!/\b(report|diagnostic|fail|mismatch)\(|\{[^}]*\b(found|expected|what|reason)\b/.test(line)) return;
        for (const m of line.matchAll(/'((?:[^'\\]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)) {
          const value = (m[1] ?? m[2]).replace(/\$\{[^}]*\}/g, '第一条');
          // Words only: not message ids, error codes or identifiers such as 'article' compared in code.
          if (
            !/[a-z]{2,}/i.test(value) ||
            /^[a-z]+\/[a-z0-9-]+$/.test(value) ||
            /^[A-Z]+$/.test(value) ||
            /^[A-Z][a-zA-Z]+$/.test(value) ||
            /^[a-z][a-zA-Z]*$/.test(value)
          )
            continue;
          found.push({ value, at: `${file.slice(packages.length + 1)}:${k + 1}` });
        }
      });
  }
  return found;
}

describe('terms', () => {
  it('every English word a stage puts into a diagnostic has its Chinese', () => {
    const missing = englishValues().filter((v) => termText(v.value, 'zh') === v.value);
    expect(missing).toEqual([]);
  });

  it('fills a Chinese message with Chinese words, an English one as it was', () => {
    const d = diagnostic('engine/content-mismatch', { target: '第三条', found: 'a heading', expected: 'a node without a heading' });
    expect(messageText(d, 'zh')).toBe(messageText({ ...d }, 'zh'));
    expect(messageText(d, 'zh')).toContain('标题');
    expect(messageText(d, 'zh')).toContain('没有标题的条款');
    expect(messageText(d, 'en')).toBe(d.message);
    expect(d.message).toContain('a node without a heading');
  });

  it('translates patterns, lists and the expected text', () => {
    expect(termText('a chapter inside 第一编', 'zh')).toBe('第一编中的章');
    expect(termText('spaces and line breaks, full- and half-width forms', 'zh')).toBe('空格和换行、全角与半角');
    expect(termText('第三条', 'zh')).toBe('第三条');
    expect(expectedText({ expected: 'articles (第一条 …) after the title' }, 'zh')).toBe('标题之后的条文（第一条……）');
    expect(expectedText({ expected: 'articles (第一条 …) after the title' }, 'en')).toBe('articles (第一条 …) after the title');
  });
});
