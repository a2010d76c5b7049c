import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../packages/cli/src/main.ts';
import { WORDS } from '../packages/cli/src/words.ts';
import { tempDir } from './helpers.ts';

/**
 * The command speaks the reader's language: Chinese under a Chinese locale
 * (LC_ALL, LC_MESSAGES, LANG) or with --lang zh, English otherwise — its
 * diagnostics, its own words, commander's usage errors and its help.
 */

async function amend(env: Record<string, string>, ...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(['node', 'amend', ...args], { out: (t) => (out += t), err: (t) => (err += t) }, env);
  return { code, out, err };
}

function files() {
  const dir = tempDir();
  const rule = join(dir, 'rule.txt');
  const dec = join(dir, 'decision.txt');
  writeFileSync(rule, '某市养犬管理办法\n\n第一条　公安机关负责养犬登记。\n');
  writeFileSync(dec, '某市人民政府关于修改《某市养犬管理办法》的决定\n\n一、将第一条中的“工商局”修改为“农业农村部门”。\n');
  return { rule, dec };
}

const ZH = { LANG: 'zh_CN.UTF-8' };

describe('amend in Chinese and English', () => {
  it('LANG=zh_CN.UTF-8 amend check prints its diagnostics in Chinese', async () => {
    const { rule, dec } = files();
    const r = await amend(ZH, 'check', '--rule', rule, '--decision', dec);
    expect(r.code).toBe(1);
    // engine/phrase-not-found: zh '原规章{target}中没有“{phrase}”', severity 错误. The caret runs from 第 to the closing ”:
    // 17 wide characters (第一条中的 工商局 修改为 农业农村部门, two cells each) and 4 narrow quotes = 38 cells.
    expect(r.err.split('\n')).toEqual([
      `${dec}:3:4: 错误: 原规章第一条中没有“工商局” [engine/phrase-not-found]`,
      '  3 | 一、将第一条中的“工商局”修改为“农业农村部门”。',
      '    |       ' + '^'.repeat(38),
      '1 个错误，0 个警告',
      '',
    ]);
  });

  it('--lang en gives the English, exactly as with no locale', async () => {
    const { rule, dec } = files();
    const english = await amend(ZH, 'check', '--rule', rule, '--decision', dec, '--lang', 'en');
    const plain = await amend({}, 'check', '--rule', rule, '--decision', dec);
    expect(english).toEqual(plain);
    expect(plain.err).toContain(`${dec}:3:4: error: “工商局” does not occur in 第一条 of the original rule [engine/phrase-not-found]`);
    expect(plain.err).toContain('1 error(s), 0 warning(s)');
  });

  it('--lang zh wins over an English locale; LC_ALL over LANG', async () => {
    const { rule, dec } = files();
    expect((await amend({ LANG: 'en_US.UTF-8' }, '--lang', 'zh', 'check', '--rule', rule, '--decision', dec)).err).toContain('1 个错误');
    expect((await amend({ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }, 'check', '--rule', rule, '--decision', dec)).err).toContain(
      '1 error(s)',
    );
    expect((await amend({ LC_ALL: 'zh_TW.UTF-8' }, 'check', '--rule', rule, '--decision', dec)).err).toContain('1 个错误');
    expect((await amend({ LANG: 'C.UTF-8' }, 'check', '--rule', rule, '--decision', dec)).err).toContain('1 error(s)');
  });

  it("the command's own words and commander's usage errors", async () => {
    const { rule, dec } = files();
    const unknown = await amend(ZH, 'check', '--rule', rule, '--decision', dec, '--bogus');
    expect([unknown.code, unknown.err.split('\n')[0]]).toEqual([2, "错误：未知选项 '--bogus'"]);
    const both = await amend(ZH, 'apply', '--rule', rule, '--corpus', '.', '--decision', dec);
    expect([both.code, both.err.split('\n')[0]]).toEqual([2, "错误：选项 '--rule <file>' 不能与 '--corpus <dir>' 同时使用"]);
    const docx = await amend(ZH, 'apply', '--rule', rule, '--decision', dec, '--format', 'docx');
    expect([docx.code, docx.err]).toEqual([2, 'amend apply：--format docx 需要用 -o 给出输出文件\n']);
    const en = await amend({}, 'apply', '--rule', rule, '--decision', dec, '--format', 'docx');
    expect(en.err).toBe('amend apply: --format docx needs -o FILE\n');
  });

  it('help in Chinese: headings and descriptions', async () => {
    const r = await amend(ZH, 'table', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^用法： amend table \[选项\]/);
    expect(r.out).toContain('选项：');
    expect(r.out).toContain('略去只调整了序号的条文');
    expect((await amend({}, 'table', '--help')).out).toContain('leave out articles whose only change is their number');
  });

  it('every word of the command exists in both languages with the same placeholders', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [id, w] of Object.entries(WORDS)) expect(names(w.zh), id).toEqual(names(w.en));
  });
});
