/**
 * Bad input through the CLI, in process. Every run goes through `guarded`,
 * which checks that no input file changed (bytes and mtime); every error
 * printed is checked for the `file:line:column: error: … [rule-id]` form with
 * the source line and a caret (I/O errors, which have no position, name the
 * file alone). Exit codes as the README documents: 1 input errors, 2 usage,
 * 3 I/O. The plain missing/directory/empty/binary/GB18030 `parse` cases are
 * in cli.test.ts; these extend them to apply, check and corpus mode.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toChinese } from '@amend/model';
import { SMALL_RULE, example, run, tempDir } from './helpers.ts';

const NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A ten-article rule; each line is written out so expectations can be checked by eye. */
const RULE = [...SMALL_RULE, ...NUMBERS.slice(3).flatMap((n) => [`第${n}条　养犬人应当遵守第${n}项义务。`, ''])].join('\n');

/** Line 3 fails (工商局 is not in 第二条); line 4 is fine. */
const DECISION = [
  '某市人民政府关于修改《某市养犬管理办法》的决定',
  '',
  '一、将第二条中的“工商局”修改为“畜牧兽医主管部门”。',
  '二、增加一条，作为第二条：“养犬人应当依法履行义务。”',
  '',
  '本决定自公布之日起施行。',
  '',
].join('\n');

const GOOD_DECISION = DECISION.replace('“工商局”', '“公安机关”');

