import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CorpusFile } from '../src/index.ts';

/** The corpus of real laws beside the repository (../shared/corpus/laws). */
export const laws = resolve(import.meta.dirname, '../../../../shared/corpus/laws');

/** Every Markdown text under a folder, in a stable order. */
export function texts(dir: string, out: CorpusFile[] = []): CorpusFile[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) texts(path, out);
    else if (name.endsWith('.md')) out.push({ file: path, text: readFileSync(path, 'utf8') });
  }
  return out;
}

/** A file of fixtures/: the two versions of 测试管理办法 written for these tests. */
export function fixture(name: string): CorpusFile {
  return { file: `fixtures/${name}`, text: readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8') };
}

/** A citing rule in the corpus's Markdown form, dated by its 题注. */
export function citing(file: string, title: string, date: string, body: string[]): CorpusFile {
  const [y, m, d] = date.split('-').map(Number);
  return { file, text: [`# ${title}`, '', `${y}年${m}月${d}日 发布`, '', '<!-- INFO END -->', '', ...body, ''].join('\n') };
}
