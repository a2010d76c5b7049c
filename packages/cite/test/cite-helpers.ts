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

/**
 * 测试管理办法实施细则: citations of every kind the two versions change (a number moved, a 项 made a 项 of
 * another article, two articles merged, a range, an article renumbered backwards), with `preface` lines before them.
 */
export function implementingRules(preface: string[] = []): CorpusFile {
  return citing('a.md', '测试管理办法实施细则', '2022-05-01', [
    ...preface,
    '第一条 根据《测试管理办法》第一条，制定本细则。',
    '第二条 测试机构的报告，依照测试管理办法第四条报送。',
    '第三条 具备测试管理办法第三条第三项规定的设备的，可以申请。',
    '第四条 主管部门依照《测试管理办法》第九条委托抽查。',
    '第五条 测试管理办法第七条、第八条规定的公示，在机构网站进行。',
    '第六条 测试管理办法第三条至第五条的规定，适用于分支机构。',
    '第七条 本细则自测试管理办法第十一条规定的日期起施行。',
  ]);
}
