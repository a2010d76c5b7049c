import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SMALL_RULE, example, read, run, shared, tempDir } from './helpers.ts';

const decision = join(example, 'decision.md');
const rules = join(example, 'rules');
const zhifa = join(rules, '宁夏回族自治区行政执法证件管理办法.txt');

/** A small rule and a decision for it, written here so every expectation can be checked by eye. */
function smallCase(dir: string) {
  const rule = join(dir, 'rule.txt');
  writeFileSync(rule, SMALL_RULE.join('\n'));
  const dec = join(dir, 'decision.txt');
  writeFileSync(
    dec,
    [
      '某市人民政府关于修改《某市养犬管理办法》的决定',
      '',
      '一、将第二条中的“公安机关”修改为“畜牧兽医主管部门”。',
      '二、增加一条，作为第二条：“养犬人应当依法履行义务。”',
      '',
      '本决定自公布之日起施行。',
      '',
    ].join('\n'),
  );
  return { rule, dec };
}

describe('amend apply', () => {
  it('applies a decision and rewrites the reference to the moved article', async () => {
    const dir = tempDir();
    const { rule, dec } = smallCase(dir);
    const r = await run('apply', '--rule', rule, '--decision', dec);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    // Worked out by hand: new 第二条 inserted; old 二 → 三 with its phrase replaced; old 三 → 四 and its
    // reference to 第二条 follows the article to 第三条.
    expect(r.out).toContain('第二条　养犬人应当依法履行义务。');
    expect(r.out).toContain('第三条　畜牧兽医主管部门负责养犬登记。');
    expect(r.out).toContain('第四条　违反本办法第三条规定的，由公安机关责令改正。');
  });

  it('writes nothing and names file, line and column when an instruction fails', async () => {
    const dir = tempDir();
    const { rule, dec } = smallCase(dir);
    writeFileSync(dec, read(dec).replace('“公安机关”修改为', '“工商局”修改为'));
    const out = join(dir, 'out.txt');
    const r = await run('apply', '--rule', rule, '--decision', dec, '-o', out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/decision\.txt:3:\d+: error: .*工商局/);
    expect(r.err).toContain('^');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['decision.txt', 'rule.txt']);
  });

  it('never modifies its inputs, and refuses to write over one', async () => {
    const dir = tempDir();
    const { rule, dec } = smallCase(dir);
    const before = readFileSync(rule);
    const r = await run('apply', '--rule', rule, '--decision', dec, '-o', rule);
    expect(r.code).toBe(3);
    expect(readFileSync(rule)).toEqual(before);
  });

  it('reports an output path that cannot be written, leaving nothing behind', async () => {
    const dir = tempDir();
    const { rule, dec } = smallCase(dir);
    writeFileSync(join(dir, 'file'), 'x');
    const r = await run('apply', '--rule', rule, '--decision', dec, '-o', join(dir, 'file', 'out.txt'));
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/cannot write/);
    expect(readdirSync(dir).sort()).toEqual(['decision.txt', 'file', 'rule.txt']);
  });
});

describe('bad input', () => {
  it('a missing file', async () => {
    const r = await run('parse', '/nonexistent/rule.txt');
    expect(r.code).toBe(3);
    expect(r.err).toContain('file not found: /nonexistent/rule.txt');
  });

  it('a directory', async () => {
    const r = await run('parse', tempDir());
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/is a directory/);
  });

  it('an empty file', async () => {
    const f = join(tempDir(), 'empty.txt');
    writeFileSync(f, '');
    const r = await run('parse', f);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/empty\.txt: error: the file is empty/);
  });

  it('binary data', async () => {
    const f = join(tempDir(), 'x.bin');
    writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0x00]));
    const r = await run('parse', f);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/binary/);
  });

  it('GB18030 text is decoded', async () => {
    const f = join(tempDir(), 'gbk.txt');
    // 某办法 / 第一条 in GB18030 bytes.
    const gb = [0xc4, 0xb3, 0xb0, 0xec, 0xb7, 0xa8, 0x0a, 0x0a, 0xb5, 0xda, 0xd2, 0xbb, 0xcc, 0xf5];
    writeFileSync(f, Buffer.concat([Buffer.from(gb), Buffer.from(' ok\n')]));
    const r = await run('parse', f, '--format', 'text');
    expect(r.code).toBe(0);
    expect(r.out).toContain('第一条　ok');
  });

  it('an unknown option is a usage error', async () => {
    const r = await run('parse', '--nope', 'x');
    expect(r.code).toBe(2);
  });
});

