import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRule, serialize } from '@amend/document';
import { example, read, run, shared, tempDir } from './helpers.ts';
import { lawPairs, triplePairs } from './draft-corpus.ts';

/**
 * `amend draft` then `amend apply`, as a user runs them: the decision written
 * to a file, applied to the old text, and the consolidated text read back and
 * compared with the new one (all but the 题注, to which the engine adds the
 * amendment). tests/draft-roundtrip.test.ts runs every pair through the API.
 */

function body(file: string): string {
  const doc = parseRule(read(file), { file }).value;
  return serialize({ ...doc, notes: [], meta: {} });
}

async function roundTrip(oldFile: string, newFile: string, style = 'local'): Promise<string> {
  const dir = tempDir();
  const decision = join(dir, 'decision.md');
  const out = join(dir, 'out.txt');
  const drafted = await run('draft', oldFile, newFile, '--style', style, '-o', decision);
  expect(drafted.err).not.toMatch(/: error:/);
  expect(drafted.code).toBe(0);
  const applied = await run('apply', '--rule', oldFile, '--decision', decision, '-o', out);
  expect(applied.err).not.toMatch(/: error:/);
  expect(applied.code).toBe(0);
  expect(body(out)).toBe(body(newFile));
  return read(decision);
}

describe('amend draft, then amend apply', () => {
  it.each([
    '宁夏回族自治区行政执法证件管理办法.txt',
    '宁夏回族自治区新型墙体材料推广应用管理规定.txt',
    '宁夏回族自治区农村五保供养办法.txt',
  ])('decree 119: %s', async (f) => {
    const text = await roundTrip(join(example, 'rules', f), join(example, 'expected', f));
    expect(text.split('\n')[0]).toBe(`关于修改《${f.replace(/\.txt$/, '')}》的决定`);
  });

  it('prints the decision when no -o is given, in the style asked for', async () => {
    const f = join(example, 'rules', '宁夏回族自治区农村五保供养办法.txt');
    const r = await run('draft', f, join(example, 'expected', '宁夏回族自治区农村五保供养办法.txt'), '--style', 'court');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^最高人民法院关于修改《宁夏回族自治区农村五保供养办法》的决定\n\n法释〔　　〕　　号\n/);
    expect(r.out).toContain('一、在第三条中的“卫生”后增加“健康”。');
  });

  it('two folders: one decision with a heading per rule and the rules that disappeared repealed, which apply --corpus turns into the new folder', async () => {
    const dir = tempDir();
    const from = join(dir, 'from');
    const to = join(dir, 'to');
    mkdirSync(from);
    mkdirSync(to);
    const names = ['宁夏回族自治区农村五保供养办法.txt', '宁夏回族自治区工程建设标准化管理办法.txt', '宁夏回族自治区测绘成果管理办法.txt'];
    for (const f of names) {
      writeFileSync(join(from, f), read(join(example, 'rules', f)));
      writeFileSync(join(to, f), read(join(example, 'expected', f)));
    }
    writeFileSync(
      join(from, '某某暂行办法.txt'),
      '某某暂行办法\n（2000年1月1日某某人民政府令第1号公布）\n\n第一条　为了管理某某，制定本办法。\n',
    );
    const decision = join(dir, 'decision.md');
    const drafted = await run('draft', '--corpus-from', from, '--corpus-to', to, '-o', decision);
    expect(drafted.err).toBe('');
    expect(drafted.code).toBe(0);
    const text = read(decision);
    expect(text).toContain('决定废止的规章\n\n一、某某暂行办法（2000年1月1日某某人民政府令第1号公布）');
    expect(text).toContain('决定修改的规章\n\n一、宁夏回族自治区农村五保供养办法\n\n（一）');
    const out = join(dir, 'out');
    const applied = await run('apply', '--corpus', from, '--decision', decision, '--out', out);
    expect(applied.code).toBe(0);
    expect(applied.out).toContain('3 rule(s) amended, 1 repealed');
    for (const f of names) expect(body(join(out, f))).toBe(body(join(to, f)));
  });

  it('refuses, writing nothing, when no decision can give the new text (a 引言 removed)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), '某某办法\n\n为了管理某某，制定本办法。\n\n第一条　甲。\n');
    writeFileSync(join(dir, 'b.txt'), '某某办法\n\n第一条　乙。\n');
    const r = await run('draft', join(dir, 'a.txt'), join(dir, 'b.txt'), '-o', join(dir, 'd.md'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('[draft/preamble-removed]');
    expect(existsSync(join(dir, 'd.md'))).toBe(false);
  });

  it('refuses, writing nothing and saying why, when the two versions are the same but for their 题注', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), '某某办法\n（2000年1月1日公布）\n\n第一条　甲。\n');
    writeFileSync(join(dir, 'b.txt'), '某某办法\n（2000年1月1日公布　2001年1月1日修正）\n\n第一条　甲。\n');
    const r = await run('draft', join(dir, 'a.txt'), join(dir, 'b.txt'), '-o', join(dir, 'd.md'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('the two versions of 《某某办法》 are the same');
    expect(r.err).toContain('[draft/no-change]');
    expect(existsSync(join(dir, 'd.md'))).toBe(false);
    expect(r.out).toBe('');
  });

  it('a missing file is an I/O error (3); OLD without NEW, or both forms at once, a usage error (2)', async () => {
    expect((await run('draft', 'no-such.txt', 'no-such-either.txt')).code).toBe(3);
    expect((await run('draft', join(example, 'rules', '宁夏回族自治区农村五保供养办法.txt'))).code).toBe(2);
    expect((await run('draft', 'a.txt', 'b.txt', '--corpus-from', 'x')).code).toBe(2);
    expect((await run('draft', 'a', 'b', '--style', 'provincial')).code).toBe(2);
  });
});

describe.runIf(existsSync(join(shared, 'corpus')))('amend draft on real version pairs', () => {
  const pick = (name: string) => lawPairs().find((p) => p.name.includes(name))!;
  it.each([
    ['行政法规/国家科学技术奖励条例', 'national'],
    ['行政法规/道路运输条例 2022-03-29', 'national'],
    ['司法解释/最高人民法院关于知识产权法庭若干问题的规定', 'court'],
    ['经济法/统计法', 'national'],
  ])('%s (%s)', async (name, style) => {
    const p = pick(name);
    await roundTrip(p.old, p.neu, style);
  });

  it('the triple dongying-wetland', async () => {
    const p = triplePairs().find((t) => t.name.endsWith('dongying-wetland'))!;
    await roundTrip(p.old, p.neu);
  });
});
