/**
 * Nothing lost: outputs never replace special files, a killed run's
 * temporaries are cleaned by the next, and a title never becomes a path.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from './helpers.ts';

const RULE = [
  '某市养犬管理办法',
  '（2010年1月1日某市人民政府令第1号公布）',
  '',
  '第一条　为了规范养犬行为，制定本办法。',
  '',
  '第二条　公安机关负责养犬登记。',
  '',
].join('\n');
const DECISION = [
  '某市人民政府关于修改《某市养犬管理办法》的决定',
  '',
  '一、将第二条中的“公安机关”修改为“畜牧兽医主管部门”。',
  '',
  '本决定自公布之日起施行。',
  '',
].join('\n');

function setup() {
  const dir = tempDir();
  const rule = join(dir, 'rule.txt');
  const decision = join(dir, 'decision.txt');
  writeFileSync(rule, RULE);
  writeFileSync(decision, DECISION);
  return { dir, rule, decision };
}

describe('-o at something that is not a regular file', () => {
  it('a FIFO is refused with exit 3 and stays a FIFO', async () => {
    const { dir, rule, decision } = setup();
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const r = await run('apply', '--rule', rule, '--decision', decision, '-o', fifo);
    expect(r.code).toBe(3);
    expect(r.err).toContain('not a regular file');
    expect(r.err).toContain('[io/not-regular-file]');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('a symbolic link is refused and the file it points to is untouched', async () => {
    const { dir, rule, decision } = setup();
    const target = join(dir, 'precious.txt');
    writeFileSync(target, 'keep me');
    const link = join(dir, 'out.txt');
    symlinkSync(target, link);
    for (const args of [
      ['apply', '--rule', rule, '--decision', decision, '-o', link],
      ['table', '--rule', rule, '--decision', decision, '-o', link],
      ['diff', rule, rule, '-o', link],
    ]) {
      const r = await run(...args);
      expect(r.code, args[0]).toBe(3);
      expect(r.err).toContain('[io/not-regular-file]');
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      expect(readlinkSync(link)).toBe(target);
      expect(readFileSync(target, 'utf8')).toBe('keep me');
    }
  });

  it('a character device made here is refused (never replaced)', async (ctx) => {
    const { dir, rule, decision } = setup();
    const dev = join(dir, 'null');
    try {
      execFileSync('mknod', [dev, 'c', '1', '3'], { stdio: 'ignore' });
    } catch {
      ctx.skip(); // only root may make devices
    }
    const r = await run('apply', '--rule', rule, '--decision', decision, '-o', dev);
    expect(r.code).toBe(3);
    expect(lstatSync(dev).isCharacterDevice()).toBe(true);
  });

  it('--report at a FIFO is refused and nothing else is written', async () => {
    const { dir, rule, decision } = setup();
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const out = join(dir, 'out.txt');
    const r = await run('apply', '--rule', rule, '--decision', decision, '-o', out, '--report', fifo);
    expect(r.code).toBe(3);
    expect(existsSync(out)).toBe(false);
  });
});

describe('temporaries of a killed run', () => {
  it('are removed by the next run, and a target moved aside is put back first', async () => {
    const { dir, rule, decision } = setup();
    const out = join(dir, 'out');
    mkdirSync(out);
    // What a run killed between its renames leaves: a staged temporary, and a
    // target moved aside (a.txt is gone, its old text in the backup).
    const dead = 2 ** 22 + 12345; // above Linux's pid_max default: no such process
    writeFileSync(join(out, `.b.txt.${dead}.0.tmp`), 'half-written');
    writeFileSync(join(out, `.a.txt.${dead}.1.tmp.old`), 'old a');
    writeFileSync(join(out, 'keep.txt'), 'not ours');
    const r = await run('apply', '--rule', rule, '--decision', decision, '-o', join(out, 'b.txt'));
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['a.txt', 'b.txt', 'keep.txt']);
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('old a');
  });
});

describe('titles are not paths', () => {
  for (const title of ['../../逃逸', '..', '.hidden', 'a/b\\c', '某'.repeat(245)]) {
    it(`a rule titled ${title.length > 20 ? `${title.slice(0, 3)}… (${title.length} characters)` : title} stays inside -o and --out`, async () => {
      const dir = tempDir();
      const rules = join(dir, 'rules');
      mkdirSync(rules);
      const rule = RULE.replace('某市养犬管理办法', title);
      writeFileSync(join(rules, 'r.txt'), rule);
      const decision = join(dir, 'decision.txt');
      writeFileSync(decision, DECISION.replace('某市养犬管理办法', title).replace('自公布之日起施行', '自2020年1月1日起施行'));
      const out = join(dir, 'deep', 'out');
      const a = await run('apply', '--corpus', rules, '--decision', decision, '--out', out);
      expect(a.err).not.toMatch(/ at |TypeError|Error:/);
      expect(a.code).toBe(0);
      const t = await run('table', '--corpus', rules, '--decision', decision, '-o', join(dir, 'deep', 'tables'));
      expect(t.code).toBe(0);
      // Nothing outside the two output folders: the temp folder holds exactly what we made.
      expect(readdirSync(dir).sort()).toEqual(['decision.txt', 'deep', 'rules']);
      expect(readdirSync(join(dir, 'deep')).sort()).toEqual(['out', 'tables']);
      for (const f of readdirSync(join(dir, 'deep', 'tables'))) {
        expect(f.startsWith('.')).toBe(false);
        expect(Buffer.byteLength(f)).toBeLessThanOrEqual(255);
      }
      const s = await run('show', title, '--store', out);
      expect(s.code).toBe(0);
      expect(s.out).toContain('畜牧兽医主管部门负责养犬登记');
    });
  }
});

describe('show', () => {
  it('refuses a date that is not a calendar day', async () => {
    const { dir } = setup();
    for (const at of ['2021-13-45', '2021-02-30', '2021-1-1', 'tomorrow']) {
      const r = await run('show', '某市养犬管理办法', '--store', dir, '--at', at);
      expect(r.code, at).toBe(2);
      expect(r.err).toContain(at);
    }
  });

  it('a store folder that does not exist is an I/O error (exit 3)', async () => {
    const { dir } = setup();
    const r = await run('show', '某市养犬管理办法', '--store', join(dir, 'nowhere'));
    expect(r.code).toBe(3);
    expect(r.err).toContain('nowhere');
  });
});