describe('corpus mode and the version store', () => {
  it('amends 13 rules and shows each version on its day', async () => {
    const out = tempDir();
    const r = await run('apply', '--corpus', rules, '--decision', decision, '--out', out);
    expect(r.err).not.toMatch(/: error:/);
    expect(r.err).toMatch(/0 error\(s\)/);
    expect(r.code).toBe(0);
    expect(r.out).toContain('13 rule(s) amended');
    const title = '宁夏回族自治区行政执法证件管理办法';
    const before = await run('show', title, '--store', out, '--at', '2021-12-31');
    expect(before.out).toBe(read(zhifa));
    const after = await run('show', title, '--store', out, '--at', '2022-01-08');
    expect(after.out).toBe(read(join(example, 'expected', `${title}.txt`)));
    expect(statSync(join(out, 'reports', `${title}.json`)).isFile()).toBe(true);
  });
});

describe.runIf(existsSync(join(shared, 'seeds')))('amend split and parse on the gazette issue', () => {
  it('writes the four documents of seed 000 and parses decree 118 as 5 chapters and 32 articles', async () => {
    const out = tempDir();
    const r = await run('split', join(shared, 'seeds/000_82f25e182ccd271a.txt'), '--out', out);
    expect(r.code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(4);
    expect(r.out).toContain('rule\t宁夏回族自治区人民政府令第118号');
    expect(r.out).toContain('decision\t宁夏回族自治区人民政府令第119号');
    expect(r.out).toContain('宁政办发〔2021〕96号');
    expect(r.out).toContain('宁政办发〔2021〕97号');
    const outline = await run('parse', join(out, files[0]));
    expect(outline.out.split('\n')[0]).toContain('5 章, 32 条');
    // The decision written by split reads as the same decision: 13 rules, 138 items.
    const decision = await run('decision', join(out, files[1]), '--format', 'json');
    const json = JSON.parse(decision.out);
    expect(json.amendments.reduce((n: number, a: { items: unknown[] }) => n + a.items.length, 0)).toBe(138);
  });
});

describe('a repealed rule in the corpus', () => {
  it("is recorded as repealed on the decree's date; before it, show gives its text", async () => {
    const dir = tempDir();
    const rules = join(dir, 'rules');
    mkdirSync(rules);
    for (const f of readdirSync(join(example, 'rules'))) copyFileSync(join(example, 'rules', f), join(rules, f));
    // Decree 119 repeals this rule (its list, item 三); the text is a stand-in.
    const repealed =
      '宁夏回族自治区公路管理办法\n（2004年4月23日宁夏回族自治区人民政府令第65号公布）\n\n第一条　为了加强公路管理，制定本办法。\n';
    writeFileSync(join(rules, '公路管理办法.txt'), repealed);
    const out = join(dir, 'out');
    const r = await run('apply', '--corpus', rules, '--decision', decision, '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain('13 rule(s) amended, 1 repealed');
    const after = await run('show', '宁夏回族自治区公路管理办法', '--store', out, '--at', '2022-01-08');
    expect(after.code).toBe(1);
    expect(after.err).toContain('was repealed on 2022-01-08 by 宁夏回族自治区人民政府令第119号');
    const before = await run('show', '宁夏回族自治区公路管理办法', '--store', out, '--at', '2021-12-31');
    expect(before.out).toBe(repealed);
  });
});