function write(dir: string, name: string, data: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

/** Run the CLI and check that none of `inputs` changed, byte for byte and in mtime. */
async function guarded(inputs: string[], ...args: string[]) {
  const before = inputs.map((p) => ({ p, bytes: readFileSync(p), mtime: statSync(p).mtimeMs }));
  const r = await run(...args);
  for (const b of before) {
    expect(readFileSync(b.p).equals(b.bytes), `${b.p} changed`).toBe(true);
    expect(statSync(b.p).mtimeMs, `${b.p} touched`).toBe(b.mtime);
  }
  return r;
}

/** Every error or warning printed has the compiler form; with a position, the line and a caret follow. */
function expectWellFormed(err: string): void {
  const lines = err.split('\n');
  let heads = 0;
  lines.forEach((line, i) => {
    if (!/: (error|warning): /.test(line)) return;
    heads++;
    const positioned = /^\S+:\d+:\d+: (error|warning): .+ \[[a-z]+\/[a-z0-9-]+\]$/.test(line);
    if (positioned) {
      expect(lines[i + 1]).toMatch(/^ {2}\d+ \| /);
      expect(lines[i + 2]).toMatch(/^ {2} +\| [\s]*\^+$/);
    } else {
      // Only I/O errors (the version store's included, and a Word document that cannot be read) are about a whole file.
      expect(line).toMatch(/^\S+: error: .+ \[(io|store|word)\/[a-z-]+\]$/);
    }
  });
  expect(heads).toBeGreaterThan(0);
  expect(err).not.toContain('\r');
}

/** GB18030 bytes for text, from the decoder's own table (Node can decode GB18030 but not encode it). */
let gbTable: Map<string, number[]> | undefined;
function gb18030(text: string): Buffer {
  if (!gbTable) {
    gbTable = new Map();
    const dec = new TextDecoder('gb18030');
    for (let a = 0x81; a <= 0xfe; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const ch = dec.decode(Uint8Array.of(a, b));
        if (ch.length === 1 && !gbTable.has(ch)) gbTable.set(ch, [a, b]);
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else
      bytes.push(
        ...(gbTable.get(ch) ??
          (() => {
            throw new Error(`no GBK code for ${ch}`);
          })()),
      );
  }
  return Buffer.from(bytes);
}

describe('unreadable inputs to apply and check', () => {
  it('an empty or blank decision, a missing one, a folder, binary data: exit 3 naming the file', async () => {
    const dir = tempDir();
    const rule = write(dir, 'rule.txt', RULE);
    const cases: [string, RegExp][] = [
      [write(dir, 'empty.txt', ''), /empty\.txt: error: the file is empty \[io\/empty\]/],
      [write(dir, 'blank.txt', ' \n\r\n　\n'), /blank\.txt: error: the file is empty \[io\/empty\]/],
      [join(dir, 'missing.txt'), /missing\.txt: error: file not found: .*missing\.txt \[io\/not-found\]/],
      [dir, /error: expected a file but .* is a directory \[io\/is-directory\]/],
      [write(dir, 'x.bin', Uint8Array.of(0x7f, 0x45, 0x4c, 0x46, 0, 0, 0x14, 0, 8, 0)), /x\.bin: error: the file looks like binary data/],
      // A zip archive is taken for a Word document (content decides, not the name): this one is cut short.
      [
        write(dir, 'z.bin', Uint8Array.of(0x50, 0x4b, 3, 4, 0, 0, 0x14, 0, 8, 0)),
        /z\.bin: error: the Word document is damaged or cut short/,
      ],
    ];
    for (const [decision, message] of cases) {
      for (const command of ['apply', 'check']) {
        const r = await guarded([rule], command, '--rule', rule, '--decision', decision);
        expect(r.code, `${command} ${decision}`).toBe(3);
        expect(r.err).toMatch(message);
        expectWellFormed(r.err);
        expect(r.out).toBe('');
      }
    }
    expect(readdirSync(dir).sort()).toEqual(['blank.txt', 'empty.txt', 'rule.txt', 'x.bin', 'z.bin']);
  });

  it('a corpus that is missing or is a file: exit 3', async () => {
    const dir = tempDir();
    const decision = write(dir, 'decision.txt', GOOD_DECISION);
    const file = write(dir, 'rules.txt', RULE);
    const missing = await guarded([decision], 'apply', '--corpus', join(dir, 'nope'), '--decision', decision, '--out', join(dir, 'out'));
    expect(missing.code).toBe(3);
    expect(missing.err).toMatch(/nope: error: file not found/);
    const notFolder = await guarded([decision, file], 'apply', '--corpus', file, '--decision', decision, '--out', join(dir, 'out'));
    expect(notFolder.code).toBe(3);
    expect(notFolder.err).toMatch(/rules\.txt: error: expected a folder but .*rules\.txt is a file \[io\/not-a-folder\]/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('encodings and line ends', () => {
  it('GB18030 rule and decision are decoded; output and positions are as for UTF-8', async () => {
    const dir = tempDir();
    const rule = write(dir, 'rule.txt', gb18030(RULE));
    const good = write(dir, 'good.txt', gb18030(GOOD_DECISION));
    const bad = write(dir, 'bad.txt', gb18030(DECISION));
    const ok = await guarded([rule, good], 'apply', '--rule', rule, '--decision', good);
    expect(ok.code).toBe(0);
    // By hand: new 第二条; old 二 → 三 with 公安机关 replaced; old 三 → 四, its 第二条 follows to 第三条.
    expect(ok.out).toContain('第二条　养犬人应当依法履行义务。\n\n第三条　畜牧兽医主管部门负责养犬登记。');
    expect(ok.out).toContain('第四条　违反本办法第三条规定的，由公安机关责令改正。');
    expect(ok.out).toContain('第十一条　养犬人应当遵守第十项义务。');
    const failed = await guarded([rule, bad], 'apply', '--rule', rule, '--decision', bad);
    expect(failed.code).toBe(1);
    expect(failed.err).toContain('bad.txt:3:4: error: “工商局” does not occur in 第二条 of the original rule [engine/phrase-not-found]');
    expect(failed.err).toContain('  3 | 一、将第二条中的“工商局”修改为“畜牧兽医主管部门”。');
    expectWellFormed(failed.err);
  });

  it('bytes that are neither UTF-8 nor GB18030 are refused clearly', async () => {
    const dir = tempDir();
    const rule = write(dir, 'rule.txt', RULE);
    // 0xff 0xff is no character in either encoding.
    const decision = write(dir, 'decision.txt', Buffer.concat([Buffer.from(GOOD_DECISION), Buffer.from([0xff, 0xff, 0x0a])]));
    const r = await guarded([rule, decision], 'apply', '--rule', rule, '--decision', decision);
    expect(r.code).toBe(3);
    const offset = Buffer.byteLength(GOOD_DECISION);
    const line = GOOD_DECISION.split('\n').length;
    expect(r.err).toContain(`decision.txt:${line}:1: error: byte ${offset} (0xff, line ${line}) is not valid text in any encoding tried`);
    expect(r.err).toContain('[io/bad-encoding]');
  });

  for (const [name, convert] of [
    ['CRLF', (t: string) => t.replace(/\n/g, '\r\n')],
    ['a BOM', (t: string) => '\ufeff' + t],
    ['a BOM and CRLF', (t: string) => '\ufeff' + t.replace(/\n/g, '\r\n')],
    ['CR alone', (t: string) => t.replace(/\n/g, '\r')],
  ] as const) {
    it(`${name}: the same output as LF, and an error on line 3 says :3:`, async () => {
      const dir = tempDir();
      const plainRule = write(dir, 'plain-rule.txt', RULE);
      const plainDecision = write(dir, 'plain-decision.txt', GOOD_DECISION);
      const rule = write(dir, 'rule.txt', convert(RULE));
      const good = write(dir, 'good.txt', convert(GOOD_DECISION));
      const bad = write(dir, 'bad.txt', convert(DECISION));
      const inputs = [plainRule, plainDecision, rule, good, bad];
      const expected = await guarded(inputs, 'apply', '--rule', plainRule, '--decision', plainDecision);
      const ok = await guarded(inputs, 'apply', '--rule', rule, '--decision', good);
      expect(ok.code).toBe(0);
      expect(ok.out).toBe(expected.out);
      expect(ok.out).not.toMatch(/\r|\ufeff/);
      for (const command of ['apply', 'check']) {
        const r = await guarded(inputs, command, '--rule', rule, '--decision', bad);
        expect(r.code).toBe(1);
        expect(r.err).toContain('bad.txt:3:4: error: “工商局” does not occur in 第二条 of the original rule [engine/phrase-not-found]');
        expect(r.err).toContain('  3 | 一、将第二条中的“工商局”修改为“畜牧兽医主管部门”。\n');
        expectWellFormed(r.err);
      }
    });
  }

  it('a warning about the rule’s own text points into the rule file, on the right line with CRLF', async () => {
    const dir = tempDir();
    const rule = write(dir, 'rule.txt', RULE.replace(/\n/g, '\r\n'));
    const decision = write(dir, 'decision.txt', '某市人民政府关于修改《某市养犬管理办法》的决定\r\n\r\n删去第二条。\r\n');
    const r = await guarded([rule, decision], 'apply', '--rule', rule, '--decision', decision);
    expect(r.code).toBe(0);
    // 第三条 (line 8) cites 第二条, which is deleted: the reference is in the rule, not the decision.
    // 第(1)三(2)条(3)　(4)违(5)反(6)本(7): the reference starts at column 7.
    expect(r.err).toMatch(
      /rule\.txt:8:7: warning: “本办法第二条” in 第二条 \(new numbering\) refers to 第二条 \(original numbering\), which the decision deletes; the reference is left as written \[engine\/dangling-reference\]/,
    );
    expect(r.err).toContain('  8 | 第三条　违反本办法第二条规定的，由公安机关责令改正。\n');
    expectWellFormed(r.err);
  });

  it('a spot deep in a very long line is shown in a window of the line, the caret under it', async () => {
    const dir = tempDir();
    const filler = '养犬人应当履行义务。'.repeat(100);
    const rule = write(dir, 'rule.txt', RULE.replace('第三条　违反本办法第二条', `第三条　${filler}违反本办法第二条`));
    const decision = write(dir, 'decision.txt', '某市人民政府关于修改《某市养犬管理办法》的决定\n\n删去第二条。\n');
    const r = await guarded([rule, decision], 'apply', '--rule', rule, '--decision', decision);
    expect(r.code).toBe(0);
    // 第三条　 is 4 characters, then 1000 of filler, then 违反: 本办法第二条 starts at column 1007.
    expect(r.err).toContain('rule.txt:8:1007: warning: “本办法第二条”');
    const [, source, caret] = r.err.split('\n');
    expect(source.length).toBeLessThan(120);
    // The line is 4 + 1000 + 22 = 1026 characters; the window is its last 100 (it would open 30 before the spot, but
    // runs to the end instead): from character 926, the 人 of a 养犬人, to the end, so only the start is marked.
    expect(source).toBe(`  8 | …人应当履行义务。${'养犬人应当履行义务。'.repeat(7)}违反本办法第二条规定的，由公安机关责令改正。`);
    // The caret starts under 本: the same number of terminal cells (two per Chinese character) in.
    const cellsBefore = (text: string) => [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
    expect(caret.indexOf('^') - caret.indexOf('|')).toBe(cellsBefore(source.slice(source.indexOf('|'), source.indexOf('本办法第二条'))));
    expect(caret).toMatch(/\^{12}$/);
  });
});

describe('instructions that cannot be applied', () => {
  it('an article beyond the rule: the error is at the instruction and names 第九十九条', async () => {
    const dir = tempDir();
    const rule = write(dir, 'rule.txt', RULE);
    const decision = write(
      dir,
      'decision.txt',
      [
        '某市人民政府关于修改《某市养犬管理办法》的决定',
        '',
        '一、将第二条中的“公安机关”修改为“畜牧兽医主管部门”。',
        '二、将第九十九条修改为：“第九十九条　养犬人应当依法履行义务。”',
        '',
      ].join('\n'),
    );
    const out = join(dir, 'out.txt');
    const r = await guarded(
      [rule, decision],
      'apply',
      '--rule',
      rule,
      '--decision',
      decision,
      '-o',
      out,
      '--report',
      join(dir, 'report.json'),
    );
    expect(r.code).toBe(1);
    // 二(1)、(2)将(3)第(4): the address starts at column 4 of line 4.
    expect(r.err).toContain('decision.txt:4:4: error: the original rule has no 第九十九条 [engine/target-not-found]');
    expect(r.err).toMatch(/1 error\(s\)/);
    expectWellFormed(r.err);
    expect(readdirSync(dir).sort()).toEqual(['decision.txt', 'rule.txt']);
  });

  it('a rule the decision does not amend: the error shows what it does amend', async () => {
    const dir = tempDir();
    const rule = write(dir, 'rule.txt', RULE.replace('某市养犬管理办法', '某市犬只管理规定'));
    const decision = write(dir, 'decision.txt', GOOD_DECISION);
    const r = await guarded([rule, decision], 'check', '--rule', rule, '--decision', decision);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/decision\.txt:\d+:\d+: error: the decision does not amend “某市犬只管理规定” \[engine\/rule-not-amended\]/);
    expect(r.err).toContain('expected: 《某市养犬管理办法》');
    expectWellFormed(r.err);
    // --title names the rule the file is.
    const titled = await guarded([rule, decision], 'check', '--rule', rule, '--decision', decision, '--title', '某市养犬管理办法');
    expect(titled.code).toBe(0);
  });

  it('corpus mode: a decision naming rules the corpus lacks names each title; nothing is written', async () => {
    const dir = tempDir();
    const corpus = join(dir, 'rules');
    mkdirSync(corpus);
    const kept = ['宁夏回族自治区行政执法证件管理办法', '宁夏回族自治区农村五保供养办法'];
    for (const t of kept) writeFileSync(join(corpus, `${t}.txt`), readFileSync(join(example, 'rules', `${t}.txt`)));
    const decision = join(example, 'decision.md');
    const inputs = [decision, ...kept.map((t) => join(corpus, `${t}.txt`))];
    const out = join(dir, 'out');
    const r = await guarded(inputs, 'apply', '--corpus', corpus, '--decision', decision, '--out', out);
    expect(r.code).toBe(1);
    const missing = [
      ...r.err.matchAll(/decision\.md:\d+:\d+: error: the decision amends “(.+?)”, which is not in the corpus \[engine\/rule-not-found\]/g),
    ].map((m) => m[1]);
    // Decree 119 amends 13 rules; two are here.
    expect(missing).toHaveLength(11);
    expect(missing).toContain('宁夏回族自治区测绘成果管理办法');
    for (const t of kept) expect(missing).not.toContain(t);
    expectWellFormed(r.err);
    expect(existsSync(out)).toBe(false);
  });
});

describe('outputs that cannot be written leave nothing behind', () => {
  async function attempt(args: string[], files?: Record<string, string>) {
    const dir = tempDir();
    const rule = write(dir, 'rule.txt', RULE);
    const decision = write(dir, 'decision.txt', GOOD_DECISION);
    for (const [name, data] of Object.entries(files ?? {})) write(dir, name, data);
    mkdirSync(join(dir, 'folder'));
    const listing = () => tree(dir);
    const before = listing();
    const r = await guarded([rule, decision], 'apply', '--rule', rule, '--decision', decision, ...args.map((a) => a.replace('DIR', dir)));
    expect(r.code).toBe(3);
    expectWellFormed(r.err);
    expect(listing()).toEqual(before);
    return { r, dir };
  }

  it('-o naming a folder', async () => {
    const { r } = await attempt(['-o', 'DIR/folder']);
    expect(r.err).toMatch(/folder: error: cannot write .*folder: it is a folder \[io\/write-failed\]/);
  });

  it('--report under a file: the -o output, its new folders and the old file it would replace are as they were', async () => {
    const { r, dir } = await attempt(['-o', 'DIR/new/deeper/out.txt', '--report', 'DIR/plain/report.json'], { plain: 'x' });
    expect(r.err).toMatch(/report\.json: error: cannot write .*: .*plain is a file, not a folder/);
    expect(existsSync(join(dir, 'new'))).toBe(false);
    const again = await attempt(['-o', 'DIR/old.txt', '--report', 'DIR/plain/report.json'], { plain: 'x', 'old.txt': 'old text' });
    expect(readFileSync(join(again.dir, 'old.txt'), 'utf8')).toBe('old text');
  });

  it('--format docx without -o is a usage error before any --report is written', async () => {
    const dir = tempDir();
    const rule = write(dir, 'rule.txt', RULE);
    const decision = write(dir, 'decision.txt', GOOD_DECISION);
    const r = await guarded(
      [rule, decision],
      'apply',
      '--rule',
      rule,
      '--decision',
      decision,
      '--format',
      'docx',
      '--report',
      join(dir, 'r.json'),
    );
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, 'r.json'))).toBe(false);
  });

  it('corpus mode: --out under a file, or an output blocked by a folder, leaves the --out folder as it was', async () => {
    const dir = tempDir();
    const decision = join(example, 'decision.md');
    const rules = join(example, 'rules');
    const inputs = [decision, ...readdirSync(rules).map((f) => join(rules, f))];
    write(dir, 'file', 'x');
    const underFile = await guarded(inputs, 'apply', '--corpus', rules, '--decision', decision, '--out', join(dir, 'file', 'out'));
    expect(underFile.code).toBe(3);
    expect(underFile.err).toMatch(/is a file, not a folder/);
    const out = join(dir, 'out');
    mkdirSync(join(out, 'reports', '宁夏回族自治区农村五保供养办法.json'), { recursive: true });
    const before = tree(dir);
    const blocked = await guarded(inputs, 'apply', '--corpus', rules, '--decision', decision, '--out', out);
    expect(blocked.code).toBe(3);
    expect(blocked.err).toMatch(/宁夏回族自治区农村五保供养办法\.json: error: cannot write .*: it is a folder/);
    expectWellFormed(blocked.err);
    expect(tree(dir)).toEqual(before);
  });
});

describe('a damaged version store', () => {
  it('show, log, blame and apply --corpus report a store that cannot be read, and write nothing over it', async () => {
    const dir = tempDir();
    const corpus = join(dir, 'rules');
    mkdirSync(corpus);
    const rule = write(corpus, 'rule.txt', RULE);
    const decision = write(dir, 'decision.txt', GOOD_DECISION);
    const out = join(dir, 'out');
    expect((await guarded([rule, decision], 'apply', '--corpus', corpus, '--decision', decision, '--out', out)).code).toBe(0);
    // The branch of the git store names no commit.
    const ref = join(out, 'store', 'refs', 'heads', 'main');
    writeFileSync(ref, 'this is not a commit id\n');
    const before = tree(dir);
    for (const command of ['show', 'log', 'blame']) {
      const r = await guarded([ref], command, '某市养犬管理办法', '--store', out);
      expect(r.code).toBe(3);
      expect(r.err).toMatch(
        /store: error: cannot read the version store .*store: the branch main names “this is not a commit id”, not a commit \[store\/unreadable\]/,
      );
      expectWellFormed(r.err);
    }
    const again = await guarded([rule, decision, ref], 'apply', '--corpus', corpus, '--decision', decision, '--out', out);
    expect(again.code).toBe(3);
    expect(tree(dir)).toEqual(before);
  });
});

/** Every path under a folder, with each file's size: what a failed command must leave unchanged. */
function tree(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => {
      const rel = join(prefix, e.name);
      return e.isDirectory() ? [`${rel}/`, ...tree(dir, rel)] : [`${rel} ${statSync(join(dir, rel)).size}`];
    })
    .sort();
}

describe('a 50 MB rule', () => {
  it('parses, applies and writes without blowing up; numbering and references come out right', async () => {
    const dir = tempDir();
    const filler = '有关部门应当依照法律、法规和本办法的规定履行职责，加强监督检查，及时处理投诉举报。';
    const article = (i: number) =>
      [
        `第${toChinese(i)}条　主管部门负责第${i}类事务。违反本办法第${toChinese(Math.max(1, i - 1))}条规定的，由主管部门责令改正。${filler.repeat(20)}`,
        '',
        `前款规定的事项，${filler.repeat(40)}`,
        '',
        '',
      ].join('\n');
    const head = '某市大型管理办法\n（2010年1月1日某市人民政府令第1号公布）\n\n';
    const size = Buffer.byteLength(article(5000));
    const n = Math.ceil((50 * 1024 * 1024) / size);
    const rule = join(dir, 'big.txt');
    writeFileSync(rule, head + Array.from({ length: n }, (_, k) => article(k + 1)).join(''));
    expect(statSync(rule).size).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    const decision = write(
      dir,
      'decision.txt',
      [
        '某市人民政府关于修改《某市大型管理办法》的决定',
        '',
        '一、增加一条，作为第二条：“本办法所称事务，是指本市的管理事务。”',
        '二、删去第六千条。',
        '三、将第三条第一款中的“第3类事务”修改为“第三类事项”。',
        '',
      ].join('\n'),
    );
    const out = join(dir, 'out.txt');
    const r = await guarded([rule, decision], 'apply', '--rule', rule, '--decision', decision, '-o', out);
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    // By hand: one article in, one out, so still n articles. Old 二…五千九百九十九 move up by one; old 三 is now 第四条 and cites
    // old 二 as 第三条; old 六千 is gone; old 六千零一 keeps its number and its citation of the deleted 第六千条 (reported).
    const labels = text.match(/^第[^条\n]+条　/gm) ?? [];
    expect(labels).toHaveLength(n);
    expect(text).toContain('\n第二条　本办法所称事务，是指本市的管理事务。\n');
    expect(text).toContain('\n第三条　主管部门负责第2类事务。违反本办法第一条规定的');
    expect(text).toContain('\n第四条　主管部门负责第三类事项。违反本办法第三条规定的');
    expect(text).toContain('\n第六千条　主管部门负责第5999类事务。违反本办法第五千九百九十九条规定的');
    expect(text).toContain('\n第六千零一条　主管部门负责第6001类事务。违反本办法第六千条规定的');
    expect(text).toContain(`\n第${toChinese(n)}条　主管部门负责第${n}类事务。违反本办法第${toChinese(n - 1)}条规定的`);
    expect(text).not.toContain('第6000类事务');
    expect(r.err).toMatch(
      /big\.txt:\d+:\d+: warning: “本办法第六千条” in 第六千零一条第一款 \(new numbering\) refers to 第六千条 \(original numbering\), which the decision deletes/,
    );
    // 100 MB is too much to leave in the temporary folder after every run.
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
